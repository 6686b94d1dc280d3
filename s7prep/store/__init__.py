"""The encrypted case store (vault, SQLite schema and connection, the `Store` API), its
errors, checks on typed input, the answers file format and the demo case. May import
the engine and packs; never a front end or the statement."""

"""The statement: its data built from a case, escaping, rendering through the Jinja
templates, writing files, and address detection. May import the engine and packs;
never the store or a front end."""

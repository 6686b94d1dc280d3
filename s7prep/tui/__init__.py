"""The Textual front end. Start it with `make_app` (s7prep.tui.app)."""

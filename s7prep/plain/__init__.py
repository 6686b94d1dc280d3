"""Plain mode (`s7prep ask`): questionary prompts for screen readers and advice-line
volunteers. Calls the core (packs, engine, store, statement); never another front end."""

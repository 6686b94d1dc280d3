"""The Textual app: the app and its stylesheet, screens/ and widgets/. Calls the core
(packs, engine, store, statement); never another front end."""

"""The command line: parses arguments, then calls the core or starts a front end (the
app or plain mode). The top layer: nothing imports it."""

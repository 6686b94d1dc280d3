"""The screens of the app; each receives the Session it works on."""

"""Question packs: the model, safe YAML reading, the pack schema, the loader, cross-pack
checks, `show_if` conditions and the helplines file. The bottom of the core: imports
nothing of s7prep but `s7prep.resources`."""

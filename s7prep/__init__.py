"""s7prep: prepare for a Cafcass Section 7 interview."""

__version__ = "0.1.0"

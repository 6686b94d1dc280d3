"""The one error the engine raises."""

from __future__ import annotations


class AnswerError(ValueError):
    """An answer that cannot be kept, with a message a person can act on."""

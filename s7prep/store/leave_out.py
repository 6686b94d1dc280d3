"""The person's "leave out of the statement" choices, kept as one more sealed answer
row of the case (so the case's seal covers them like any answer), under a name no
question can have: question ids start with a letter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from s7prep.packs.model import AnswerKey

LEAVE_OUT = "_leave_out"


def is_key(key: Any) -> bool:
    """(question id, child key or None)."""
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and bool(key[0])
        and (key[1] is None or isinstance(key[1], str))
    )


def stored(keys: set[AnswerKey] | frozenset[AnswerKey]) -> list[list[str | None]]:
    """The leave-out set as stored: [question id, child key or null], in order."""
    return [[q, c] for q, c in sorted(keys, key=lambda k: (k[0], k[1] or ""))]


def keys_of(value: Any) -> set[AnswerKey]:
    """The leave-out set from its stored form."""
    if not isinstance(value, list):
        return set()
    return {(k[0], k[1]) for k in value if isinstance(k, list) and len(k) == 2 and is_key((k[0], k[1]))}

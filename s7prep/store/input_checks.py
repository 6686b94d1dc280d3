"""What the store accepts as a case label and as children, checked the same way
for every front end. Text is NFC-normalised; control characters are refused."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from s7prep.store.errors import InvalidInput

# The engine and the packs' shapes are imported where used: the store is opened
# before the passphrase screen is drawn, and they can wait until the unlock.
if TYPE_CHECKING:
    from s7prep.packs.model import Child

LABEL_MAX = 60
NAME_MAX = 100
LIVES_WITH_MAX = 200
AGE_MAX = 25
CHILD_KEY = re.compile(r"[a-z][a-z0-9_]{0,15}")
# Labels are printed as they are in `case list`: no control characters and no
# bidirectional overrides that could make one label look like another.
_BAD_LABEL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def clean_label(label: object) -> str:
    """The label as stored, or InvalidInput saying what to change."""
    if not isinstance(label, str):
        raise InvalidInput("a case label must be text")
    return _clean_label(label)


@functools.lru_cache(maxsize=64)  # every save starts here, with one of a few labels
def _clean_label(label: str) -> str:
    if _BAD_LABEL.search(label):
        raise InvalidInput("a case label cannot hold control characters or line breaks")
    text = unicodedata.normalize("NFC", label).strip()
    if not text:
        raise InvalidInput("give the case a label, such as case-1")
    if len(text) > LABEL_MAX:
        raise InvalidInput(f"keep the case label under {LABEL_MAX} characters")
    return text


def _text(value: object, limit: int, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text")
    from s7prep import engine

    try:
        return engine.clean_text(value, limit).strip()
    except engine.AnswerError as exc:
        raise InvalidInput(f"{what}: {exc}") from None


def clean_child(child: Child) -> Child:
    """One child as stored, or InvalidInput saying what to change."""
    if not isinstance(child.key, str) or not CHILD_KEY.fullmatch(child.key):
        raise InvalidInput("the key must be short, lower case, like c1")
    name = _text(child.name, NAME_MAX, "name")
    if not name:
        raise InvalidInput("give a name or initials")
    from s7prep import engine

    born = ""
    if child.born:
        if not isinstance(child.born, str):
            raise InvalidInput("born must be a date like 2019 or 2019-04")
        try:
            born = engine.parse_partial_date(child.born)
        except engine.AnswerError as exc:
            raise InvalidInput(f"born: {exc}") from None
    age = child.age
    if age is not None and (isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= AGE_MAX):
        raise InvalidInput(f"age must be a whole number from 0 to {AGE_MAX}")
    lives_with = _text(child.lives_with, LIVES_WITH_MAX, "lives with") if child.lives_with else ""
    return replace(child, name=name, born=born, age=age, lives_with=lives_with)


def clean_children(children: Sequence[Child]) -> list[Child]:
    """All the children of a case, checked; keys must be unique."""
    from s7prep.packs.model import Child

    out: list[Child] = []
    seen: set[str] = set()
    for n, child in enumerate(children, start=1):
        if not isinstance(child, Child):
            raise InvalidInput(f"child {n}: not a child record")
        try:
            kept = clean_child(child)
        except InvalidInput as exc:
            raise InvalidInput(f"child {n}: {exc}") from None
        if kept.key in seen:
            raise InvalidInput(f"child {n}: the key {kept.key} is used twice")
        seen.add(kept.key)
        out.append(kept)
    return out

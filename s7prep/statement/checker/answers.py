"""The text the statement (and the notes for the officer) will show, piece by piece,
with where each piece is.

Which answers those are comes from the documents themselves (documents.build): an
answer left out of the statement, or moved to the person's notes so that it fits its
pages, is in neither, and is not checked. In the order of the questions; only what the
person typed is checked (not choices, which are the app's own words, nor a fortnight's
nights, but its note). A list answer gives one piece per typed field of each entry.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from s7prep import engine
from s7prep.packs.model import Case, PackSet, Question
from s7prep.statement.checker.finding import Place
from s7prep.statement.checker.text import Text, plain_words
from s7prep.statement.documents import Documents
from s7prep.statement.model import HEADING, IN_STATEMENT, OFFICER

TEXT_TYPES = ("text", "long_text")
CHILDREN_SECTION = "The children"
# Where an answer went -> the document the checker reads it in.
_DOCUMENT = {IN_STATEMENT: "statement", HEADING: "statement", OFFICER: "officer"}


class Piece:
    """A piece of text where it is. `plain_words`: its words in lower case, for a quick
    test of whether a rule can apply; `words`: how many, as the statement counts them."""

    __slots__ = ("_text", "place", "plain_words", "raw", "words")

    def __init__(self, place: Place, raw: str) -> None:
        self.place = place
        self.raw = raw
        self.plain_words = plain_words(raw)
        self.words = len(raw.split())
        self._text: Text | None = None

    @property
    def text(self) -> Text:
        """The text split into words and sentences: made only for the pieces a rule
        looks at closely (most are passed over on the quick test)."""
        if self._text is None:
            self._text = Text(self.raw)
        return self._text


def statement_pieces(case: Case, packset: PackSet, docs: Documents) -> tuple[list[Piece], int]:
    """The typed text of the answers in the statement and in the notes for the officer
    (each piece's place says which), and who each child lives with (in the heading of
    both); and how many words the person typed in the answers that are in neither."""
    names = {c.key: c.display for c in case.children}
    out: list[Piece] = [
        Piece(
            Place(
                "",
                "Who the child lives with",
                CHILDREN_SECTION,
                "about",
                -1,
                c.key,
                names[c.key],
                qtype="text",
            ),
            c.lives_with,
        )
        for c in case.children
        if c.lives_with.strip()
    ]
    answers = case.answers
    elsewhere = 0
    for order, slot in enumerate(engine.visible(packset, case.children, answers)):
        q = slot.question
        placed = docs.placements.get(slot.key)
        if placed is None or q.type not in (*TEXT_TYPES, "list", "fortnight"):
            continue
        value = answers.get(slot.key)
        document = _DOCUMENT.get(placed.where)
        if document is None:
            elsewhere += sum(len(text.split()) for _field, _n, text in _typed(q, value))
            continue
        child = slot.key[1]
        place = Place(
            q.id,
            q.short,
            slot.section.title,
            q.statement,
            order,
            child,
            names.get(child or "", ""),
            qtype=_kind(q),
            document=document,
        )
        for f, n, text in _typed(q, value):
            where = (
                place
                if f is None
                else replace(place, record=n, field=f.id, field_label=f.short, qtype=_kind(f))
            )
            out.append(Piece(where, text))
    return out, elsewhere


def _typed(q: Question, value: Any) -> Iterator[tuple[Question | None, int, str]]:
    """The text typed in an answer: (the list's field or None, its entry from 1, text)."""
    if q.type in (*TEXT_TYPES, "fortnight"):
        text = _note(value) if q.type == "fortnight" else value
        if isinstance(text, str) and text.strip():
            yield None, 0, text
        return
    if not isinstance(value, list):
        return
    fields: Sequence[Question] = [f for f in q.fields if f.type in (*TEXT_TYPES, "fortnight")]
    for n, record in enumerate(value, start=1):
        if isinstance(record, dict):
            for f in fields:
                text = _note(record.get(f.id)) if f.type == "fortnight" else record.get(f.id)
                if isinstance(text, str) and text.strip():
                    yield f, n, text


def _note(value: Any) -> Any:
    """A fortnight's note: the words typed beside the nights."""
    return value.get("note") if isinstance(value, dict) else None


def _kind(q: Question) -> str:
    """The type whose length guidance suits the text: a fortnight's note is a line."""
    return "text" if q.type == "fortnight" else q.type

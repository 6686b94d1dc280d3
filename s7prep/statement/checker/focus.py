"""Answers about a child's wishes or needs that talk about the other adult and never
mention the child: by name, by a word such as "son", by a word for the child's own life
("school"), by quoting them, or by any "he", "she", "him" or "they" that may be the
child ("... if she moves" after "her mum": either of them).

"Talks about" means the adult is what a sentence is about: "His dad drinks at
weekends", not "football with the other party on Saturdays", where the child is the
one left unsaid, nor "upset when her mother misses a session", where the adult is in a
clause that says when or why. ("His" in "his dad" names the adult, not the child.)
"""

from __future__ import annotations

from s7prep.statement.checker.answers import Piece
from s7prep.statement.checker.finding import Finding
from s7prep.statement.checker.people import ADULT, CHILD, SELF, Mention, adults
from s7prep.statement.checker.rules import Wording
from s7prep.statement.checker.text import Phrase, Text, index

RULE = "child_focus"
# How each part of the statement is named in the advice ("Sam's wishes and feelings").
PART_WORDS = {
    "wishes": "wishes and feelings",
    "needs": "needs",
    "change": "life after a change",
    "identity": "identity",
}
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "'s"})
# A person after one of these is part of what is said about someone else.
# fmt: off
_PREPOSITIONS = frozenset({
    "with", "to", "at", "for", "from", "by", "of", "about", "like", "near", "without", "after",
    "before", "than", "towards", "toward", "into", "onto", "around", "behind", "beside", "between",
    # a clause saying when, if or why something else happens
    "when", "whenever", "if", "because", "while", "until", "unless", "since", "once",
})
# fmt: on


def applies(piece: Piece, wording: Wording) -> bool:
    """Whether the piece is about a child's wishes or needs and names an adult (a quick
    test first: without a word for an adult, nobody in it can be one)."""
    return piece.place.part in wording.child_focus.parts and adults(wording.people).may_be_in(
        piece.plain_words
    )


def findings(piece: Piece, wording: Wording, found: list[Mention]) -> list[Finding]:
    """`found`: the mentions of people in the piece, read as about a child."""
    place = piece.place
    # A quotation in an answer about a child is the child's own voice.
    if place.part not in wording.child_focus.parts or piece.text.quotes:
        return []
    if _child_in(piece.text, found, wording.child_focus.child_things):
        return []
    if not any(m.who == ADULT and _about(piece.text, m) for m in found):
        return []
    part = PART_WORDS.get(place.part, place.part)
    return [wording.child_focus.advice.finding(RULE, place, child=place.named, part=part)]


def _child_in(text: Text, found: list[Mention], things: tuple[Phrase, ...]) -> bool:
    """Whether the text mentions the child, or may: a pronoun guessed to be an adult
    may be the child as well."""
    if any(m.who == CHILD or (m.pronoun and m.who != SELF and not m.sure) for m in found):
        return True
    # The child's own things, not someone else's ("his dad's friends").
    return any(i == 0 or text.tokens[i - 1] != "'s" for i, _j, _p in index(things).find(text))


def _about(text: Text, m: Mention) -> bool:
    """Whether the sentence is about the person mentioned, rather than naming them
    after a preposition ("with the other party") or in a clause that says when or why
    ("when her mother misses a session")."""
    i = m.start - 1
    while i >= 0 and text.tokens[i] in _DETERMINERS:
        i -= 1
    return i < 0 or text.tokens[i] not in _PREPOSITIONS

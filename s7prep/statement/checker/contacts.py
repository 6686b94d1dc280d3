"""Addresses, postcodes, personal phone numbers and email addresses: in the statement
always, and in the notes for the officer when the person asked for their address to
be kept private. There the details are in the right place, so the advice is a reminder
to say they must not be shared, and none when the answer already asks for privacy
("Please do not share my new address"). One finding per answer, naming each kind of
detail seen, never the details themselves."""

from __future__ import annotations

from bisect import bisect_left

from s7prep.statement.addresses import PHONE, contact_details
from s7prep.statement.checker.answers import Piece
from s7prep.statement.checker.finding import Finding
from s7prep.statement.checker.rules import Wording
from s7prep.statement.checker.text import PhraseIndex, index

RULE = "contacts"


def findings(piece: Piece, wording: Wording, officer: bool = False) -> list[Finding]:
    """`officer`: the piece is in the notes for the officer (the advice says so)."""
    rule = wording.contacts
    seen = [
        (start, end, kind)
        for start, end, kind in contact_details(piece.raw)
        if not (kind == PHONE and _a_reference(piece, start, index(rule.not_a_phone_after)))
    ]
    if not seen:
        return []
    advice = rule.advice
    if officer:
        if asks_privacy(piece, wording):
            return []
        advice = rule.officer or advice
    kinds = list(dict.fromkeys(kind for _start, _end, kind in seen))
    return [advice.finding(RULE, piece.place, span=(seen[0][0], seen[-1][1]), kind=listed(kinds))]


def asks_privacy(piece: Piece, wording: Wording, lo: int = 0, hi: int | None = None) -> bool:
    """Whether words lo..hi-1 of the piece (all of it by default) ask that it be kept private."""
    phrases = wording.contacts.asks_privacy
    if not phrases:
        return False
    text = piece.text
    return index(phrases).any_in(text, lo, len(text.tokens) if hi is None else hi)


def listed(items: list[str]) -> str:
    """'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _a_reference(piece: Piece, start: int, references: PhraseIndex) -> bool:
    """Whether a reference word comes within four words before the number."""
    i = bisect_left(piece.text.starts, start)
    return references.any_in(piece.text, i - 4, i)

"""Addresses, postcodes, personal phone numbers and email addresses: in the statement
always, and in the notes for the officer when the person asked for their address to
be kept private. The advice names the kind of detail, never the detail itself."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any

from s7prep.packs.model import Case
from s7prep.statement.addresses import PHONE, contact_details
from s7prep.statement.checker.answers import Piece
from s7prep.statement.checker.finding import Finding
from s7prep.statement.checker.rules import Wording
from s7prep.statement.checker.text import Phrase, PhraseIndex
from s7prep.statement.documents import Documents

RULE = "contacts"


@cache
def _references(phrases: tuple[Phrase, ...]) -> PhraseIndex:
    return PhraseIndex(phrases)


def private(case: Case, docs: Documents, wording: Wording) -> bool:
    """Whether the wording file's `private_if` holds for the answers that apply now."""
    rule = wording.contacts
    if rule.private_if is None or rule.officer is None:
        return False

    def lookup(qid: str) -> list[Any]:
        # Case-level or any child's answer, as a pack's show_if reads them.
        return [v for (q, _child), v in case.answers.items() if q == qid and (q, _child) in docs.placements]

    return rule.private_if.evaluate(lookup)


def findings(piece: Piece, wording: Wording, officer: bool = False) -> list[Finding]:
    """`officer`: the piece is in the notes for the officer (the advice says so)."""
    rule = wording.contacts
    advice = rule.officer if officer and rule.officer is not None else rule.advice
    out = []
    for start, end, kind in contact_details(piece.raw):
        if kind == PHONE and _a_reference(piece, start, _references(rule.not_a_phone_after)):
            continue
        out.append(advice.finding(RULE, piece.place, span=(start, end), kind=kind))
    return out


def _a_reference(piece: Piece, start: int, references: PhraseIndex) -> bool:
    """Whether a reference word comes within four words before the number."""
    i = bisect_left(piece.text.starts, start)
    return references.any_in(piece.text, i - 4, i)

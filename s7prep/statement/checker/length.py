"""Answers far over the length that suits their question, and a statement over its pages."""

from __future__ import annotations

from collections.abc import Sequence

from s7prep.statement.checker.answers import Piece
from s7prep.statement.checker.finding import Finding, Place
from s7prep.statement.checker.rules import Wording
from s7prep.statement.documents import Documents
from s7prep.statement.model import moved_names

WHOLE = Place("", "The whole statement", "The statement", "", -2)


def answer_findings(piece: Piece, wording: Wording) -> list[Finding]:
    rule = wording.length
    p = piece.place
    guide = rule.guide(f"{p.qid}.{p.field}" if p.field else p.qid, p.qtype)
    words = piece.words
    if guide is None or words <= guide * rule.far_over:
        return []
    return [rule.advice.finding("length", p, words=words, guide=guide)]


def pages_findings(docs: Documents, pieces: Sequence[Piece], wording: Wording) -> list[Finding]:
    """The statement too long for its pages, from the documents themselves: answers
    moved to the person's notes so it fits (they would not be in it), or still too
    long with them moved (only answers that never move are left)."""
    measure = docs.measure("statement")
    if not docs.moved and not measure.over:
        return []
    sizes: dict[tuple[str, str | None], tuple[int, Place]] = {}
    for piece in pieces:
        key = (piece.place.qid, piece.place.child)
        before = sizes.get(key, (0, piece.place))
        sizes[key] = (before[0] + piece.words, before[1])
    top = sorted(sizes.values(), key=lambda s: -s[0])[:3]
    longest = ", ".join(f'"{p.label}"' + (f" ({p.child_name})" if p.child_name else "") for _n, p in top)
    advice = wording.pages.over if measure.over else wording.pages.moved
    return [
        advice.finding(
            "pages",
            WHOLE,
            words=measure.words,
            pages=measure.target,
            printed=measure.whole_pages,
            moved=f"{len(docs.moved)} answer{'s' if len(docs.moved) != 1 else ''}",
            which=_some(moved_names(docs.moved)),
            longest=longest or "none",
        )
    ]


def _some(names: Sequence[str], shown: int = 4) -> str:
    """The first few names in quotes, and how many more."""
    out = "; ".join(f'"{n}"' for n in names[:shown]) or "none"
    more = len(names) - shown
    return out + (f" and answers to {more} more question{'s' if more != 1 else ''}" if more > 0 else "")

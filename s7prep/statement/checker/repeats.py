"""The same sentence, or nearly the same, in two answers.

Sentences are compared on their less common words: a sentence is a repeat when most of
the words of the shorter one are in the longer one. Parts the wording file keeps
`apart` are not compared (a proposal and the arrangements now; the chronology and the
account of the worries). Candidates come from an index of
words, so a long statement is not compared sentence by sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from s7prep.statement.checker.answers import Piece
from s7prep.statement.checker.finding import Finding, Place
from s7prep.statement.checker.rules import Wording
from s7prep.statement.checker.text import sentence_words

RULE = "repeats"
_MIN_WORDS_KEPT = 3  # a sentence needs this many less common words to be compared
_SHOWN = 80  # characters of the sentence shown with the finding


def findings(pieces: Sequence[Piece], wording: Wording) -> list[Finding]:
    rule = wording.repeats
    seen: list[tuple[frozenset[str], Place]] = []
    index: dict[str, list[int]] = {}
    exact: dict[frozenset[str], Place] = {}  # the first place of each set of words
    out: list[Finding] = []
    for piece in pieces:
        here = piece.place
        for a, b, words in sentence_words(piece.raw):
            if len(words) < rule.min_words:
                continue
            kept = frozenset(words).difference(rule.common)
            if len(kept) < _MIN_WORDS_KEPT:
                continue
            same = exact.setdefault(kept, here)
            if _compared(same, here, rule.apart):  # the same words: no need to look further
                out.append(_finding(piece, a, b, same, wording))
            else:
                candidates: set[int] = set()
                for t in kept:
                    candidates.update(index.get(t, ()))
                for n in sorted(candidates):
                    other, place = seen[n]
                    shared = len(kept & other)
                    if shared >= rule.similar * min(len(kept), len(other)) and _compared(
                        place, here, rule.apart
                    ):
                        out.append(_finding(piece, a, b, place, wording))
                        break
            for t in kept:
                index.setdefault(t, []).append(len(seen))
            seen.append((kept, here))
    return out


def _compared(first: Place, then: Place, apart: frozenset[frozenset[str]]) -> bool:
    """Whether sentences of two places count as saying a thing twice: not within one
    answer, and not between parts kept apart."""
    if (first.qid, first.child) == (then.qid, then.child):
        return False
    return frozenset((first.part, then.part)) not in apart


def _finding(piece: Piece, a: int, b: int, other: Place, wording: Wording) -> Finding:
    said = piece.raw[a:b].strip()
    a = piece.raw.index(said, a) if said else a
    b = a + len(said)
    if len(said) > _SHOWN:
        said = said[: _SHOWN - 1].rstrip() + "…"
    return wording.repeats.advice.finding(RULE, piece.place, said, (a, b), other=other.where)

"""Absolutes, labels and diagnoses: words from a list, except where they are fine.

A listed word is left alone inside quotation marks (someone else's words), inside a
`fine` phrase ("has never", "unfit for human habitation"), right after a `fine_before`
phrase ("called me a liar"), in a sentence that says who diagnosed it (diagnoses), and
where it is part of a name ("Crazy Golf": a capital mid-sentence beside another).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from s7prep.statement.checker.rules import WordRule
from s7prep.statement.checker.text import Before, FineList, PhraseIndex, Text

ARTICLES = ("a", "an", "the", "such", "some", "total", "complete", "real", "right")


@dataclass(frozen=True, eq=False)
class Matcher:
    words: PhraseIndex
    fine: FineList
    before: Before
    qualified_by: PhraseIndex

    def find(self, text: Text) -> Iterator[tuple[int, int]]:
        """Word ranges of the listed words that are not fine where they stand."""
        tokens = text.tokens
        for i, j, _p in self.words.find(text):
            a, b = text.span(i, j)
            if text.quoted(a, b) or self.fine.covers(tokens, i, j) or self.before.before(tokens, i):
                continue
            if self.qualified_by:
                lo, hi = text.sentences[text.sentence_of(i)]
                if self.qualified_by.any_in(text, lo, hi):
                    continue
            if _in_a_name(text, i, j):
                continue
            yield i, j


@cache
def matcher(rule: WordRule) -> Matcher:
    return Matcher(
        PhraseIndex(rule.words),
        FineList(rule.fine),
        Before(rule.fine_before, skip=ARTICLES),
        PhraseIndex(rule.qualified_by),
    )


def _in_a_name(text: Text, i: int, j: int) -> bool:
    """A capitalised word beside another capitalised one, not at the start of a
    sentence: the name of a place, a film or a person ("Crazy Golf", "Mad Max")."""
    tokens = text.tokens
    if not text.capital(i):
        return False
    lo, hi = text.sentences[text.sentence_of(i)]
    left = i > lo and tokens[i - 1] != "i" and text.capital(i - 1)
    right = j < hi and tokens[j] != "i" and text.capital(j)
    return (i > lo or right) and (left or right)

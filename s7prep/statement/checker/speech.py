"""A child's words reported with no when and no to whom.

Reported speech is a word from the `said` list whose subject (the nearest mention of a
person before it, in the same sentence) is a child, and which goes on to what was said:
a quotation, or words that open it ("said that", "says he wants", "asked to"). "He says
it", "says so" and "does not say much" report no words. In answers about one child's
wishes and needs, a quotation nobody else is said to have said is the child's too.
Questions about what a child does rather than says (`fine_in`) are left alone.
It is fine when the sentence, the one before or the one after says when (a `when`
word, a year, "3 May", or a sentence opening on the occasion: "When visits are
mentioned she says ...") or to whom ("told me", "said to her teacher").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from s7prep.statement.checker.answers import Piece
from s7prep.statement.checker.finding import Finding
from s7prep.statement.checker.people import CHILD, Mention, subject
from s7prep.statement.checker.rules import ChildWords, Wording
from s7prep.statement.checker.text import QUOTE_MARKS, PhraseIndex, Text

RULE = "child_words"
_YEAR = re.compile(r"(?:19|20)\d\d")
# "May" and "March" are months only beside a number or a word like "in" or "last".
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_BEFORE_A_MONTH = frozenset(
    {"in", "on", "since", "last", "this", "early", "late", "mid", "of", "by", "until"}
)
# A sentence that opens with one of these says on what occasion ("When visits are
# mentioned she ...", "After a weekend away she ...").
_OCCASION = frozenset({"when", "whenever", "after", "before"})
_NEGATION = frozenset({"not", "n't", "never"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "get", "got", "gets"})
# After "told" or "asked", these (or a name) are the person spoken to ...
_SPOKEN_TO = frozenset(
    {"me", "us", "him", "her", "them", "my", "his", "their", "our", "your", "the", "a", "an"}
)
# ... and these are not.
_NOT_SPOKEN_TO = frozenset(
    {"that", "if", "whether", "for", "about", "to", "when", "why", "what", "how", "where"}
)
# Words between a speech word and what was said ("says quietly that", "says things like").
_BEFORE_WHAT = frozenset({"often", "again", "sometimes", "quietly", "repeatedly", "things", "stuff", "like"})
# Between a speech word and a quotation: "said, 'I ...'", "says: 'No'".
_BEFORE_QUOTE = re.compile(r"[\s,:;\u2013\u2014-]*")


@dataclass(frozen=True, eq=False)
class _Lists:
    said: PhraseIndex
    when: PhraseIndex
    to_whom: PhraseIndex
    said_what: PhraseIndex


@cache
def _lists(rule: ChildWords) -> _Lists:
    return _Lists(*(PhraseIndex(p) for p in (rule.said, rule.when, rule.to_whom, rule.said_what)))


def applies(piece: Piece, wording: Wording, about_child: bool) -> bool:
    """Whether the piece may report a child's words at all (a quick test first)."""
    if piece.place.qid in wording.child_words.fine_in:
        return False
    if _lists(wording.child_words).said.may_be_in(piece.plain_words):
        return True
    return about_child and any(q in piece.raw for q in QUOTE_MARKS) and bool(piece.text.quotes)


def findings(piece: Piece, wording: Wording, people: list[Mention], about_child: bool) -> list[Finding]:
    """`people`: the mentions of people in the piece; `about_child`: whether the piece
    is about a child (their wishes, needs ...), where a quotation is the child's."""
    rule = wording.child_words
    lists = _lists(rule)
    text = piece.text
    tokens = text.tokens
    reported: dict[int, tuple[int, int]] = {}  # sentence -> word range of what reports it
    others: set[int] = set()  # sentences where an adult or the person is quoted
    for i, j, _p in lists.said.find(text):
        passive = i > 0 and tokens[i - 1] in _PASSIVE and not tokens[i].endswith("ing")  # "was told"
        if passive or text.quoted(*text.span(i, j)):
            continue
        if _NEGATION.intersection(tokens[max(0, i - 2) : i]):  # "does not say": no words reported
            continue
        s = text.sentence_of(i)
        who = subject(people, text.sentences[s][0], i)
        if who is not None and who.who == CHILD:
            if s in reported or _spoken_to(text, j, rule.said_to_someone):
                continue
            if _what_was_said(text, who.start, j, lists.said_what, people):
                reported[s] = (who.start, j)
        else:
            others.add(s)
    if about_child:
        for a, b in text.quotes:
            inside = [
                n
                for n in range(bisect_left(text.starts, a), bisect_left(text.starts, b))
                if text.ends[n] <= b
            ]
            s = text.sentence_of(inside[0]) if len(inside) >= 2 else -1
            if s >= 0 and s not in others and s not in reported:
                reported[s] = (inside[0], inside[-1] + 1)
    out = []
    for s, (i, j) in sorted(reported.items()):
        lo = text.sentences[max(0, s - 1)][0]
        hi = text.sentences[min(len(text.sentences) - 1, s + 1)][1]
        if _says_when(text, lo, hi, lists.when) or lists.to_whom.any_in(text, lo, hi):
            continue
        span = text.span(i, j)
        out.append(
            rule.advice.finding(RULE, piece.place, text.raw[span[0] : span[1]], span, child=piece.place.named)
        )
    return out


def _spoken_to(text: Text, j: int, verbs: frozenset[str]) -> bool:
    """Whether the speech word ending at word j is followed by the person spoken to."""
    if j >= len(text.tokens) or text.tokens[j - 1] not in verbs:
        return False
    nxt = text.tokens[j]
    return nxt not in _NOT_SPOKEN_TO and (nxt in _SPOKEN_TO or (nxt != "i" and text.capital(j)))


def _what_was_said(text: Text, i: int, j: int, opens: PhraseIndex, people: list[Mention]) -> bool:
    """Whether the speech word ending at word j, whose subject starts at word i, goes on
    to what was said: a quotation right after it or right before its subject ("'No,' she
    said"), or words that open what was said, maybe after a word such as "often"."""
    raw, tokens = text.raw, text.tokens
    after, before = text.ends[j - 1], text.starts[i]
    for a, b in text.quotes:
        # `a` and `b` are inside the quotation marks.
        if a > after and _BEFORE_QUOTE.fullmatch(raw, after, a - 1):
            return True
        if b < before and _BEFORE_QUOTE.fullmatch(raw, b + 1, before):
            return True
    hi = text.sentences[text.sentence_of(j - 1)][1]
    k = j
    while k < hi and tokens[k] in _BEFORE_WHAT:
        k += 1
    if k >= hi:
        return False
    if opens.match_at(tokens, k):
        return True
    # A person ("says Daddy shouts", "says his dad smacks him"), or a name.
    if tokens[k] in ("his", "her", "their", "my") and k + 1 < hi:
        k += 1
    return any(m.start == k and not m.pronoun for m in people) or text.capital(k)


def _says_when(text: Text, lo: int, hi: int, when: PhraseIndex) -> bool:
    if when.any_in(text, lo, hi):
        return True
    tokens = text.tokens
    if any(a < hi and tokens[a] in _OCCASION for a, _b in text.sentences if a >= lo):
        return True
    for n in range(lo, hi):
        t = tokens[n]
        if _YEAR.fullmatch(t):
            return True
        if t in _AMBIGUOUS_MONTHS and n > 0:
            prev = tokens[n - 1]
            nxt = tokens[n + 1] if n + 1 < len(tokens) else ""
            if prev.isdigit() or nxt.isdigit() or prev in _BEFORE_A_MONTH:
                return True
    return False

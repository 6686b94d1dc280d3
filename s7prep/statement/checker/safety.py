"""Steps the person took to stay safe ("It stopped when I changed my number", "we moved
to a refuge") told in the statement, which the other party may read: the notes for the
officer are the place for them.

Left alone inside quotation marks, inside a `fine` phrase ("his new address"), where
the other adult took the step ("he changed the locks", unless it is "my" or "our"
thing), and in a sentence that asks for privacy (contacts.asks_privacy).
"""

from __future__ import annotations

from s7prep.statement.checker.answers import Piece
from s7prep.statement.checker.contacts import asks_privacy
from s7prep.statement.checker.finding import Finding
from s7prep.statement.checker.people import ADULT, Mention, subject
from s7prep.statement.checker.rules import Wording
from s7prep.statement.checker.wordlists import matcher

RULE = "safety_steps"
_OURS = frozenset({"my", "our"})


def applies(piece: Piece, wording: Wording) -> bool:
    """Whether a step may be told in the piece (a quick test on its words)."""
    return matcher(wording.safety_steps).words.may_be_in(piece.plain_words)


def findings(piece: Piece, wording: Wording, people: list[Mention]) -> list[Finding]:
    """`people`: the mentions of people in the piece."""
    rule = wording.safety_steps
    lists = matcher(rule)
    text = piece.text
    tokens = text.tokens
    out = []
    for i, j, _p in lists.words.find(text):
        a, b = text.span(i, j)
        if text.quoted(a, b) or lists.fine.covers(tokens, i, j):
            continue
        lo, hi = text.sentences[text.sentence_of(i)]
        if asks_privacy(piece, wording, lo, hi):
            continue
        who = subject(people, lo, i)
        if who is not None and who.who == ADULT and not (i > 0 and tokens[i - 1] in _OURS):
            continue
        said = text.raw[a:b]
        out.append(rule.advice.finding(RULE, piece.place, said, (a, b), words=said))
    return out

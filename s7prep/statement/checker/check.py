"""Check the wording of a case's statement: the advice an adviser would give on the
phone, on the person's own words, before anything is printed. Never changes an answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from s7prep.packs.model import Case, PackSet
from s7prep.statement import documents
from s7prep.statement.arrange import CHILD_PARTS
from s7prep.statement.checker import contacts, focus, length, repeats, safety, speech
from s7prep.statement.checker.answers import Piece, statement_pieces
from s7prep.statement.checker.finding import Finding
from s7prep.statement.checker.people import (
    ADULT,
    CHILD,
    NOT_SUBJECTS,
    SELF,
    Mention,
    Names,
    mentions,
    subject,
)
from s7prep.statement.checker.rules import Wording, WordRule
from s7prep.statement.checker.text import Text
from s7prep.statement.checker.wording import shipped
from s7prep.statement.checker.wordlists import matcher
from s7prep.statement.model import DOCUMENT_NAMES
from s7prep.statement.values import wording as for_children


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    words: int  # words of the answers checked: those in the statement
    # Words the person typed in every answer that applies now, wherever it went.
    answer_words: int = 0

    def summary(self) -> str:
        """How many findings, and in which documents: "3 things to look at in the notes
        for the officer", "3 things to look at: 1 in the statement and 2 in the notes
        for the officer"."""
        n = len(self.findings)
        things = f"{n} thing{'s' if n != 1 else ''} to look at"
        counts = {d: sum(f.place.document == d for f in self.findings) for d in DOCUMENT_NAMES}
        found = [(DOCUMENT_NAMES[d], k) for d, k in counts.items() if k]
        if len(found) == 1:
            return f"{things} in {found[0][0]}"
        return f"{things}: " + " and ".join(f"{k} in {name}" for name, k in found)

    def groups(self) -> list[tuple[str, list[Finding]]]:
        """The findings under their headings (section, and child), in question order."""
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.place.group, []).append(f)
        return list(out.items())


def check(
    case: Case,
    packset: PackSet,
    wording: Wording | None = None,
    docs: documents.Documents | None = None,
    today: date | None = None,
) -> Report:
    """Findings on the answers the statement of `case` shows (and a reminder on contact
    details in the notes for the officer, when the person asked for their address to be
    kept private). `docs`: the case's documents if the caller has built them already (as of
    `today`). Raises WordingError if `wording` is not given and the shipped wording file
    is broken."""
    w = wording or shipped()
    docs = docs or documents.build(case, packset, today)
    every, elsewhere = statement_pieces(case, packset, docs)
    pieces = [p for p in every if p.place.document == "statement"]
    names = Names([c.display for c in case.children])
    found: list[Finding] = []
    if docs.address_private:  # the notes for the officer get a reminder about contacts
        for piece in every:
            if piece.place.document == "officer":
                found += contacts.findings(piece, w, officer=True)
    for piece in pieces:
        about_child = piece.place.part in CHILD_PARTS
        people: list[Mention] | None = None

        def who(piece: Piece = piece, about_child: bool = about_child) -> list[Mention]:
            nonlocal people
            if people is None:
                people = mentions(piece.text, w.people, names, about_child)
            return people

        found += _words(piece, w, who)
        found += contacts.findings(piece, w)
        found += length.answer_findings(piece, w)
        if speech.applies(piece, w, about_child):
            found += speech.findings(piece, w, who(), about_child)
        if focus.applies(piece, w):
            found += focus.findings(piece, w, who())
        if safety.applies(piece, w):
            found += safety.findings(piece, w, who())
    found += repeats.findings(pieces, w)
    found += length.pages_findings(docs, pieces, w)
    if len(case.children) == 1:  # the advice reads "the child", as the questions do
        found = [
            replace(f, consider=for_children(f.consider, 1), example=for_children(f.example, 1))
            for f in found
        ]
    found.sort(
        key=lambda f: (f.place.order, f.place.child or "", f.place.record or 0, f.place.field, f.start)
    )
    return Report(tuple(found), sum(p.words for p in pieces), sum(p.words for p in every) + elsewhere)


def _words(piece: Piece, w: Wording, people: Callable[[], list[Mention]]) -> list[Finding]:
    out = []
    for rule, name in ((w.absolutes, "absolutes"), (w.labels, "labels"), (w.diagnoses, "diagnoses")):
        if piece.place.qid in rule.fine_in:
            continue
        found = matcher(rule)
        if not found.words.may_be_in(piece.plain_words):
            continue
        text = piece.text
        for i, j in found.find(text):
            if _fine_about(rule, piece.place.part, text, people, i):
                continue
            a, b = text.span(i, j)
            said = text.raw[a:b]
            out.append(rule.advice.finding(name, piece.place, said, (a, b), words=said))
    return out


def _fine_about(rule: WordRule, part: str, text: Text, people: Callable[[], list[Mention]], i: int) -> bool:
    """Whether the word at i is about whoever the rule allows it for in this part: a
    proposal (anyone but the other adult), a child's routine ("Sam always has a
    story"), or the person's own conduct ("I keep
    Saturdays open, send her photos and never speak badly of her": "her" is not who
    never does it)."""
    fine_for = {CHILD: rule.routine_parts, SELF: rule.own_parts}
    proposal = part in rule.proposal_parts
    if not proposal and not any(part in parts for parts in fine_for.values()):
        return False
    tokens = text.tokens
    lo = text.sentences[text.sentence_of(i)][0]
    doers = [m for m in people() if lo <= m.start < i and not (m.pronoun and tokens[m.start] in NOT_SUBJECTS)]
    # Nobody just before it ("..., and never speak badly of her"): whoever the sentence
    # starts with does it.
    found = subject(doers, lo, i) or (doers[0] if doers else None)
    if proposal:  # fine unless about the other adult
        return found is None or found.who != ADULT
    return found is not None and found.who is not None and part in fine_for.get(found.who, frozenset())

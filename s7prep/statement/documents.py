"""The three documents of a case, built together: the core API front ends and the
statement checker call.

    docs = documents.build(case, packset, today)
    docs.statement / docs.officer / docs.notes       the data each template receives
    docs.documents_of(("child_said", "c1"))          ("statement", "notes")
    docs.measures["statement"].words / .pages        length as printed (an estimate)
    docs.moved                                       answers moved to the notes to fit

The statement must fit its pages (PAGE_TARGETS). When it does not, answers move to
the notes (never lost, and listed there) until it fits: `low` ones first, their
picked facts before the rest, then `normal` ones, the longest first; `high` ones about
the whole case only when nothing else is left; a child's `high` answers, those on the
short path (`essential`) and the summary never. Answers the pack pairs move together.
The person chooses what else stays out with the "leave out of the statement" switch
(Case.leave_out), which makes room for the rest.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from s7prep.packs.model import AnswerKey, Case, PackSet
from s7prep.statement import layout, pages
from s7prep.statement.arrange import arrange
from s7prep.statement.collect import OTHER_PARTY_ROLE_OTHER, ROLE_OTHER, Answer, Collected, collect
from s7prep.statement.interview_day import InterviewDay, for_answers
from s7prep.statement.model import (
    DOCUMENTS,
    HELD_BACK,
    IN_STATEMENT,
    OFFICER,
    TO_FIT,
    AddressWarning,
    Data,
    Measure,
    Notes,
    OfficerSheet,
    Placement,
    Statement,
)
from s7prep.statement.private import notes, officer_sheet

# Pages each document should print on (0: no limit). The notes hold everything.
PAGE_TARGETS = {"statement": 2, "officer": 1, "notes": 0}
# The summary's length, in words, an officer reads at a glance.
SUMMARY_WORDS = 100
# Low answers move first, then normal ones; `high` answers only when nothing else is
# left: a child's and the case's longest first, the proposal's (part `arrangements`:
# what the person asks for and why, its steps) last of all. `top` answers (what an
# officer needs first about each child), high ones on the short path (`essential`:
# what a statement cannot do without), high facts (one line at most) and the summary
# never move.
_MOVE_ORDER = {"low": 0, "normal": 1, "high": 2, "top": 4}
_PROPOSAL = "arrangements"
# Room kept at the foot of the last page when fitting, in pages: the estimate is
# within 0.04 of Chromium on the test cases, and a browser with other fonts differs more.
FIT_MARGIN = 0.03
_MAX_ROUNDS = 8


class Documents:
    """The three documents of a case, where each answer went, and their lengths.

    The statement is made (and fitted) at once; the notes for the officer, the
    person's notes and each document's measure are made when first asked for, so
    exporting one document does not pay for the others."""

    def __init__(
        self,
        collected: Collected,
        statement: Statement,
        moved: set[AnswerKey],
        fitted: bool = True,
        day: Callable[[], InterviewDay] | None = None,
    ) -> None:
        self._collected = collected
        self._day = day  # the interview-day list, made with the notes
        self.statement = statement
        self.fitted = fitted
        self.placements: dict[AnswerKey, Placement] = dict(collected.placements)
        self.address_private = collected.address_private
        for key in moved:
            self.placements[key] = replace(self.placements[key], where=TO_FIT)
        self.moved: tuple[Placement, ...] = tuple(
            self.placements[a.key] for a in collected.answers if a.key in moved
        )
        self.warnings = _warnings(collected, self.placements)
        self._measures: dict[str, Measure] = {}

    @functools.cached_property
    def officer(self) -> OfficerSheet:
        return officer_sheet(self._collected)

    @functools.cached_property
    def notes(self) -> Notes:
        made = notes(self._collected, self.placements, self._collected.pack_titles)
        return replace(made, moved=self.moved, day=self._day() if self._day else None)

    def data(self, kind: str) -> Data:
        if kind not in DOCUMENTS:
            raise ValueError(f"unknown document {kind!r}")
        found: Data = (
            self.statement if kind == "statement" else self.officer if kind == "officer" else self.notes
        )
        return found

    def measure(self, kind: str) -> Measure:
        """Words and pages of one document as the shipped HTML prints it (an estimate)."""
        if kind not in self._measures:
            self._measures[kind] = measure(self.data(kind), kind)
        return self._measures[kind]

    @property
    def measures(self) -> dict[str, Measure]:
        """Every document's measure (each made once)."""
        return {kind: self.measure(kind) for kind in DOCUMENTS}

    def documents_of(self, key: AnswerKey) -> tuple[str, ...]:
        """Which documents an answer lands in (() when it is not exported)."""
        found = self.placements.get(key)
        return found.documents if found else ()


def build(case: Case, packset: PackSet, today: date | None = None, fit: bool = True) -> Documents:
    """The documents of a case as of `today` (default: the local date), the statement
    fitted to its pages (unless not `fit`: then nothing moves, for tests of wording)."""
    today = today or date.today()
    collected = collect(case, packset, today)
    answers = {a.key[0]: a.value for a in collected.answers}
    day = functools.partial(for_answers, answers, packset, len(case.children), today)
    if not fit:
        return Documents(collected, arrange(collected), set(), fitted=False, day=day)
    statement, moved, used = _fit(collected)
    docs = Documents(collected, statement, moved, day=day)
    docs._measures["statement"] = Measure(layout.words_of(statement), used, PAGE_TARGETS["statement"])
    return docs


def measure(data: Data, kind: str) -> Measure:
    """A document's words and pages, as the shipped HTML prints it (an estimate)."""
    used, words = layout.estimate(data)
    return Measure(words, used, PAGE_TARGETS.get(kind, 0))


def _fit(collected: Collected) -> tuple[Statement, set[AnswerKey], float]:
    """The statement with as few answers moved out as it takes to fit its pages.

    Moving the first k candidates is tried for a few k: each guessed from the height
    the answers take, scaled by what the last layout freed, and kept between a k known
    to be too long and one known to fit (a step at least each time), so a statement is
    laid out three to six times."""
    target = PAGE_TARGETS["statement"] - FIT_MARGIN
    candidates = sorted(_groups(collected), key=_move_order)
    freed = [0.0]
    for found in candidates:
        freed.append(freed[-1] + sum(_height(a) for a in found) / pages.PAGE_HEIGHT)

    def attempt(k: int) -> tuple[float, Statement]:
        statement = arrange(collected, (a.key for found in candidates[:k] for a in found))
        return pages.stack(layout.boxes(statement)), statement

    full, statement = attempt(0)
    if full <= target or not candidates:
        return statement, set(), full
    last = len(candidates)
    over, fits = 0, None  # the largest k known too long; (k, statement, pages) known to fit
    scale = 1.0  # pages a layout frees for each page the heights guess
    k = _first(freed, (full - target) / scale)
    for _round in range(_MAX_ROUNDS):
        used, tried = attempt(k)
        if used <= target:
            fits = (k, tried, used)
        else:
            over = k
        upper = fits[0] if fits else last + 1
        if upper - over <= 1 or over == last:
            break
        if freed[k] > 0 and full > used:
            scale = (full - used) / freed[k]
        guess = _first(freed, (full - target) / scale)
        # Always a step inside the bracket: fewer when this one fit (the guess may say
        # it is the least that fits: the one below checks it), more when it did not.
        guess = min(guess, k - 1) if used <= target else max(guess, k + 1)
        k = min(max(guess, over + 1), upper - 1, last)
    if fits is None:  # even with every candidate moved it is long: the top stays
        used, tried = attempt(last)
        fits = (last, tried, used)
    k, statement, used = fits
    return statement, {a.key for found in candidates[:k] for a in found}, used


def _first(freed: list[float], pages_to_free: float) -> int:
    """The first k whose answers free at least that many pages (guessed)."""
    return min(bisect.bisect_left(freed, pages_to_free), len(freed) - 1)


def _groups(collected: Collected) -> list[list[Answer]]:
    """The answers in the statement that move together: a question for every child at
    once (the children's blocks stay alike), and questions the pack pairs (`keep_with`,
    `fold_into`). A group with an answer that never moves stays whole."""
    shown = [a for a in collected.answers if a.item is not None and _in_statement(collected, a)]
    ids = {a.question.id for a in shown}
    parent: dict[str, str] = {}

    def root(qid: str) -> str:
        while parent.get(qid, qid) != qid:
            qid = parent[qid]
        return qid

    for a in shown:
        for other in (a.question.keep_with, a.question.fold_into):
            if other in ids and root(other) != root(a.question.id):
                parent[root(a.question.id)] = root(other)
    groups: dict[str, list[Answer]] = {}
    for a in shown:
        groups.setdefault(root(a.question.id), []).append(a)
    return [found for found in groups.values() if not any(_fixed(a) for a in found)]


def _fixed(a: Answer) -> bool:
    priority = a.question.priority
    fact = a.item is not None and a.item.fact
    high = priority == "high" and (a.question.essential or fact)
    return a.part == "summary" or priority == "top" or high


def _move_order(found: list[Answer]) -> tuple[int, bool, float]:
    """Low first, its facts before the rest (a picked fact the pack rates low says
    little about this family); then normal, then (when nothing else is left) high, the
    proposal's last (a case with much about each child kept its children's details and
    lost what the person asks for and why); within those, the longest first, by the
    words of one child's answers (a question asked for each child is not moved just
    because there are several children). A normal fact stays while longer answers go:
    it shares a line."""
    rank = max(_MOVE_ORDER[a.question.priority] for a in found)
    if rank == _MOVE_ORDER["high"] and any(a.part == _PROPOSAL for a in found):
        rank += 1
    low_facts = rank == _MOVE_ORDER["low"] and all(a.item is not None and a.item.fact for a in found)
    children = len({a.key[1] for a in found})
    return rank, not low_facts, -sum(a.words for a in found) / children


def _in_statement(collected: Collected, a: Answer) -> bool:
    return collected.placements[a.key].where == IN_STATEMENT


def _height(a: Answer) -> float:
    """Roughly the height an answer takes on the page."""
    item = a.item
    if item is None:
        return 0.0
    texts = [item.label, *item.paras, *(f"{p.label} {p.text}" for r in item.records for p in r)]
    return pages.text_height(" ".join(texts)) + pages.BASE * 0.2


def _warnings(collected: Collected, placements: dict[AnswerKey, Placement]) -> tuple[AddressWarning, ...]:
    """Answers that look like addresses in a document the person hands over."""
    out = list(collected.child_warnings)
    for a in collected.answers:
        where = placements[a.key].where
        role_words = a.question.id in (ROLE_OTHER, OTHER_PARTY_ROLE_OTHER)  # in every heading
        if (where in (IN_STATEMENT, OFFICER, HELD_BACK) or role_words) and a.address:
            document = {OFFICER: "officer", HELD_BACK: HELD_BACK}.get(where, "statement")
            out.append(AddressWarning(placements[a.key].label, a.position or None, document))
    return tuple(out)


__all__ = [
    "DOCUMENTS",
    "PAGE_TARGETS",
    "SUMMARY_WORDS",
    "Documents",
    "Measure",
    "Placement",
    "build",
    "measure",
]

"""The pack data that steers the statement: a choice's short wording says what its
label says (no other place, no other name); priorities keep what an officer needs
first when the statement is full; pairs move together (`keep_with`); a short fact
follows the answer it is about (`fold_into`); a `quiet` choice says nothing. Each
rule is also shown to catch a planted fault, and the keys are checked when a pack
loads."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from s7prep.packs import loader as packs
from s7prep.packs.model import Case, Choice, PackSet, Question
from s7prep.statement import documents
from s7prep.statement.model import IN_STATEMENT, LEFT_OUT, SAYS_NOTHING
from s7prep.statement.render import render
from tests.fixtures.cases import NAMES, load, packset

# Places whose law differs: a condition about one is not a condition about another
# (s13 Children Act 1989 is about the United Kingdom, not England and Wales).
PLACES = {
    "united kingdom": "the United Kingdom",
    "uk": "the United Kingdom",
    "great britain": "Great Britain",
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern ireland": "Northern Ireland",
}
_PLACE = re.compile(r"\b(" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# A name in the middle of a wording: a capital after the first word ("the Passport Office").
_NAME = re.compile(r"(?<=\s)[A-Z][\w'()-]*")


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


def choices(ps: PackSet) -> Iterator[tuple[str, Choice]]:
    """Every choice of every question and list part, named for messages."""
    for pack in ps.packs:
        for q in pack.questions():
            for owner, where in ((q, q.id), *((f, f"{q.id}.{f.id}") for f in q.fields)):
                for c in owner.choices:
                    yield f"{where}={c.value}", c


def places(text: str) -> set[str]:
    return {PLACES[m.lower()] for m in _PLACE.findall(text)}


def short_problems(ps: PackSet) -> list[str]:
    """A short wording names the places its label names and no other, and no name the
    label does not have (it may only leave words out)."""
    out = []
    for where, c in choices(ps):
        if not c.short:
            continue
        said, meant = sorted(places(c.short)), sorted(places(c.label))
        if said != meant:
            out.append(f"{where}: the short wording names {said}, the label {meant}")
        label_words = set(re.findall(r"[\w']+", c.label.lower()))
        out += [
            f"{where}: the short wording names {name!r}, which its label does not"
            for name in _NAME.findall(c.short)
            if not set(re.findall(r"[\w']+", name.lower())) <= label_words
        ]
    return out


def test_short_wordings_say_what_their_labels_say(ps: PackSet) -> None:
    assert short_problems(ps) == []


def test_no_removal_names_the_united_kingdom(ps: PackSet) -> None:
    choice = next(c for where, c in choices(ps) if where == "conditions=no_removal")
    assert "United Kingdom" in choice.label and "United Kingdom" in choice.says


def _with_short(ps: PackSet, qid: str, value: str, short: str) -> PackSet:
    def fix(q: Question) -> Question:
        if q.id != qid:
            return q
        return replace(
            q, choices=tuple(replace(c, short=short) if c.value == value else c for c in q.choices)
        )

    return PackSet(
        tuple(
            replace(
                p,
                sections=tuple(replace(s, questions=tuple(fix(q) for q in s.questions)) for s in p.sections),
            )
            for p in ps.packs
        ),
        ps.signposts,
    )


@pytest.mark.parametrize(
    ("qid", "value", "short"),
    [
        ("conditions", "no_removal", "No removal from England and Wales without agreement"),  # another place
        ("conditions", "no_removal", "No removal without agreement"),  # the place dropped
        ("services_willing", "ptfc", "Planning Together for Families"),  # another name
    ],
)
def test_short_rule_catches_a_planted_fault(ps: PackSet, qid: str, value: str, short: str) -> None:
    assert short_problems(_with_short(ps, qid, value, short))


# ---------------------------------------------------------------- what stays when the statement is full

DAY = date(2026, 11, 22)
# What an officer needs first, for each child: their words and feelings, needs,
# relationships with each adult, harm (the packs mark them `top`).
FIRST_NEEDS = (
    "child_said",
    "child_shown",
    "child_worries",
    "child_health",
    "child_emotional",
    "child_rel_you",
    "child_rel_other",
    "da_child_exposure",
    "child_harm_effect",
)


def test_the_full_case_keeps_what_an_officer_needs_first(ps: PackSet) -> None:
    docs = documents.build(load("two_children_full", ps), ps, DAY)
    assert docs.moved  # it is too long for two pages as answered
    shown = set(docs.statement.keys)
    for qid in FIRST_NEEDS:
        for child in ("c1", "c2"):
            assert (qid, child) in shown, qid
    # Short facts that say little went first; a mother's "legal parent: yes" says nothing.
    moved = {p.key[0] for p in docs.moved}
    assert {"role_by_child", "harm_who", "concerns_kind"} <= moved
    # Parental responsibility is one picked fact that matters (a father or a grandparent
    # without it): it stays.
    assert ("parental_responsibility", None) in shown
    assert docs.placements[("legal_parent", None)].where == SAYS_NOTHING
    assert docs.measure("statement").whole_pages == 2


@pytest.mark.parametrize("name", NAMES)
def test_what_moves_follows_the_priorities(name: str, ps: PackSet) -> None:
    """Nothing low stays while a normal answer moved, nor anything below high while a
    high one moved (but what goes with an answer that stays), nor a high answer outside
    the proposal while one of the proposal's moved; a low fact never stays while a low
    account moved; the summary, `top` answers and the high answers on the short path or
    picked as facts never move."""
    docs = documents.build(load(name, ps), ps, DAY)
    moved = {p.key for p in docs.moved}
    kept = [k for k in docs.statement.keys if k not in moved]
    prio = {k: ps.question(k[0]).priority for k in (*moved, *kept)}
    for k in moved:
        q = ps.question(k[0])
        assert q.statement != "summary" and q.priority != "top", k
        assert not (q.priority == "high" and (q.essential or _fact(ps, q.id))), k
    paired = {k for k in kept if ps.question(k[0]).fold_into or ps.question(k[0]).keep_with}
    loose = [k for k in kept if k not in paired and ps.question(k[0]).statement != "summary"]
    if any(prio[k] == "high" for k in moved):
        assert not [k for k in loose if prio[k] not in ("high", "top")]
    if any(prio[k] == "high" and ps.question(k[0]).statement == "arrangements" for k in moved):
        movable = [k for k in loose if prio[k] == "high" and not ps.question(k[0]).essential]
        assert all(ps.question(k[0]).statement == "arrangements" or _fact(ps, k[0]) for k in movable)
    if any(prio[k] == "normal" for k in moved):
        assert not [k for k in loose if prio[k] == "low"]
    low_accounts_moved = [k for k in moved if prio[k] == "low" and not _fact(ps, k[0])]
    if low_accounts_moved:
        assert not [k for k in kept if prio[k] == "low" and _fact(ps, k[0])]


def _fact(ps: PackSet, qid: str) -> bool:
    return ps.question(qid).type in ("choice", "multi_choice", "yes_no", "number", "date")


# ---------------------------------------------------------------- pairs, folded facts, quiet choices


def _case_over_by_a_little(ps: PackSet) -> tuple[PackSet, Case]:
    """What the children said and their relationship with each adult, on packs where
    only the relationships may move, with what Sam said grown until the statement just
    overflows: moving the longer half of the pair alone would be enough."""
    pair = ("child_rel_you", "child_rel_other")
    packs = _each_question(ps, lambda q: replace(q, priority="normal" if q.id in pair else "high"))
    case = load("two_children_full", ps)
    case.answers = {k: v for k, v in case.answers.items() if k[0] in (*pair, "child_said")}
    said = case.answers[("child_said", "c1")]
    for n in range(2000):
        case.answers[("child_said", "c1")] = said + "\nHe said it again." * n
        if documents.build(case, packs, DAY, fit=False).measure("statement").pages > 2 - documents.FIT_MARGIN:
            return packs, case
    raise AssertionError("the case never overflowed")


def test_a_pair_moves_together(ps: PackSet) -> None:
    packs, case = _case_over_by_a_little(ps)
    moved = {p.key for p in documents.build(case, packs, DAY).moved}
    assert moved == {(q, c) for q in ("child_rel_you", "child_rel_other") for c in ("c1", "c2")}
    # Without the pairing only the longer half moves: the test can tell.
    apart = _each_question(packs, lambda q: replace(q, keep_with=""))
    assert {p.key[0] for p in documents.build(case, apart, DAY).moved} == {"child_rel_you"}


def test_how_the_child_raised_it_follows_what_they_said(ps: PackSet) -> None:
    case = load("grandparent", ps)
    docs = documents.build(case, ps, DAY)
    said = next(i for i in docs.statement.items if i.key == ("child_said", "c2"))
    assert said.note == "When an adult asked." and said.note_key == ("child_said_how", "c2")
    assert ("child_said_how", "c2") not in [i.key for i in docs.statement.items]  # no line of its own
    assert docs.placements[("child_said_how", "c2")].where == IN_STATEMENT
    md = render(docs.statement, "md")
    assert "J says he likes the contact centre because Mum brings games. (When an adult asked.)" in md
    assert "How the child raised it" not in md
    html = render(docs.statement, "html")
    assert "Mum brings games.</bdi> (When an adult asked.)" in html
    # Left out with what was said; on a line of its own where there is nothing to follow.
    case.leave_out = {("child_said", "c2")}
    assert documents.build(case, ps, DAY).placements[("child_said_how", "c2")].where == LEFT_OUT
    alone = _each_question(ps, lambda q: replace(q, fold_into=""))
    kept = documents.build(load("grandparent", ps), alone, DAY).statement.items
    assert [i.paras for i in kept if i.key == ("child_said_how", "c2")] == [("When an adult asked",)]


def test_a_quiet_choice_says_nothing_but_the_others_do(ps: PackSet) -> None:
    case = load("responding", ps)
    assert case.answers[("legal_parent", None)] == "yes"
    docs = documents.build(case, ps, DAY)
    assert docs.placements[("legal_parent", None)].where == SAYS_NOTHING
    assert "Legal parent" not in render(docs.statement, "md")
    assert "**Legal parent:** Yes" in render(docs.notes, "md", "notes")  # the notes keep it
    case.answers[("legal_parent", None)] = "no"  # meaningful: a father who is not a legal parent
    assert "**Legal parent:** No" in render(documents.build(case, ps, DAY).statement, "md")


def _each_question(ps: PackSet, change: Callable[[Question], Question]) -> PackSet:
    return PackSet(
        tuple(
            replace(
                p,
                sections=tuple(
                    replace(s, questions=tuple(change(q) for q in s.questions)) for s in p.sections
                ),
            )
            for p in ps.packs
        ),
        ps.signposts,
    )


# ---------------------------------------------------------------- the pack keys are checked

PACK = """\
id: p
title: T
version: "1"
reviewed: 2026-11-01
sources: [x]
order: 1
sections:
  - id: s
    title: S
    questions:
      - {{id: said, type: long_text, prompt: Said?, statement: wishes, per_child: true}}
      - {{id: once, type: long_text, prompt: Once?, statement: summary}}
      - {{id: private, type: long_text, prompt: Private?, statement: officer, per_child: true}}
      - {{id: how, type: {type}, prompt: How?, statement: wishes, per_child: true, {extra}}}
"""
CHOICES = "choices: [{value: a, label: Alone}, {value: b, label: Asked}]"


@pytest.mark.parametrize(
    ("qtype", "extra", "problem"),
    [
        ("choice", f"fold_into: said, {CHOICES}", ""),
        ("long_text", "keep_with: said", ""),
        ("long_text", "fold_into: said", "how.fold_into: only a choice or multi_choice can follow another"),
        ("choice", f"fold_into: nowhere, {CHOICES}", "how.fold_into: unknown question id 'nowhere'"),
        ("choice", f"fold_into: once, {CHOICES}", "'once' must be asked the same way"),
        ("choice", f"fold_into: private, {CHOICES}", "'private' does not go into the statement"),
        ("choice", f"fold_into: how, {CHOICES}", "a question cannot go with itself"),
        ("long_text", "keep_with: private", "'private' does not go into the statement"),
        ("long_text", "keep_with: once", "'once' must be asked the same way"),
        ("choice", "choices: [{value: a, label: A, quiet: 3}, {value: b, label: B}]", "quiet"),
    ],
)
def test_pack_checks(tmp_path: Path, qtype: str, extra: str, problem: str) -> None:
    (tmp_path / "p.yaml").write_text(PACK.format(type=qtype, extra=extra), encoding="utf-8")
    errors = [str(e) for e in packs.load([tmp_path]).errors]
    if not problem:
        assert errors == []
    else:
        assert errors and problem in errors[0], errors

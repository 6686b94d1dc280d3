"""The demo case tells one story: every answer valid and shown, roles that agree with
each other and with the answers, children who differ, and a statement that reads."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

import pytest

from s7prep import engine
from s7prep.packs import loader as packs
from s7prep.packs.model import Case, PackSet
from s7prep.statement import documents
from s7prep.statement.render import render
from s7prep.store.demo import DEMO_CHILDREN, sample_answers
from s7prep.store.demo_story import STORY

KIDS = list(DEMO_CHILDREN)


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packs.shipped().packset


@pytest.fixture(scope="module")
def answers(ps: PackSet) -> dict[Any, Any]:
    return sample_answers(ps, KIDS)


def test_every_story_answer_is_valid_stored_and_shown(ps: PackSet, answers: dict[Any, Any]) -> None:
    expected = 0
    for qid, value in STORY.items():
        q = ps.by_id.get(qid)
        assert q is not None, f"{qid}: no such question in the shipped packs"
        for child, v in value.items() if q.per_child else [(None, value)]:
            assert engine.validate(q, v) == v, f"{qid}/{child} is not in stored form"
            assert answers[(qid, child)] == v
            expected += 1
    assert len(answers) == expected  # nothing dropped: none invalid, none hidden by another answer
    assert engine.hidden_answers(ps, KIDS, answers) == []
    # Some questions are left for the person to see what coverage shows.
    assert len(answers) < len(engine.visible(ps, KIDS, answers))


def test_roles_agree(ps: PackSet, answers: dict[Any, Any]) -> None:
    assert answers[("your_role", None)] == "grandmother"
    assert answers[("other_party_role", None)] == "mother"
    # A grandmother is not asked the parents' questions.
    shown = {s.key[0] for s in engine.visible(ps, KIDS, answers)}
    assert "legal_parent" not in shown and "care_history" in shown
    # Her account never speaks as a partner or a parent of the other party's children.
    words = " ".join(_texts(answers)).lower()
    for contradiction in ("we lived together", "my ex", "my partner and i", "our children", "my son"):
        assert contradiction not in words, contradiction
    assert "she is my daughter" in words
    # The mother is a parent: the presumption question is asked, and answered.
    assert ("other_parent_involvement", None) in answers


def test_the_children_differ(ps: PackSet, answers: dict[Any, Any]) -> None:
    assert DEMO_CHILDREN[0].born != DEMO_CHILDREN[1].born
    written = [q.id for q in ps.by_id.values() if q.per_child and q.type in ("text", "long_text")]
    both = [qid for qid in written if {"c1", "c2"} <= _keys(answers, qid)]
    assert len(both) > 20
    assert [qid for qid in both if answers[(qid, "c1")] == answers[(qid, "c2")]] == []


def test_dates_in_the_story_agree(answers: dict[Any, Any]) -> None:
    # The move to the grandmother's home is the same month wherever it is named.
    for key in (("care_history", None), ("child_current", "c1"), ("child_current", "c2")):
        assert "March 2024" in answers[key], key
    assert {c.lives_with for c in DEMO_CHILDREN} == {"me, since March 2024"}
    assert answers[("interview_date", None)] > "2026-11"  # still to come in the story


def test_permission_to_apply_follows_the_dates(answers: dict[Any, Any]) -> None:
    # A relative the children have lived with for the whole year before applying needs
    # no permission (Children Act 1989, s10(5B)); one who applied sooner does.
    care = answers[("care_history", None)]
    moved_in = _month(re.search(r"lived with me since (\w+) (\d{4})", care))
    applied = _month(re.search(r"I applied to the court in (\w+) (\d{4})", care))
    assert applied > moved_in  # the story says when she applied
    needed = applied - moved_in < 12
    permission = answers[("court_permission", None)]
    assert permission == ("given" if needed else "not_needed"), (moved_in, applied)
    assert answers[("applicant", None)] in ("me", "both")


def test_the_statement_reads_as_one_story(ps: PackSet, answers: dict[Any, Any]) -> None:
    case = Case("demo", KIDS, dict(answers))
    docs = documents.build(case, ps, date(2026, 11, 30))
    head = docs.statement.head
    assert head.role == "grandmother" and head.other_role == "mother"
    assert docs.warnings == ()  # no address in any answer
    worries = docs.statement.section("harm")
    assert worries is not None
    assert [e.when for e in worries.events] == ["2023", "March 2024", "Summer 2025", "17 January 2026"]
    text = render(docs.statement, "md")
    assert "Mia" in text and "Leo" in text
    assert "A.B." not in text and "An invented example answer" not in text


def _month(found: re.Match[str] | None) -> int:
    """Months since year 0 of "March 2024"."""
    assert found is not None, "a month and year is named"
    month, year = found.group(1), int(found.group(2))
    return year * 12 + list(calendar.month_name).index(month)


def _keys(answers: dict[Any, Any], qid: str) -> set[str | None]:
    return {child for (q, child) in answers if q == qid}


def _texts(answers: dict[Any, Any]) -> list[str]:
    out: list[str] = []
    for value in answers.values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for r in value if isinstance(r, dict) for v in r.values() if isinstance(v, str)]
    return out

"""Plain mode through the shipped arrangements pack: the term-time nights by a pattern's
number, a child's own nights by letters, time built up in steps with a step's own
nights, holidays as a choice; then the statement draws what was given."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import AnswerKey, Child, PackSet
from s7prep.statement import documents
from s7prep.store.store import Store
from tests.fixtures.cases import HERE as CASES
from tests.plain_helpers import ENTER, LABEL, drive, open_store

KIDS = [Child("c1", "Sam", age=10, lives_with="me"), Child("c2", "Lily", age=6, lives_with="me")]
MIDWEEK = fortnight.preset("every_other_weekend_midweek").nights
SATURDAY = "mmmmmom" + "m" * 7


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packs.shipped().packset


def before_the_plan(ps: PackSet) -> dict[AnswerKey, Any]:
    """The fully answered invented case, up to the arrangements pack (and without the
    interview's questions): plain mode starts at the first question of the plan."""
    doc = json.loads((CASES / "two_children_full.json").read_text(encoding="utf-8"))
    out: dict[AnswerKey, Any] = {}
    for qid, value in doc["answers"].items():
        q = ps.question(qid)
        if q.pack_id in ("arrangements", "interview"):
            continue
        for child, v in value.items() if q.per_child else [(None, value)]:
            out[(qid, child)] = v
    return out


@pytest.fixture()
def store(tmp_path: Path, ps: PackSet) -> Store:
    store = open_store(tmp_path / "home")
    store.create_case(LABEL)
    store.save_children(LABEL, KIDS)
    for key, value in before_the_plan(ps).items():
        store.save_answer(LABEL, key, value)
    return store


def test_the_plan_in_plain_mode(store: Store, ps: PackSet) -> None:
    keys = [
        "1" + ENTER,  # the children should live with me
        "2" + ENTER,  # regular time with the other party, including overnights
        "1" + ENTER,
        ENTER,  # a child arrangements order, and nothing more
        ENTER,  # no reasons typed now
        "3" + ENTER,  # every other weekend to Sunday, and Wednesdays
        "1" + ENTER,  # ... most nights with me
        "Friday from school to Sunday 5pm" + ENTER,
        ":skip" + ENTER,  # Sam: the same nights
        "0" + ENTER,  # Lily: typed night by night
        "mmmmmom mmmmmmm" + ENTER,
        ENTER,  # no note
        "Tea on Wednesdays" + ENTER + ENTER,
        "1" + ENTER,  # a first step
        "1" + ENTER,  # supervised time
        "Two hours every Saturday at a family centre" + ENTER,
        "Eight weeks" + ENTER,
        ":skip" + ENTER,
        ":skip" + ENTER,  # no nights at this step
        "1" + ENTER,  # a second step
        "4" + ENTER,  # time that includes nights away
        "Every other Saturday night" + ENTER,
        "Three months" + ENTER,
        "The children settle well" + ENTER,
        "0" + ENTER,
        "mmmmmom mmmmmmm" + ENTER,
        ENTER,
        "2" + ENTER,  # no more steps
        "1" + ENTER,  # no move planned
        "3" + ENTER,  # holidays: the term-time pattern plus some extra days
        ":quit" + ENTER,
    ]
    run = drive(store, ps, keys, label=LABEL)

    answers = store.load_case(LABEL).answers
    assert answers[("nights_plan", None)] == {"nights": MIDWEEK, "note": "Friday from school to Sunday 5pm"}
    assert ("nights_child", "c1") not in answers
    assert answers[("nights_child", "c2")] == {"nights": SATURDAY}
    assert answers[("stages", None)] == [
        {
            "kind": "supervised",
            "what": "Two hours every Saturday at a family centre",
            "how_long": "Eight weeks",
        },
        {
            "kind": "overnights",
            "what": "Every other Saturday night",
            "how_long": "Three months",
            "move_on": "The children settle well",
            "nights": {"nights": SATURDAY},
        },
    ]
    assert answers[("holidays_share", None)] == "term_plus"
    said = " ".join(run.said)
    assert "10 of 14 nights with me, 4 with the other party. 6 handovers a fortnight." in said
    assert "Longest run of nights away from me: 2; from the other party: 6." in said
    assert "13 of 14 nights with me, 1 with the other party. 2 handovers a fortnight." in said
    asked = " ".join(run.asked)
    assert "about Lily. If this child should sleep in each home on different nights, set them here." in asked
    assert "Entry 2, part 5 of 5. If this step has nights away, which nights?" in asked

    # What was given is drawn: Sam with the shared nights, Lily with her own.
    docs = documents.build(store.load_case(LABEL), ps, date(2026, 11, 22))
    section = docs.statement.section("arrangements")
    assert section is not None
    nights = next(i for i in section.items if i.key == ("nights_plan", None))
    assert [(s.children, s.counts.split(";")[0]) for s in nights.strips] == [
        ("Sam", "10 of 14 nights with me, 4 with the father"),
        ("Lily", "13 of 14 nights with me, 1 with the father"),
    ]

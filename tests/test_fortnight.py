"""The fortnight: presets, counts, checks, the answers file and one pattern for
all the children with another for a child. Counts were worked out by hand."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from s7prep import engine
from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import Case, Child, PackSet
from s7prep.store import answers_file
from tests.conftest import FIXTURES

PLAN = FIXTURES / "packs" / "fortnight"
R, S, J = Child("c1", "R"), Child("c2", "S"), Child("c3", "J")


@pytest.fixture(scope="module")
def plan() -> PackSet:
    result = packs.load([PLAN])
    assert result.errors == []
    return result.packset


# name: nights with me, with the other party, handovers, longest away from me, from the other party
BY_HAND = {
    "every_other_weekend": (12, 2, 2, 2, 12),
    "every_other_weekend_monday": (11, 3, 2, 3, 11),
    "every_other_weekend_midweek": (10, 4, 6, 2, 6),
    "every_other_weekend_monday_midweek": (9, 5, 6, 3, 6),
    "two_two_three": (7, 7, 6, 3, 3),
    "two_two_five_five": (7, 7, 4, 5, 5),
    "three_four_four_three": (7, 7, 4, 4, 4),
    "week_about": (7, 7, 2, 7, 7),
    "daytime_only": (14, 0, 0, 0, 14),
}


def test_every_preset_is_counted_by_hand() -> None:
    assert [p.name for p in fortnight.PRESETS] == list(BY_HAND)


@pytest.mark.parametrize("name", BY_HAND)
def test_preset_counts(name: str) -> None:
    me, other, changes, away_me, away_other = BY_HAND[name]
    c = fortnight.count(fortnight.preset(name).nights)
    assert c.nights == {"m": me, "o": other, "x": 0}
    assert c.handovers == changes
    assert c.away == {"m": away_me, "o": away_other}
    # Turned round, the two adults change places.
    s = fortnight.count(fortnight.swap(fortnight.preset(name).nights))
    assert (s.nights["m"], s.nights["o"], s.handovers, s.away["m"]) == (other, me, changes, away_other)


def test_the_midweek_preset_in_words() -> None:
    nights = fortnight.preset("every_other_weekend_midweek").nights
    assert fortnight.counts_words(nights) == [
        "10 of 14 nights with me, 4 with the other party",
        "6 handovers a fortnight",
        "Longest run of nights away from me: 2; from the other party: 6",
    ]
    assert fortnight.week_words(nights) == [
        "Week 1: Monday and Tuesday with me, Wednesday with the other party, Thursday with me, "
        "Friday and Saturday with the other party, Sunday with me",
        "Week 2: Monday and Tuesday with me, Wednesday with the other party, Thursday to Sunday with me",
    ]


def test_one_adult_throughout_and_someone_else_in_words() -> None:
    assert fortnight.counts_words("o" * 14) == [
        "All 14 nights with the other party",
        "No handovers",
        "Longest run of nights away from me: all 14; from the other party: none",
    ]
    assert fortnight.counts_words("mmmmmxx" + "ooooooo")[0] == (
        "5 of 14 nights with me, 7 with the other party, 2 with someone else"
    )
    assert fortnight.week_words("mmmmmxx" + "ooooooo")[1] == "Week 2: all week with the other party"
    assert (
        fortnight.short_words("mmmmmxx" + "ooooooo")
        == "5 with me, 7 with the other party, 2 with someone else"
    )


@pytest.mark.parametrize(
    ("nights", "changes", "away_me"),
    [
        # Sunday of week 2 leads into Monday of week 1: that is a handover too.
        ("o" + "m" * 13, 2, 1),
        # A run away that crosses from week 2 into week 1 is one run.
        ("o" + "m" * 12 + "o", 2, 2),
        ("oo" + "m" * 10 + "oo", 2, 4),
        ("m" * 14, 0, 0),
        ("momomomomomomo", 14, 1),
        ("mox" * 4 + "mo", 14, 2),
    ],
)
def test_handovers_and_runs_go_round_the_circle(nights: str, changes: int, away_me: int) -> None:
    assert fortnight.handovers(nights) == changes
    assert fortnight.longest_away(nights, "m") == away_me


NIGHTS = st.text(alphabet="mox", min_size=14, max_size=14)


@given(NIGHTS)
def test_any_pattern_counts_to_fourteen_nights(nights: str) -> None:
    c = fortnight.count(nights)
    assert sum(c.nights.values()) == 14
    assert (c.handovers == 0) == (len(set(nights)) == 1)
    for who in "mo":
        assert c.away[who] <= 14 - c.nights[who]
        assert (c.away[who] == 0) == (c.nights[who] == 14)
    assert fortnight.swap(fortnight.swap(nights)) == nights


@given(
    nights=NIGHTS, note=st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=40)
)
def test_any_pattern_survives_the_answers_file(plan: PackSet, nights: str, note: str) -> None:
    value = engine.validate(plan.question("nights_plan"), {"nights": nights.upper(), "note": note})
    case = Case("x", children=[R, S], answers={("nights_plan", None): value, ("nights_child", "c2"): value})
    text = answers_file.dumps(answers_file.to_document(case, plan))
    back = answers_file.loads(text, plan)
    assert back.answers == case.answers
    assert back.answers[("nights_plan", None)]["nights"] == nights
    assert (
        answers_file.dumps(answers_file.to_document(Case("x", list(back.children), back.answers), plan))
        == text
    )


def test_the_stored_form(plan: PackSet) -> None:
    q = plan.question("nights_plan")
    assert engine.validate(q, {"nights": "MMMMOOM mmmmmmm", "note": "  Handover at school.  "}) == {
        "nights": "mmmmoommmmmmmm",
        "note": "Handover at school.",
    }
    assert engine.validate(q, {"nights": "mmmmoommmmmmmm", "note": ""}) == {"nights": "mmmmoommmmmmmm"}
    assert engine.validate(q, {"nights": "", "note": " "}) is None
    assert engine.validate(q, {}) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"nights": "m" * 13}, "give 14 letters, one for each night from Monday of week 1 (this has 13)"),
        ({"nights": "m" * 15}, "(this has 15)"),
        (
            {"nights": "mma" + "m" * 11},
            "night 3 (Wednesday, week 1) is 'a': use m for me, o for the other party",
        ),
        ({"nights": "m" * 13 + "?"}, "night 14 (Sunday, week 2) is not set yet: use m, o or x"),
        ({"nights": "mm\x1b" + "m" * 11}, "night 3 (Wednesday, week 1) is '\\x1b'"),
        ({"nights": 14}, "the nights must be 14 letters"),
        ({"nights": "m" * 14, "who": "Gran"}, "'who' is not part of a fortnight"),
        ({"note": "Fridays"}, "set the 14 nights first"),
        ({"nights": "m" * 14, "note": "x" * 501}, "under 500 characters"),
        ("mmmmoommmmmmmm", "Expected the nights and a note"),
    ],
)
def test_bad_values_say_what_is_wrong(plan: PackSet, value: object, message: str) -> None:
    with pytest.raises(engine.AnswerError) as info:
        engine.validate(plan.question("nights_plan"), value)
    assert message in str(info.value)


def test_an_answers_file_with_bad_nights_lists_each_problem(plan: PackSet) -> None:
    doc = {
        "format": answers_file.FORMAT,
        "children": [{"key": "c1", "name": "R"}, {"key": "c2", "name": "S"}],
        "answers": {
            "nights_plan": {"nights": "mmmmoommmmmmm"},
            "nights_child": {"nights": "mmmmoommmmmmmm"},
            "stages": [{"what": "Supported time", "nights": {"nights": "mmmmqqmmmmmmmm"}}],
        },
    }
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.from_document(doc, plan)
    assert info.value.problems == [
        "answers.nights_plan: give 14 letters, one for each night from Monday of week 1 (this has 13)",
        "answers.nights_child: asked for each child, so give an object of child key -> answer",
        "answers.stages: Entry 1, Which nights, if any?: night 5 (Friday, week 1) is 'q': "
        "use m for me, o for the other party or x for someone else",
    ]


def test_a_stage_keeps_its_own_fortnight(plan: PackSet) -> None:
    value = engine.validate(
        plan.question("stages"),
        [
            {"what": "Supervised time at a contact centre", "how_long": "Six weeks"},
            {"what": "Overnights", "nights": {"nights": "mmmmoom" + "mmmmmmm"}},
        ],
    )
    assert value == [
        {"what": "Supervised time at a contact centre", "how_long": "Six weeks"},
        {"what": "Overnights", "nights": {"nights": "mmmmoommmmmmmm"}},
    ]


# ------------------------------------------------------------------ per-child override


def test_the_override_is_asked_only_with_two_children(plan: PackSet) -> None:
    answers = {("nights_plan", None): {"nights": "m" * 14}}
    one = [s.key for s in engine.visible(plan, [R], answers)]
    two = [s.key for s in engine.visible(plan, [R, S], answers)]
    assert ("nights_child", "c1") not in one
    assert [k for k in two if k[0] == "nights_child"] == [("nights_child", "c1"), ("nights_child", "c2")]


def test_one_pattern_for_all_and_another_for_a_child(plan: PackSet) -> None:
    shared = {"nights": fortnight.preset("every_other_weekend").nights}
    own = {"nights": fortnight.preset("daytime_only").nights, "note": "J is still breastfed."}
    answers = {
        ("nights_plan", None): shared,
        ("nights_child", "c3"): own,
        ("nights_child", "c2"): shared,  # the same as the others': no group of its own
    }
    assert engine.answer_for(plan, answers, "nights_plan", J) == own
    assert engine.answer_for(plan, answers, "nights_plan", R) == shared
    assert engine.by_children(plan, [R, S, J], answers, "nights_plan") == [((R, S), shared), ((J,), own)]
    assert engine.by_children(plan, [R, J], {("nights_child", "c3"): own}, "nights_plan") == [((J,), own)]


OVERRIDE = """\
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
      - {{id: shared, type: fortnight, prompt: Nights?, statement: arrangements}}
      - {{id: kids, type: fortnight, per_child: true, prompt: Nights?, statement: arrangements}}
      - {{id: word, type: text, prompt: Word?, statement: none}}
      - {{id: own, type: {type}, prompt: Own?, statement: arrangements, {extra}}}
"""


@pytest.mark.parametrize(
    ("qtype", "extra", "problem"),
    [
        ("fortnight", "overrides: shared", ""),
        ("fortnight", "per_child: true, overrides: nowhere", "own.overrides: unknown question id 'nowhere'"),
        ("fortnight", "per_child: true, overrides: kids", "own.overrides: 'kids' must be a question about"),
        (
            "fortnight",
            "per_child: true, overrides: word",
            "'word' is text: an override must be the same type",
        ),
        ("text", "per_child: true, overrides: shared", "'shared' is fortnight: an override must be the same"),
        (
            "fortnight",
            "per_child: true, show_if: \"shared == 'mmm'\"",
            "'shared' is a fortnight: only answered",
        ),
        (
            "fortnight",
            "per_child: true, choices: [{value: a, label: A}, {value: b, label: B}]",
            "only choice",
        ),
    ],
)
def test_pack_checks(tmp_path: Path, qtype: str, extra: str, problem: str) -> None:
    (tmp_path / "p.yaml").write_text(OVERRIDE.format(type=qtype, extra=extra), encoding="utf-8")
    errors = [str(e) for e in packs.load([tmp_path]).errors]
    if not problem:  # the first case: overrides on a question not asked per child
        assert errors == [
            f"{tmp_path / 'p.yaml'}:14: own.overrides: only a per_child question can override another"
        ]
    else:
        assert len(errors) == 1 and problem in errors[0] and ":14:" in errors[0], errors


def test_a_good_override_loads(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        OVERRIDE.format(type="fortnight", extra="per_child: true, overrides: shared"), encoding="utf-8"
    )
    result = packs.load([tmp_path])
    assert result.errors == []
    assert result.packset.question("own").overrides == "shared"


def test_packs_schema_and_validate_know_the_type() -> None:
    run = subprocess.run([sys.executable, "-m", "s7prep", "packs", "schema"], capture_output=True, text=True)
    schema = json.loads(run.stdout)
    assert "fortnight" in schema["$defs"]["question"]["properties"]["type"]["enum"]
    assert "fortnight" in schema["$defs"]["field"]["properties"]["type"]["enum"]
    assert schema["$defs"]["question"]["properties"]["overrides"]["pattern"]
    assert "overrides" not in schema["$defs"]["field"]["properties"]
    run = subprocess.run(
        [sys.executable, "-m", "s7prep", "packs", "validate", "--alone", str(PLAN / "plan.yaml")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == "ok: 1 pack(s), 4 question(s)\n"

"""A fortnight in plain mode: a pattern by its number, or 14 letters typed; the
nights and counts read out; commands and Ctrl+C keep what was given."""

from __future__ import annotations

from pathlib import Path

import pytest

from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import Child, PackSet
from s7prep.store.store import Store
from tests.conftest import FIXTURES
from tests.plain_helpers import CTRL_C, ENTER, LABEL, NEW_CASE_ONE_CHILD, drive, open_store

QUESTION = "Question 2 of 3. Over two weeks, who should the child sleep with each night?"


@pytest.fixture(scope="module")
def plan() -> PackSet:
    result = packs.load([FIXTURES / "packs" / "fortnight"])
    assert result.errors == []
    return result.packset


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "home")


def test_a_pattern_by_its_number(store: Store, plan: PackSet) -> None:
    keys = [
        *NEW_CASE_ONE_CHILD,
        "1" + ENTER,  # lives with me
        "3" + ENTER,  # every other weekend to Sunday, and Wednesdays
        "2" + ENTER,  # ... with most nights with the other party
        "Handover at school" + ENTER,
        "2" + ENTER,  # no stages
    ]
    run = drive(store, plan, keys)

    assert run.outcome.code == 0
    assert store.load_case(LABEL).answers[("nights_plan", None)] == {
        "nights": fortnight.swap("mmomoom" + "mmommmm"),
        "note": "Handover at school",
    }
    assert run.asked[6:9] == [QUESTION, "Whose home is it for 10 of the 14 nights?", NOTE_PROMPT]
    assert (
        "That is: Week 1: Monday and Tuesday with the other party, Wednesday with me, Thursday with the "
        "other party, Friday and Saturday with me, Sunday with the other party. Week 2: Monday and Tuesday "
        "with the other party, Wednesday with me, Thursday to Sunday with the other party. "
        "4 of 14 nights with me, 10 with the other party. 6 handovers a fortnight. "
        "Longest run of nights away from me: 6; from the other party: 2."
    ) in run.said


NOTE_PROMPT = (
    "A note, if needed: times, who someone else is, or what the nights cannot show. "
    "Press Enter to leave it empty."
)


def test_a_pattern_by_its_letters_with_a_mistake_first(store: Store, plan: PackSet) -> None:
    keys = [
        *NEW_CASE_ONE_CHILD,
        "1" + ENTER,
        "0" + ENTER,  # after the nine patterns: type the letters
        "mmmmmmm mmmm" + ENTER,  # 11 letters
        "mmmmmmm mmmmmxx" + ENTER,  # typed again, all 14: what was refused is not kept in the box
        "Gran has them on the second weekend" + ENTER,
        ":quit" + ENTER,
    ]
    run = drive(store, plan, keys)

    assert "Not kept: give 14 letters, one for each night from Monday of week 1 (this has 11). " in " ".join(
        run.said
    )
    assert store.load_case(LABEL).answers[("nights_plan", None)] == {
        "nights": "mmmmmmm" + "mmmmmxx",
        "note": "Gran has them on the second weekend",
    }
    said = " ".join(run.said)
    assert "Week 2: Monday to Friday with me, Saturday and Sunday with someone else." in said
    assert "12 of 14 nights with me, 2 with someone else. 2 handovers a fortnight." in said


def test_enter_keeps_a_saved_pattern(store: Store, plan: PackSet) -> None:
    store.create_case(LABEL)
    store.save_children(LABEL, [Child("c1", "Sam", age=7)])
    saved = {"nights": fortnight.preset("week_about").nights, "note": "Changeover at school on Monday"}
    store.save_answer(LABEL, ("lives_with_plan", None), "me")
    store.save_answer(LABEL, ("nights_plan", None), saved)

    run = drive(store, plan, [":back" + ENTER, ENTER, ENTER, ":quit" + ENTER], label=LABEL)

    assert "Saved now: Week 1: all week with me. Week 2: all week with the other party." in " ".join(run.said)
    assert "Unchanged." in run.said
    assert store.load_case(LABEL).answers[("nights_plan", None)] == saved


def test_ctrl_c_at_the_note_keeps_the_nights(store: Store, plan: PackSet) -> None:
    keys = [*NEW_CASE_ONE_CHILD, "1" + ENTER, "9" + ENTER, "1" + ENTER, "Tea on Wednesdays" + CTRL_C]
    run = drive(store, plan, keys)

    assert run.outcome.code == 130
    assert "Whose home is it for all 14 nights?" in run.asked
    assert store.load_case(LABEL).answers[("nights_plan", None)] == {
        "nights": "m" * 14,
        "note": "Tea on Wednesdays",
    }


def test_help_then_the_pattern_chosen_so_far(store: Store, plan: PackSet) -> None:
    keys = [*NEW_CASE_ONE_CHILD, "1" + ENTER, "8" + ENTER, "?" + ENTER, ENTER, ENTER, ":quit" + ENTER]
    run = drive(store, plan, keys)

    said = " ".join(run.said)
    assert "How to answer: Type the number of a pattern, then Enter." in said
    assert "So far: Week 1: all week with me." in said  # asked again, keeping the week about
    assert store.load_case(LABEL).answers[("nights_plan", None)] == {"nights": "m" * 7 + "o" * 7}


def test_a_stage_with_its_own_nights(store: Store, plan: PackSet) -> None:
    keys = [
        *NEW_CASE_ONE_CHILD,
        "1" + ENTER,
        ":skip" + ENTER,  # no pattern for now
        "1" + ENTER,  # add a stage
        "Supported time at a family centre" + ENTER,
        "Six weeks" + ENTER,
        ":skip" + ENTER,  # no nights at this stage
        "1" + ENTER,  # another
        "Overnights" + ENTER,
        ENTER,
        "1" + ENTER,  # every other weekend, Friday to Sunday
        "2" + ENTER,  # 12 nights with the other party
        ENTER,
        "2" + ENTER,  # done
    ]
    run = drive(store, plan, keys)

    assert run.outcome.code == 0
    assert store.load_case(LABEL).answers[("stages", None)] == [
        {"what": "Supported time at a family centre", "how_long": "Six weeks"},
        {"what": "Overnights", "nights": {"nights": "oooommo" + "ooooooo"}},
    ]
    assert "Entry 2, part 3 of 3. Which nights, if any?" in run.asked


@pytest.mark.parametrize(
    ("typed", "note"),
    [("Changeover at the gate", "Changeover at the gate"), (":back", "Changeover at school on Monday")],
)
def test_a_saved_note_is_replaced_not_added_to(store: Store, plan: PackSet, typed: str, note: str) -> None:
    store.create_case(LABEL)
    store.save_children(LABEL, [Child("c1", "Sam", age=7)])
    saved = {"nights": fortnight.preset("week_about").nights, "note": "Changeover at school on Monday"}
    store.save_answer(LABEL, ("lives_with_plan", None), "me")
    store.save_answer(LABEL, ("nights_plan", None), saved)

    run = drive(store, plan, [":back" + ENTER, ENTER, typed + ENTER, ":quit" + ENTER], label=LABEL)

    assert store.load_case(LABEL).answers[("nights_plan", None)] == {**saved, "note": note}
    assert "The answer now: Changeover at school on Monday" in run.printed
    if typed == ":back":
        assert run.asked[-2].startswith("Question 1 of 3.")  # then the command line for :quit

"""What an advice-line volunteer's trial of plain mode found: a stray Enter that
took a preselected answer, `:clear` that left the ticks, "None" ticked with
others, lines cut mid-word, prompts that did not say how to skip, things read
out twice, and a closing line that was not plain."""

from __future__ import annotations

from pathlib import Path

import pytest

from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet
from s7prep.plain.case_setup import ANOTHER_HELP
from s7prep.plain.fortnight import NOT_ORIENTED
from s7prep.store.store import Store
from tests.conftest import FIXTURES
from tests.plain_helpers import ENTER, LABEL, NEW_CASE_ONE_CHILD, drive, open_store


@pytest.fixture(scope="module")
def plan() -> PackSet:
    result = packs.load([FIXTURES / "packs" / "fortnight"])
    assert result.errors == []
    return result.packset


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "home")


def test_a_stray_enter_does_not_say_whose_home_has_most_nights(store: Store, plan: PackSet) -> None:
    """Enter before anything is chosen used to take "Me": the reverse of what a
    caller wanting the children with the other party most nights had said."""
    keys = [*NEW_CASE_ONE_CHILD, "1" + ENTER, "3" + ENTER, ENTER, "2" + ENTER, ENTER, ":quit" + ENTER]
    run = drive(store, plan, keys)

    assert NOT_ORIENTED in run.said
    whose = [m for m in run.asked if "10 of the 14 nights" in m]
    assert len(whose) == 2  # asked again after the stray Enter
    assert store.load_case(LABEL).answers[("nights_plan", None)] == {
        "nights": fortnight.swap("mmomoom" + "mmommmm")
    }


def test_a_stray_enter_does_not_end_the_children(store: Store, plan: PackSet) -> None:
    keys = [ENTER, "Sam" + ENTER, "7" + ENTER, "with me" + ENTER, ENTER, "y" + ENTER, "Ali" + ENTER]
    run = drive(store, plan, [*keys, "5" + ENTER, ENTER, "n" + ENTER, ":quit" + ENTER])

    assert ANOTHER_HELP in run.said
    assert run.asked.count("Is there another child in this case?") == 3
    assert [c.name for c in store.load_case(LABEL).children] == ["Sam", "Ali"]


def test_on_asking_again_the_saved_way_round_is_what_enter_keeps(store: Store, plan: PackSet) -> None:
    from s7prep.packs.model import Child

    store.create_case(LABEL)
    store.save_children(LABEL, [Child("c1", "Sam", age=7)])
    saved = {"nights": fortnight.swap("mmomoom" + "mmommmm")}
    store.save_answer(LABEL, ("lives_with_plan", None), "me")
    store.save_answer(LABEL, ("nights_plan", None), saved)

    run = drive(store, plan, [":back" + ENTER, "3" + ENTER, ENTER, ENTER, ":quit" + ENTER], label=LABEL)

    assert NOT_ORIENTED not in run.said
    assert store.load_case(LABEL).answers[("nights_plan", None)] == saved

"""What an advice-line volunteer's trial of plain mode found: a stray Enter that
took a preselected answer, `:clear` that left the ticks, "None" ticked with
others, lines cut mid-word, prompts that did not say how to skip, things read
out twice, and a closing line that was not plain."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from s7prep import engine
from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet
from s7prep.plain.case_setup import ANOTHER_HELP
from s7prep.plain.fortnight import NOT_ORIENTED
from s7prep.plain.prompts import Prompter
from s7prep.plain.words import help_lines
from s7prep.store.store import Store
from tests.conftest import FIXTURES
from tests.plain_helpers import ENTER, LABEL, NEW_CASE_ONE_CHILD, drive, open_store, seeded

Seed = dict[tuple[str, str | None], Any]


@pytest.fixture(scope="module")
def plan() -> PackSet:
    result = packs.load([FIXTURES / "packs" / "fortnight"])
    assert result.errors == []
    return result.packset


@pytest.fixture(scope="module")
def real_packset() -> PackSet:
    return packs.shipped().packset


def pipe_prompter(keys: Sequence[str], ask: Callable[[Prompter], Any]) -> Any:
    """One prompt on its own, `keys` typed into it."""
    with create_pipe_input() as pipe:
        pipe.send_text("".join(keys))
        pipe.close()
        return ask(Prompter(input=pipe, output=DummyOutput()))


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


def test_clear_on_a_ticked_list_empties_the_ticks(store: Store, sample_packset: PackSet) -> None:
    """`:clear` said "Cleared." but the old ticks stayed, and Enter saved them again."""
    answers: Seed = {("role", None): "mother", ("your_name", None): "Pat", ("concern_types", None): ["conflict"]}
    seeded(store, answers)
    run = drive(store, sample_packset, [":back" + ENTER, ":clear" + ENTER, ENTER, ":quit" + ENTER], label=LABEL)

    assert "Cleared." in run.said
    assert ("concern_types", None) not in store.load_case(LABEL).answers
    assert not any("Conflict" in line for line in run.printed if line.startswith("Answer:"))


def test_clear_takes_away_ticks_not_yet_saved(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "mother", ("your_name", None): "Pat"})
    run = drive(store, sample_packset, ["1", "2", ":clear" + ENTER, "3" + ENTER, ":quit" + ENTER], label=LABEL)

    assert "Cleared. Nothing was saved for this question." in run.said
    assert store.load_case(LABEL).answers[("concern_types", None)] == ["substance"]


OPTIONS = [("Police", "police"), ("School", "school"), ("None of these", "none")]


@pytest.mark.parametrize(
    ("keys", "ticked"),
    [("123", ["none"]), ("31", ["police"]), ("1232", ["school"]), ("33", [])],
)
def test_none_of_these_is_only_ever_ticked_alone(keys: str, ticked: list[str]) -> None:
    reply = pipe_prompter(list(keys) + [ENTER], lambda p: p.checkbox("Who?", OPTIONS, alone=["none"]))
    assert reply == ticked


def test_a_packs_none_of_these_unticks_the_rest(real_packset: PackSet) -> None:
    q = real_packset.question("concern_areas")
    none = 1 + q.choice_values.index("none")
    reply = pipe_prompter(["1", "2", str(none), ENTER], lambda p: p.ask(q, "Which?", None))
    assert reply == ["none"]
    assert any("Ticking None of these unticks the others." in line for line in help_lines(q))


def test_the_engine_refuses_none_of_these_with_others(real_packset: PackSet) -> None:
    found = 0
    for q in real_packset.by_id.values():
        alone = [c.value for c in q.choices if c.alone] if q.type == "multi_choice" else []
        if not alone:
            continue
        other = next(v for v in q.choice_values if v not in alone)
        assert engine.validate(q, [alone[0]]) == [alone[0]]
        with pytest.raises(engine.AnswerError, match="cannot be ticked with other choices"):
            engine.validate(q, [other, alone[0]])
        found += 1
    assert found >= 5  # the packs do mark such choices

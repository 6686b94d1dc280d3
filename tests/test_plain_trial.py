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
from prompt_toolkit.renderer import Renderer

from s7prep import engine
from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet
from s7prep.plain import advice, prompts
from s7prep.plain.case_setup import ANOTHER_HELP
from s7prep.plain.fortnight import NOT_ORIENTED
from s7prep.plain.prompts import Prompter
from s7prep.plain.words import NOTHING_TICKED, help_lines
from s7prep.statement.checker.finding import Finding, Place
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
    answers: Seed = {
        ("role", None): "mother",
        ("your_name", None): "Pat",
        ("concern_types", None): ["conflict"],
    }
    seeded(store, answers)
    run = drive(
        store, sample_packset, [":back" + ENTER, ":clear" + ENTER, ENTER, ":quit" + ENTER], label=LABEL
    )

    assert "Cleared." in run.said
    assert ("concern_types", None) not in store.load_case(LABEL).answers
    assert not any("Conflict" in line for line in run.printed if line.startswith("Answer:"))


def test_clear_takes_away_ticks_not_yet_saved(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "mother", ("your_name", None): "Pat"})
    run = drive(
        store, sample_packset, ["1", "2", ":clear" + ENTER, "3" + ENTER, ":quit" + ENTER], label=LABEL
    )

    assert "Cleared. Nothing was saved for this question." in run.said
    assert store.load_case(LABEL).answers[("concern_types", None)] == ["substance"]


OPTIONS = [("Police", "police"), ("School", "school"), ("None of these", "none")]


@pytest.mark.parametrize(
    ("keys", "ticked"),
    [("123", ["none"]), ("31", ["police"]), ("1232", ["school"]), ("33", [])],
)
def test_none_of_these_is_only_ever_ticked_alone(keys: str, ticked: list[str]) -> None:
    reply = pipe_prompter([*keys, ENTER], lambda p: p.checkbox("Who?", OPTIONS, alone=["none"]))
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


LONG = "she lives with me most of the time and sees her dad at weekends with their mother."


def test_a_typed_answer_is_printed_again_broken_between_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The box used to stay on screen as prompt_toolkit left it, cut at the edge
    ("with their moth / er.", a full stop alone on a line)."""
    done: list[str] = []
    printed: list[str] = []
    render = Renderer.render

    def keep(self: Renderer, app: Any, layout: Any, is_done: bool = False) -> None:
        render(self, app, layout, is_done)
        if is_done and self._last_screen is not None:
            screen = self._last_screen
            done.extend(
                "".join(screen.data_buffer[y][x].char for x in range(80)) for y in range(screen.height)
            )

    monkeypatch.setattr(Renderer, "render", keep)
    monkeypatch.setattr(prompts, "print_formatted_text", lambda text, **kw: printed.append(str(text)))
    reply = pipe_prompter([LONG + ENTER], lambda p: p.text("Who does Ellie live with now?"))

    assert reply == LONG
    assert not any("their" in row for row in done)  # the box left the screen
    answer = printed[printed.index(" Who does Ellie live with now?") + 1 :]
    assert answer[0].startswith(" Answer: she lives")
    assert all(len(line) < 80 for line in answer)
    assert " ".join(line.strip() for line in answer) == f"Answer: {LONG}"  # no word was cut


def test_a_date_is_said_back_like_other_answers(store: Store, sample_packset: PackSet) -> None:
    event = [{"when": "2024", "what": "Shouting"}]
    seed: Seed = {
        ("role", None): "mother",
        ("your_name", None): "Pat",
        ("concern_types", None): ["conflict"],
        ("incidents", None): event,
        ("child_age", "c1"): 2,
        ("child_sen", "c1"): True,
    }
    seeded(store, seed)
    run = drive(store, sample_packset, ["March 2023" + ENTER, ":quit" + ENTER], label=LABEL)

    assert "Answer: March 2023" in run.printed


def test_who_the_child_lives_with_says_it_is_typed_and_may_be_skipped(store: Store, plan: PackSet) -> None:
    run = drive(store, plan, [ENTER, "Ellie" + ENTER, "7" + ENTER, ENTER, "n" + ENTER, ":quit" + ENTER])

    asked = "Who does Ellie live with now? (Type, for example: with me, or with their mother. Enter to skip.)"
    assert asked in run.printed
    assert "Skipped." in run.said
    assert store.load_case(LABEL).children[0].lives_with == ""


class Instructions(Prompter):
    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.instructions: list[str] = []

    def checkbox(self, message: str, options: Sequence[tuple[str, Any]], **kw: Any) -> Any:
        self.instructions.append(kw["instruction"])
        return super().checkbox(message, options, **kw)


def test_a_list_with_nothing_ticked_says_enter_skips_before_and_after(
    store: Store, sample_packset: PackSet
) -> None:
    seeded(store, {("role", None): "mother", ("your_name", None): "Pat"})
    run = drive(store, sample_packset, [ENTER, ":quit" + ENTER], label=LABEL)
    assert NOTHING_TICKED in run.said
    assert ("concern_types", None) not in store.load_case(LABEL).answers

    q = sample_packset.question("concern_types")
    with create_pipe_input() as pipe:
        pipe.send_text(ENTER + ENTER)
        pipe.close()
        p = Instructions(input=pipe, output=DummyOutput())
        p.ask(q, "Which?", None)
        p.ask(q, "Which?", ["conflict"])
    assert p.instructions[0].endswith("Enter alone skips it.)")
    assert "skips" not in p.instructions[1]  # ticks are there: Enter keeps them


DOWN = "\x1b[B"


@pytest.mark.parametrize(("keys", "ticked"), [(["2", " "], ["school"]), ([DOWN, " "], ["police"])])
def test_space_ticks_only_where_an_arrow_key_pointed(keys: list[str], ticked: list[str]) -> None:
    """No pointer is drawn on item 1 until an arrow key moves it: before that it
    meant nothing, and Space ticked or unticked item 1 unseen."""
    reply = pipe_prompter([*keys, ENTER], lambda p: p.checkbox("Who?", OPTIONS))
    assert reply == ticked


def test_saved_nights_are_read_out_once_then_when_asked(store: Store, plan: PackSet) -> None:
    """The whole nights sentence was read again on every return to the question
    (after :back, after :leave)."""
    from s7prep.packs.model import Child

    store.create_case(LABEL)
    store.save_children(LABEL, [Child("c1", "Sam", age=7)])
    store.save_answer(LABEL, ("lives_with_plan", None), "me")
    store.save_answer(LABEL, ("nights_plan", None), {"nights": fortnight.preset("week_about").nights})
    keys = [":back" + ENTER, ":leave" + ENTER, ":back" + ENTER, ENTER, "?" + ENTER, ":quit" + ENTER]
    run = drive(store, plan, keys, label=LABEL)

    read = [i for i, line in enumerate(run.said) if line.startswith("Saved now: Week 1: all week with me.")]
    assert len(read) == 2  # the first visit, then after ? asked for it
    assert any(line.startswith("How to answer:") for line in run.said[read[0] : read[1]])
    asked = [m for m in run.asked if m.startswith("Question 2 of 3.")]
    assert len(asked) == 4


def test_advice_names_the_child_once() -> None:
    place = Place(
        "child_said", "What the child has said", "The child's wishes and feelings", "wishes", 1, "c1", "Lily"
    )
    finding = Finding("absolutes", place, "Say what happened.", "Twice last month.", words="always")
    said = advice.line(finding, 1, 3)
    assert said.count("Lily") == 1
    assert said.startswith("1 of 3. The child's wishes and feelings. What the child has said (Lily)")


def test_the_closing_lines_say_plainly_what_is_not_encrypted_and_commands_stand_alone(
    store: Store, sample_packset: PackSet, tmp_path: Path
) -> None:
    from s7prep.statement.export import FileExporter

    seeded(store, {("role", None): "mother"})
    out = tmp_path / "statement.html"
    keys = [":quit" + ENTER]
    quit_run = drive(store, sample_packset, keys, label=LABEL)
    assert quit_run.outcome.last[0].endswith(f"run:\ns7prep ask --case {LABEL}")

    keys = [":skip" + ENTER] * 5 + ["1" + ENTER, "1" + ENTER, str(out) + ENTER]
    run = drive(store, sample_packset, keys, label=LABEL, exporter=FileExporter())
    assert out.exists()
    assert (
        "The file you saved is not encrypted: keep it somewhere safe, and delete it after the interview."
        in run.outcome.last
    )
    assert run.outcome.last[-1].endswith(f"delete the case with:\ns7prep case delete {LABEL}")
    assert any(line.endswith(f"run:\ns7prep ask --case {LABEL}") for line in run.said)

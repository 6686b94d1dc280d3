"""Plain mode's traps found by people trying it (issue 13): help that saved the
highlighted choice, new text glued to an old answer, commands swallowed, export
warnings wiped, totals that jumped without a word, helplines said over and over."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from s7prep.packs import loader
from s7prep.packs.model import PackSet
from s7prep.plain.export import READ_FIRST
from s7prep.statement.export import FileExporter
from s7prep.store.store import Store
from tests.plain_helpers import ENTER, LABEL, NEW_CASE_ONE_CHILD, drive, open_store, seeded


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "home")


@pytest.fixture(scope="module")
def real_packset() -> PackSet:
    return loader.shipped().packset


Seed = dict[tuple[str, str | None], Any]
EVENT = [{"when": "2024", "what": "Shouting"}]
BEFORE_CHILD: Seed = {
    ("role", None): "mother",
    ("your_name", None): "Pat",
    ("concern_types", None): ["conflict"],
}
# For each type of prompt: the answers that make it the first question left, and its prompt.
AT: dict[str, tuple[Seed, str]] = {
    "choice": ({}, "Question 1 of 6. How are you related to the child?"),
    "text": ({("role", None): "mother"}, "Question 2 of 6. What name should the statement use for you?"),
    "multi_choice": (
        {("role", None): "mother", ("your_name", None): "Pat"},
        "Question 3 of 6. Which of these worry you?",
    ),
    "long_text": (
        {("role", None): "mother", ("your_name", None): "Pat", ("concern_types", None): ["domestic_abuse"]},
        "Question 4 of 8. Tell us what happened.",
    ),
    "list": (BEFORE_CHILD, "Question 4 of 7. List the events that worry you. Add an entry?"),
    "number": (
        {**BEFORE_CHILD, ("incidents", None): EVENT},
        "Question 5 of 7, about Sam. How old is the child?",
    ),
    "yes_no": (
        {**BEFORE_CHILD, ("incidents", None): EVENT, ("child_age", "c1"): 2},
        "Question 6 of 8, about Sam. Does the child have special educational needs?",
    ),
    "date": (
        {**BEFORE_CHILD, ("incidents", None): EVENT, ("child_age", "c1"): 2, ("child_sen", "c1"): True},
        "Question 7 of 9, about Sam. When was the plan made?",
    ),
}


@pytest.mark.parametrize("kind", sorted(AT))
def test_help_then_enter_asks_the_same_question_again_and_saves_nothing(
    store: Store, sample_packset: PackSet, kind: str
) -> None:
    """`?` then Enter, as on any prompt: the help, then the same question with
    nothing chosen. A list's `?` used to answer at once, leaving the Enter to
    pick whatever was highlighted (or to finish the ticks given so far)."""
    answers, prompt = AT[kind]
    seeded(store, answers)
    first = ["1"] if kind == "multi_choice" else []  # a tick in progress is not an answer yet
    run = drive(store, sample_packset, [*first, "?" + ENTER, ":quit" + ENTER], label=LABEL)

    assert run.outcome.code == 0
    assert any(line.startswith("How to answer:") for line in run.said)
    assert run.asked[0] == prompt
    assert [m for m in run.asked if m != "Command:"][:2] == [prompt, prompt]
    assert not any(m.startswith("Entry 1") for m in run.asked)  # in a list, Enter did not start one
    assert store.load_case(LABEL).answers == answers


@pytest.mark.parametrize("kind", ["choice", "yes_no"])
def test_enter_with_nothing_chosen_saves_nothing(store: Store, sample_packset: PackSet, kind: str) -> None:
    answers, prompt = AT[kind]
    seeded(store, answers)
    run = drive(store, sample_packset, [ENTER, ":quit" + ENTER], label=LABEL)

    assert any(line.startswith("Nothing chosen yet.") for line in run.said)
    assert run.asked[:2] == [prompt, prompt]
    assert store.load_case(LABEL).answers == answers


def test_help_on_an_answered_choice_keeps_the_answer_and_stays(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "father"})
    run = drive(
        store, sample_packset, [":back" + ENTER, "?" + ENTER, "1" + ENTER, ":quit" + ENTER], label=LABEL
    )

    answered = "Question 1 of 6. How are you related to the child? (Answered: Enter keeps it.)"
    assert run.asked[1:5] == [answered, "Command:", answered, run.asked[0]]
    assert store.load_case(LABEL).answers == {("role", None): "mother"}


ANSWERED: Seed = {("role", None): "mother", ("your_name", None): "Pat Jones"}


def test_typing_on_an_answered_text_replaces_it(store: Store, sample_packset: PackSet) -> None:
    seeded(store, ANSWERED)
    run = drive(store, sample_packset, [":back" + ENTER, "Pat" + ENTER, ":quit" + ENTER], label=LABEL)

    assert store.load_case(LABEL).answers[("your_name", None)] == "Pat"
    assert "The answer now: Pat Jones" in run.printed
    assert "Saved." in run.said


def test_enter_on_an_answered_text_keeps_it(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {**ANSWERED, ("concern_types", None): ["domestic_abuse"]})
    story = {("abuse_details", None): "One line\nand another"}
    store.save_answer(LABEL, ("abuse_details", None), story[("abuse_details", None)])
    keys = [":back" + ENTER, ENTER, ENTER, ":quit" + ENTER]  # back to the long answer; Enter; Enter
    run = drive(store, sample_packset, keys, label=LABEL)

    assert run.said.count("Unchanged.") == 1
    assert "The answer now: One line\nand another" in run.printed
    assert store.load_case(LABEL).answers[("abuse_details", None)] == "One line\nand another"


@pytest.mark.parametrize("kind", ["text", "long_text", "number", "date"])
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (":where", "You are in the section"),
        ("?", "How to answer:"),
        (":skip", "Skipped for now."),
        (":clear", "Cleared."),
        (":back", None),
        (":quit", None),
    ],
)
def test_commands_work_on_a_question_that_has_an_answer(
    store: Store, sample_packset: PackSet, kind: str, typed: str, said: str | None
) -> None:
    """A command typed where an old answer is shown is the command, never the
    end of the old answer (":back" used to be saved as "My mum helps.:back")."""
    answers, _prompt = AT[kind]
    qid = {"text": "your_name", "long_text": "abuse_details", "number": "child_age", "date": "child_ehcp"}[
        kind
    ]
    key = (qid, "c1" if kind in ("number", "date") else None)
    old: Any = {"text": "My mum helps.", "long_text": "My mum helps.", "number": 9, "date": "2023-03"}[kind]
    seeded(store, answers)
    store.save_answer(LABEL, key, old)  # the run starts on the question after it, and goes back to it
    run = drive(store, sample_packset, [":back" + ENTER, typed + ENTER, ":quit" + ENTER], label=LABEL)

    saved = store.load_case(LABEL).answers.get(key)
    assert saved == (None if typed == ":clear" else old)
    assert not any(line.startswith("Not saved") for line in run.said)
    asked = [m for m in run.asked if m != "Command:"]
    here = asked[1]
    assert here.endswith("(Answered: Enter keeps it.)")
    if typed == ":back":
        assert asked[2] not in (here, asked[0])  # the question before this one
    if said is not None:
        assert any(line.startswith(said) for line in run.said)
    if typed == ":quit":
        assert run.outcome.last[0].startswith("Stopped.")
    shown = {"text": "My mum helps.", "long_text": "My mum helps.", "number": "9", "date": "March 2023"}[kind]
    assert f"The answer now: {shown}" in run.printed


def test_a_child_given_again_after_back_is_replaced_not_added_to(
    store: Store, sample_packset: PackSet
) -> None:
    keys = [ENTER, "Sam" + ENTER, ":back" + ENTER, "Samira" + ENTER, ENTER, ":back" + ENTER, ":back" + ENTER]
    keys += [ENTER, "7" + ENTER, ENTER, "n" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys)

    [child] = store.load_case(LABEL).children
    assert (child.name, child.age) == ("Samira", 7)
    assert "The answer now: Sam" in run.printed


def test_export_warnings_are_said_and_waited_on(
    tmp_path: Path, store: Store, sample_packset: PackSet
) -> None:
    """The address and length warnings are said, then Enter is awaited: the
    screen is cleared when `ask` ends, and used to take them with it."""
    story = (
        " ".join(["She wants to stay at her school with her friends."] * 300) + " We live at 14 Mill Lane."
    )
    seeded(store, {("role", None): "mother", ("child_age", "c1"): 7, ("child_said", "c1"): story})
    # Live with me; no advice on the wording now; a web page; the statement; the name suggested; read.
    keys = ["1" + ENTER, "n" + ENTER, "1" + ENTER, "1" + ENTER, ENTER, ENTER]
    run = drive(store, sample_packset, keys, essentials=True, label=LABEL, exporter=FileExporter(tmp_path))

    warnings = [line for line in run.said if line.startswith("Check before you share it:")]
    print(warnings)
    assert any("address or postcode" in line for line in warnings), run.said
    assert any("more than 2" in line for line in warnings), run.said  # an essential high answer never moves
    assert run.asked[-1] == READ_FIRST
    assert run.outcome.code == 0 and run.outcome.last[0].startswith("Statement saved to")


def test_no_wait_when_there_is_nothing_to_read(tmp_path: Path, store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "mother", ("child_age", "c1"): 7, ("child_said", "c1"): "Both"})
    keys = ["1" + ENTER, "1" + ENTER, "1" + ENTER, ENTER]  # live with me; a web page; the statement; the name
    run = drive(store, sample_packset, keys, essentials=True, label=LABEL, exporter=FileExporter(tmp_path))
    assert READ_FIRST not in run.asked
    assert run.outcome.last[0].startswith("Statement saved to")


def test_totals_that_change_are_explained(store: Store, sample_packset: PackSet) -> None:
    keys = [*NEW_CASE_ONE_CHILD, "3" + ENTER, "7" + ENTER, ":back" + ENTER, ":clear" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys, essentials=True)

    assert run.asked[5:8] == [
        "Question 1 of 3. How are you related to the child?",
        "Question 2 of 3, about Sam. How old is the child?",
        "Question 3 of 4, about Sam. What has the child said about where to live?",
    ]
    at = run.said.index("Because of that answer, 1 more question applies: 4 in all now.")
    assert run.said[at - 1] == "Saved."
    assert "Because of that change, 1 question no longer applies: 3 in all now." in run.said


def test_multi_choice_answer_is_said_once_and_plainly(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "mother", ("your_name", None): "Pat"})
    run = drive(store, sample_packset, ["1", "3", ENTER, ":quit" + ENTER], label=LABEL)
    assert "Answer: Domestic abuse; Drink or drugs" in run.printed
    assert run.said[run.said.index("Saved.") - 1 :].count("Saved.") == 1
    assert store.load_case(LABEL).answers[("concern_types", None)] == ["domestic_abuse", "substance"]

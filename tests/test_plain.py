"""Plain mode end to end: questionary driven through a pipe, a real store on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from s7prep.packs.model import Child, PackSet
from s7prep.plain.case_setup import suggest_label
from s7prep.plain.session import Outcome
from s7prep.plain.words import resume
from s7prep.store.store import Store
from tests.plain_helpers import (
    BACKSPACE,
    CTRL_C,
    ENTER,
    LABEL,
    NEW_CASE_ONE_CHILD,
    TODAY,
    drive,
    open_store,
    seeded,
)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "home")


def test_whole_essential_path_for_one_child(store: Store, sample_packset: PackSet) -> None:
    keys = [
        *NEW_CASE_ONE_CHILD,
        "3" + ENTER,
        "7" + ENTER,
        "She wants to stay" + ENTER + "at her school" + ENTER + ENTER,
    ]
    run = drive(store, sample_packset, [*keys, "1" + ENTER], essentials=True)

    assert run.outcome.code == 0
    case = store.load_case(LABEL)
    assert case.children == [Child("c1", "Sam", age=7, lives_with="with me")]
    assert case.answers == {
        ("role", None): "grandparent",
        ("child_age", "c1"): 7,
        ("child_said", "c1"): "She wants to stay\nat her school",
        ("lives_with", None): "me",
    }
    # Read aloud in order: where we are, whose question, the question.
    assert run.asked[5:] == [
        "Question 1 of 3. How are you related to the child?",
        "Question 2 of 3, about Sam. How old is the child?",
        "Question 3 of 4, about Sam. What has the child said about where to live?",
        "Question 4 of 4. Who should the child live with?",
    ]
    assert run.said.count("Saved.") == 4
    assert "4 of 4 answered" in run.transcript
    assert f"s7prep case delete {LABEL}" in run.outcome.last[-1]


def test_new_case_label_is_suggested_and_unused() -> None:
    used = ["call-2026-11-22-1", "call-2026-11-22-3", "call-2026-11-21-2", "other"]
    assert suggest_label(used, TODAY) == "call-2026-11-22-2"
    assert suggest_label([], TODAY) == "call-2026-11-22-1"
    # Commands shown to the person can be typed back as they are.
    assert resume("case 1", essentials=True) == "s7prep ask --case 'case 1' --essentials"


def test_case_option_names_a_new_case(store: Store, sample_packset: PackSet) -> None:
    keys = ["y" + ENTER, "Ro" + ENTER, ":skip" + ENTER, ":skip" + ENTER, "n" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys, label="call-7")
    assert run.asked[0] == "There is no case with that label. Start a new case with it?"
    assert store.load_case("call-7").children == [Child("c1", "Ro")]
    assert run.outcome.last == [
        "Stopped. Your answers are saved. To carry on later, run:\ns7prep ask --case call-7"
    ]

    no = drive(store, sample_packset, ["n" + ENTER], label="call-8")
    assert no.outcome.last == ["Stopped. No case was started."]
    assert [c.label for c in store.list_cases()] == ["call-7"]


def test_resume_after_quitting_halfway(store: Store, sample_packset: PackSet) -> None:
    first = drive(store, sample_packset, [*NEW_CASE_ONE_CHILD, "1" + ENTER, ":quit" + ENTER], essentials=True)
    assert first.outcome.code == 0
    assert first.outcome.last == [
        f"Stopped. Your answers are saved. To carry on later, run:\ns7prep ask --case {LABEL} --essentials"
    ]
    assert store.load_case(LABEL).answers == {("role", None): "mother"}

    second = drive(store, sample_packset, ["8" + ENTER, ":quit" + ENTER], essentials=True, label=LABEL)
    assert second.asked[0] == "Question 2 of 3, about Sam. How old is the child?"
    assert store.load_case(LABEL).answers == {("role", None): "mother", ("child_age", "c1"): 8}


def test_back_and_skip(store: Store, sample_packset: PackSet) -> None:
    keys = [
        ":back" + ENTER,  # on the first question: nothing before it
        ":skip" + ENTER,  # in a list: ':' opens the command line
        ":skip" + ENTER,  # child_age skipped, so child_said stays hidden
        ":back" + ENTER,  # from lives_with back to child_age
        "9" + ENTER,
        "Likes both homes" + ENTER + ENTER,  # child_said appears now
        "2" + ENTER,  # lives_with again: asked once more since it was seen
    ]
    run = drive(store, sample_packset, [*NEW_CASE_ONE_CHILD, *keys], essentials=True)

    assert run.outcome.code == 0
    assert "This is the first question." in run.said
    assert run.said.count("Skipped for now.") == 2
    assert run.asked[5:] == [
        "Question 1 of 3. How are you related to the child?",
        "Command:",
        "Question 1 of 3. How are you related to the child?",
        "Command:",
        "Question 2 of 3, about Sam. How old is the child?",
        "Question 3 of 3. Who should the child live with?",
        "Command:",
        "Question 2 of 3, about Sam. How old is the child?",
        "Question 3 of 4, about Sam. What has the child said about where to live?",
        "Question 4 of 4. Who should the child live with?",
    ]
    assert store.load_case(LABEL).answers == {
        ("child_age", "c1"): 9,
        ("child_said", "c1"): "Likes both homes",
        ("lives_with", None): "other",
    }


def test_back_then_enter_keeps_the_answer(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "father"})
    run = drive(
        store, sample_packset, [":back" + ENTER, ENTER, ":quit" + ENTER], essentials=True, label=LABEL
    )
    assert run.asked[:3] == [
        "Question 2 of 3, about Sam. How old is the child?",
        "Question 1 of 3. How are you related to the child? (Answered: Enter keeps it.)",
        "Question 2 of 3, about Sam. How old is the child?",
    ]
    assert "Unchanged." in run.said
    assert store.load_case(LABEL).answers == {("role", None): "father"}


def test_validation_error_is_said_and_the_question_asked_again(store: Store, sample_packset: PackSet) -> None:
    # The refused answer is not put back in the box: what is typed next is the answer.
    keys = [*NEW_CASE_ONE_CHILD, "1" + ENTER, "200" + ENTER, "6" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys, essentials=True)

    assert run.said.count("Not saved: Enter a number no larger than 18. Please try again.") == 1
    assert run.asked.count("Question 2 of 3, about Sam. How old is the child?") == 2
    assert store.load_case(LABEL).answers[("child_age", "c1")] == 6


def test_partial_date_validation(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "mother", ("child_age", "c1"): 2})
    keys = [":skip" + ENTER] * 2 + ["y" + ENTER, "31/02/2023" + ENTER, BACKSPACE * 10 + "March 2023" + ENTER]
    run = drive(store, sample_packset, [*keys, ":quit" + ENTER], label=LABEL)

    assert "Not saved: There is no day 31 in 2023-02. Please try again." in run.said
    answers = store.load_case(LABEL).answers
    assert answers[("child_sen", "c1")] is True
    assert answers[("child_ehcp", "c1")] == "2023-03"


def test_ctrl_c_mid_answer_loses_nothing(store: Store, sample_packset: PackSet) -> None:
    keys = [*NEW_CASE_ONE_CHILD, "3" + ENTER, "7" + ENTER, "She said she" + ENTER + "wants both" + CTRL_C]
    run = drive(store, sample_packset, keys, essentials=True)

    assert run.outcome.code == 130
    [line] = run.outcome.last
    assert "She said" not in line and "wants both" not in line
    assert line.split("\n")[1] == f"s7prep ask --case {LABEL} --essentials"  # the command on its own
    assert line.startswith("Stopped. Your answers are saved. So is the answer you were giving.")
    assert store.load_case(LABEL).answers == {
        ("role", None): "grandparent",
        ("child_age", "c1"): 7,
        ("child_said", "c1"): "She said she\nwants both",
    }


def test_ctrl_c_with_an_incomplete_answer_keeps_the_earlier_ones(
    store: Store, sample_packset: PackSet
) -> None:
    seeded(store, {("role", None): "mother", ("child_age", "c1"): 2})
    keys = [":skip" + ENTER] * 2 + ["y" + ENTER, "31/02/20" + CTRL_C]
    run = drive(store, sample_packset, keys, label=LABEL)

    assert run.outcome.code == 130
    assert "was not complete, so it was not saved" in run.outcome.last[0]
    answers = store.load_case(LABEL).answers
    assert answers[("child_sen", "c1")] is True
    assert ("child_ehcp", "c1") not in answers


def test_ctrl_c_in_a_list_keeps_earlier_answers(store: Store, sample_packset: PackSet) -> None:
    # A number key only moves to a choice in a list: nothing was chosen, nothing is saved.
    run = drive(
        store, sample_packset, [*NEW_CASE_ONE_CHILD, "3" + ENTER, "3" + ENTER, "1" + CTRL_C], essentials=True
    )
    assert run.outcome.code == 130
    assert run.outcome.last[0].startswith("Stopped. Your answers are saved. To carry on")
    case = store.load_case(LABEL)
    assert case.answers == {("role", None): "grandparent", ("child_age", "c1"): 3}


def test_help_where_and_unknown_commands(store: Store, sample_packset: PackSet) -> None:
    keys = [*NEW_CASE_ONE_CHILD, "?" + ENTER, "3" + ENTER, ":where" + ENTER, ":jump" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys, essentials=True)

    said = run.said
    assert "Help: The officer needs to know who you are to the child." in said
    assert "For example: Grandparent" in said
    assert any(line.startswith("Commands: :back goes to the previous question.") for line in said)
    assert (
        "You are in the section The child, question 2 of 3, about Sam. 1 of 3 answered. "
        "Essential questions only." in said
    )
    assert ":jump is not a command. Type ? for help and the list of commands." in said
    assert run.asked.count("Question 1 of 3. How are you related to the child?") == 2


def test_checkbox_by_number_keeps_ticks_through_help(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "mother", ("your_name", None): "Pat"})
    run = drive(store, sample_packset, ["1", "3", "?" + ENTER, ENTER, ":quit" + ENTER], label=LABEL)

    assert "Answer: Domestic abuse; Drink or drugs" in run.printed
    assert "Saved." in run.said
    assert store.load_case(LABEL).answers[("concern_types", None)] == ["domestic_abuse", "substance"]
    # The next question asks about abuse: the helpline and the way out come first.
    at = run.said.index("If you need support now:")
    helpline = "National Domestic Abuse Helpline (Refuge): 0808 2000 247. 24 hours."
    audience = "Women experiencing domestic abuse, and family or friends calling for them."
    assert run.said[at + 1] == f"{helpline} For: {audience}"
    assert "You can type :skip and come back" in run.said[at + 2]


def test_list_question_adds_entries_part_by_part(store: Store, sample_packset: PackSet) -> None:
    seeded(
        store, {("role", None): "mother", ("your_name", None): "Pat", ("concern_types", None): ["conflict"]}
    )
    entry = [":skip" + ENTER, "March 2024" + ENTER, "Shouting at handover" + ENTER, "n" + ENTER]
    run = drive(store, sample_packset, ["1" + ENTER, *entry, "2" + ENTER, ":quit" + ENTER], label=LABEL)

    assert "This part is needed for an entry. Type it, or type :back to drop the entry." in run.said
    assert "Saved entry 1." in run.said
    assert run.asked[1] == "Entry 1, part 1 of 3. Roughly when?"
    assert store.load_case(LABEL).answers[("incidents", None)] == [
        {"when": "2024-03", "what": "Shouting at handover", "ongoing": False}
    ]


def test_child_option_asks_only_about_that_child(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("role", None): "mother"}, children=2)
    run = drive(
        store, sample_packset, ["4" + ENTER, ":quit" + ENTER], essentials=True, label=LABEL, child="Ali"
    )
    assert run.asked[0] == "Question 1 of 1, about Ali. How old is the child?"
    assert store.load_case(LABEL).answers[("child_age", "c2")] == 4

    bad = drive(store, sample_packset, [], label=LABEL, child="9")
    assert bad.outcome == Outcome(
        2, ["No child in this case matches --child: give a number from 1 to 2, or a name."]
    )


def test_one_caller_is_never_shown_while_working_on_another(store: Store, sample_packset: PackSet) -> None:
    seeded(store, {("your_name", None): "Marker-Caller-One"})
    store.save_children(LABEL, [Child("c1", "Marker-Child-One", lives_with="Marker-Street")])
    keys = ["1" + ENTER, ENTER, "Kai" + ENTER, ":skip" + ENTER, ":skip" + ENTER, "n" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys)

    assert "Started the case call-2026-11-22-2." in run.said
    everything = run.transcript + "\n".join(run.asked) + "\n".join(run.outcome.last)
    assert "Marker" not in everything
    assert store.load_case("call-2026-11-22-2").children == [Child("c1", "Kai")]


def test_children_age_or_date_of_birth(store: Store, sample_packset: PackSet) -> None:
    keys = [ENTER, ENTER, "Sam" + ENTER, "seven" + ENTER, BACKSPACE * 5 + "31/02/2019" + ENTER]
    keys += [BACKSPACE * 10 + "March 2019" + ENTER, ENTER]
    keys += ["y" + ENTER, "Jo" + ENTER, "4" + ENTER, "with me" + ENTER, "n" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys)

    assert any(line.startswith("A name or initials lets each question say which child") for line in run.said)
    assert "Type an age like 7, or a date of birth like 2019 or March 2019. Please try again." in run.said
    assert "There is no day 31 in 2019-02. Please try again." in run.said
    assert run.asked.count("Sam: date of birth or age?") == 3
    assert store.load_case(LABEL).children == [
        Child("c1", "Sam", born="2019-03"),
        Child("c2", "Jo", age=4, lives_with="with me"),
    ]


def test_every_answer_given_then_look_through_them_again(store: Store, sample_packset: PackSet) -> None:
    answers = {("role", None): "father", ("child_age", "c1"): 3, ("lives_with", None): "shared"}
    seeded(store, answers)
    run = drive(store, sample_packset, ["1" + ENTER, ENTER, ENTER, "2" + ENTER], essentials=True, label=LABEL)

    assert run.outcome.code == 0
    assert run.asked == [
        "Every question here has an answer. What next?",
        "Question 1 of 3. How are you related to the child? (Answered: Enter keeps it.)",
        "Question 2 of 3, about Sam. How old is the child? (Answered: Enter keeps it.)",
        "Question 3 of 3. Who should the child live with? (Answered: Enter keeps it.)",
    ]
    assert store.load_case(LABEL).answers == {**answers, ("lives_with", None): "other"}


def test_leave_an_answer_out_of_the_statement_and_back(store: Store, sample_packset: PackSet) -> None:
    """`:leave` keeps the answer given to this question out of the statement (it
    stays in the notes); typing it again puts it back. Said aloud each time."""
    seeded(store, {("role", None): "grandparent", ("child_said", "c1"): "Stay at school"})
    # The run starts at the first question not answered (the child's age); back to the role.
    keys = [":back" + ENTER, ":leave" + ENTER, ":quit" + ENTER]
    run = drive(store, sample_packset, keys, essentials=True, label=LABEL)
    left = "Left out of the statement: it stays in your own notes. Type :leave again to put it back."
    assert left in run.said
    assert store.load_case(LABEL).leave_out == {("role", None)}
    again = drive(store, sample_packset, keys, essentials=True, label=LABEL)
    assert "Your answer to this one is left out of the statement. Type :leave to put it back." in again.said
    assert "Back in the statement." in again.said
    assert store.load_case(LABEL).leave_out == set()

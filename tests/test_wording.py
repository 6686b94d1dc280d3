"""A case with one child: the packs say "the child", and leave out what only makes sense
with several children (engine.wording). The shipped packs' own wording is checked in
test_content.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from s7prep import engine
from s7prep.engine.wording import for_children, one_child
from s7prep.packs import loader as packs
from s7prep.packs.model import Answers, Child, PackSet

PACK = """
id: tiny
title: Caring for the children
version: "0.1"
reviewed: 2026-11-01
sources: [Children Act 1989, s1(3)]
order: 10
sections:
  - id: about
    title: The children's homes
    intro: These questions are about the children.
    questions:
      - id: role
        type: choice
        prompt: Who are you to the children?
        label: My relationship to the children
        hint: Parent to both children
        help: Say if it differs for any of the children.
        statement: about
        choices:
          - {value: parent, label: A parent of each child}
          - {value: some, label: A parent of some of the children, several_children: true}
          - {value: other, label: Someone else}
      - id: differs
        type: long_text
        prompt: How does your relationship differ between the children?
        help: Some adults are a parent to one child and a step-parent to another.
        hint: Parent to Sam; step-parent to Jo
        statement: about
        several_children: true
      - id: events
        type: list
        prompt: Add each event.
        help: Say when the children saw it.
        hint: March 2024
        statement: chronology
        fields:
          - {id: what, type: text, prompt: What happened?}
          - {id: which, type: text, prompt: Which child or children?, several_children: true}
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> PackSet:
    folder: Path = tmp_path_factory.mktemp("tiny")
    (folder / "tiny.yaml").write_text(PACK, encoding="utf-8")
    result = packs.load([folder])
    assert [str(e) for e in result.errors] == []
    return result.packset


@pytest.mark.parametrize(
    ("several", "one"),
    [
        ("Who are you to the children?", "Who are you to the child?"),
        ("The children's school", "The child's school"),
        ("Your part in the children's lives", "Your part in the child's life"),
        ("Has any of the children been hurt?", "Has the child been hurt?"),
        ("One or more of the children", "The child"),
        ("Ask about each child. Every child counts.", "Ask about the child. The child counts."),
        ("Both children saw it", "The child saw it"),
        # A plural verb would not agree with "the child": left plural and correct.
        ("The children stay together", "The children stay together"),
        ("Where the children live now", "Where the children live now"),
        # Children in general are not the children of the case.
        ("Many children find change hard", "Many children find change hard"),
        # A name is not the children of the case.
        ("Under s1(3)(a) of the Children Act 1989", "Under s1(3)(a) of the Children Act 1989"),
        ("the Children and Families Act 2014", "the Children and Families Act 2014"),
    ],
)
def test_one_child_wording(several: str, one: str) -> None:
    assert one_child(several) == one


def test_one_child_reads_the_child_and_drops_what_needs_several(tiny: PackSet) -> None:
    one = [Child("c1", "Sam")]
    slots = engine.all_slots(tiny, one)
    assert [s.key for s in slots] == [("role", None), ("events", None)]
    role = slots[0]
    assert role.question.prompt == "Who are you to the child?"
    assert role.question.label == "My relationship to the child"
    assert role.question.help == "Say if it differs for the child."
    assert role.question.choice_values == ("parent", "other")
    assert role.section.title == "The child's homes"
    assert role.section.intro == "These questions are about the child."
    assert [f.id for f in slots[1].question.fields] == ["what"]
    # What is only offered with several children is refused as an answer with one.
    with pytest.raises(engine.AnswerError):
        engine.validate(role.question, "some")


@pytest.mark.parametrize("n", [2, 3])
def test_several_children_see_the_packs_as_written(tiny: PackSet, n: int) -> None:
    kids = [Child(f"c{i}", f"Child {i}") for i in range(1, n + 1)]
    assert for_children(tiny, n) is tiny
    slots = engine.all_slots(tiny, kids)
    assert [s.key[0] for s in slots] == ["role", "differs", "events"]
    assert slots[0].question.prompt == "Who are you to the children?"
    assert "some" in slots[0].question.choice_values


def test_none_yet_reads_as_written_without_what_is_for_several(tiny: PackSet) -> None:
    """Before any child is added: the plural wording, but nothing that tells children
    apart (a fresh case asked how the relationship differs between children)."""
    slots = engine.all_slots(tiny, [])
    assert [s.key[0] for s in slots] == ["role", "events"]
    assert slots[0].question.prompt == "Who are you to the children?"
    assert "some" not in slots[0].question.choice_values
    assert for_children(tiny, 0) is for_children(tiny, 0)


def test_the_one_child_copy_is_made_once(tiny: PackSet) -> None:
    assert for_children(tiny, 1) is for_children(tiny, 1)
    assert for_children(tiny, 1) is not tiny


def test_an_answer_only_several_children_give_is_kept_but_hidden_with_one(tiny: PackSet) -> None:
    one = [Child("c1", "Sam")]
    answers: Answers = {("differs", None): "Parent to Sam; step-parent to Jo", ("role", None): "parent"}
    assert engine.hidden_answers(tiny, one, answers) == [("differs", None)]
    assert ("differs", None) not in engine.exportable(tiny, one, answers)

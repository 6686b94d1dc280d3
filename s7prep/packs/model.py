"""The typed, frozen shapes that packs load into and the engine works on.

Nothing here knows about files, YAML, SQLite or any front end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from s7prep.packs.conditions import Condition

QUESTION_TYPES = (
    "text",
    "long_text",
    "choice",
    "multi_choice",
    "yes_no",
    "date",
    "number",
    "list",
    "fortnight",
)

# s1(3) Children Act 1989, letters as enacted.
CHECKLIST: dict[str, str] = {
    "a": "the ascertainable wishes and feelings of the child concerned "
    "(considered in the light of his age and understanding)",
    "b": "his physical, emotional and educational needs",
    "c": "the likely effect on him of any change in his circumstances",
    "d": "his age, sex, background and any characteristics of his which the court considers relevant",
    "e": "any harm which he has suffered or is at risk of suffering",
    "f": "how capable each of his parents, and any other person in relation to whom the "
    "court considers the question to be relevant, is of meeting his needs",
    "g": "the range of powers available to the court under this Act in the proceedings in question",
}

# Short names for the checklist, for tables and sidebars.
CHECKLIST_SHORT: dict[str, str] = {
    "a": "Wishes and feelings",
    "b": "Needs",
    "c": "Effect of change",
    "d": "Age, background, identity",
    "e": "Harm",
    "f": "Capability of the adults",
    "g": "Orders and services",
}

# Which part of the statement an answer feeds. "none" keeps an answer out of it
# (notes for the person only).
STATEMENT_PARTS = (
    "about",
    "summary",
    "wishes",
    "needs",
    "change",
    "identity",
    "harm",
    "chronology",
    "response",
    "capability",
    "arrangements",
    "services",
    "interview",
    "none",
)

DEFAULT_MAX_LENGTH = 20_000


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    help: str = ""
    several_children: bool = False  # offered only when the case has more than one child


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    help: str = ""
    hint: str = ""
    label: str = ""
    checklist: tuple[str, ...] = ()
    per_child: bool = False
    show_if: Condition | None = None
    show_if_text: str = ""
    required: bool = False
    sensitive: bool = False
    max_length: int = DEFAULT_MAX_LENGTH
    statement: str = "none"
    essential: bool = False
    signpost: tuple[str, ...] = ()
    several_children: bool = False  # asked only when the case has more than one child
    choices: tuple[Choice, ...] = ()
    fields: tuple[Question, ...] = ()
    min: float | None = None
    max: float | None = None
    # A per-child question whose answer, where given, replaces for that child the
    # answer to this case-level question (one pattern for all, another for a child).
    overrides: str = ""
    # Where it came from, for messages.
    pack_id: str = ""
    section_id: str = ""

    @property
    def short(self) -> str:
        """A short name for lists and tables: the label, else the prompt."""
        return self.label or self.prompt

    def choice_label(self, value: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return value

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str = ""
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class Pack:
    id: str
    title: str
    version: str
    reviewed: date
    sources: tuple[str, ...]
    order: int
    sections: tuple[Section, ...]
    path: str = ""

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]


@dataclass(frozen=True)
class Signpost:
    id: str
    name: str
    number: str
    for_whom: str
    source: str
    checked: date
    hours: str = ""


@dataclass(frozen=True)
class PackSet:
    """All the packs that loaded, in order, with indexes built once."""

    packs: tuple[Pack, ...]
    signposts: tuple[Signpost, ...] = ()
    by_id: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index = {q.id: q for p in self.packs for q in p.questions()}
        object.__setattr__(self, "by_id", index)

    def question(self, qid: str) -> Question:
        return self.by_id[qid]

    def signpost(self, sid: str) -> Signpost | None:
        for s in self.signposts:
            if s.id == sid:
                return s
        return None


@dataclass(frozen=True)
class Child:
    """A child in a case. `key` is stable (c1, c2, ...) and never shown."""

    key: str
    name: str
    born: str = ""  # partial date, "2019" or "2019-04"
    age: int | None = None
    lives_with: str = ""

    @property
    def display(self) -> str:
        return self.name or self.key


# Answers are keyed by (question id, child key or None for case-level questions).
AnswerKey = tuple[str, "str | None"]
Answers = dict[AnswerKey, Any]


@dataclass
class Case:
    """A case as the core sees it once decrypted: who the children are and what
    has been answered. Timestamps are ISO strings in UTC."""

    label: str
    children: list[Child] = field(default_factory=list)
    answers: Answers = field(default_factory=dict)
    created: str = ""
    updated: str = ""

"""The typed, frozen shapes that packs load into and the engine works on.

Nothing here knows about files, YAML, SQLite or any front end.
"""

from __future__ import annotations

import functools
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

# Where an answer goes. Every answer is in the person's interview notes; this says
# where else it appears. The statement's parts, in the order an officer reads them:
STATEMENT_PARTS = (
    "header",  # a short fact beside the person's role at the top (the next hearing)
    "summary",  # the summary at the top (at most about 100 words)
    "wishes",  # each child's block: what they have said or shown
    "needs",
    "change",
    "identity",
    "harm",  # worries about harm, by area (the question's section); per child: in the child's block
    "chronology",  # a list of events: the chronology under the worries
    "response",  # concerns raised about the person, and their response
    "capability",  # the person's own care of the children
    "strengths",  # the other party's strengths; the children's other relationships
    "arrangements",  # the proposal; per child: in the child's block
    "about",  # the case: orders, other cases, services involved
    "services",
    "documents",
    "officer",  # notes for the officer only, never the statement
    "interview",  # the interview itself (supporter, adjustments): the officer's notes too
    "none",  # the person's own notes only
)
# Parts that feed the notes for the officer rather than the statement.
OFFICER_PARTS = ("officer", "interview")
NOT_IN_STATEMENT = (*OFFICER_PARTS, "none")

# Which answers stay in the statement first when it is too long (the rest move to
# the notes, lowest first).
PRIORITIES = ("top", "high", "normal", "low")

# Choice values that say nothing in a statement ("No", "None", "I am not sure"): left
# out unless the question is marked `meaningful`. A yes/no answer of No counts too.
NOTHING_VALUES = ("no", "none", "not_sure")
# In a multi_choice, a choice that says none of the others applies ("None of these",
# "Not at all for now", "No one yet"): it is ticked alone, never with another.
ALONE_VALUES = ("none", "none_for_now", "no_one")
# A choice that only says "something else": its label never prints (the person's own
# words, in another answer, say what it is).
SOMETHING_ELSE = "other"

DEFAULT_MAX_LENGTH = 20_000


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    help: str = ""
    several_children: bool = False  # offered only when the case has more than one child
    short: str = ""  # shorter wording for the statement
    # Says nothing in the statement that the rest does not (a mother's Yes to "a legal
    # parent?"): not printed, like a No.
    quiet: bool = False

    @property
    def alone(self) -> bool:
        """Ticked only on its own in a multi_choice (see ALONE_VALUES)."""
        return self.value in ALONE_VALUES

    @property
    def says(self) -> str:
        """The wording for the statement."""
        return self.short or self.label


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
    priority: str = "normal"
    meaningful: bool = False  # a No, None or Not sure answer still says something
    essential: bool = False
    essential_if: Condition | None = None  # on the short path when this holds
    signpost: tuple[str, ...] = ()
    several_children: bool = False  # asked only when the case has more than one child
    choices: tuple[Choice, ...] = ()
    fields: tuple[Question, ...] = ()
    min: float | None = None
    max: float | None = None
    # A per-child question whose answer, where given, replaces for that child the
    # answer to this case-level question (one pattern for all, another for a child).
    overrides: str = ""
    # The statement: a question whose answer this one stays in, or moves out of, the
    # statement with (a pair); a text question whose answer this short fact follows.
    keep_with: str = ""
    fold_into: str = ""
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

    @functools.cached_property
    def quiet_values(self) -> frozenset[str]:
        """The choices the pack marks as saying nothing in the statement."""
        return frozenset(c.value for c in self.choices if c.quiet)

    def quiet(self, value: str) -> bool:
        return value in self.quiet_values

    def choice_says(self, value: str) -> str:
        """A choice in the statement's words: its short wording, else its label."""
        for choice in self.choices:
            if choice.value == value:
                return choice.says
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
    # Answers the person chose to keep out of the statement (they stay in the notes).
    leave_out: set[AnswerKey] = field(default_factory=set)

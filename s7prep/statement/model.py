"""The plain data of the three documents one case gives, as the templates receive it.

- the statement (`Statement`): short and shareable, what the person hands over;
- the notes for the officer only (`OfficerSheet`): safety, adjustments, supporter...;
- the person's interview notes (`Notes`): every answer, not for handing over.

Every value here is plain text: the templates escape it (see render.py).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from s7prep.packs.model import AnswerKey
from s7prep.statement.interview_day import InterviewDay
from s7prep.statement.strips import Strip
from s7prep.statement.values import Piece, count_words

DOCUMENTS = ("statement", "officer", "notes")
# The two documents that may be handed over, as a sentence names them.
DOCUMENT_NAMES = {"statement": "the statement", "officer": "the notes for the officer"}

# Where an answer went, besides the notes (which hold every answer).
IN_STATEMENT = "statement"
OFFICER = "officer"  # the pack puts it on the officer's notes
NOTES_ONLY = "notes only"  # the pack keeps it in the person's notes
LEFT_OUT = "left out"  # the person chose to keep it out of the statement
TO_FIT = "moved to fit"  # moved to the notes so the statement fits its pages
SAYS_NOTHING = "says nothing"  # "No", "None", "I am not sure": nothing to print
HEADING = "heading"  # the role words at the top of every document
# Kept out of the statement because it looks like an address and the person asked for
# their address to be kept private (a warning alone let a safe address through).
HELD_BACK = "held back"
PLACES = (IN_STATEMENT, HEADING, OFFICER, NOTES_ONLY, LEFT_OUT, TO_FIT, SAYS_NOTHING, HELD_BACK)


@dataclass(frozen=True)
class Placement:
    """Where one answer went. Every answer is in the notes."""

    key: AnswerKey
    label: str  # the question's short name
    child: str  # the child's name for a per-child answer, else ""
    where: str  # one of PLACES
    words: int  # words of the answer

    @property
    def documents(self) -> tuple[str, ...]:
        if self.where == IN_STATEMENT:
            return ("statement", "notes")
        if self.where == HEADING:
            return ("statement", "officer", "notes")
        if self.where == OFFICER:
            return ("officer", "notes")
        return ("notes",)


@dataclass(frozen=True)
class Item:
    """One answer as a document shows it: paragraphs, the entries of a list, or a
    fortnight's strips (several when children differ: each strip names its children)."""

    key: AnswerKey
    label: str
    paras: tuple[str, ...] = ()
    records: tuple[tuple[Piece, ...], ...] = ()
    strips: tuple[Strip, ...] = ()
    # A value picked or typed as a fact (choice, yes/no, number, date): templates
    # run several together on one line.
    fact: bool = False
    child: str = ""  # the child's name, when shown away from the child's own block
    show_label: bool = True
    where: str = ""  # in the notes: where else the answer went (one of PLACES)
    # Answers shown within this one: the children's own fortnights beside the shared one.
    also: tuple[AnswerKey, ...] = ()
    # A short fact that follows the text in brackets (the pack's `fold_into`), and its answer.
    note: str = ""
    note_key: AnswerKey | None = None

    @functools.cached_property
    def words(self) -> int:
        n = count_words(self.label if self.show_label else "", self.child, self.note, *self.paras)
        n += sum(s.words for s in self.strips)
        return n + sum(
            count_words(p.label, p.text) + (p.strip.words if p.strip else 0) for r in self.records for p in r
        )


@dataclass(frozen=True)
class Group:
    """Answers under one small heading (empty: no heading). `letter`: the welfare
    checklist item they speak to, in a child's block."""

    title: str
    items: tuple[Item, ...]
    letter: str = ""

    @property
    def lead(self) -> tuple[Item, ...]:
        """The first block of answers: the first, or the short facts that share its line
        (the heading beside them stays on their page)."""
        n = next((i for i, e in enumerate(self.items) if not e.fact), len(self.items))
        return self.items[: max(n, 1)]

    @property
    def rest(self) -> tuple[Item, ...]:
        return self.items[len(self.lead) :]


@dataclass(frozen=True)
class ChildHead:
    name: str
    age: str = ""  # "9", or "" when not known
    born: str = ""  # "September 2016", when the age cannot be worked out
    lives_with: str = ""


@dataclass(frozen=True)
class ChildBlock:
    """Everything about one child; `child` is None for answers about all of them."""

    child: ChildHead | None
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class Event:
    """A row of the chronology."""

    when: str
    child: str
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class Section:
    """A part of the statement about the whole case (`key`: its statement part; the
    template words its heading). `events`: the chronology, under the worries."""

    key: str
    groups: tuple[Group, ...]
    events: tuple[Event, ...] = ()
    event_keys: tuple[AnswerKey, ...] = ()  # the answers the events come from

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for g in self.groups for i in g.items)


@dataclass(frozen=True)
class AddressWarning:
    """An answer that looks like it holds an address. Names the answer, never its text."""

    label: str
    child: int | None = None  # position of the child (1, 2, ...) for a per-child answer
    document: str = "statement"

    @property
    def message(self) -> str:
        which = f"'{self.label}'" + (f" for child {self.child}" if self.child else "")
        if self.document == HELD_BACK:
            return (
                f"{which} looks like it holds an address: it is kept out of the statement, as you "
                "asked for your address to be kept private (it is in your notes)"
            )
        where = DOCUMENT_NAMES.get(self.document, DOCUMENT_NAMES["statement"])
        return f"{which} may contain an address or postcode: check it before you share {where}"


@dataclass(frozen=True)
class Heading:
    """What every document starts with: who prepared it, when, and the children."""

    prepared: str
    role: str  # the person's relationship to the children, in the case's words; "" if not given
    other_role: str
    children: tuple[ChildHead, ...]

    @property
    def one_child(self) -> bool:
        return len(self.children) == 1


@dataclass(frozen=True)
class Statement:
    head: Heading
    header: tuple[Item, ...]  # short facts beside the role (the next hearing)
    summary: tuple[Item, ...]
    blocks: tuple[ChildBlock, ...]
    # The proposal, worries, concerns raised about the person, care, the other
    # party's strengths, the case, services and documents, in that order, when answered.
    sections: tuple[Section, ...]
    summary_words: int = 0

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def items(self) -> tuple[Item, ...]:
        out = [*self.header, *self.summary]
        out += [i for b in self.blocks for g in b.groups for i in g.items]
        out += [i for s in self.sections for i in s.items]
        return tuple(out)

    @property
    def keys(self) -> tuple[AnswerKey, ...]:
        """Every answer the statement shows, the chronology's, the children's own
        fortnights and the folded facts included."""
        shown = (k for i in self.items for k in (i.key, *i.also, *((i.note_key,) if i.note_key else ())))
        return (*shown, *(k for s in self.sections for k in s.event_keys))


@dataclass(frozen=True)
class OfficerSheet:
    head: Heading
    groups: tuple[Group, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for g in self.groups for i in g.items)


@dataclass(frozen=True)
class NotesPart:
    """One pack's answers in the notes, by section."""

    title: str
    groups: tuple[Group, ...]


@dataclass(frozen=True)
class Notes:
    head: Heading
    parts: tuple[NotesPart, ...]
    # Answers kept in the case but in no document: a later answer hid their question.
    hidden: int = 0
    moved: tuple[Placement, ...] = ()  # answers moved here so the statement fits its pages
    day: InterviewDay | None = None  # the list for the interview day, read first

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for p in self.parts for g in p.groups for i in g.items)

    @property
    def moved_names(self) -> tuple[str, ...]:
        return moved_names(self.moved)


def moved_names(moved: tuple[Placement, ...]) -> tuple[str, ...]:
    """Moved answers by question, each child named once: "Routine (Sam, Lily)"."""
    children: dict[str, list[str]] = {}
    for p in moved:
        children.setdefault(p.label, [])
        if p.child:
            children[p.label].append(p.child)
    return tuple(label + (f" ({', '.join(kids)})" if kids else "") for label, kids in children.items())


Data = Statement | OfficerSheet | Notes


@dataclass(frozen=True)
class Measure:
    """A document's length as printed on A4 (an estimate: see pages.py)."""

    words: int
    pages: float
    target: int = 0  # pages it should fit on (0: no limit)

    @property
    def whole_pages(self) -> int:
        return max(1, -int(-self.pages // 1))

    @property
    def over(self) -> bool:
        return bool(self.target) and self.whole_pages > self.target

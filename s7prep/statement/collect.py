"""Every answer of a case that applies now, read once: how it shows, where the pack
sends it, and where it went. The documents are arranged from this (arrange.py,
officer.py, notes.py); nothing here knows their layout.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from s7prep import engine
from s7prep.engine import Slot
from s7prep.packs.model import OFFICER_PARTS, AnswerKey, Answers, Case, Child, PackSet, Question
from s7prep.statement import values
from s7prep.statement.addresses import looks_like_address
from s7prep.statement.escape import lines, show_date, show_day
from s7prep.statement.model import (
    HEADING,
    HELD_BACK,
    IN_STATEMENT,
    LEFT_OUT,
    NOTES_ONLY,
    OFFICER,
    SAYS_NOTHING,
    AddressWarning,
    ChildHead,
    Event,
    Heading,
    Item,
    Placement,
)
from s7prep.statement.strips import PLAIN, Who, strip, who_for

# The content conventions (see the README's pack format): the role questions give
# the words the documents use for the person and the other party.
ROLE = "your_role"
ROLE_OTHER = "your_role_other"
OTHER_PARTY_ROLE = "other_party_role"
OTHER_PARTY_ROLE_OTHER = "other_party_role_other"
SUMMARY = "what_matters_most"  # the person's own summary: shown without its label
ROLE_IDS = frozenset({ROLE, ROLE_OTHER, OTHER_PARTY_ROLE, OTHER_PARTY_ROLE_OTHER})

_TEXT_TYPES = ("text", "long_text")
_SAME_IN_NOTES = (*_TEXT_TYPES, "date", "number")
_BORN = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")  # a birth month or day, as stored


@dataclass(frozen=True)
class Answer:
    """One answer that applies now. `item`: as the statement or the officer's notes
    show it (None when it says nothing there); `noted`: as the notes show it."""

    slot: Slot
    child: str  # the child's name for a per-child answer, else ""
    position: int  # the child's position (1, 2, ...), 0 for an answer about the case
    item: Item | None
    value: Any
    children: int  # how many children the case has (for the wording)
    events: tuple[tuple[tuple[int, ...], Event], ...] = ()  # a chronology: (sort key, row)
    who: Who = PLAIN  # the case's words for each adult of a fortnight
    # The slot's, kept: fitting the statement asks for them thousands of times.
    key: AnswerKey = field(init=False)
    question: Question = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", self.slot.key)
        object.__setattr__(self, "question", self.slot.question)

    @functools.cached_property
    def noted(self) -> Item:
        """As given, for the person's notes; made only when the notes are (they are
        not needed to export the statement)."""
        q, n = self.slot.question, self.children
        if self.item is not None and q.type in _SAME_IN_NOTES:
            return self.item  # typed text or a date reads the same everywhere
        label = values.wording(q.short, n)
        # Every answer shows, even one of a shape the question does not take.
        return _item(q, self.slot.key, label, self.value, n, self.who, everything=True) or Item(
            self.slot.key, label, paras=values.show(q, self.value, n, everything=True) or ("–",)
        )

    @functools.cached_property
    def address(self) -> bool:
        """Free text that looks like it holds an address (asked only of answers in a
        document the person hands over)."""
        return _has_address(self.question, self.value)

    @property
    def part(self) -> str:
        return self.question.statement

    @property
    def words(self) -> int:
        return self.item.words if self.item else 0


@dataclass(frozen=True)
class Collected:
    head: Heading
    answers: tuple[Answer, ...]
    placements: dict[AnswerKey, Placement]
    hidden: int  # answers kept but in no document: a later answer hid their question
    child_warnings: tuple[AddressWarning, ...]  # "lives with" details that look like an address
    pack_titles: dict[str, str] = field(default_factory=dict)  # pack id -> title
    # The person asked for their address to be kept private (Safety needs): addresses
    # are held back from the statement, and the checker reminds about the officer's notes.
    address_private: bool = False


def collect(case: Case, packset: PackSet, today: date) -> Collected:
    children = case.children
    n = len(children)
    heads = tuple(_head(c, i, today) for i, c in enumerate(children, start=1))
    names = {c.key: h.name for c, h in zip(children, heads, strict=True)}
    positions = {c.key: i for i, c in enumerate(children, start=1)}
    # What applies now (once: exportable and hidden answers both come from it).
    slots = engine.visible(packset, children, case.answers)
    visible = {slot.key for slot in slots}
    shown = {k: v for k, v in case.answers.items() if k in visible and engine.is_answered(v)}
    head = Heading(
        prepared=show_day(today),
        role=_role(packset, shown, ROLE, ROLE_OTHER),
        other_role=_role(packset, shown, OTHER_PARTY_ROLE, OTHER_PARTY_ROLE_OTHER),
        children=heads,
    )
    who = _who(packset, shown)
    answers: list[Answer] = []
    placements: dict[AnswerKey, Placement] = {}
    for slot in slots:
        if slot.key not in shown:
            continue
        q, child_key, value = slot.question, slot.key[1], shown[slot.key]
        name = names.get(child_key or "", "")
        answer = _answer(slot, value, name, positions.get(child_key or "", 0), n, who)
        answers.append(answer)
        placements[slot.key] = Placement(
            slot.key, values.wording(q.short, n), name, _where(answer, case.leave_out, head), answer.words
        )
    private = _address_private(shown)
    if private:
        for a in answers:
            if placements[a.key].where == IN_STATEMENT and a.address:
                placements[a.key] = replace(placements[a.key], where=HELD_BACK)
    for a in answers:  # a fact that follows an answer kept out goes with it
        target = placements.get((a.question.fold_into, a.key[1])) if a.question.fold_into else None
        kept_out = target is not None and target.where in (LEFT_OUT, HELD_BACK)
        if target is not None and kept_out and placements[a.key].where == IN_STATEMENT:
            placements[a.key] = replace(placements[a.key], where=target.where)
    warnings = tuple(
        AddressWarning("Who the child lives with", positions[c.key])
        for c in children
        if looks_like_address(c.lives_with)
    )
    hidden = sum(1 for k, v in case.answers.items() if engine.is_answered(v) and k not in visible)
    titles = {p.id: values.wording(p.title, n) for p in packset.packs}
    return Collected(head, tuple(answers), placements, hidden, warnings, titles, private)


# The safety need that asks for the person's address to be kept private.
ADDRESS_PRIVATE = ("safety_needs", "address_private")


def _address_private(shown: dict[AnswerKey, Any]) -> bool:
    value = shown.get((ADDRESS_PRIVATE[0], None))
    return isinstance(value, list) and ADDRESS_PRIVATE[1] in value


def _where(answer: Answer, leave_out: set[AnswerKey], head: Heading) -> str:
    part = answer.part
    qid = answer.question.id
    if qid in ROLE_IDS:
        # The role words head every document: the role chosen, or the person's own words.
        words = head.role if qid in (ROLE, ROLE_OTHER) else head.other_role
        chose_other = qid in (ROLE, OTHER_PARTY_ROLE) and answer.value == "other"
        return SAYS_NOTHING if chose_other or not words else HEADING
    if part == "none":
        return NOTES_ONLY
    if answer.item is None:
        return SAYS_NOTHING
    if answer.key in leave_out:
        return LEFT_OUT
    return OFFICER if part in OFFICER_PARTS else IN_STATEMENT


def _answer(slot: Slot, value: Any, child: str, position: int, n: int, who: Who) -> Answer:
    q = slot.question
    label = values.wording(q.short, n)
    # A list or a text that says nothing has no item (no need to ask twice).
    quiet = q.type not in ("list", "text", "long_text") and values.says_nothing(q, value)
    if q.id in ROLE_IDS or quiet:
        return Answer(slot, child, position, None, value, n, who=who)
    if q.statement == "chronology" and q.type == "list":
        events = tuple(_event(q, r, child, n) for r in value if isinstance(r, dict))
        events = tuple(e for e in events if e[1].when or e[1].pieces)
        # The chronology's rows are the item too, so the answer is counted and placed.
        item = _item(q, slot.key, label, value, n, who)
        return Answer(slot, child, position, item, value, n, events, who)
    item = _item(q, slot.key, label, value, n, who)
    if item is not None and q.id == SUMMARY:
        item = replace(item, show_label=False)
    return Answer(slot, child, position, item, value, n, who=who)


def _item(
    q: Question, key: AnswerKey, label: str, value: Any, n: int, who: Who, everything: bool = False
) -> Item | None:
    if q.type == "list":
        recs = values.records(q, value, n, everything=everything, who=who)
        return Item(key, label, records=recs) if recs else None
    if q.type == "fortnight":
        drawn = strip(value, who)
        return Item(key, label, strips=(drawn,)) if drawn else None
    paras = values.show(q, value, n, everything, who)
    return Item(key, label, paras=paras, fact=values.is_fact(q)) if paras else None


def _event(q: Question, record: dict[str, Any], child: str, n: int) -> tuple[tuple[int, ...], Event]:
    """A list entry as a chronology row: its first date field is the when, a field
    with the id `child` (or the child the list is about) the child."""
    when_f = next((f for f in q.fields if f.type == "date"), None)
    when = record.get(when_f.id) if when_f else None
    parsed = engine.when_key(when) if isinstance(when, str) else None
    # Undated entries go last; a year alone sorts before the months of that year, and
    # a range after the single dates it starts with.
    key = (0, *parsed) if parsed else (1,)
    who = child or " ".join(lines(str(record.get("child") or "")))
    skip = tuple(f.id for f in q.fields if f is when_f or (f.id == "child" and not child))
    pieces = values.sentence_pieces(q, record, n, skip)
    shown_when = show_date(when) if isinstance(when, str) and when.strip() else ""
    return key, Event(shown_when, who, pieces)


def _has_address(q: Question, value: Any) -> bool:
    if q.type in _TEXT_TYPES:
        return isinstance(value, str) and looks_like_address(value)
    if q.type == "fortnight":  # its note: where a handover happens, say
        note = value.get("note") if isinstance(value, dict) else None
        return isinstance(note, str) and looks_like_address(note)
    if q.type == "list" and isinstance(value, list):
        typed = [f for f in q.fields if f.type in (*_TEXT_TYPES, "fortnight")]
        return any(isinstance(r, dict) and _has_address(f, r.get(f.id)) for r in value for f in typed)
    return False


def _head(child: Child, n: int, today: date) -> ChildHead:
    name = " ".join(lines(child.name)) or f"Child {n}"
    age = str(child.age) if child.age is not None else _age(child.born, today)
    born = show_date(child.born) if child.born.strip() and not age else ""
    return ChildHead(name, age, born, _lives_with(" ".join(lines(child.lives_with))))


# Words that start a "lives with" as typed ("With me", "Me, her grandmother") but read
# wrongly after the documents' "lives with".
_LIVES_WITH_LEAD = re.compile(r"^(?:lives\s+)?with\s+", re.IGNORECASE)
_SMALL_FIRST = {"me", "us", "my", "her", "his", "their", "both"}


def _lives_with(text: str) -> str:
    """`text` as it reads after "lives with": "me, her grandmother", "their mother"."""
    text = _LIVES_WITH_LEAD.sub("", text)
    first = re.split(r"[\s,;.]", text, maxsplit=1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _SMALL_FIRST else text


def _age(born: str, today: date) -> str:
    """Whole years from a birth month or day; "" from a year alone (it could be either)."""
    found = _BORN.fullmatch(born.strip())
    if found is None:
        return ""
    y, mo, d = int(found.group(1)), int(found.group(2)), int(found.group(3) or 1)
    years = today.year - y - ((today.month, today.day) < (mo, d))
    return str(years) if 0 <= years < 30 else ""


def _who(packset: PackSet, shown: Answers) -> Who:
    """The words a fortnight uses for each adult: the other party by role, when the
    role is one of the pack's and not the person's own words."""
    value = shown.get((OTHER_PARTY_ROLE, None))
    question = packset.by_id.get(OTHER_PARTY_ROLE)
    if question is None or not isinstance(value, str) or shown.get((OTHER_PARTY_ROLE_OTHER, None)):
        return PLAIN
    return who_for(shown.get((ROLE, None)), value, question.choice_says(value))


def _role(packset: PackSet, shown: Answers, qid: str, other_qid: str) -> str:
    """Role words from the answers: the choice's wording in lower case, or the
    person's own words when they chose 'other'. Empty when not answered."""
    value = shown.get((qid, None))
    question = packset.by_id.get(qid)
    if not isinstance(value, str) or question is None:
        return ""
    own = " ".join(lines(str(shown.get((other_qid, None)) or "")))
    if own:
        return own
    if value == "other":
        return ""
    label = question.choice_says(value)
    # "Special guardian" -> "special guardian", but leave "LGBT+ carer" alone.
    return label[:1].lower() + label[1:] if label[1:2].islower() else label

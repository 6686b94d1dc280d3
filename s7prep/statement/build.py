"""Turn a case into the plain data of its statement.

Generic over the packs: answers are grouped by each question's `statement` part and
shown under its label. Only the role and summary questions named in the content
conventions are known here by id. Only exportable answers (visible now, answered)
appear, and a part with nothing in it is left out. Wording and layout belong to
the templates (see statement_render.py); this module decides what is said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from s7prep import engine
from s7prep.packs.model import CHECKLIST_SHORT, Answers, Case, Child, PackSet, Question
from s7prep.statement.addresses import looks_like_address
from s7prep.statement.escape import lines, show_date, show_day

# The content conventions (see the notes for pack writers).
ROLE = "your_role"
ROLE_OTHER = "your_role_other"
OTHER_PARTY_ROLE = "other_party_role"
OTHER_PARTY_ROLE_OTHER = "other_party_role_other"
SUMMARY = "what_matters_most"
_HEADING_IDS = frozenset({ROLE, ROLE_OTHER, OTHER_PARTY_ROLE, OTHER_PARTY_ROLE_OTHER})

# Parts shown inside each child's block; the rest are about the whole case. A
# child's 'about' answers go with their name at the top.
CHILD_PARTS = ("wishes", "needs", "change", "identity")
CASE_PARTS = ("summary", "harm", "response", "capability", "arrangements", "services", "interview")

# Words of the person's answers and the labels shown with them (the template's own
# wording comes on top). The invented three-child sample case has 718 and prints on
# two A4 pages (scripts/check_html.sh); fewer children leave more room.
WORD_BUDGET = 750

_TEXT_TYPES = ("text", "long_text")
_FACT_TYPES = ("choice", "multi_choice", "yes_no", "number", "date")


@dataclass(frozen=True)
class Field:
    """One part of a list entry: its label and its value, one line per paragraph."""

    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One answer as shown. `lines` for a single value, `records` for a list."""

    qid: str
    label: str
    lines: tuple[str, ...] = ()
    records: tuple[tuple[Field, ...], ...] = ()
    child: str = ""  # the child's name, for a per-child answer shown outside the child's block
    show_label: bool = True
    # A fact picked or typed as a value (choice, yes/no, number, date), not an account
    # in the person's words: templates may run several together on one line.
    short: bool = False


@dataclass(frozen=True)
class Part:
    key: str  # a statement part (wishes, needs, ...): the template words its heading
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class ChildInfo:
    name: str
    born: str = ""
    age: str = ""
    lives_with: str = ""
    facts: tuple[Entry, ...] = ()  # answers in the 'about' part for this child


@dataclass(frozen=True)
class ChildBlock:
    """The per-child parts for one child; `child` is None for answers about all of them."""

    child: ChildInfo | None
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Event:
    """A row of the chronology."""

    when: str
    child: str
    what: tuple[str, ...]
    more: tuple[Field, ...]


@dataclass(frozen=True)
class ChecklistRow:
    letter: str
    name: str
    marks: tuple[bool, ...]  # one per column of Statement.checklist_columns


@dataclass(frozen=True)
class AddressWarning:
    """An answer that looks like it holds an address. Names the answer, never its text."""

    label: str
    child: int | None = None  # position of the child (1, 2, ...) for a per-child answer

    @property
    def message(self) -> str:
        which = f"'{self.label}'" + (f" for child {self.child}" if self.child else "")
        return f"{which} may contain an address or postcode: check it before you share the statement"


@dataclass(frozen=True)
class Statement:
    prepared: str
    role: str
    other_party_role: str
    children: tuple[ChildInfo, ...]
    about: tuple[Entry, ...]
    summary: tuple[Entry, ...]
    child_blocks: tuple[ChildBlock, ...]
    harm: tuple[Entry, ...]
    chronology: tuple[Event, ...]
    chronology_has_child: bool
    response: tuple[Entry, ...]
    capability: tuple[Entry, ...]
    arrangements: tuple[Entry, ...]
    services: tuple[Entry, ...]
    interview: tuple[Entry, ...]
    checklist_columns: tuple[str, ...]
    checklist: tuple[ChecklistRow, ...]
    word_count: int
    word_budget: int
    warnings: tuple[AddressWarning, ...]
    # Answers kept in the case but left out: a later answer hid their question.
    hidden: int = 0

    @property
    def over_budget(self) -> bool:
        return self.word_count > self.word_budget

    @property
    def has_checklist(self) -> bool:
        return any(any(row.marks) for row in self.checklist)


def build(case: Case, packset: PackSet, today: date | None = None) -> Statement:
    """The statement data for a case, as of `today` (default: the local date)."""
    children = case.children
    infos = tuple(_child_info(c, n) for n, c in enumerate(children, start=1))
    names = {c.key: info.name for c, info in zip(children, infos, strict=True)}
    positions = {c.key: n for n, c in enumerate(children, start=1)}
    shown = engine.exportable(packset, children, case.answers)
    warnings = [
        AddressWarning("Who the child lives with", positions[c.key])
        for c in children
        if looks_like_address(c.lives_with)
    ]

    # Entries of the parts about the whole case, with the child's position (0: none).
    parts: dict[str, list[tuple[int, Entry]]] = {p: [] for p in (*CASE_PARTS, "about")}
    per_child: dict[str | None, dict[str, list[Entry]]] = {None: {p: [] for p in CHILD_PARTS}}
    per_child.update({c.key: {p: [] for p in CHILD_PARTS} for c in children})
    facts: dict[str, list[Entry]] = {c.key: [] for c in children}
    events: list[tuple[tuple[int, ...], Event]] = []
    marks: dict[tuple[str | None, str], bool] = {}

    for slot in engine.all_slots(packset, children):
        key = slot.key
        if key not in shown:
            continue
        q, child_key, value = slot.question, key[1], shown[key]
        if q.id in _HEADING_IDS or q.statement == "none":
            continue
        if _free_text_has_address(q, value):
            warnings.append(AddressWarning(q.short, positions.get(child_key or "")))
        entry = None
        if q.statement == "chronology" and q.type == "list":
            found = [_event(q, r, names.get(child_key or "", "")) for r in _records(value)]
            found = [e for e in found if e[1].when or e[1].what or e[1].more]
            if not found:
                continue
            events.extend(found)
        else:
            entry = _entry(q, value)
            if entry is None:
                continue
        # The checklist table counts what the statement actually says.
        marks.update({(child_key, letter): True for letter in q.checklist})
        if entry is None:
            continue
        part = "harm" if q.statement == "chronology" else q.statement
        if part == "about" and child_key is not None:
            facts[child_key].append(entry)
        elif part in CHILD_PARTS:
            # A case-level answer about the children goes with the only child, if one.
            target = child_key if child_key is not None or len(children) != 1 else children[0].key
            per_child[target][part].append(entry)
        elif part in parts:
            if q.id == SUMMARY:
                entry = replace(entry, show_label=False)
            elif child_key is not None:
                entry = replace(entry, child=names[child_key])
            parts[part].append((positions.get(child_key or "", 0), entry))

    # Answers about the whole case first, then each child's, child by child (the
    # sorts are stable: pack order is kept within each).
    case_parts = {p: tuple(e for _n, e in sorted(es, key=lambda x: x[0])) for p, es in parts.items()}
    events.sort(key=lambda e: e[0])
    chronology = tuple(e for _key, e in events)
    infos = tuple(replace(i, facts=tuple(facts[c.key])) for c, i in zip(children, infos, strict=True))
    blocks = _blocks(per_child, children, infos)
    columns = tuple(i.name for i in infos) or ("The children",)
    keys: Sequence[str | None] = [c.key for c in children] or [None]
    checklist = tuple(
        ChecklistRow(
            letter,
            name,
            tuple(bool(marks.get((k, letter)) or marks.get((None, letter))) for k in keys),
        )
        for letter, name in CHECKLIST_SHORT.items()
    )
    role = _role(packset, shown, ROLE, ROLE_OTHER)
    other = _role(packset, shown, OTHER_PARTY_ROLE, OTHER_PARTY_ROLE_OTHER)
    for qid in (ROLE_OTHER, OTHER_PARTY_ROLE_OTHER):
        if (qid, None) in shown and looks_like_address(str(shown[(qid, None)])):
            warnings.append(AddressWarning(packset.by_id[qid].short))
    statement = Statement(
        prepared=show_day(today or date.today()),
        role=role,
        other_party_role=other,
        children=infos,
        about=case_parts["about"],
        summary=case_parts["summary"],
        child_blocks=blocks,
        harm=case_parts["harm"],
        chronology=chronology,
        chronology_has_child=any(e.child for e in chronology),
        response=case_parts["response"],
        capability=case_parts["capability"],
        arrangements=case_parts["arrangements"],
        services=case_parts["services"],
        interview=case_parts["interview"],
        checklist_columns=columns,
        checklist=checklist,
        word_count=0,
        word_budget=WORD_BUDGET,
        warnings=tuple(warnings),
        hidden=len(engine.hidden_answers(packset, children, case.answers)),
    )
    return _with_word_count(statement)


# ---------------------------------------------------------------- pieces


def _child_info(child: Child, n: int) -> ChildInfo:
    return ChildInfo(
        name=" ".join(lines(child.name)) or f"Child {n}",
        born=show_date(child.born) if child.born.strip() else "",
        age=str(child.age) if child.age is not None else "",
        lives_with=" ".join(lines(child.lives_with)),
    )


def _blocks(
    per_child: dict[str | None, dict[str, list[Entry]]],
    children: Sequence[Child],
    infos: tuple[ChildInfo, ...],
) -> tuple[ChildBlock, ...]:
    out: list[ChildBlock] = []
    owners: list[tuple[str | None, ChildInfo | None]] = [(None, None)]
    owners += [(c.key, info) for c, info in zip(children, infos, strict=True)]
    for key, info in owners:
        parts = tuple(Part(p, tuple(es)) for p, es in per_child[key].items() if es)
        if parts:
            out.append(ChildBlock(info, parts))
    return tuple(out)


def _role(packset: PackSet, shown: Answers, qid: str, other_qid: str) -> str:
    """Role words from the answers: the choice's label in lower case, or the person's
    own words when they chose 'other'. Empty when not answered."""
    value = shown.get((qid, None))
    question = packset.by_id.get(qid)
    if not isinstance(value, str) or question is None:
        return ""
    own = " ".join(lines(str(shown.get((other_qid, None)) or "")))
    if own:
        return own
    if value == "other":
        return ""
    label = question.choice_label(value)
    # "Special guardian" -> "special guardian", but leave "LGBT+ carer" alone.
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _show(q: Question, value: Any) -> tuple[str, ...]:
    """A single answer as lines of text. Tolerates a value of the wrong shape."""
    t = q.type
    if isinstance(value, bool):
        return ("Yes" if value else "No",)
    if t == "choice" and isinstance(value, str):
        return (q.choice_label(value),)
    if t == "multi_choice" and isinstance(value, list):
        return (", ".join(q.choice_label(str(v)) for v in value),) if value else ()
    if t == "date" and isinstance(value, str):
        return (show_date(value),) if value.strip() else ()
    if isinstance(value, float):
        return (f"{value:g}",)
    if isinstance(value, list | dict):
        return lines(", ".join(str(v) for v in value))
    return lines(str(value))


def _records(value: Any) -> list[dict[str, Any]]:
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []


def _fields(q: Question, record: dict[str, Any], skip: Sequence[str] = ()) -> tuple[Field, ...]:
    """The answered parts of a list entry. The first part of the list leads without
    its label ("Christmas; Plan: ..."), unless it is skipped (shown elsewhere)."""
    out = []
    for n, f in enumerate(q.fields):
        if f.id in skip or not engine.is_answered(record.get(f.id)):
            continue
        shown = _show(f, record[f.id])
        if shown:
            out.append(Field("" if n == 0 and not skip else f.short, shown))
    return tuple(out)


def _entry(q: Question, value: Any) -> Entry | None:
    if q.type == "list":
        records = tuple(r for r in (_fields(q, r) for r in _records(value)) if r)
        return Entry(q.id, q.short, records=records) if records else None
    shown = _show(q, value)
    return Entry(q.id, q.short, lines=shown, short=q.type in _FACT_TYPES) if shown else None


def _event(q: Question, record: dict[str, Any], child: str) -> tuple[tuple[int, ...], Event]:
    when_f = next((f for f in q.fields if f.type == "date"), None)
    texts = (f for f in q.fields if f.type in _TEXT_TYPES and engine.is_answered(record.get(f.id)))
    what_f = next(texts, None)
    when = record.get(when_f.id) if when_f else None
    parsed = engine.when_key(when) if isinstance(when, str) else None
    # Undated entries go last; a year alone sorts before the months of that year, and
    # a rough date or a range before the exact dates it starts with.
    key = (0, *parsed) if parsed else (1,)
    skip = [f.id for f in (when_f, what_f) if f is not None]
    what = _show(what_f, record[what_f.id]) if what_f else ()
    shown_when = show_date(when) if isinstance(when, str) and when.strip() else ""
    return key, Event(shown_when, child, what, _fields(q, record, skip))


def _free_text_has_address(q: Question, value: Any) -> bool:
    if q.type in _TEXT_TYPES:
        return isinstance(value, str) and looks_like_address(value)
    if q.type == "list" and isinstance(value, list):
        text_ids = [f.id for f in q.fields if f.type in _TEXT_TYPES]
        return any(
            isinstance(r, dict) and isinstance(r.get(fid), str) and looks_like_address(r[fid])
            for r in value
            for fid in text_ids
        )
    return False


def _words(*texts: str) -> int:
    return sum(len(t.split()) for t in texts)


def _entry_words(entries: Sequence[Entry]) -> int:
    n = 0
    for e in entries:
        n += _words(e.label if e.show_label else "", e.child, *e.lines)
        n += sum(_words(f.label, *f.lines) for r in e.records for f in r)
    return n


def _with_word_count(s: Statement) -> Statement:
    n = _words(s.role, s.other_party_role)
    n += sum(_words(c.name, c.born, c.age, c.lives_with) + _entry_words(c.facts) for c in s.children)
    groups = (s.about, s.summary, s.harm, s.response, s.capability, s.arrangements, s.services, s.interview)
    n += sum(_entry_words(g) for g in groups)
    n += sum(_entry_words(p.entries) for b in s.child_blocks for p in b.parts)
    for e in s.chronology:
        n += _words(e.when, e.child, *e.what) + sum(_words(f.label, *f.lines) for f in e.more)
    if s.has_checklist:
        n += _words(*s.checklist_columns) * len(s.checklist)
    return replace(s, word_count=n)

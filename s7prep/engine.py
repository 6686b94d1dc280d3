"""Pure functions over packs and a case: what to ask, in what order, whether an
answer is acceptable, and how far along each child is.

No I/O here and no front end: the TUI and plain mode both call these.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from s7prep.model import AnswerKey, Answers, Child, PackSet, Question, Section


class AnswerError(ValueError):
    """An answer that cannot be kept, with a message a person can act on."""


@dataclass(frozen=True)
class Slot:
    """One question as asked: for a per-child question, once per child."""

    question: Question
    section: Section
    child: Child | None = None

    @property
    def key(self) -> AnswerKey:
        return (self.question.id, self.child.key if self.child else None)


def is_answered(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def all_slots(packset: PackSet, children: Sequence[Child]) -> list[Slot]:
    """Every question in order, per-child runs repeated for each child.

    Within a section, a run of consecutive per-child questions is asked for the
    first child, then the next, so one child's answers stay together.
    """
    out: list[Slot] = []
    for pack in packset.packs:
        for section in pack.sections:
            run: list[Question] = []
            for q in (*section.questions, None):
                if q is not None and q.per_child:
                    run.append(q)
                    continue
                for child in children:
                    out.extend(Slot(rq, section, child) for rq in run)
                run = []
                if q is not None:
                    out.append(Slot(q, section, None))
    return out


def _lookup(packset: PackSet, answers: Answers, children: Sequence[Child], child: Child | None):  # type: ignore[no-untyped-def]
    def values(qid: str) -> list[Any]:
        target = packset.by_id.get(qid)
        if target is None:
            return []
        if not target.per_child:
            return [answers.get((qid, None))]
        if child is not None:
            return [answers.get((qid, child.key))]
        return [answers.get((qid, c.key)) for c in children]

    return values


def is_visible(slot: Slot, packset: PackSet, children: Sequence[Child], answers: Answers) -> bool:
    cond = slot.question.show_if
    if cond is None:
        return True
    return cond.evaluate(_lookup(packset, answers, children, slot.child))


def visible(
    packset: PackSet,
    children: Sequence[Child],
    answers: Answers,
    essentials: bool = False,
) -> list[Slot]:
    """The questions to ask now, in order."""
    return [
        s
        for s in all_slots(packset, children)
        if (not essentials or s.question.essential) and is_visible(s, packset, children, answers)
    ]


def position(slots: Sequence[Slot], key: AnswerKey) -> int | None:
    for i, s in enumerate(slots):
        if s.key == key:
            return i
    return None


def next_slot(
    slots: Sequence[Slot], key: AnswerKey | None, order: Sequence[Slot] | None = None
) -> Slot | None:
    """The visible question after `key`. If `key` has just been hidden, the next
    visible one after where it stood in `order` (all slots)."""
    if key is None:
        return slots[0] if slots else None
    i = position(slots, key)
    if i is not None:
        return slots[i + 1] if i + 1 < len(slots) else None
    return _after_hidden(slots, key, order, forward=True)


def previous_slot(
    slots: Sequence[Slot], key: AnswerKey | None, order: Sequence[Slot] | None = None
) -> Slot | None:
    if key is None:
        return None
    i = position(slots, key)
    if i is not None:
        return slots[i - 1] if i > 0 else None
    return _after_hidden(slots, key, order, forward=False)


def _after_hidden(
    slots: Sequence[Slot], key: AnswerKey, order: Sequence[Slot] | None, forward: bool
) -> Slot | None:
    if not order:
        return None
    where = {s.key: i for i, s in enumerate(order)}
    here = where.get(key)
    if here is None:
        return None
    candidates = [
        s for s in slots if s.key in where and (where[s.key] > here if forward else where[s.key] < here)
    ]
    if not candidates:
        return None
    return candidates[0] if forward else candidates[-1]


# ---------------------------------------------------------------- validation

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# What people type for a month: its name or its first three letters.
_MONTHS = {form: n for n, name in enumerate(MONTHS, start=1) for form in (name.lower(), name.lower()[:3])}
_MONTHS["sept"] = 9
DATE_MESSAGE = "Enter a year, a month like 2023-03, or a full date like 2023-03-14"
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def parse_partial_date(text: str) -> str:
    """Turn what a person types into YYYY, YYYY-MM or YYYY-MM-DD.

    Accepts ISO forms, "March 2023", "14 March 2023", "03/2023" and the UK
    "14/03/2023". Raises AnswerError with DATE_MESSAGE otherwise.
    """
    t = " ".join(text.strip().replace(",", " ").split()).lower()
    year = month = day = None
    if m := re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", t):
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif m := re.fullmatch(r"(?:(\d{1,2})(?:st|nd|rd|th)? )?([a-z]+) (\d{4})", t):
        if m.group(2) not in _MONTHS:
            raise AnswerError(DATE_MESSAGE)
        day, month, year = m.group(1), str(_MONTHS[m.group(2)]), m.group(3)
    elif m := re.fullmatch(r"(?:(\d{1,2})[/.])?(\d{1,2})[/.](\d{4})", t):
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        raise AnswerError(DATE_MESSAGE)
    y = int(year)
    if not 1900 <= y <= 2100:
        raise AnswerError("Enter a year between 1900 and 2100")
    if month is None:
        return f"{y:04d}"
    mo = int(month)
    if not 1 <= mo <= 12:
        raise AnswerError("Enter a month from 01 to 12, like 2023-03")
    if day is None:
        return f"{y:04d}-{mo:02d}"
    try:
        return date(y, mo, int(day)).isoformat()
    except ValueError:
        raise AnswerError(f"There is no day {int(day)} in {y:04d}-{mo:02d}") from None


def clean_text(text: str, max_length: int) -> str:
    """NFC-normalise typed text and refuse what cannot be stored safely."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BAD_CHARS.search(text):
        raise AnswerError(
            "The answer has a control character that cannot be saved; retype it without pasting"
        )
    text = unicodedata.normalize("NFC", text)
    if len(text) > max_length:
        raise AnswerError(f"Keep this under {max_length:,} characters (it has {len(text):,})")
    return text


def _number(q: Question, value: Any) -> int | float:
    if isinstance(value, bool):
        raise AnswerError("Enter a number")
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ""))
        except ValueError:
            raise AnswerError("Enter a number, like 3 or 2.5") from None
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise AnswerError("Enter a number, like 3 or 2.5")
    if q.min is not None and value < q.min:
        raise AnswerError(f"Enter a number no smaller than {q.min:g}")
    if q.max is not None and value > q.max:
        raise AnswerError(f"Enter a number no larger than {q.max:g}")
    return int(value) if float(value).is_integer() else float(value)


def validate(q: Question, value: Any) -> Any:
    """Check one answer for its question and return it in stored form.

    Returns None for "no answer" (empty text, no choices): the caller clears it.
    Raises AnswerError with a message meant for the person.
    """
    if value is None:
        return None
    t = q.type
    if t in ("text", "long_text"):
        if not isinstance(value, str):
            raise AnswerError("Enter text")
        text = clean_text(value, q.max_length)
        if t == "text":
            text = text.strip()
        return text if text.strip() else None
    if t == "choice":
        if value == "":
            return None
        if value not in q.choice_values:
            raise AnswerError(f"Choose one of: {', '.join(c.label for c in q.choices)}")
        return value
    if t == "multi_choice":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise AnswerError("Choose from the list")
        unknown = [v for v in value if v not in q.choice_values]
        if unknown:
            raise AnswerError(f"{unknown[0]!r} is not one of the choices")
        chosen = set(value)
        ordered = [v for v in q.choice_values if v in chosen]  # keep the pack's order
        return ordered or None
    if t == "yes_no":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("yes", "y", "no", "n"):
            return value.strip().lower().startswith("y")
        if value == "":
            return None
        raise AnswerError("Answer yes or no")
    if t == "date":
        if not isinstance(value, str):
            raise AnswerError(DATE_MESSAGE)
        return parse_partial_date(value) if value.strip() else None
    if t == "number":
        if isinstance(value, str) and not value.strip():
            return None
        return _number(q, value)
    if t == "list":
        return _validate_list(q, value)
    raise AnswerError(f"unknown question type {t}")  # pragma: no cover - loader forbids it


def _validate_list(q: Question, value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, list | tuple):
        raise AnswerError("Expected a list of entries")
    fields = {f.id: f for f in q.fields}
    out: list[dict[str, Any]] = []
    for n, record in enumerate(value, start=1):
        if not isinstance(record, dict):
            raise AnswerError(f"Entry {n} is not a set of answers")
        clean: dict[str, Any] = {}
        for fid, v in record.items():
            f = fields.get(fid)
            if f is None:
                raise AnswerError(f"Entry {n}: unknown part {fid!r}")
            try:
                kept = validate(f, v)
            except AnswerError as exc:
                raise AnswerError(f"Entry {n}, {f.short}: {exc}") from None
            if kept is not None:
                clean[fid] = kept
        if clean:
            missing = [f.short for f in q.fields if f.required and f.id not in clean]
            if missing:
                raise AnswerError(f"Entry {n}: {missing[0]} is needed")
            out.append(clean)
    return out or None


# ---------------------------------------------------------------- progress


@dataclass(frozen=True)
class Count:
    answered: int = 0
    visible: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(self.answered + other.answered, self.visible + other.visible)


@dataclass(frozen=True)
class Progress:
    """Answered / visible, per child (None = questions about the whole case),
    per (child, checklist letter), and per (section id, child)."""

    by_child: dict[str | None, Count]
    by_letter: dict[tuple[str | None, str], Count]
    by_section: dict[tuple[str, str | None], Count]
    total: Count


def progress(slots: Iterable[Slot], answers: Answers) -> Progress:
    by_child: dict[str | None, Count] = {}
    by_letter: dict[tuple[str | None, str], Count] = {}
    by_section: dict[tuple[str, str | None], Count] = {}
    total = Count()
    for s in slots:
        one = Count(1 if is_answered(answers.get(s.key)) else 0, 1)
        ck = s.key[1]
        by_child[ck] = by_child.get(ck, Count()) + one
        sk = (f"{s.question.pack_id}.{s.section.id}", ck)
        by_section[sk] = by_section.get(sk, Count()) + one
        for letter in s.question.checklist:
            by_letter[(ck, letter)] = by_letter.get((ck, letter), Count()) + one
        total = total + one
    return Progress(by_child, by_letter, by_section, total)


def hidden_answers(packset: PackSet, children: Sequence[Child], answers: Answers) -> list[AnswerKey]:
    """Answers kept but not shown or exported: their question is hidden by a
    later change, is gone from the packs, or belongs to a removed child."""
    shown = {s.key for s in visible(packset, children, answers)}
    return [k for k, v in answers.items() if is_answered(v) and k not in shown]


def exportable(packset: PackSet, children: Sequence[Child], answers: Answers) -> Answers:
    """Only the answers to questions that are visible now."""
    shown = {s.key for s in visible(packset, children, answers)}
    return {k: v for k, v in answers.items() if k in shown and is_answered(v)}

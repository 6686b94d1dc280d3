"""What to ask and in what order: per-child expansion, `show_if`, next and back,
progress, and which answers are shown or exported."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from s7prep.engine.wording import for_children
from s7prep.packs.model import AnswerKey, Answers, Child, PackSet, Question, Section


@dataclass(frozen=True)
class Slot:
    """One question as asked: for a per-child question, once per child."""

    question: Question
    section: Section
    child: Child | None = None
    # Worked out once: front ends look keys up for thousands of slots at a time.
    key: AnswerKey = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", (self.question.id, self.child.key if self.child else None))


def is_answered(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def all_slots(packset: PackSet, children: Sequence[Child]) -> list[Slot]:
    """Every question in order, per-child runs repeated for each child.

    Within a section, a run of consecutive per-child questions is asked for the
    first child, then the next, so one child's answers stay together. With one
    child, the questions read as engine.wording makes them.
    """
    out: list[Slot] = []
    for pack in for_children(packset, len(children)).packs:
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
    if slot.question.overrides and len(children) < 2:
        return False  # with one child, the answer for all of them is that child's
    cond = slot.question.show_if
    if cond is None:
        return True
    return cond.evaluate(_lookup(packset, answers, children, slot.child))


def steering(packset: PackSet) -> frozenset[str]:
    """The questions whose answers can show or hide others, or put them on the short
    path (those a show_if or essential_if names): an answer to any other question
    leaves visible() as it was."""
    return frozenset(
        qid
        for q in packset.by_id.values()
        for cond in (q.show_if, q.essential_if)
        if cond is not None
        for qid in cond.ids()
    )


def visible(
    packset: PackSet,
    children: Sequence[Child],
    answers: Answers,
    essentials: bool = False,
    order: Sequence[Slot] | None = None,
) -> list[Slot]:
    """The questions to ask now, in order. `order`, if given, is all_slots(packset,
    children) worked out before (a front end keeps it while the children stay)."""
    return [
        s
        for s in (all_slots(packset, children) if order is None else order)
        if (not essentials or _essential(s, packset, children, answers))
        and is_visible(s, packset, children, answers)
    ]


def _essential(slot: Slot, packset: PackSet, children: Sequence[Child], answers: Answers) -> bool:
    q = slot.question
    if q.essential_if is not None:
        return q.essential_if.evaluate(_lookup(packset, answers, children, slot.child))
    return q.essential


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

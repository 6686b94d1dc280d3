"""Arrange the statement from the collected answers, in the order an officer reads:
the header, the summary, each child in one block, then the parts about the whole
case (the proposal, worries by area with a chronology, concerns raised about the
person, care, the other party's strengths, the case, services, documents).

Driven by each question's `statement` part, so a new question lands in its place
without code: a per-child answer joins its child's block under the group for its
part; an answer about the case joins its part's section (worries grouped by the
section of the pack they were asked in).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from s7prep.packs.model import AnswerKey
from s7prep.statement.collect import SUMMARY, Answer, Collected
from s7prep.statement.model import IN_STATEMENT, ChildBlock, Event, Group, Item, Section, Statement
from s7prep.statement.strips import Strip, names
from s7prep.statement.values import full_stop

# A child's block: groups in order, the welfare checklist letter each speaks to, and
# the parts that feed it. The template words the groups' headings.
CHILD_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("summary", "", ("summary", "header", "about")),
    ("wishes", "a", ("wishes",)),
    ("needs", "b", ("needs",)),
    ("change", "c", ("change",)),
    ("identity", "d", ("identity",)),
    ("relationships", "f", ("capability", "strengths")),
    ("harm", "e", ("harm", "response")),
    ("plan", "g", ("arrangements", "services")),
)
_CHILD_PART = {part: group for group, _letter, parts in CHILD_GROUPS for part in parts}
CHILD_PARTS = ("wishes", "needs", "change", "identity")

# The sections about the whole case, in order. `header` and `summary` sit at the top.
CASE_SECTIONS = (
    "arrangements",
    "harm",
    "response",
    "capability",
    "strengths",
    "about",
    "services",
    "documents",
)
# Parts shown in another part's section ("chronology" rows go under the worries).
_SECTION_OF = {"chronology": "harm"}
# Sections whose answers are grouped by the pack section they were asked in.
_BY_AREA = ("harm",)


def arrange(collected: Collected, moved: Iterable[AnswerKey] = ()) -> Statement:
    """The statement, leaving out the answers in `moved` (to fit its pages)."""
    out = set(moved)
    kept = [
        a
        for a in collected.answers
        if a.item is not None and a.key not in out and _in_statement(collected, a)
    ]
    kept = _own_with_shared(collected, kept)
    kept, notes = _fold(kept)
    n = len(collected.head.children)
    only = collected.head.children[0].name if n == 1 else ""
    header = [a for a in kept if a.part == "header" and not a.position]
    summary = [a for a in kept if a.part == "summary" and not a.position]

    by_child: dict[int, dict[str, list[Answer]]] = {}
    by_section: dict[str, list[Answer]] = {s: [] for s in CASE_SECTIONS}
    for a in kept:
        if a.part in ("header", "summary") and not a.position:
            continue
        group = _CHILD_PART.get(a.part)
        if a.position and group:
            by_child.setdefault(a.position, {}).setdefault(group, []).append(a)
        elif not a.position and a.part in CHILD_PARTS:
            # An answer about the children in general: with the only child, else its own block.
            by_child.setdefault(1 if only else 0, {}).setdefault(_CHILD_PART[a.part], []).append(a)
        else:
            by_section[_SECTION_OF.get(a.part, a.part)].append(a)

    blocks = []
    for position in sorted(by_child):
        head = collected.head.children[position - 1] if position else None
        groups = tuple(
            Group(g, _items(by_child[position].get(g, []), False, notes), letter)
            for g, letter, _parts in CHILD_GROUPS
            if by_child[position].get(g)
        )
        blocks.append(ChildBlock(head, groups))

    sections = [
        _section(key, by_section[key], collected.pack_titles, notes)
        for key in CASE_SECTIONS
        if by_section[key]
    ]
    # What matters most to the person opens the summary, their other words follow,
    # then the facts picked.
    summary_items = tuple(sorted(_items(summary, False, notes), key=lambda i: (i.key[0] != SUMMARY, i.fact)))
    return Statement(
        head=collected.head,
        header=_items(header, False, notes),
        summary=summary_items,
        blocks=tuple(blocks),
        sections=tuple(s for s in sections if s.groups or s.events),
        summary_words=sum(i.words for i in summary_items),
    )


def _own_with_shared(collected: Collected, kept: list[Answer]) -> list[Answer]:
    """A child's own answer (to a question that `overrides` another) is shown once,
    with the shared answer it replaces, in the shared one's place: one strip for the
    children who share a pattern, one for each that differs."""
    # The shared question's id -> child position -> own answer shown (an own answer
    # not shown still takes its child out of the shared strip).
    own: dict[str, dict[int, Answer]] = {
        a.question.overrides: {} for a in collected.answers if a.question.overrides and a.item is not None
    }
    if not own:
        return kept
    for a in kept:
        if a.question.overrides and a.position:
            own[a.question.overrides][a.position] = a
    out: list[Answer] = []
    for a in kept:
        qid = a.question.overrides or a.question.id
        if qid not in own:
            out.append(a)
        elif not a.question.overrides:
            out.append(_merged(collected, a, own[qid]))
        elif not any(b.question.id == qid for b in kept) and a is next(iter(own[qid].values())):
            out.append(_merged(collected, None, own[qid]))  # the shared one is not shown
    return out


def _merged(collected: Collected, shared: Answer | None, own: dict[int, Answer]) -> Answer:
    base = shared or next(iter(own.values()))
    if base.item is None:  # never: only answers with an item are shown
        return base
    qid = base.question.overrides or base.question.id
    # Children with an answer of their own that is not shown are in no strip.
    shown = {a.key for a in own.values()}
    elsewhere = {
        a.position
        for a in collected.answers
        if a.question.overrides == qid and a.item is not None and a.key not in shown
    }
    groups: list[tuple[list[str], Strip]] = []
    for position, head in enumerate(collected.head.children, start=1):
        holder = own.get(position) or (shared if position not in elsewhere else None)
        if holder is None or holder.item is None or not holder.item.strips:
            continue
        found = holder.item.strips[0]
        group = next((g for g in groups if g[1] == found), None)
        if group is None:
            groups.append(([head.name], found))
        else:
            group[0].append(head.name)
    everyone = len(groups) == 1 and len(groups[0][0]) == len(collected.head.children)
    strips = tuple(replace(s, children="" if everyone else names(kids)) for kids, s in groups)
    label = next(
        (a.item.label for a in collected.answers if a.question.id == qid and a.item is not None), None
    )
    item = replace(
        base.item,
        label=label or base.item.label,
        strips=strips,
        child="",
        also=tuple(a.key for a in own.values() if a is not base),
    )
    return replace(base, item=item, child="", position=0)


def _in_statement(collected: Collected, a: Answer) -> bool:
    return collected.placements[a.key].where == IN_STATEMENT


def _fold(kept: list[Answer]) -> tuple[list[Answer], dict[AnswerKey, Answer]]:
    """Short facts written after the answer they follow (`fold_into`), by that answer's
    key; a fact whose answer is not in the statement keeps a line of its own."""
    keys = {a.key for a in kept if a.item is not None and a.item.paras}
    notes = {
        (a.question.fold_into, a.key[1]): a
        for a in kept
        if a.question.fold_into and (a.question.fold_into, a.key[1]) in keys
    }
    folded = {a.key for a in notes.values()}
    return [a for a in kept if a.key not in folded], notes


def _items(
    answers: Sequence[Answer], name_child: bool = True, notes: Mapping[AnswerKey, Answer] | None = None
) -> tuple[Item, ...]:
    """Items in pack order; answers about the case before those about a child, child
    by child."""
    ordered = sorted(answers, key=lambda a: a.position)
    out = []
    for a in ordered:
        if a.item is None or a.events:
            continue
        item = a.item
        if name_child and a.child:
            item = replace(item, child=a.child)
        fact = notes.get(a.key) if notes else None
        if fact is not None and fact.item is not None:
            item = replace(item, note=full_stop(" ".join(fact.item.paras)), note_key=fact.key)
        out.append(item)
    return tuple(out)


def _section(
    key: str, answers: list[Answer], pack_titles: dict[str, str], notes: Mapping[AnswerKey, Answer]
) -> Section:
    events = sorted((e for a in answers for e in a.events), key=lambda e: e[0])
    rows: tuple[Event, ...] = tuple(e for _sort, e in events)
    sources = tuple(a.key for a in answers if a.events)
    plain = [a for a in answers if not a.events]
    if key not in _BY_AREA:
        items = _items(plain, notes=notes)
        return Section(key, (Group("", items),) if items else (), rows, sources)
    # Worries by area: the pack section each was asked in, in pack order. A section
    # titled as its pack (the pack's opening questions) has no heading of its own.
    areas: dict[str, list[Answer]] = {}
    for a in plain:
        title = "" if a.slot.section.title == pack_titles.get(a.question.pack_id) else a.slot.section.title
        areas.setdefault(title, []).append(a)
    groups = tuple(Group(title, _items(found, notes=notes)) for title, found in areas.items())
    return Section(key, tuple(g for g in groups if g.items), rows, sources)

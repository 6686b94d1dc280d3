"""Each document's data as the blocks the shipped HTML templates print, for the page
estimate (pages.py), without rendering: the statement is laid out several times
while it is fitted to its pages, so this must be quick.

Mirrors templates/statement.html.j2, officer.html.j2, notes.html.j2 and their
partials: the same blocks in the same order, with the words of templates/_words.j2.
A change to the templates' structure belongs here too (the page tests say when the
estimate drifts from what Chromium prints).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from s7prep.statement import pages
from s7prep.statement.model import Data, Heading, Item, Notes, OfficerSheet, Section, Statement
from s7prep.statement.pages import BASE, SMALL, Box, Run, block
from s7prep.statement.strips import Strip
from s7prep.statement.values import Piece, wording

_SEP = " · "


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The shipped templates' own words (templates/_words.j2)."""
    from s7prep.statement.render import environment

    module = environment("html").get_template("_words.j2").module
    return {
        name: getattr(module, name) for name in ("words", "section_titles", "group_titles", "where_words")
    }


def boxes(data: Data) -> list[Box]:
    if isinstance(data, Statement):
        return _statement(data)
    if isinstance(data, OfficerSheet):
        return _officer(data)
    return _notes(data)


def estimate(data: Data) -> tuple[float, int]:
    """(pages, words) of a document as the shipped HTML prints it."""
    return pages.stack(boxes(data)), words_of(data)


# ---------------------------------------------------------------- documents


def _statement(s: Statement) -> list[Box]:
    w = words()
    out = _top(s.head, "statement", s.header)
    if s.summary:
        out.append(_heading(w["words"]["summary"], pages.H2))
        out += _kept(s.summary, pages.PAGE_WIDTH)
    for b in s.blocks:
        name = (
            f"{b.child.name}, {b.child.age}" if b.child and b.child.age else (b.child.name if b.child else "")
        )
        out.append(_heading(name or w["words"]["all_children"], pages.H2))
        for g in b.groups:
            title = w["group_titles"].get(g.title, "")
            if not title:
                out += _kept(g.items, pages.PAGE_WIDTH)
                continue
            label = f"{title} ({g.letter})" if g.letter else title
            beside = pages.block([(label, True, 9.0)], pages.GROUP_LEFT, pages.P).height
            found = list(_kept(g.items, pages.GROUP_WIDTH))
            if found:  # the heading floats beside the first answers, on their page (.lead)
                first = found[0]
                found[0] = Box(
                    max(first.height, beside), first.lines, pages.GROUP_GAP, first.after, True, False
                )
            out += found
    for sec in s.sections:
        heading = wording(w["section_titles"].get(sec.key, sec.key), len(s.head.children))
        out.append(_heading(heading, pages.H2))
        for g in sec.groups:
            if g.title:
                out.append(_heading(g.title, pages.H3))
            out += _kept(g.items, pages.PAGE_WIDTH, heading)
        if sec.events:
            out += _chronology(sec)
    return out


def _officer(o: OfficerSheet) -> list[Box]:
    out = _top(o.head, "officer", ())
    for g in o.groups:
        if g.title:
            out.append(_heading(g.title, pages.H2))
        out += _items(g.items, pages.PAGE_WIDTH)
    return out


def _notes(n: Notes) -> list[Box]:
    w = words()
    out = _top(n.head, "notes", ())
    if n.day:
        out.append(_heading(w["words"]["day_title"], pages.H2))
        for day_part in n.day.parts:
            out.append(_heading(day_part.title, pages.H3))
            out += [block([(line, False, BASE)], pages.LIST_WIDTH, pages.LI) for line in day_part.lines]
        if n.day.checked:
            checked = f"{w['words']['helplines_checked']} {n.day.checked}."
            out.append(block([(checked, False, BASE)], pages.PAGE_WIDTH, pages.TEXT))
    if n.moved:
        out.append(_heading(w["words"]["moved_title"], pages.H2))
        out.append(block([(w["words"]["moved"], False, BASE)], pages.PAGE_WIDTH, pages.TEXT))
        out.append(block([("; ".join(n.moved_names) + ".", False, BASE)], pages.PAGE_WIDTH, pages.TEXT))
    for part in n.parts:
        out.append(_heading(part.title, pages.H2))
        for g in part.groups:
            out.append(_heading(g.title, pages.H3))
            out += _items(g.items, pages.PAGE_WIDTH)
    if n.hidden:
        out.append(block([(w["words"]["hidden"], False, pages.NOTICE)], pages.PAGE_WIDTH, pages.NOTE))
    return out


# ---------------------------------------------------------------- pieces


def _top(head: Heading, kind: str, header: Sequence[Item]) -> list[Box]:
    w = words()["words"]
    n = len(head.children)
    out = [
        _heading(w[f"{kind}_title"], pages.H1),
        block([(w[f"{kind}_notice"], False, pages.NOTICE)], pages.PAGE_WIDTH - 3 * 0.75 - BASE, pages.NOTE),
    ]
    runs: list[Run] = []
    if head.role:
        runs += [(wording(w["my_relationship"], n) + ":", True, BASE), (f" {head.role}{_SEP}", False, BASE)]
    if head.other_role:
        runs += [
            (wording(w["other_relationship"], n) + ":", True, BASE),
            (f" {head.other_role}{_SEP}", False, BASE),
        ]
    runs += [(w["prepared"] + ":", True, BASE), (" " + head.prepared, False, BASE)]
    for e in header:
        runs += [(_SEP + _label(e), True, BASE), (" " + " / ".join(e.paras), False, BASE)]
    out.append(block(runs, pages.PAGE_WIDTH, pages.TEXT))
    if head.children:
        kids = "; ".join(
            c.name
            + (f", {c.age}" if c.age else (f", {w['born']} {c.born}" if c.born else ""))
            + (f", {w['lives_with']} {c.lives_with}" if c.lives_with else "")
            for c in head.children
        )
        title = w["child"] if head.one_child else w["children"]
        out.append(block([(title + ": ", True, BASE), (kids, False, BASE)], pages.PAGE_WIDTH, pages.TEXT))
    return out


def _heading(text: str, style: pages.Style) -> Box:
    return block([(text, True, style.size)], pages.PAGE_WIDTH, style)


def _label(e: Item) -> str:
    child = f" ({e.child})" if e.child else ""
    colon = ":" if e.child or e.label[-1:] not in "?.!:" else ""
    return e.label + child + colon


def _where(e: Item) -> list[Run]:
    if not e.where:
        return []
    return [(f" ({words()['where_words'].get(e.where, e.where)})", False, SMALL)]


@lru_cache(maxsize=2048)
def _kept(items: tuple[Item, ...], width: float, hide: str = "") -> tuple[Box, ...]:
    """_items, kept: fitting lays the statement out several times, mostly the same
    groups of the same answers."""
    return tuple(_items(items, width, hide))


def _items(items: Iterable[Item], width: float, hide: str = "") -> list[Box]:
    """Answers as _items.html.j2 prints them: facts next to each other share a line."""
    out: list[Box] = []
    facts: list[Run] = []
    for e in items:
        label: list[Run] = [(_label(e) + " ", True, BASE)] if e.show_label and e.label != hide else []
        if e.fact:
            facts += ([(_SEP, False, BASE)] if facts else []) + label + [(" / ".join(e.paras), False, BASE)]
            facts += _where(e)
            continue
        if facts:
            out.append(block(facts, width, pages.P))
            facts = []
        if e.strips:
            for n, s in enumerate(e.strips):
                named = _label(replace(e, child=s.children or e.child))
                out += _strip(s, [(named, True, BASE)], width, _where(e) if n == 0 else [])
        elif len(e.records) == 1:
            out.append(block([*label, *_record(e.records[0]), *_where(e)], width, pages.P))
            out += [b for s, named in _drawn(e.records[0]) for b in _strip(s, named, width, [])]
        elif e.records:
            out.append(block([*label, *_where(e)], width, pages.P))
            out += [_entry(r, width - 1.2 * BASE) for r in e.records]
        elif e.paras:
            note: list[Run] = [(f" ({e.note})", False, BASE)] if e.note else []
            first = [*label, (e.paras[0], False, BASE), *(note if len(e.paras) == 1 else []), *_where(e)]
            out.append(block(first, width, pages.P))
            out += [
                block([(p, False, BASE), *(note if i == len(e.paras) - 1 else [])], width, pages.P)
                for i, p in enumerate(e.paras[1:], start=1)
            ]
    if facts:
        out.append(block(facts, width, pages.P))
    return out


def _record(r: Sequence[Piece]) -> list[Run]:
    runs: list[Run] = []
    for p in r:
        if p.strip:
            continue  # drawn after the entry's words
        if p.strong:
            runs.append((p.text + " ", True, BASE))
        else:
            runs.append(((f"{p.label}: " if p.label else "") + p.text + " ", False, BASE))
    return runs


def _drawn(r: Sequence[Piece]) -> list[tuple[Strip, list[Run]]]:
    """The strips of a list entry, each with its label."""
    return [(p.strip, [(_label(Item(("", None), p.label)), True, BASE)]) for p in r if p.strip]


def _entry(r: Sequence[Piece], width: float) -> Box:
    """A list entry (not split across pages), its strips inside it."""
    text = block(_record(r), width, pages.LI)
    drawn = [b for s, named in _drawn(r) for b in _strip(s, named, width, [])]
    whole = _together([text, *drawn])
    return replace(whole, after=max(whole.after, pages.LI.after))


def _together(inner: list[Box]) -> Box:
    """Blocks kept on one page, as one (margins between them collapse)."""
    height = inner[0].height + sum(max(a.after, b.before) + b.height for a, b in pairwise(inner))
    return Box(height, sum(b.lines for b in inner), inner[0].before, inner[-1].after, True, False)


def _strip(s: Strip, label: list[Run], width: float, where: list[Run]) -> list[Box]:
    """A fortnight as _strip.html.j2 prints it: the counts as the table's caption, a
    row of days and a row for each week (a cell's word wraps if it must), then the
    note, all on one page."""
    caption = [*label, (" " + s.counts, False, BASE), *where]
    if not s.weeks:
        out = [block(caption, width, pages.P)]
    else:
        cell = (width - pages.STRIP_WEEK) / 7 - pages.STRIP_PAD
        strut = pages.STRIP_SIZE * pages.LEADING

        def row(cells: list[tuple[str, bool]]) -> float:
            tallest = max(
                sum(pages.wrap([(text, bold, pages.STRIP_SIZE)], cell, strut)) for text, bold in cells
            )
            return tallest + pages.STRIP_ROW.extra

        days = words()["words"]["days"]
        height = block(caption, width, pages.CAPTION).height + row([(d, True) for d in days])
        height += sum(row([(word, letter == "o") for letter, word in week]) for week in s.weeks)
        out = [Box(height, 3 + len(s.weeks), pages.STRIP.before, pages.STRIP.after, True, False)]
    return [_together(out + [block([(line, False, BASE)], width, pages.P) for line in s.note])]


def _chronology(sec: Section) -> list[Box]:
    w = words()["words"]
    with_child = any(e.child for e in sec.events)
    rest = pages.PAGE_WIDTH - pages.WHEN_WIDTH - (pages.CHILD_WIDTH if with_child else 0.0) - pages.CELL_PAD
    out = [_heading(w["chronology"], pages.H3), block([(w["what"], True, BASE)], rest, pages.ROW)]
    for e in sec.events:
        cells = [
            pages.wrap([(e.when or "–", False, BASE)], pages.WHEN_WIDTH - pages.CELL_PAD),
            pages.wrap(_record(e.pieces), rest),
        ]
        if with_child:
            cells.append(pages.wrap([(e.child, False, BASE)], pages.CHILD_WIDTH - pages.CELL_PAD))
        height = max(sum(c) for c in cells) + pages.ROW.extra
        out.append(Box(height, 1, 0.0, 0.0, True, False))
    out.append(Box(0.0, 0, 0.0, BASE * 0.3, True, False))
    return out


def words_of(data: Data) -> int:
    """Words a reader meets: the answers and their labels, headings aside."""
    items = data.items
    n = sum(i.words for i in items)
    if isinstance(data, Statement):
        n += sum(len(p.text.split()) for sec in data.sections for e in sec.events for p in e.pieces)
    return n

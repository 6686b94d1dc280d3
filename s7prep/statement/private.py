"""The two documents that are not the statement: the notes for the officer only
(answers whose pack part is `officer` or `interview`), and the person's interview
notes (every answer that applies, marked with where else it went)."""

from __future__ import annotations

from dataclasses import replace

from s7prep.statement.collect import Answer, Collected
from s7prep.statement.model import OFFICER, Group, Item, Notes, NotesPart, OfficerSheet, Placement


def officer_sheet(collected: Collected) -> OfficerSheet:
    """One short list: the pack's `high` answers (safety) first, then in pack order."""
    found = [
        a for a in collected.answers if a.item is not None and collected.placements[a.key].where == OFFICER
    ]
    found.sort(key=lambda a: a.question.priority not in ("top", "high"))
    items = tuple(_named(a.item, a) for a in found if a.item is not None)
    return OfficerSheet(collected.head, (Group("", items),) if items else ())


def notes(
    collected: Collected, placements: dict[tuple[str, str | None], Placement], titles: dict[str, str]
) -> Notes:
    """Every answer, by pack and section, as the person gave it. `titles`: pack id -> title."""
    parts: dict[str, dict[str, list[Item]]] = {}
    for a in collected.answers:
        # Made whole rather than with dataclasses.replace: the notes hold every answer.
        noted = a.noted
        item = Item(
            noted.key,
            noted.label,
            paras=noted.paras,
            records=noted.records,
            strips=noted.strips,
            fact=noted.fact,
            child=a.child,
            where=placements[a.key].where,
        )
        parts.setdefault(a.question.pack_id, {}).setdefault(a.slot.section.title, []).append(item)
    return Notes(
        collected.head,
        tuple(
            NotesPart(titles.get(pack, pack), tuple(Group(t, tuple(items)) for t, items in sections.items()))
            for pack, sections in parts.items()
        ),
        collected.hidden,
    )


def _named(item: Item, a: Answer) -> Item:
    if not a.child:
        return item
    return replace(item, child=a.child)

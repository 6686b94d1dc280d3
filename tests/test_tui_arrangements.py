"""The app through the shipped arrangements pack at 80x24, by keys alone: a pattern
chosen and a night changed, a child's own nights, a step of the plan with its own
nights in the entry dialog, and the statement drawing them."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from textual.widgets import Input, Static

from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import Case, Child, PackSet
from s7prep.statement import documents
from s7prep.tui.widgets.fortnight import FortnightAnswer, FortnightGrid
from s7prep.tui.widgets.records import RecordDialog
from tests.tui_helpers import PASS, app_for, go_to, open_at, screen_text, seed, settle, stored, wait_until

KIDS = (Child("c1", "Sam", age=10), Child("c2", "Lily", age=6))
PLAN = {
    ("your_role", None): "mother",
    ("other_party_role", None): "father",
    ("lives_with_plan", None): "me",
    ("time_with_other", None): "regular_overnight",
}
EOW = fortnight.preset("every_other_weekend").nights
SATURDAY = "mmmmmom" + "m" * 7


def shipped() -> PackSet:
    return packs.shipped().packset


def counts(box: FortnightAnswer) -> list[str]:
    return str(box.query_one(".fortnight-counts", Static).render()).splitlines()


def test_the_plan_by_keys_at_80x24(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=PLAN)
    app = app_for(home, shipped(), PASS)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_at(pilot, ("nights_plan", None))
            assert "In school terms, where should the children" in screen_text(app)
            box = screen.query_one(FortnightAnswer)
            await pilot.press("enter", "down", "enter")  # the first pattern: every other weekend
            await settle(pilot)
            assert counts(box)[:2] == [
                "12 of 14 nights with me, 2 with the other party.",
                "2 handovers a fortnight.",
            ]
            await pilot.press("tab", "right", "right", "o")  # and Wednesday of week 1 away too
            await settle(pilot)
            assert box.query_one(FortnightGrid).nights == "mmomoom" + "m" * 7
            assert counts(box) == [
                "11 of 14 nights with me, 3 with the other party.",
                "4 handovers a fortnight.",
                # Sunday of week 1 to Tuesday of the next fortnight: 10.
                "Longest run of nights away from me: 2; from the other party: 10.",
            ]
            await wait_until(pilot, lambda: ("nights_plan", None) in stored(home))
            assert stored(home)[("nights_plan", None)] == {"nights": "mmomoom" + "m" * 7}

            # Lily's own nights, set night by night.
            await go_to(pilot, ("nights_child", "c2"))
            screen.query_one(FortnightGrid).focus()
            await pilot.press(*SATURDAY)
            await settle(pilot)
            await wait_until(pilot, lambda: ("nights_child", "c2") in stored(home))
            assert stored(home)[("nights_child", "c2")] == {"nights": SATURDAY}

            # A step of the plan, with its own nights, in the entry dialog.
            await go_to(pilot, ("stages", None))
            await pilot.click("#list-add")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, RecordDialog)
            await pilot.press("down", "down", "down", "space")  # time that includes nights away
            await pilot.press("tab")
            assert isinstance(app.focused, Input)
            app.focused.insert_text_at_cursor("Every other Saturday night")
            dialog.query_one(FortnightGrid).focus()
            await pilot.press(*SATURDAY)
            await settle(pilot)
            dialog.submit()
            await settle(pilot)
            await wait_until(pilot, lambda: ("stages", None) in stored(home))
            assert stored(home)[("stages", None)] == [
                {"kind": "overnights", "what": "Every other Saturday night", "nights": {"nights": SATURDAY}}
            ]
            assert "1. Time that includes nights away ·" in screen_text(app)

    asyncio.run(run())

    case = Case("case-1", list(KIDS), stored(home))
    docs = documents.build(case, shipped(), date(2026, 11, 22))
    section = docs.statement.section("arrangements")
    assert section is not None
    nights = next(i for i in section.items if i.key == ("nights_plan", None))
    assert [s.children for s in nights.strips] == ["Sam", "Lily"]
    assert nights.strips[0].counts.startswith("11 of 14 nights with me, 3 with the father; 4 handovers")

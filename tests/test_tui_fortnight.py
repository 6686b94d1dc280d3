"""A fortnight in the app: a preset, nights changed by key and by mouse, counts that
follow, the grid at 80x24, a child's own pattern and a stage's nights."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from s7prep.engine import fortnight
from s7prep.packs import loader as packs
from s7prep.packs.model import Child, PackSet
from s7prep.tui.app import S7App
from s7prep.tui.widgets.fortnight import FortnightAnswer, FortnightGrid
from s7prep.tui.widgets.records import RecordDialog
from tests.conftest import FIXTURES
from tests.tui_helpers import PASS, app_for, open_at, screen_text, seed, settle, stored, wait_until

R, S = Child("c1", "R", age=7), Child("c2", "S", age=4)
MIDWEEK = fortnight.preset("every_other_weekend_midweek").nights


def plan() -> PackSet:
    result = packs.load([FIXTURES / "packs" / "fortnight"])
    assert result.errors == []
    return result.packset


def start(tmp_path: Path, children: tuple[Child, ...] = (R,), answers: Any = None) -> tuple[Path, S7App]:
    home = tmp_path / "home"
    seed(home, children=children, answers=answers)
    return home, app_for(home, plan(), PASS)


async def to_nights(pilot: Pilot[Any]) -> FortnightAnswer:
    """The fortnight for all the children."""
    screen = await open_at(pilot, ("nights_plan", None))
    return screen.query_one(FortnightAnswer)


def counts(box: FortnightAnswer) -> str:
    return str(box.query_one(".fortnight-counts", Static).render())


def test_choose_a_preset_then_change_two_nights(tmp_path: Path) -> None:
    home, app = start(tmp_path)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            box = await to_nights(pilot)
            assert isinstance(app.focused, Select)  # the list of patterns comes first
            assert "No nights set yet." in counts(box)

            await pilot.press("enter")  # open the list of patterns
            await pilot.press("down", "down", "down", "enter")  # the third: to Sunday, and Wednesdays
            await settle(pilot)
            assert box.query_one(FortnightGrid).nights == MIDWEEK
            assert counts(box).splitlines() == [
                "10 of 14 nights with me, 4 with the other party.",
                "6 handovers a fortnight.",
                "Longest run of nights away from me: 2; from the other party: 6.",
            ]
            await wait_until(pilot, lambda: stored(home).get(("nights_plan", None)) == {"nights": MIDWEEK})

            await pilot.press("tab")
            assert isinstance(app.focused, FortnightGrid)
            # Wednesday of week 2 with me, then Saturday of week 2 with the other party.
            await pilot.press("down", "right", "right", "m", "right", "right", "o")
            await settle(pilot)
            changed = "mmomoom" + "mmmmmom"
            assert box.query_one(FortnightGrid).nights == changed
            assert counts(box).splitlines()[:2] == [
                "10 of 14 nights with me, 4 with the other party.",
                "6 handovers a fortnight.",
            ]
            assert "Longest run of nights away from me: 2; from the other party: 6." in counts(box)
            assert str(box.query_one(Select).selection) == "custom"  # no preset now: night by night
            text = screen_text(app)
            assert "Week 2   M    M    M    M    M    O   [M]" in text  # the cursor moved on, in brackets
            await wait_until(pilot, lambda: stored(home).get(("nights_plan", None)) == {"nights": changed})

    asyncio.run(run())


def test_mouse_swap_and_a_note(tmp_path: Path) -> None:
    home, app = start(tmp_path, answers={("nights_plan", None): {"nights": "m" * 14}})

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            box = await to_nights(pilot)
            assert str(box.query_one(Select).selection) == "daytime_only"
            grid = box.query_one(FortnightGrid)
            # Friday of week 1: the fifth cell of the first row of nights (border, label, cells).
            await pilot.click(grid, offset=(1 + 7 + 4 * 5 + 2, 2))
            await settle(pilot)
            assert grid.nights == "mmmmommmmmmmmm"
            assert counts(box).startswith("13 of 14 nights with me, 1 with the other party.")

            grid.focus()
            await pilot.press("s")  # swap the two adults
            await settle(pilot)
            assert grid.nights == "oooomooooooooo"
            assert counts(box).startswith("1 of 14 nights with me, 13 with the other party.")

            box.query_one(Input).focus()
            await pilot.press(*"Tea at 5pm")
            await pilot.press("ctrl+n")
            await settle(pilot)
            await wait_until(
                pilot, lambda: stored(home).get(("nights_plan", None), {}).get("note") == "Tea at 5pm"
            )
            assert stored(home)[("nights_plan", None)] == {"nights": "oooomooooooooo", "note": "Tea at 5pm"}

    asyncio.run(run())


def test_a_half_set_fortnight_is_not_saved(tmp_path: Path) -> None:
    home, app = start(tmp_path)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            box = await to_nights(pilot)
            box.query_one(FortnightGrid).focus()
            await pilot.press("m", "m", "o")
            await settle(pilot)
            assert "11 of 14 nights not set yet." in counts(box)
            await pilot.press("ctrl+n")  # stays, as for any answer that needs a fix
            await settle(pilot)
            assert isinstance(app.focused, Select)
            status = str(app.screen.query_one("#status", Static).render())
            assert status.startswith("Not saved yet: night 4 (Thursday, week 1) is not set yet")
            assert ("nights_plan", None) not in stored(home)

    asyncio.run(run())


def test_fits_80x24_with_focus_marked_without_colour(tmp_path: Path) -> None:
    _home, app = start(tmp_path, answers={("nights_plan", None): {"nights": MIDWEEK}})

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            box = await to_nights(pilot)
            for part in (box.query_one(Select), box.query_one(FortnightGrid)):
                assert part.region.right <= box.content_region.right  # nothing cut off on the right
            text = screen_text(app)
            assert "Mon  Tue  Wed  Thu  Fri  Sat  Sun" in text
            assert "Week 1   M    M    O    M    O    O    M" in text  # no brackets: not focused
            box.query_one(FortnightGrid).focus()
            await settle(pilot)
            assert "Week 1  [M]   M    O    M    O    O    M" in screen_text(app)

    asyncio.run(run())


def test_a_childs_own_pattern_with_two_children(tmp_path: Path) -> None:
    home, app = start(tmp_path, (R, S), {("nights_plan", None): {"nights": MIDWEEK}})

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_at(pilot, ("nights_child", "c2"))
            assert ("nights_child", "c1") in [s.key for s in screen.slots]
            await pilot.press("enter", "end", "up", "enter")  # the last preset before night by night
            await settle(pilot)
            await wait_until(pilot, lambda: ("nights_child", "c2") in stored(home))
            assert stored(home)[("nights_child", "c2")] == {"nights": "m" * 14}

    asyncio.run(run())


def test_a_stage_gets_its_nights_in_the_entry_dialog(tmp_path: Path) -> None:
    home, app = start(tmp_path)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await open_at(pilot, ("stages", None))
            await pilot.click("#list-add")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, RecordDialog)
            dialog.query(Input).first().insert_text_at_cursor("Overnights")
            dialog.query_one(FortnightGrid).focus()
            await pilot.press(*"mmmmoom", *"mmmmmmm")
            await settle(pilot)
            dialog.submit()
            await settle(pilot)
            await wait_until(pilot, lambda: ("stages", None) in stored(home))
            assert stored(home)[("stages", None)] == [
                {"what": "Overnights", "nights": {"nights": "mmmmoommmmmmmm"}}
            ]

    asyncio.run(run())


def test_clear_empties_the_grid(tmp_path: Path) -> None:
    home, app = start(tmp_path, answers={("nights_plan", None): {"nights": MIDWEEK, "note": "Tea at 5pm"}})

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            box = await to_nights(pilot)
            await pilot.click("#clear")
            await settle(pilot)
            assert box.query_one(FortnightGrid).nights == "?" * 14
            assert box.query_one(Input).value == ""
            assert box.query_one(Select).is_blank()
            await wait_until(pilot, lambda: ("nights_plan", None) not in stored(home))
            assert ("nights_plan", None) not in stored(home)

    asyncio.run(run())


def test_a_preset_gives_most_nights_to_the_home_the_children_should_live_in(tmp_path: Path) -> None:
    # A father who asks for the children to live with their mother picked "every other
    # weekend" and got "12 of 14 nights with me", saved at once (seen in a trial).
    home, app = start(tmp_path, answers={("lives_with_plan", None): "other_party"})

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            box = await to_nights(pilot)
            await pilot.press("enter")
            await pilot.press("down", "down", "down", "enter")
            await settle(pilot)
            assert box.query_one(FortnightGrid).nights == fortnight.swap(MIDWEEK)
            assert counts(box).startswith("4 of 14 nights with me, 10 with the other party.")
            await wait_until(
                pilot, lambda: stored(home).get(("nights_plan", None)) == {"nights": fortnight.swap(MIDWEEK)}
            )

    asyncio.run(run())

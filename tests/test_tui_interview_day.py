"""The app's last page: the list for the interview day, from the answers, readable
without a mouse at 80x24."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.containers import VerticalScroll

from s7prep.packs import loader as packs
from s7prep.packs.model import Child
from s7prep.tui.screens.questions import QuestionsScreen
from tests.tui_helpers import PASS, app_for, open_case, screen_text, seed, settle

ANSWERS = {
    ("your_role", None): "mother",
    ("interview_date", None): "2026-12-01",
    ("interview_format", None): "phone",
    ("documents", None): ["school"],
    ("interview_supporter", None): "My sister [b]Jo[/b]",
}


def test_the_last_page_shows_the_list_for_the_day(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, children=(Child("c1", "Sam", age=7),), answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, packs.shipped().packset, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="")
            screen = app.screen
            assert isinstance(screen, QuestionsScreen)
            await screen.show(None)
            await settle(pilot)
            scroll = screen.query_one("#qs-scroll", VerticalScroll)
            assert scroll.can_focus
            # Read it with the keyboard: Tab from the buttons to the page, then Page Down.
            while app.focused is not scroll:
                await pilot.press("tab")
            for _ in range(6):
                await pilot.press("pagedown")
            await settle(pilot)
            assert scroll.scroll_y > 0
            text = "\n".join(str(w.render()) for w in screen.query("#end-view Static"))
            assert "Your list for the interview day" in text
            assert "Date: 1 December 2026 (in 9 days)." in text
            assert "By phone." in text and "School reports or attendance records" in text
            assert "Supporter: My sister [b]Jo[/b]." in text  # as typed, no markup
            assert "Emergency services: 999." in text
            # Back at a question, the page no longer takes the focus itself.
            await screen.show(screen.slots[0])
            await settle(pilot)
            assert not scroll.can_focus
            assert "Your list for the interview day" not in screen_text(app)

    asyncio.run(run())

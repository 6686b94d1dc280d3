"""The statement screen on a real-pack case, driven with Pilot at 80x24: the three
documents with their lengths, the longest answers with a jump to each, and the
"leave out of the statement" tick, saved in the store and seen in the documents."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from textual.widgets import Checkbox, OptionList, Static, Tabs

from s7prep.tui.screens.questions import QuestionsScreen
from s7prep.tui.screens.statement import StatementScreen
from tests.fixtures.cases import load, packset
from tests.tui_helpers import PASS, app_for, open_case, open_store, seed_case, settle

KEY = ("child_said", "c1")


def _seed(home: Path, name: str) -> None:
    seed_case(home, load(name))


def _text(app: object, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


def test_three_documents_their_lengths_and_a_jump_to_the_longest(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _seed(home, "two_children_full")

    async def run() -> None:
        app = app_for(home, packset(), PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f6")
            screen = app.screen
            assert isinstance(screen, StatementScreen)
            assert re.match(r"Statement: [\d,]+ words, ", _text(app, "#statement-words"))
            assert "about 2 pages (fits on 2)" in _text(app, "#statement-words")
            assert "did not fit on the statement's 2 pages" in _text(app, "#statement-warnings")
            longest = screen.query_one("#statement-longest", OptionList)
            assert str(longest.get_option_at_index(0).prompt).endswith("words · Events")
            await pilot.press("right")  # the officer's notes
            await settle(pilot)
            assert _text(app, "#statement-words").startswith("Officer's notes: ")
            assert "(fits on 1)" in _text(app, "#statement-words")
            assert screen.query_one(Tabs).active == "doc-officer"
            await pilot.press("right")
            await settle(pilot)
            assert _text(app, "#statement-words").startswith("My notes: ")
            assert not screen.query_one("#statement-warnings").display  # nothing to warn of there
            await pilot.press("left", "left")
            await settle(pilot)
            await pilot.press("tab", "tab")  # past Export, to the longest answers
            assert app.focused is longest
            await pilot.press("enter")  # the longest
            await settle(pilot)
            assert isinstance(app.screen, QuestionsScreen)
            assert app.screen.current is not None
            assert app.screen.current.key == ("incidents", None)

    asyncio.run(run())


def test_leaving_an_answer_out_is_saved_and_moves_it_to_the_notes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _seed(home, "one_child_essentials")

    async def run() -> None:
        app = app_for(home, packset(), PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f4")
            screen = app.screen
            assert isinstance(screen, QuestionsScreen)
            await screen.show(next(s for s in screen.slots if s.key == KEY))
            await settle(pilot)
            assert "sleep at Daddy" in app.session.preview(app.session.documents())
            tick = screen.query_one(".q-leave-out", Checkbox)
            assert tick.display and not tick.value
            assert str(tick.label) == "Leave out of the statement"
            tick.value = True
            await settle(pilot)
            assert app.session.is_left_out(KEY)
            assert "Saved" in str(screen.query_one("#status").render())
            # A question whose answer is only ever in the notes has no tick.
            await screen.show(next(s for s in screen.slots if s.key == ("stage", None)))
            await settle(pilot)
            assert not screen.query_one(".q-leave-out", Checkbox).display
            # ... and the essentials switch is untouched by the tick.
            assert screen.essentials is False
            await pilot.press("f6")
            await settle(pilot)
            docs = app.session.documents()
            assert docs.placements[KEY].where == "left out"
            assert "sleep at Daddy" not in app.session.preview(docs)
            assert "sleep at Daddy" in app.session.preview(docs, "notes")

    asyncio.run(run())
    store = open_store(home)
    try:
        store.unlock(PASS)
        assert store.load_case("case-1").leave_out == {KEY}  # kept, encrypted, in the store
    finally:
        store.close()

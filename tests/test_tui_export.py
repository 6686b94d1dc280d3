"""The export dialog at 80x24, driven with Pilot: changing the folder by typing,
a folder that is not there, and the full path of what was written."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input

from s7prep.packs.model import Child
from s7prep.tui.screens.statement import ExportDialog, StatementScreen
from tests.tui_helpers import PASS, app_for, open_case, open_child_dialog, packset, screen_text, seed, settle

KIDS = (Child("c1", "A.B.", age=9),)
ANSWERS = {("role", None): "mother", ("child_age", "c1"): 9, ("child_said", "c1"): "Stay at school."}
NAME = "statement-2026-11-22.html"


def _error(app: object) -> str:
    return str(app.screen.query_one(".dialog-error").render())  # type: ignore[attr-defined]


def test_typing_a_folder_replaces_it_and_the_full_path_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # a relative folder is taken from here

    async def run() -> None:
        app = app_for(home, ps, PASS, export_folder=work)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f6")
            await pilot.press("ctrl+x")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog)
            await pilot.press("tab", "tab")  # from the document list, past the format, to the folder
            folder = app.screen.query_one("#export-folder", Input)
            assert app.focused is folder
            assert folder.selected_text == str(work)  # typing replaces it
            await pilot.press(*"out")
            assert folder.value == "out"
            await pilot.press("enter")
            await settle(pilot)
            # Not there: one line in the dialog, and the folder is not made.
            assert isinstance(app.screen, ExportDialog)
            assert _error(app) == f"There is no folder {work / 'out'}."
            assert not (work / "out").exists()
            # Emptied: refused, never a silent "current folder".
            folder.value = ""
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog) and "Type the folder" in _error(app)
            # A folder in the file name is refused too.
            folder.value = "out"
            app.screen.query_one("#export-name", Input).value = "../" + NAME
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog) and "cannot contain a folder" in _error(app)
            assert app.focused is app.screen.query_one("#export-name")
            app.screen.query_one("#export-name", Input).value = NAME
            (work / "out").mkdir()
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, StatementScreen)
            shown = str(app.screen.query_one("#statement-warnings").render())
            assert f"Written to {work / 'out' / NAME}\n" in shown  # the whole path, not "out/..."
            assert app.session.export_folder == work / "out"  # the next export starts there

    asyncio.run(run())
    assert (work / "out" / NAME).is_file()
    assert list(work.iterdir()) == [work / "out"]  # nothing in the current folder


def test_keys_typed_straight_after_tab_reach_the_next_field(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS, export_folder=tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f6")
            await pilot.press("ctrl+x")
            await settle(pilot)
            # As from a fast typist or a terminal that sends keys in one go: no pause
            # for the format list to handle Tab before the next keys arrive.
            for key, char in (("tab", "\t"), ("tab", "\t"), ("x", "x"), ("y", "y")):
                app.post_message(events.Key(key, char))
            await settle(pilot)
            assert app.screen.query_one("#export-folder", Input).value == "xy"

    asyncio.run(run())


def test_the_dialogs_fit_80x24_with_every_label_in_sight(tmp_path: Path) -> None:
    ps = packset(tmp_path, roles=True)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS, export_folder=Path("/exports"))
        async with app.run_test(size=(80, 24)) as pilot:
            await open_child_dialog(pilot)
            await pilot.pause(0.1)
            shown = screen_text(app)
            for label in ("Add a child", "Name or initials", "Who they live with now", "OK", "Cancel"):
                assert label in shown
            assert app.screen.query_one(".dialog-body").max_scroll_y == 0
            await pilot.press("escape")
            await pilot.press("f6")
            await settle(pilot)
            await pilot.press("ctrl+x")
            await settle(pilot)
            await pilot.pause(0.1)
            shown = screen_text(app)
            for label in (
                "Document",
                "All three",
                "Format",
                "Folder",
                "File name",
                "Replace a file",
                "not encrypted",
            ):
                assert label in shown
            assert app.screen.query_one(".dialog-body").max_scroll_y == 0

    asyncio.run(run())

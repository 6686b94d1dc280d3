"""What a user trial of the app at 80x24 tripped over, on the shipped packs: entry
dialogs whose lower fields were out of sight (and a radio set ticked blind), dates
shown as stored, "the children" for a case with one child, an export of all three
named as one file, the note on labels shown twice, and F1 without the question's help."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input

from s7prep.packs import loader
from s7prep.packs.model import AnswerKey, Child, PackSet
from s7prep.tui.app import S7App
from s7prep.tui.screens.cases import LABEL_NOTE, CasesScreen
from s7prep.tui.screens.help import HelpScreen
from s7prep.tui.screens.statement import ExportDialog, StatementScreen
from s7prep.tui.widgets.answers import DateAnswer
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.dialog import ConfirmDialog
from s7prep.tui.widgets.records import RecordDialog
from tests.test_tui_in_sight import BASE, go_to, open_entry_dialog, run_app
from tests.tui_helpers import PASS, app_for, open_child_dialog, screen_text, seed, settle, stored

TWO = (Child("c1", "A.B.", age=9), Child("c2", "C.D.", age=6))


@pytest.fixture(scope="module")
def shipped() -> PackSet:
    return loader.shipped().packset


def in_sight(dialog: RecordDialog, widget: Widget) -> bool:
    """Whether all of `widget` is drawn in the dialog's body, where it can be seen:
    inside the part of the body the box shows, clear of the buttons below it."""
    body = dialog.query_one(".dialog-body")
    window = body.scrollable_content_region.intersection(dialog.query_one(".dialog-box").content_region)
    region = widget.region
    return window.contains_region(region) and not region.overlaps(dialog.query_one(".dialog-foot").region)


@pytest.mark.parametrize("qid", ["incidents", "concerns_list", "stages"])
def test_every_field_of_an_entry_dialog_is_in_sight_when_focused_at_80x24(
    tmp_path: Path, shipped: PackSet, qid: str
) -> None:
    """The events, the concerns about me and the plan's steps: Tab through every
    field; each, as it gets the focus, is scrolled into the dialog's view, so a stray
    Enter never ticks a choice the person cannot see."""

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        _, dialog = await open_entry_dialog(app, pilot, qid)
        seen: list[Widget] = []
        while app.focused is not None and app.focused.id != "ok":
            focused = app.focused
            await pilot.pause()  # the scroll to the focused field follows a refresh
            assert in_sight(dialog, focused), (len(seen), type(focused).__name__, focused.region)
            seen.append(focused)
            await pilot.press("tab")
        # Every part of the entry was visited (the fortnight has more than one stop).
        assert len(seen) >= len(dialog.question.fields) >= 5
        assert any(isinstance(w, ChoiceList) for w in seen)

    run_app(tmp_path / "home", shipped, (80, 24), body, {("concern_areas", None): ["domestic_abuse"]})


def test_a_radio_set_down_the_dialog_is_not_ticked_unseen(tmp_path: Path, shipped: PackSet) -> None:
    """The trial's steps: Add an event, Tab to "Is it still happening?", Enter. The
    choice ticked is the one shown highlighted on screen."""

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        _, dialog = await open_entry_dialog(app, pilot, "incidents")
        while not isinstance(app.focused, ChoiceList):
            await pilot.press("tab")
        await pilot.pause()
        choices = app.focused
        assert "Is it still happening?" in screen_text(app)
        assert "( ) Yes" in screen_text(app) and in_sight(dialog, choices)

    run_app(tmp_path / "home", shipped, (80, 24), body, {("concern_areas", None): ["domestic_abuse"]})


def test_dates_are_shown_as_written_when_an_entry_or_answer_is_changed(
    tmp_path: Path, shipped: PackSet
) -> None:
    home = tmp_path / "home"
    event = {"what": "Shouting at a handover", "when": "2026-03/.."}
    answers: dict[AnswerKey, Any] = {
        ("concern_areas", None): ["domestic_abuse"],
        ("incidents", None): [event],
        ("next_hearing", None): "2026-03",
    }

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        await go_to(app, pilot, "next_hearing")
        assert isinstance(app.focused, Input) and app.focused.value == "March 2026"
        screen = await go_to(app, pilot, "incidents")
        screen.query_one("#list-edit").focus()
        await pilot.press("enter")  # change the first entry
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        assert dialog.query_one(DateAnswer).query_one(Input).value == "Since March 2026"
        await pilot.click("#ok")  # unchanged: stored as it was
        await settle(pilot)
        assert not isinstance(app.screen, RecordDialog)

    run_app(home, shipped, (80, 24), body, answers)
    assert stored(home)[("incidents", None)] == [event]
    assert stored(home)[("next_hearing", None)] == "2026-03"


def test_case_details_say_the_child_once_a_first_child_is_added(tmp_path: Path, shipped: PackSet) -> None:
    home = tmp_path / "home"
    seed(home, "case-1")

    async def add_child(pilot: Pilot[Any], name: str) -> None:
        pilot.app.screen.query_one("#child-name", Input).value = name
        await pilot.press("enter")
        await settle(pilot)

    async def run() -> None:
        app = app_for(home, shipped, PASS)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_child_dialog(pilot)
            await add_child(pilot, "A.B.")
            shown = screen_text(app)
            assert "Who are you to the child?" in shown and "the children?" not in shown
            assert "Who is the other party to the child?" in shown
            await pilot.click("#child-add")  # a second child: "the children" again
            await settle(pilot)
            await add_child(pilot, "C.D.")
            assert "Who are you to the children?" in screen_text(app)

    asyncio.run(run())


def test_export_of_all_three_names_every_file_and_the_choices_are_kept(
    tmp_path: Path, shipped: PackSet
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seed(tmp_path / "home", "case-1", TWO, BASE)

    async def run() -> None:
        app = app_for(tmp_path / "home", shipped, PASS, export_folder=out)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("enter", "f6")
            await settle(pilot)
            await pilot.press("ctrl+x")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            dialog.query_one("#export-document", ChoiceList).highlighted = 3  # all three
            await pilot.press("enter", "tab", "down", "enter")  # and Markdown
            await settle(pilot)
            await pilot.click("#ok")
            await settle(pilot)
            assert isinstance(app.screen, StatementScreen)
            names = sorted(p.name for p in out.iterdir())
            assert len(names) == 3 and all(n.endswith(".md") for n in names)
            shown = str(app.screen.query_one("#statement-warnings").render())
            first = shown.split("\n")[0]
            assert first.startswith(f"Written to {out}: ")
            assert all(n in first for n in names)
            # The next export starts on what was chosen last.
            await pilot.press("ctrl+x")
            await settle(pilot)
            assert app.screen.query_one("#export-document", ChoiceList).value == "all"
            assert app.screen.query_one("#export-format", ChoiceList).value == "md"

    asyncio.run(run())


def test_the_note_on_labels_shows_once_with_the_new_case_dialog(tmp_path: Path, shipped: PackSet) -> None:
    seed(tmp_path / "home", "case-1")

    async def run() -> None:
        app = app_for(tmp_path / "home", shipped, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            start = " ".join(LABEL_NOTE.split()[:6])  # "Case labels are the one thing"
            assert screen_text(app).count(start) == 1
            for key in ("n", "escape", "r"):  # new case, then rename
                await pilot.press(key)
                await settle(pilot)
                assert screen_text(app).count(start) == 1, key
            await pilot.press("escape")
            await settle(pilot)
            assert screen_text(app).count(start) == 1

    asyncio.run(run())


def test_f1_on_a_question_gives_its_help_first(tmp_path: Path, shipped: PackSet) -> None:
    question = shipped.by_id["incidents"]

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        await go_to(app, pilot, "incidents")
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = " ".join(screen_text(app).split())
        # At the top, without scrolling: the question and why it is asked.
        assert "This question" in shown and question.prompt in shown
        assert "Why this is asked: " + " ".join(question.help.split()[:6]) in shown
        await pilot.press("f1")
        await settle(pilot)
        await pilot.press("f2")  # the cases list: no question, the keys come first
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert "This question" not in screen_text(app)

    run_app(tmp_path / "home", shipped, (80, 24), body, {("concern_areas", None): ["domestic_abuse"]})


def test_cancel_on_a_filled_entry_asks_before_throwing_it_away(tmp_path: Path, shipped: PackSet) -> None:
    """A second trial: a concern written in full was lost to one Esc (or Enter on
    Cancel, taken for OK). Cancel asks first when something was typed; "Keep it" is
    the default and goes back to the entry as it was."""

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        screen, _ = await open_entry_dialog(app, pilot, "concerns_list")
        await pilot.press("escape")  # nothing typed: it closes at once
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, RecordDialog)
        await pilot.press(*"That I drove after drinking")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # Keep it
        await settle(pilot)
        assert app.screen is dialog
        assert dialog.query(Input).first().value == "That I drove after drinking"
        await pilot.click("#cancel")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#ok")  # Discard
        await settle(pilot)
        assert app.screen is screen
        assert stored(tmp_path / "home").get(("concerns_list", None)) is None

    run_app(tmp_path / "home", shipped, (80, 24), body, {("concerns_raised", None): "yes"})

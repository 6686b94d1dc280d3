"""What a second user trial of the app tripped over: a choice moved to with the
arrow keys but never chosen, then dropped by OK or Next; typing into an answer
that already had text, at its start; the fortnight's letter keys moving on
unannounced; and a burst of keys into the export dialog landing on the screen
behind it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events
from textual.widgets import Input, TextArea

from s7prep.packs.model import Child
from s7prep.tui.screens.questions import QuestionsScreen
from s7prep.tui.screens.statement import ExportDialog, StatementScreen
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.fortnight import FortnightGrid
from s7prep.tui.widgets.records import RecordDialog
from tests.test_tui_fortnight import R, plan
from tests.tui_helpers import (
    PASS,
    app_for,
    click_again,
    go_to,
    open_at,
    open_case,
    packset,
    screen_text,
    seed,
    settle,
    stored,
    type_text,
    wait_until,
)

KIDS = (Child("c1", "A.B.", age=9),)
# The case opens on the list question "incidents" (when, what, ongoing: yes or no).
ANSWERS = {("role", None): "mother", ("your_name", None): "Sam", ("concern_types", None): ["conflict"]}
LONG = "A row at handover, with shouting in front of the children, at the gate of their school"
ENTRY = {"when": "2024-03", "what": LONG}


def _error(app: object) -> str:
    return str(app.screen.query_one(".dialog-error").render())  # type: ignore[attr-defined]


def test_typing_into_an_entry_goes_after_what_is_there(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers={**ANSWERS, ("incidents", None): [ENTRY]})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="")
            await go_to(pilot, ("incidents", None))
            app.screen.query_one("ListAnswer OptionList").focus()
            await pilot.press("enter")  # "Change an entry"
            await settle(pilot)
            assert isinstance(app.screen, RecordDialog)
            await pilot.press("tab")  # past the date, to "What happened?"
            await settle(pilot)
            # Longer than the box: its end, where typing goes, is what is in sight.
            assert "the gate of their school" in screen_text(app)
            assert "A row at handover" not in screen_text(app)
            await pilot.press(*" again")
            assert app.screen.query(Input)[1].value == LONG + " again"
            await pilot.press("shift+tab", *" or so")
            assert app.screen.query(Input)[0].value == "March 2024 or so"

    asyncio.run(run())


def test_typing_into_a_long_answer_goes_after_what_is_there(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    answers = {**ANSWERS, ("concern_types", None): ["domestic_abuse"], ("abuse_details", None): "He shouted."}
    seed(home, children=KIDS, answers=answers)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="")
            await go_to(pilot, ("abuse_details", None))
            assert isinstance(app.focused, TextArea)
            await pilot.press(*" Twice.")
            assert app.focused.text == "He shouted. Twice."
            await pilot.press("tab")  # away, then back with the mouse-free way
            await pilot.press("shift+tab", *" Loudly.")
            assert app.focused.text == "He shouted. Twice. Loudly."

    asyncio.run(run())


def test_changing_a_childs_details_adds_to_them(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=(Child("c1", "A.B.", age=9, lives_with="Me"),), answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f3")
            await pilot.click("#child-edit")
            await settle(pilot)
            await pilot.press(*" Jr")  # the name has the focus
            assert app.screen.query_one("#child-name", Input).value == "A.B. Jr"
            await pilot.press("tab", "tab", "tab", *" and my mother")
            assert app.screen.query_one("#child-lives", Input).value == "Me and my mother"

    asyncio.run(run())


def test_a_choice_moved_to_but_not_chosen_is_never_dropped_by_ok(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="")
            await pilot.press("enter")  # "Add" has the focus
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, RecordDialog)
            await type_text(pilot, "March 2024")
            await pilot.press("tab", "tab")  # past "What happened?" to "Is it still happening?"
            choices = dialog.query_one(ChoiceList)
            assert app.focused is choices
            text = screen_text(app)
            # The list says how to choose; the pointer marks the highlight, not a choice.
            assert "Enter or Space to choose" in text
            assert "▸ ( ) Yes" in text
            await pilot.press("down")  # to "No": highlighted, not chosen
            assert "▸ ( ) No" in screen_text(app)
            await pilot.click("#ok")
            await settle(pilot)
            assert app.screen is dialog  # not closed with the answer dropped
            assert _error(app) == (
                "Nothing is chosen for “Is it still happening?”. Press Enter or Space to choose “No”, "
                "or OK again to leave it empty."
            )
            assert app.focused is choices
            await pilot.press("enter")
            await settle(pilot)
            assert "▸ (●) No" in screen_text(app)
            assert _error(app) == ""  # chosen now
            await pilot.press("tab")  # away: no pointer, only the mark of what is chosen
            text = screen_text(app)
            assert "▸" not in text and "Enter or Space to choose" not in text
            assert "(●) No" in text
            await pilot.click("#ok")
            await wait_until(pilot, lambda: ("incidents", None) in stored(home))
            assert stored(home)[("incidents", None)] == [{"when": "2024-03", "ongoing": False}]

            # Moved to a choice and told: OK again leaves it as it is.
            await pilot.click("#list-add")
            await settle(pilot)
            await type_text(pilot, "May 2024")
            app.screen.query_one(ChoiceList).focus()
            await pilot.press("down")
            await pilot.click("#ok")
            await settle(pilot)
            assert "Nothing is chosen" in _error(app)
            await click_again(pilot, "#ok")
            await wait_until(pilot, lambda: len(stored(home)[("incidents", None)]) == 2)
            assert stored(home)[("incidents", None)][1] == {"when": "2024-05"}

    asyncio.run(run())


def test_next_says_when_the_highlighted_choice_is_not_the_chosen_one(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="")
            screen = await go_to(pilot, ("role", None))
            assert isinstance(app.focused, ChoiceList)
            await pilot.press("down")  # from Mother (chosen) to Father
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert screen.current is not None and screen.current.key == ("role", None)
            status = str(screen.query_one("#status").render())
            assert status.startswith("“How are you related to the child?” is still “Mother”.")
            assert "Enter or Space to choose “Father” instead, or Next again to keep “Mother”" in status
            await pilot.press("enter")
            await wait_until(pilot, lambda: stored(home)[("role", None)] == "father")
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert screen.current is not None and screen.current.key == ("your_name", None)

            # Told once: Next again keeps what is chosen.
            await go_to(pilot, ("role", None))
            await pilot.press("up", "ctrl+n")
            await settle(pilot)
            assert screen.current is not None and screen.current.key == ("role", None)
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert screen.current is not None and screen.current.key == ("your_name", None)
            assert stored(home)[("role", None)] == "father"

    asyncio.run(run())


def test_the_grid_says_a_letter_sets_the_night_and_moves_on(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, children=(R,))
    app = app_for(home, plan(), PASS)

    async def run() -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_at(pilot, ("nights_plan", None))
            screen.query_one(FortnightGrid).focus()
            await settle(pilot)
            under = str(screen.query(".fortnight-help").first().render())
            assert "each sets the night in [ ] and moves on to the next" in under
            text = screen_text(app)
            assert "m, o, x: set this night and move on" in text  # on the grid's border
            assert "f12 Quick exit" in text  # the footer still has room for it at 80 columns
            await pilot.press("o")
            assert screen.query_one(FortnightGrid).cursor == 1

            # In an entry's dialog, the footer names the dialog's keys, not those of the
            # screen behind it (which do nothing there).
            await go_to(pilot, ("stages", None))
            await pilot.click("#list-add")
            await settle(pilot)
            assert isinstance(app.screen, RecordDialog)
            app.screen.query_one(FortnightGrid).focus()
            await settle(pilot)
            lines = screen_text(app).splitlines()
            assert "m, o, x: set this night and move on" in "\n".join(lines)
            assert " ".join(lines[-1].split()) == "esc Cancel f1 Help ^l Lock f12 Quick exit"

    asyncio.run(run())


def test_a_burst_of_keys_into_the_export_dialog_is_what_it_exports(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)
    work = tmp_path / "work"
    work.mkdir()
    # Ctrl+X, then the officer's notes, Tab, Markdown, Tab to the folder, Enter: all sent
    # at once, as a terminal hands over keys typed (or pasted) faster than the app draws.
    burst = [
        ("ctrl+x", None),
        ("down", None),
        ("enter", "\r"),
        ("tab", "\t"),
        ("down", None),
        ("enter", "\r"),
        ("tab", "\t"),
        ("enter", "\r"),
    ]

    async def run() -> None:
        app = app_for(home, ps, PASS, export_folder=work)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f6")
            assert isinstance(app.screen, StatementScreen)
            for key, character in burst:
                app.post_message(events.Key(key, character))
            await wait_until(pilot, lambda: any(work.iterdir()))
            await settle(pilot)
            assert not isinstance(app.screen, ExportDialog | QuestionsScreen)

    asyncio.run(run())
    assert [p.name for p in work.iterdir()] == ["officer-notes-2026-11-22.md"]

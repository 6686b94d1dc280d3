"""Screens one at a time: unlock, case details, coverage, help and commands."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from s7prep.packs.model import Child
from s7prep.tui.screens.cases import CasesScreen
from s7prep.tui.screens.coverage import CoverageScreen, coverage
from s7prep.tui.screens.dialogs import ChildDialog
from s7prep.tui.screens.help import HelpScreen
from s7prep.tui.screens.questions import QuestionsScreen
from s7prep.tui.screens.setup import SetupScreen
from s7prep.tui.screens.statement import StatementScreen
from s7prep.tui.screens.unlock import UnlockScreen
from s7prep.tui.widgets.question import QuestionView
from tests.tui_helpers import PASS, app_for, packset, screen_text, seed, settle, stored, type_text

KIDS = (Child("c1", "A.B.", age=9), Child("c2", "C.D.", born="2015"))


def test_wrong_passphrase_is_refused_and_the_right_one_opens(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home)

    async def run() -> None:
        app = app_for(home, packset(tmp_path))
        async with app.run_test() as pilot:
            assert not app.screen.query("#pass2")  # the store exists: asked once
            app.screen.query_one("#pass1", Input).value = "not the passphrase"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen)
            assert "does not open" in str(app.screen.query_one("#unlock-error").render())
            assert app.screen.query_one("#pass1", Input).value == ""
            app.screen.query_one("#pass1", Input).value = PASS
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)

    asyncio.run(run())


def test_first_run_needs_the_passphrase_twice(tmp_path: Path) -> None:
    async def run() -> None:
        app = app_for(tmp_path / "home", packset(tmp_path))
        async with app.run_test() as pilot:
            screen = app.screen
            assert "no way to recover" in str(screen.query_one("#unlock-text").render())
            screen.query_one("#pass1", Input).value = "short"
            screen.query_one("#pass2", Input).value = "short"
            screen.query_one("#pass2").focus()
            await pilot.press("enter")
            await settle(pilot)
            assert "at least 8 characters" in str(screen.query_one("#unlock-error").render())
            screen.query_one("#pass1", Input).value = PASS
            screen.query_one("#pass2", Input).value = PASS + "x"
            await pilot.press("enter")
            await settle(pilot)
            assert "different" in str(screen.query_one("#unlock-error").render())
            assert not app.session.is_initialised

    asyncio.run(run())


def test_details_show_the_other_role_question_and_remove_a_child(tmp_path: Path) -> None:
    ps = packset(tmp_path, roles=True)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers={("child_age", "c2"): 11, ("child_sen", "c2"): True})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("f3")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SetupScreen)
            views = {v.slot.question.id: v for v in screen.query(QuestionView)}
            assert not views["your_role_other"].display
            await pilot.press("end", "enter")  # your role: someone else
            await settle(pilot)
            assert views["your_role_other"].display
            views["your_role_other"].focus_input()
            await type_text(pilot, "Family friend")
            await pilot.press("tab")  # leaving the field saves it
            await settle(pilot)
            # Remove the second child: the confirmation says what goes with them.
            screen.query_one("#children").focus()
            await pilot.press("down")
            await pilot.click("#child-remove")
            await settle(pilot)
            body = str(app.screen.query_one(".dialog-body Static").render())
            assert "C.D." in body and "2 answers" in body
            await pilot.press("shift+tab", "enter")
            await settle(pilot)
            assert [c.key for c in app.session.case.children] == ["c1"]  # type: ignore[union-attr]
            # Change the first child's details.
            await pilot.click("#child-edit")
            await settle(pilot)
            assert isinstance(app.screen, ChildDialog)
            app.screen.query_one("#child-born", Input).value = "March 2016"
            await pilot.click("#ok")
            await settle(pilot)
            assert app.session.case.children[0].born == "2016-03"  # type: ignore[union-attr]
            # Opened again, the date reads as the person wrote it, not as stored.
            await pilot.click("#child-edit")
            await settle(pilot)
            assert app.screen.query_one("#child-born", Input).value == "March 2016"
            await pilot.press("escape")
            await settle(pilot)

    asyncio.run(run())
    answers = stored(home)
    assert answers[("your_role", None)] == "other"
    assert answers[("your_role_other", None)] == "Family friend"
    assert not any(key[1] == "c2" for key in answers)


def test_coverage_counts_and_goes_to_the_first_gap(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers={("child_age", "c1"): 9, ("child_said", "c1"): "School."})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter", "f5")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, CoverageScreen)
            rows = dict(screen.rows)
            a = {letter: cell for letter, cell in zip("abcdefg", rows["A.B."], strict=True)}
            assert (a["a"].answered, a["a"].total, a["a"].state) == (1, 1, "answered")
            assert a["b"].state == "empty" and a["c"].state == "none"
            assert rows["C.D."][0].total == 0  # C.D.'s age is not known, so wishes are not asked
            await pilot.press("right", "enter")  # (b) for A.B.
            await settle(pilot)
            assert isinstance(app.screen, QuestionsScreen)
            assert app.screen.current is not None and app.screen.current.key == ("child_sen", "c1")

    asyncio.run(run())


def test_thin_means_some_but_under_half(sample_packset: object) -> None:
    from s7prep import engine

    answers = {("concern_types", None): ["domestic_abuse"]}  # shows the details and the list too
    slots = engine.visible(sample_packset, list(KIDS), answers)  # type: ignore[arg-type]
    harm = [row[1][4] for row in coverage(slots, answers, list(KIDS))]  # letter (e)
    assert [(c.answered, c.total, c.state) for c in harm] == [(1, 3, "thin"), (1, 3, "thin")]


def test_help_opens_over_a_dialog_and_keys_reach_views_from_a_text_area(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers={("concern_types", None): ["domestic_abuse"]})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, QuestionsScreen)
            await screen.show(next(s for s in screen.slots if s.key == ("abuse_details", None)))
            await settle(pilot)
            assert isinstance(app.focused, TextArea)
            assert "Support, if you need it" in str(screen.query_one(".q-signpost").render())
            await pilot.press("f6")  # a TextArea binds F6 for itself; the view key wins
            await settle(pilot)
            assert isinstance(app.screen, StatementScreen)
            await pilot.press("ctrl+x")
            await settle(pilot)
            await pilot.press("f1")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            assert "Esc or F1 closes this help." in screen_text(app)
            assert any("shell history" in str(w.render()) for w in app.screen.query(Static))
            await pilot.press("escape")
            await settle(pilot)
            assert not isinstance(app.screen, HelpScreen)
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert {"Quick exit", "Lock", "Help", "High contrast on"} <= set(titles)
            assert "Screenshot" not in titles  # it would write answers to a file

    asyncio.run(run())


def test_the_delete_confirmation_names_the_case_as_typed(tmp_path: Path) -> None:
    from s7prep.tui.session import Session
    from tests.tui_helpers import open_store

    label = "Ann's case\\2 \u00a0x"  # a quote, a backslash and a no-break space
    home = tmp_path / "home"
    seed(home, label)
    session = Session(home, packset(tmp_path), open_store)
    try:
        session.open_vault(PASS)
        assert f"“{label}”" in session.what_delete_loses(label)
    finally:
        session.close()


def test_the_help_keys_headings_are_bold_and_the_text_unchanged() -> None:
    from s7prep.tui.screens.help import KEYS, keys_with_headings

    shown = keys_with_headings()
    assert shown.plain == KEYS
    bold = [shown.plain[s.start : s.end].strip() for s in shown.spans if s.style == "bold"]
    assert bold == ["Everywhere", "In a case", "Answering questions"]

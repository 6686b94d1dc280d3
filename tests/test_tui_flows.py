"""The app driven with Textual's Pilot, as a person would use it, on a real store."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path

from textual.widgets import Checkbox, DataTable, Input, TextArea

from s7prep.packs.model import Child
from s7prep.tui.screens.cases import CasesScreen
from s7prep.tui.screens.dialogs import ChildDialog
from s7prep.tui.screens.questions import QuestionsScreen
from s7prep.tui.screens.setup import SetupScreen
from s7prep.tui.screens.statement import ExportDialog, StatementScreen
from s7prep.tui.screens.unlock import UnlockScreen
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.question import QuestionView
from s7prep.tui.widgets.records import RecordDialog
from tests.tui_helpers import (
    PASS,
    app_for,
    open_case,
    open_child_dialog,
    packset,
    seed,
    settle,
    stored,
    type_text,
    wait_until,
)

KIDS = (Child("c1", "A.B.", age=9), Child("c2", "C.D.", born="2015"))


def current_qid(app: object) -> str:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, QuestionsScreen), type(screen).__name__
    assert screen.current is not None
    return f"{screen.current.question.id}:{screen.current.key[1] or ''}"


def test_first_run_to_answers_kept_after_reopening(tmp_path: Path) -> None:
    """Create the vault, a case, two children, answer every type, quit, reopen."""
    ps = packset(tmp_path, roles=True)
    home = tmp_path / "home"

    async def first_session() -> None:
        app = app_for(home, ps)
        async with app.run_test(size=(100, 40)) as pilot:
            assert isinstance(app.screen, UnlockScreen)
            await type_text(pilot, PASS)
            await pilot.press("enter")
            await type_text(pilot, PASS)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            await pilot.press("n")
            await settle(pilot)
            await pilot.press("enter")  # the suggested label, case-1
            await settle(pilot)
            assert isinstance(app.screen, SetupScreen)
            assert app.focused is app.screen.query_one("#child-add")  # a new case starts with the children
            for name, born in (("A.B.", ""), ("C.D.", "2015")):
                await pilot.press("enter")
                await settle(pilot)
                assert isinstance(app.screen, ChildDialog)
                await type_text(pilot, name)
                app.screen.query_one("#child-born", Input).value = born
                app.screen.query_one("#child-age", Input).value = "" if born else "9"
                await pilot.click("#ok")
                await settle(pilot)
            assert [c.name for c in app.session.case.children] == ["A.B.", "C.D."]  # type: ignore[union-attr]
            # Your role, further down: Grandmother is the third choice.
            app.screen.query(QuestionView).first().focus_input()
            await pilot.press("down", "down", "enter")
            await settle(pilot)
            await pilot.press("f4")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, QuestionsScreen)
            # The pack order: the sample pack's `role` comes after our roles pack.
            while current_qid(app) != "role:":
                await pilot.press("ctrl+n")
                await settle(pilot)
            await pilot.press("down", "enter")  # choice: Father
            await settle(pilot)
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "your_name:"
            await type_text(pilot, "Sam [b]x[/b]")
            await pilot.press("enter")  # Enter in a one-line answer goes on
            await settle(pilot)
            assert current_qid(app) == "concern_types:"
            await pilot.press("space", "down", "space")  # multi choice: abuse and conflict
            await settle(pilot)
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "abuse_details:"
            assert isinstance(app.focused, TextArea)
            await type_text(pilot, "Shouting at handover.")
            await pilot.press("enter")
            await type_text(pilot, "Second line.")
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "incidents:"
            await pilot.press("enter")  # focus is on Add: opens the record dialog
            await settle(pilot)
            assert isinstance(app.screen, RecordDialog)
            await type_text(pilot, "March 2024")
            await pilot.press("tab")
            await type_text(pilot, "Shouting")
            await pilot.press("tab", "down", "enter")  # still happening: No
            await pilot.click("#ok")
            await settle(pilot)
            assert isinstance(app.screen, QuestionsScreen)
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "child_age:c1"
            await type_text(pilot, "9")
            await pilot.press("enter")
            await settle(pilot)
            assert current_qid(app) == "child_said:c1"
            await type_text(pilot, "Wants to stay at school.")
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "child_sen:c1"
            await pilot.press("enter")  # yes/no: Yes
            await settle(pilot)
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "child_ehcp:c1"  # shown because of the yes
            await type_text(pilot, "14/03/2023")
            await pilot.press("enter")
            await settle(pilot)
            assert current_qid(app) == "child_age:c2"
            await type_text(pilot, "2")  # under 4: what the child said is not asked
            await pilot.press("enter")
            await settle(pilot)
            assert current_qid(app) == "child_sen:c2"
            await pilot.press("ctrl+q")
        assert app.return_code == 0

    async def second_session() -> None:
        app = app_for(home, ps)
        async with app.run_test(size=(100, 40)) as pilot:
            await type_text(pilot, PASS)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, QuestionsScreen)
            # It opens at the first question not answered yet.
            assert current_qid(app) == "other_party_role:"
            screen = app.screen
            target = next(s for s in screen.slots if s.key == ("your_name", None))
            await screen.show(target)
            await settle(pilot)
            assert screen.query_one(QuestionView).query_one(Input).value == "Sam [b]x[/b]"

    asyncio.run(first_session())
    answers = stored(home)
    assert answers[("your_role", None)] == "grandmother"
    assert answers[("role", None)] == "father"
    assert answers[("your_name", None)] == "Sam [b]x[/b]"
    assert answers[("concern_types", None)] == ["domestic_abuse", "conflict"]
    assert answers[("abuse_details", None)] == "Shouting at handover.\nSecond line."
    assert answers[("incidents", None)] == [{"when": "2024-03", "what": "Shouting", "ongoing": False}]
    assert answers[("child_age", "c1")] == 9
    assert answers[("child_said", "c1")] == "Wants to stay at school."
    assert answers[("child_sen", "c1")] is True
    assert answers[("child_ehcp", "c1")] == "2023-03-14"
    assert answers[("child_age", "c2")] == 2
    assert ("child_said", "c2") not in answers
    asyncio.run(second_session())


def test_conditional_questions_appear_and_disappear(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers={("role", None): "mother", ("your_name", None): "Sam"})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 40)) as pilot:
            await open_case(pilot, view="")
            assert current_qid(app) == "concern_types:"
            await pilot.press("space")  # tick domestic abuse
            await settle(pilot)
            assert app.screen.query_one("#status").render().plain == "Saved"  # type: ignore[attr-defined]
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "abuse_details:"
            await pilot.press("ctrl+b")
            await settle(pilot)
            assert current_qid(app) == "concern_types:"
            await pilot.press("space", "down", "down", "space")  # untick abuse; tick drink or drugs
            await settle(pilot)
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_qid(app) == "incidents:"  # abuse_details is hidden now
            keys = {s.key for s in app.screen.slots}  # type: ignore[attr-defined]
            assert ("abuse_details", None) not in keys
            assert ("handover_place", None) not in keys  # hidden by the drink-or-drugs answer
            # The essentials switch keeps only essential questions.
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert app.screen.query_one(Checkbox).value is True
            assert {s.question.id for s in app.screen.slots} == {"role", "child_age", "lives_with"}  # type: ignore[attr-defined]
            assert current_qid(app) == "child_age:c1"

    asyncio.run(run())
    assert stored(home)[("concern_types", None)] == ["substance"]


def test_autosave_after_a_pause_and_not_saved_on_failure(tmp_path: Path) -> None:
    from s7prep.store.errors import NotSaved

    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, answers={("role", None): "mother"})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 40)) as pilot:
            await open_case(pilot, view="")
            assert current_qid(app) == "your_name:"
            status = app.screen.query_one("#status")
            await type_text(pilot, "Sam")
            assert status.render().plain == "Not saved yet"  # type: ignore[attr-defined]
            await wait_until(pilot, lambda: status.render().plain == "Saved")  # type: ignore[attr-defined]
            assert status.render().plain == "Saved"  # type: ignore[attr-defined]
            assert stored(home)[("your_name", None)] == "Sam"
            # The disk fails: the message says so and the text stays in the box.
            real = app.session.store.save_answer

            def failing(*args: object) -> None:
                raise NotSaved("the disk is full")

            app.session.store.save_answer = failing  # type: ignore[method-assign]
            await type_text(pilot, " Jones")
            await wait_until(pilot, lambda: status.render().plain != "Not saved yet")  # type: ignore[attr-defined]
            assert status.render().plain == "Not saved: the disk is full"  # type: ignore[attr-defined]
            assert app.screen.query_one(QuestionView).query_one(Input).value == "Sam Jones"
            app.session.store.save_answer = real  # type: ignore[method-assign]
            await pilot.press("tab")  # leaving the field saves again
            await settle(pilot)
            assert status.render().plain == "Saved"  # type: ignore[attr-defined]

    asyncio.run(run())
    assert stored(home)[("your_name", None)] == "Sam Jones"


def test_quick_exit_from_a_dialog_with_escape_three_times(tmp_path: Path) -> None:
    ps = packset(tmp_path, roles=True)
    home = tmp_path / "home"
    seed(home, children=KIDS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 40)) as pilot:
            await open_child_dialog(pilot)
            await pilot.press("escape", "escape", "escape")
            await pilot.pause()
        assert app._exit and app.return_code == 0

    asyncio.run(run())


def test_quick_exit_from_a_text_area_saves_what_was_typed(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(
        home,
        answers={("role", None): "mother", ("your_name", None): "Sam", ("concern_types", None): ["conflict"]},
    )

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 40)) as pilot:
            await open_case(pilot, view="")
            assert current_qid(app) == "incidents:"
            await pilot.press("ctrl+b")  # back to concern_types
            await pilot.press("home", "space", "ctrl+n")  # tick abuse: its details are asked next
            await settle(pilot)
            assert isinstance(app.focused, TextArea)
            await type_text(pilot, "typed just now")
            await pilot.press("f12")  # before the autosave pause has passed
            await pilot.pause()
        assert app._exit and app.return_code == 0

    asyncio.run(run())
    assert stored(home)[("abuse_details", None)] == "typed just now"


def test_lock_from_a_dialog_and_from_a_text_area(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers={("concern_types", None): ["domestic_abuse"]})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 40)) as pilot:
            await open_child_dialog(pilot)
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen) and len(app.screen_stack) == 1
            assert app.session.case is None and not app.session.store.is_unlocked
            assert "Locked" in str(app.screen.query_one("#unlock-error").render())
            # Unlock again: back on the details, where the lock found us (the dialog is not
            # reopened). Go to a long answer, lock from inside it.
            app.screen.query_one("#pass1", Input).value = PASS
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SetupScreen)
            await pilot.press("f4")
            await settle(pilot)
            screen = app.screen
            await screen.show(next(s for s in screen.slots if s.key == ("abuse_details", None)))  # type: ignore[attr-defined]
            await settle(pilot)
            assert isinstance(app.focused, TextArea)
            await type_text(pilot, "kept")
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen) and not app.session.store.is_unlocked

    asyncio.run(run())
    assert stored(home)[("abuse_details", None)] == "kept"


def test_idle_auto_lock(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home)

    async def run() -> None:
        app = app_for(home, ps, PASS, lock_after=0.4)  # the idle check then runs every 0.1 s
        async with app.run_test(size=(80, 24)) as pilot:
            app.lock_after = 3600  # not while a slow machine is still opening the case
            await open_case(pilot, view="")
            assert isinstance(app.screen, SetupScreen)  # a new case opens on its details
            app.lock_after = 0.4
            # Locks after 0.4 s without use; a loaded machine may take far longer to get
            # there, so wait for the lock itself (up to a minute), never a set time.
            # A plain sleep: Pilot.pause waits on the current screen, which the lock removes.
            for _ in range(600):
                await asyncio.sleep(0.1)
                if isinstance(app.screen, UnlockScreen):
                    break
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen)
            assert not app.session.store.is_unlocked
            assert "without use" in str(app.screen.query_one("#unlock-error").render())

    asyncio.run(run())


def test_export_writes_the_file(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    out = tmp_path / "out"
    out.mkdir()
    seed(
        home,
        children=KIDS,
        answers={("role", None): "mother", ("child_age", "c1"): 9, ("child_said", "c1"): "Stay at school."},
    )

    async def run() -> None:
        app = app_for(home, ps, PASS, export_folder=out)
        async with app.run_test(size=(100, 40)) as pilot:
            await open_case(pilot, view="f6")
            assert isinstance(app.screen, StatementScreen)
            await pilot.press("ctrl+x")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog)
            assert app.screen.query_one("#export-name", Input).value == "statement-2026-11-22.html"
            await pilot.press("tab", "down", "enter")  # past the document, to Markdown
            await settle(pilot)
            assert app.screen.query_one("#export-format", ChoiceList).value == "md"
            assert app.screen.query_one("#export-name", Input).value == "statement-2026-11-22.md"
            await pilot.click("#ok")
            await settle(pilot)
            assert isinstance(app.screen, StatementScreen)
            shown = str(app.screen.query_one("#statement-warnings").render())
            assert f"Written to {out / 'statement-2026-11-22.md'}" in shown
            # A second export starts on the format chosen last; the same name is
            # refused unless Replace is ticked.
            await pilot.press("ctrl+x")
            await settle(pilot)
            assert app.screen.query_one("#export-format", ChoiceList).value == "md"
            assert app.screen.query_one("#export-name", Input).value == "statement-2026-11-22.md"
            await pilot.click("#ok")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog)
            assert "already there" in str(app.screen.query_one(".dialog-error").render())
            # All three: no file name to type; each takes its own in the folder.
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press("ctrl+x")
            await settle(pilot)
            await pilot.press("down", "down", "down", "enter", "tab", "up", "enter")  # and HTML
            await settle(pilot)
            assert app.screen.query_one("#export-document", ChoiceList).value == "all"
            assert app.screen.query_one("#export-format", ChoiceList).value == "html"
            assert app.screen.query_one("#export-name", Input).disabled
            await pilot.click("#ok")
            await settle(pilot)
            assert isinstance(app.screen, StatementScreen)

    asyncio.run(run())
    written = out / "statement-2026-11-22.md"
    assert "Stay at school" in written.read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == [
        "my-notes-2026-11-22.html",
        "officer-notes-2026-11-22.html",
        "statement-2026-11-22.html",
        "statement-2026-11-22.md",
    ]


def test_cases_rename_and_delete_names_what_is_lost(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, "case-1", children=KIDS, answers={("role", None): "mother"})
    seed(home, "case-2")

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(DataTable)
            assert table.row_count == 2
            await pilot.press("r")
            await settle(pilot)
            app.screen.query_one(Input).value = "case-9"
            await pilot.press("enter")
            await settle(pilot)
            assert [r.label for r in app.session.cases()] == ["case-2", "case-9"]
            await pilot.press("d")
            await settle(pilot)
            body = str(app.screen.query_one(".dialog-body Static").render())
            assert "case-9" in body and "1 answer and the details of 2 children" in body
            await pilot.press("enter")  # the focus starts on "Keep it"
            await settle(pilot)
            assert table.row_count == 2
            await pilot.press("d", "shift+tab", "enter")
            await settle(pilot)
            assert [r.label for r in app.session.cases()] == ["case-2"]

    asyncio.run(run())

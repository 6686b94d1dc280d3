"""What a lock or a quick exit keeps: a valid entry still open in a dialog is saved;
typing that does not pass the checks is never written, the person is told after
unlocking, and a quick exit still closes at once."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual.widgets import Input

from s7prep.packs.model import Child
from s7prep.tui.screens.unlock import UnlockScreen
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

# Seeded so that the case opens on the list question "incidents" (when, what, ongoing).
ANSWERS = {("role", None): "mother", ("your_name", None): "Sam", ("concern_types", None): ["conflict"]}
KIDS = (Child("c1", "A.B.", age=9),)


async def _open_entry(pilot: object) -> RecordDialog:
    await open_case(pilot, view="")  # type: ignore[arg-type]
    app = pilot.app  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined] # "Add" has the focus
    await settle(pilot)  # type: ignore[arg-type]
    assert isinstance(app.screen, RecordDialog)
    return app.screen  # type: ignore[no-any-return]


def test_lock_saves_a_valid_open_entry(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            dialog = await _open_entry(pilot)
            await type_text(pilot, "March 2024")  # "Roughly when?" has the focus
            dialog.query(Input)[1].value = "A row at handover"  # typed, its message not yet handled
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen) and not app.session.store.is_unlocked
            assert app.session.pending == {}

    asyncio.run(run())
    assert stored(home)[("incidents", None)] == [{"when": "2024-03", "what": "A row at handover"}]


def test_quick_exit_with_an_unreadable_date_drops_only_that(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await _open_entry(pilot)
            await type_text(pilot, "the day after the party")
            await pilot.press("f12")
            await pilot.pause()
        assert app._exit and app.return_code == 0

    asyncio.run(run())
    assert ("incidents", None) not in stored(home)
    assert stored(home)[("your_name", None)] == "Sam"


def test_lock_drops_typing_that_needs_a_fix_and_says_so_after_unlock(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f4")
            screen = app.screen
            await screen.show(next(s for s in screen.slots if s.key == ("child_age", "c1")))  # type: ignore[attr-defined]
            await settle(pilot)
            app.focused.value = ""  # type: ignore[union-attr]
            await type_text(pilot, "45")  # over the maximum of 18
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen)
            assert not list(app._notifications)  # nothing said while locked
            app.screen.query_one("#pass1", Input).value = PASS
            await pilot.press("enter")
            await settle(pilot)
            shown = [n.message for n in app._notifications]
            assert len(shown) == 1 and "How old is the child?" in shown[0] and "not kept" in shown[0]
            assert "45" not in shown[0]

    asyncio.run(run())
    assert ("child_age", "c1") not in stored(home)


def test_lock_keeps_changed_child_details_in_the_open_dialog(tmp_path: Path) -> None:
    ps = packset(tmp_path, roles=True)
    home = tmp_path / "home"
    seed(home, children=KIDS, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_child_dialog(pilot)
            await type_text(pilot, "E.F.")
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen)

    asyncio.run(run())
    from tests.tui_helpers import open_store

    store = open_store(home)
    try:
        store.unlock(PASS)
        assert [c.name for c in store.load_case("case-1").children] == ["A.B.", "E.F."]
    finally:
        store.close()


def _leave_with_an_open_entry(tmp_path: Path, what: str, leave: Callable[[Any], Awaitable[None]]) -> None:
    """Type an entry into the open record dialog, then leave with `leave(pilot)`
    before the entry is added: it must be stored all the same, and the exit clean."""
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, answers=ANSWERS)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            dialog = await _open_entry(pilot)
            await type_text(pilot, "March 2024")
            dialog.query(Input)[1].value = what  # typed, its message not yet handled
            await leave(pilot)
        assert app._exit and app.return_code == 0

    asyncio.run(run())
    assert stored(home)[("incidents", None)] == [{"when": "2024-03", "what": what}]


def test_ctrl_q_keeps_typing_and_an_open_entry_like_a_quick_exit(tmp_path: Path) -> None:
    """Ctrl+Q (Quit, in the help) straight after typing: the autosave pause has not
    passed, and the entry in the open dialog has not been added yet."""

    async def ctrl_q(pilot: Any) -> None:
        await pilot.press("ctrl+q")
        await pilot.pause()

    _leave_with_an_open_entry(tmp_path, "A row at handover", ctrl_q)


def test_a_kill_signal_gets_the_quick_exit(tmp_path: Path) -> None:
    """SIGTERM (or a closed terminal's SIGHUP) saves what is valid and exits cleanly,
    so the terminal is put back instead of left showing the last screen."""
    import os
    import signal

    async def kill(pilot: Any) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        await wait_until(pilot, lambda: bool(pilot.app._exit))

    # Without the app's own handler this one swallows the signal, so the test fails
    # on its assertions instead of killing the test run.
    before = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        _leave_with_an_open_entry(tmp_path, "Before the kill", kill)
    finally:
        signal.signal(signal.SIGTERM, before)

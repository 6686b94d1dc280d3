"""SVG snapshots of the main screens at 80x24 and 120x40 (pytest-textual-snapshot).

Dates are fixed and no clock is shown, so the pictures only change when the
screens do. After a deliberate change of look: pytest tests/test_tui_snapshots.py
--snapshot-update, then look at the new files in tests/snapshots/.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_textual_snapshot
from textual.pilot import Pilot

from s7prep.packs.model import Child
from s7prep.tui.screens.questions import QuestionsScreen
from tests.tui_helpers import PASS, app_for, packset, seed, settle

SIZES = [(80, 24), (120, 40)]
KIDS = (Child("c1", "A.B.", born="2016-05", lives_with="me"), Child("c2", "C.D.", age=6, lives_with="me"))
ANSWERS = {
    ("your_role", None): "grandmother",
    ("other_party_role", None): "father",
    ("role", None): "grandparent",
    ("your_name", None): "Sam",
    ("concern_types", None): ["domestic_abuse", "conflict"],
    ("child_age", "c1"): 9,
    ("child_said", "c1"): "That they want to stay at the same school.",
    ("child_sen", "c1"): False,
    ("lives_with", None): "me",
}


class _Snapshots(pytest_textual_snapshot.SVGImageExtension):
    """Keep the pictures in tests/snapshots/<test module>/."""

    @classmethod
    def dirname(cls, *, test_location: Any) -> str:
        return str(Path(__file__).parent / "snapshots" / test_location.basename)


@pytest.fixture(autouse=True)
def _fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytest_textual_snapshot, "SVGImageExtension", _Snapshots)
    monkeypatch.setattr("s7prep.store.store._now", lambda: "2026-11-20T10:00:00+00:00")


def _app(tmp_path: Path, *, unlocked: bool = True, answers: bool = True, more: Any = None) -> Any:
    ps = packset(tmp_path, roles=True)
    home = tmp_path / "home"
    if unlocked:
        seed(home, "case-1", KIDS, {**ANSWERS, **(more or {})} if answers else None)
        seed(home, "case-2")
    return app_for(home, ps, PASS if unlocked else None, export_folder=Path("/exports"))


async def _hold_cursors(pilot: Pilot[Any]) -> None:
    """A blinking cursor is on or off depending on how long the machine took: hold it on."""
    for box in pilot.app.screen.query("Input, TextArea"):
        box.cursor_blink = False  # type: ignore[attr-defined]
    await pilot.pause(0.1)


def _then(*keys: str, at: tuple[str, str | None] | None = None) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        screen = pilot.app.screen
        if at is not None and isinstance(screen, QuestionsScreen):
            await screen.show(next(s for s in screen.slots if s.key == at))
        await settle(pilot)
        await _hold_cursors(pilot)

    return run


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_run(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path, unlocked=False), terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cases(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_case_details(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then("enter", "f3"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_question_choice(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    run = _then("enter", at=("concern_types", None))
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_question_long_text_with_helpline(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    run = _then("enter", at=("abuse_details", None))
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_coverage(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then("enter", "f5"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_statement(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then("enter", "f6"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_advice(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    planted = {("abuse_details", None): "He is always shouting at the door. His mobile is 07700 900461."}
    app = _app(tmp_path, more=planted)
    assert snap_compare(app, terminal_size=size, run_before=_then("enter", "f6", "left", "tab", "tab"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_export_dialog(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then("enter", "f6", "ctrl+x"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then("f1"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_record_dialog(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    run = _then("enter", at=("incidents", None))

    async def then_add(pilot: Pilot[Any]) -> None:
        await run(pilot)
        await pilot.press("enter")  # the focus is on Add
        await settle(pilot)
        await _hold_cursors(pilot)

    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=then_add)

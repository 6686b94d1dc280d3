"""Safety in the terminal: a crash prints no answer text, typed markup shows
literally, quick exit prints nothing, the system clipboard is left alone."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textual.widgets import Button

from s7prep.packs.model import Child
from s7prep.store.errors import InvalidInput
from s7prep.store.input_checks import clean_label
from s7prep.tui.screens.cases import CasesScreen
from s7prep.tui.screens.coverage import CoverageScreen
from s7prep.tui.screens.questions import QuestionsScreen
from s7prep.tui.screens.setup import SetupScreen
from s7prep.tui.screens.statement import StatementScreen
from s7prep.tui.widgets.dialog import ConfirmDialog
from tests.tui_helpers import PASS, app_for, packset, screen_text, seed, settle

ROOT = Path(__file__).resolve().parent.parent
MARKER = "Zebra-Quokka-4471"

CRASH_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from textual.app import App

    from s7prep.tui import app as tui_app
    from s7prep.tui.screens.questions import QuestionsScreen
    from tests.tui_helpers import PASS, app_for, packset, seed, settle

    home, mode = Path(sys.argv[1]), sys.argv[2]
    ps = packset(home.parent)
    seed(home, answers={("role", None): "mother", ("your_name", None): sys.argv[3]})

    async def boom(self):
        answer = self.session.value(("your_name", None))  # the marker, in a local variable
        raise ValueError(f"cannot use {answer}")

    QuestionsScreen.action_next = boom
    if mode == "textual":  # Textual's own handler, to show this test can fail
        tui_app.S7App._handle_exception = App._handle_exception

    async def drive(pilot):
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)

    app = app_for(home, ps, PASS)
    app.run(headless=True, size=(100, 30), auto_pilot=drive)
    sys.exit(app.return_code)
    """
)


@pytest.mark.parametrize("mode", ["ours", "textual"])
def test_a_crash_prints_a_short_message_and_no_answer_text(tmp_path: Path, mode: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(tmp_path / "home"), mode, MARKER],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 1
    if mode == "ours":
        assert MARKER not in out
        assert "Traceback" not in out
        assert "s7prep stopped because of an unexpected error" in out
    else:
        assert MARKER in out  # Textual's traceback shows local variables


def test_quick_exit_prints_nothing(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from tests.tui_helpers import PASS, app_for, packset, seed, settle

        home = Path(sys.argv[1])
        seed(home, answers={("role", None): "mother", ("your_name", None): sys.argv[2]})

        async def drive(pilot):
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("f12")

        app = app_for(home, packset(home.parent), PASS)
        app.run(headless=True, size=(100, 30), auto_pilot=drive)
        sys.exit(app.return_code)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "home"), MARKER],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0
    assert done.stdout == "" and done.stderr == ""


def test_copy_stays_inside_the_app(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home)

    async def run() -> None:
        app = app_for(home, ps, PASS)
        written: list[str] = []
        async with app.run_test() as pilot:
            await settle(pilot)
            app._driver.write = written.append  # type: ignore[union-attr, method-assign]
            app.copy_to_clipboard(MARKER)
            assert app.clipboard == MARKER
            assert not any("\x1b]52" in w for w in written)  # no OSC 52 to the terminal
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert app.clipboard == ""  # locking forgets what was copied

    asyncio.run(run())


# Text a person might type: markup, actions, emoji, right-to-left scripts.
PIECES = [
    "[b]",
    "[/b]",
    "[@click=app.quit]",
    "[/]",
    "[red]x[/red]",
    "😀",
    "🎉",
    "שלום",
    "مرحبا",
    "\\",
    "*",
    "_",
]
LETTERS = st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm", "So"))
TYPED = (
    st.lists(st.sampled_from(PIECES) | st.text(LETTERS, min_size=1, max_size=4), min_size=1, max_size=4)
    .map(" ".join)
    .map(lambda t: unicodedata.normalize("NFC", t))
)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TYPED)
@example(text="[b]bold[/b] [@click=app.quit]quit[/]")
@example(text="😀 emoji 🎉")
@example(text="שלום עליכם")
@example(text="مرحبا بالعالم")
def test_typed_text_shows_literally_everywhere(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    tmp = tmp_path_factory.mktemp("markup")
    ps = packset(tmp)
    home = tmp / "home"
    try:
        label = clean_label(text)
    except InvalidInput:
        label = "case-1"
    seed(
        home,
        label,
        children=(Child("c1", text, age=9),),
        answers={
            ("role", None): "mother",
            ("your_name", None): text,
            ("child_age", "c1"): 9,
            ("child_said", "c1"): text,
            ("concern_types", None): ["domestic_abuse"],
            ("incidents", None): [{"when": "2024-03", "what": text}],
        },
    )

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=(160, 50)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            assert label in screen_text(app)
            await pilot.press("enter")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, QuestionsScreen)
            for key in (("your_name", None), ("incidents", None), ("child_said", "c1")):
                await screen.show(next(s for s in screen.slots if s.key == key))
                await settle(pilot)
                shown = screen_text(app)
                assert text in shown, key
                assert f"case {label}" in shown
            await pilot.press("f6")
            await settle(pilot)
            assert isinstance(app.screen, StatementScreen)
            await pilot.pause(0.2)
            assert text in screen_text(app)
            # The child's name: in the list of children, the coverage table and the
            # confirmation before removing the child.
            for key, screen_type in (("f3", SetupScreen), ("f5", CoverageScreen)):
                await pilot.press(key)
                await settle(pilot)
                assert isinstance(app.screen, screen_type)
                assert text in screen_text(app), key
            await pilot.press("f3")
            await settle(pilot)
            app.screen.query_one("#child-remove", Button).press()
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            body = app.screen.query_one(".dialog-body Static").render()  # as shown, before wrapping
            assert str(body).startswith(f"{text} will be removed")
        assert app.return_code is None or app.return_code == 0

    asyncio.run(run())

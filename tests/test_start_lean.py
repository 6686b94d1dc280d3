"""What the app loads before and at the unlock, and the work it keeps off the way
to the next question. No timing here (bench_tui measures): each test checks what
is imported, kept or shown."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from s7prep import engine
from s7prep.cli import main as cli
from s7prep.packs import loader as packs
from s7prep.packs.model import Child
from s7prep.store import demo
from s7prep.tui.look import breakpoint
from s7prep.tui.screens.unlock import UnlockScreen
from s7prep.tui.session import Session
from tests.store_helpers import child_env
from tests.tui_helpers import PASS, app_for, open_store, packset, seed, settle

# Not needed to draw the passphrase screen: each loads when first used.
NOT_AT_START = (
    "cryptography",
    "nacl",
    "argon2",
    "jinja2",
    "yaml",
    "questionary",
    "prompt_toolkit",
    "s7prep.statement",
    "s7prep.plain",
    "s7prep.packs.loader",
    "s7prep.engine",
)
# Not loaded by the unlock either: the statement and its templates wait until asked for.
NOT_AT_UNLOCK = (
    "jinja2",
    "s7prep.statement",
    "questionary",
    "prompt_toolkit",
    "textual.widgets._text_area",  # the case list has no TextArea (half a MiB)
)


def loaded_after(code: str, names: tuple[str, ...]) -> list[str]:
    """The modules of `names` that running `code` in a fresh interpreter imports."""
    check = f"import sys\n{textwrap.dedent(code)}\nprint([n for n in {names!r} if n in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=child_env(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    found: list[str] = eval(done.stdout.strip().splitlines()[-1])  # a list of names printed above
    return found


def test_importing_the_command_line_loads_none_of_them() -> None:
    assert loaded_after("import s7prep.cli.main", NOT_AT_START) == []


def test_the_app_up_to_its_first_screen_loads_none_of_them(tmp_path: Path) -> None:
    seed(tmp_path / "home")  # a store with a vault and a case: the usual start
    code = f"""
        from s7prep.cli import main as cli
        from s7prep.cli import app as cli_ui
        app = cli_ui.build_app(cli.parse_args(["--home", {str(tmp_path / "home")!r}]))
        assert app.session.is_initialised  # the store is open: the screen says Unlock
        app.get_default_screen()
    """
    assert loaded_after(code, NOT_AT_START) == []


def test_the_unlock_does_not_load_the_statement(tmp_path: Path) -> None:
    seed(tmp_path / "home")
    code = f"""
        import asyncio
        from pathlib import Path
        from tests.tui_helpers import PASS, app_for, packset

        async def run():
            app = app_for(Path({str(tmp_path / "home")!r}), packset(Path({str(tmp_path)!r})), PASS)
            async with app.run_test() as pilot:
                await app.workers.wait_for_complete()
                await pilot.pause()
                assert app.session.unlocked and len(app.screen_stack) == 2, app.screen_stack

        asyncio.run(run())
    """
    assert loaded_after(code, NOT_AT_UNLOCK) == []


def test_the_unlock_loads_libsodium_not_openssl(tmp_path: Path) -> None:
    """cryptography's OpenSSL costs 7-8 MiB resident; it loads only on a processor
    without AES instructions (issue 14's memory target)."""
    from s7prep.store import aead

    aead.use(None)
    expected = ["nacl"] if aead.backend() == "libsodium" else ["cryptography", "nacl"]
    seed(tmp_path / "home")
    code = f"""
        from pathlib import Path
        from tests.store_helpers import PASS, open_store

        store = open_store(Path({str(tmp_path / "home")!r}))
        store.unlock(PASS)
        store.list_cases()
    """
    assert loaded_after(code, ("cryptography", "nacl")) == expected


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--home", "x"],
        ["--home=x"],
        ["--ho", "x"],  # an abbreviation, as argparse allows
        ["--home", "case"],  # a value that looks like a command
        ["--lock-after", "2.5", "--high-contrast"],
        ["--hi"],
        ["case", "list"],
        ["--home", "x", "case", "list", "--home", "y"],
        ["--lock-after", "0", "demo"],
    ],
)
def test_the_quick_parser_reads_what_the_full_one_reads(argv: list[str]) -> None:
    assert vars(cli.parse_args(argv)) == vars(cli.build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["--help"], ["-h"], ["--version"], ["--lock-after", "soon"], ["--h"], ["bogus"]]
)
def test_help_and_mistakes_say_what_the_full_parser_says(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as quick:
        cli.parse_args(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as full:
        cli.build_parser().parse_args(argv)
    assert (quick.value.code, said) == (full.value.code, capsys.readouterr())
    assert said.out or said.err


def test_the_passphrase_screen_starts_with_the_classes_of_its_size(tmp_path: Path) -> None:
    app = app_for(tmp_path / "home", packset(tmp_path))
    width, height = app.size
    screen = app.get_default_screen()
    assert isinstance(screen, UnlockScreen)
    expected = {*breakpoint(width, app.HORIZONTAL_BREAKPOINTS), *breakpoint(height, app.VERTICAL_BREAKPOINTS)}
    assert expected and expected <= set(screen.classes)
    app.session.close()


def test_breakpoint_gives_the_class_textual_gives() -> None:
    points = [(0, "-narrow"), (110, "-wide")]
    assert breakpoint(80, points) == ("-narrow",)
    assert breakpoint(110, points) == ("-wide",)
    assert breakpoint(5, [(10, "-big")]) == ()


def test_after_the_unlock_the_app_freezes_what_lives_on_only_when_asked(tmp_path: Path) -> None:
    seed(tmp_path / "home")

    async def unlock(freeze: bool) -> int:
        app = app_for(tmp_path / "home", packset(tmp_path), PASS)
        app.freeze_gc = freeze
        before = gc.get_freeze_count()
        try:
            async with app.run_test() as pilot:
                await settle(pilot)
                assert app.session.unlocked
                return gc.get_freeze_count() - before
        finally:
            gc.unfreeze()  # the test process goes on to other apps

    assert asyncio.run(unlock(False)) == 0
    assert asyncio.run(unlock(True)) > 0


def test_s7prep_starts_with_the_collector_off_and_turns_it_on_once_the_screen_is_up(
    tmp_path: Path,
) -> None:
    """build_app turns the garbage collector off for the start (about 25 ms sooner to
    the first screen); the running app collects, freezes what lives on and turns it
    back on. Left off, a long session would never free a cycle."""
    from s7prep.cli import app as cli_ui

    seed(tmp_path / "home")
    assert gc.isenabled()
    before = gc.get_freeze_count()

    async def start() -> None:
        app = cli_ui.build_app(cli.parse_args(["--home", str(tmp_path / "home")]))
        assert not gc.isenabled()
        async with app.run_test() as pilot:
            assert isinstance(app.screen, UnlockScreen)
            for _ in range(400):  # waits for the app, not for a time: 20 s at most
                if gc.isenabled():
                    break
                await pilot.pause(0.05)
            assert gc.isenabled()
            assert gc.get_freeze_count() > before
        app.session.close()

    try:
        asyncio.run(start())
    finally:
        gc.enable()
        gc.unfreeze()


def test_an_unlock_before_the_collector_is_back_is_not_frozen_again_later(tmp_path: Path) -> None:
    """The unlock collects and freezes; the start's timer, if it comes after, must
    not freeze again what was made since (a case's decrypted answers, perhaps)."""
    from s7prep.tui import app as tui_app

    seed(tmp_path / "home")

    async def unlock() -> None:
        app = app_for(tmp_path / "home", packset(tmp_path), PASS)
        app.freeze_gc = True
        gc.disable()  # as build_app leaves it
        async with app.run_test() as pilot:
            await settle(pilot)
            assert app.session.unlocked and gc.isenabled()
            after_unlock = gc.get_freeze_count()
            app._resume_gc_after_start()  # the timer, coming late
            assert gc.get_freeze_count() == after_unlock

    assert tui_app.GC_RESUME_AFTER > 0
    try:
        asyncio.run(unlock())
    finally:
        gc.enable()
        gc.unfreeze()


@pytest.mark.parametrize("failure", ["folder", "crash"])
def test_an_app_that_cannot_be_made_leaves_the_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    from s7prep.cli import app as cli_ui
    from s7prep.cli.common import CliError
    from s7prep.tui import app as tui_app

    (tmp_path / "home").write_text("not a folder")
    if failure == "crash":

        def crash(*args: object, **kwargs: object) -> None:
            raise OSError("the disk went away")

        monkeypatch.setattr(tui_app, "make_app", crash)
    with pytest.raises(CliError if failure == "folder" else OSError):
        cli_ui.build_app(cli.parse_args(["--home", str(tmp_path / "home")]))
    assert gc.isenabled()


# ---------------------------------------------------------------- the questions shown


def test_steering_names_the_questions_a_show_if_reads() -> None:
    shipped = packs.shipped().packset
    steering = engine.steering(shipped)
    named = {qid for q in shipped.by_id.values() if q.show_if is not None for qid in q.show_if.ids()}
    assert steering == named and steering
    # And an answer to any other question leaves the questions shown as they were.
    children = [Child("c1", "A."), Child("c2", "B.")]
    order = engine.all_slots(shipped, children)
    shown = engine.visible(shipped, children, {}, order=order)
    for slot in order:
        if slot.question.id not in steering:
            answers = {slot.key: demo.sample_value(slot.question)}
            assert engine.visible(shipped, children, answers, order=order) == shown, slot.key


def test_the_questions_shown_follow_answers_that_show_or_hide_others(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home)
    session = Session(home, packset(tmp_path, roles=True), open_store)
    try:
        session.open_vault(PASS)
        session.open_case("case-1")
        keys = [s.key for s in session.slots()]
        assert ("your_role_other", None) not in keys
        first = session.slots()

        # An answer no show_if reads: the same questions, not worked out again.
        plain = next(s for s in first if s.question.id not in engine.steering(session.packset))
        session.stage(plain.key, demo.sample_value(plain.question))
        assert session.flush().state == "saved"
        assert session.slots() is first

        # One that shows a question, then hides it again.
        session.stage(("your_role", None), "other")
        assert session.flush().state == "saved"
        assert ("your_role_other", None) in [s.key for s in session.slots()]
        session.stage(("your_role", None), "mother")
        session.flush()
        assert [s.key for s in session.slots()] == keys
    finally:
        session.close()


def test_the_lock_drops_the_questions_shown(tmp_path: Path) -> None:
    # They name the children: a lock must not keep them (nor the order they come from).
    home = tmp_path / "home"
    seed(home, children=(Child("c1", "Zed Q."),))
    session = Session(home, packset(tmp_path), open_store)
    try:
        session.open_vault(PASS)
        session.open_case("case-1")
        assert any(s.child is not None and s.child.name == "Zed Q." for s in session.slots())
        session.lock()
        assert session._visible == {} and session._order is None
    finally:
        session.close()

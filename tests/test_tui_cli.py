"""`s7prep` (the app) and `s7prep demo` from the command line."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from s7prep.cli import app as cli_ui
from s7prep.cli import main as cli
from s7prep.cli.common import CliError
from s7prep.store import demo

ROOT = Path(__file__).resolve().parent.parent


def args(*argv: str) -> argparse.Namespace:
    return cli.build_parser().parse_args(list(argv))


def test_lock_after_from_option_environment_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cli_ui.LOCK_ENV, raising=False)
    assert cli_ui.lock_after(args()) == 600
    assert cli_ui.lock_after(args("--lock-after", "2.5")) == 150
    assert cli_ui.lock_after(args("--lock-after", "0")) is None
    monkeypatch.setenv(cli_ui.LOCK_ENV, "1")
    assert cli_ui.lock_after(args()) == 60
    assert cli_ui.lock_after(args("--lock-after", "3")) == 180  # the option wins
    monkeypatch.setenv(cli_ui.LOCK_ENV, "soon")
    with pytest.raises(CliError, match="number of minutes"):
        cli_ui.lock_after(args())
    with pytest.raises(CliError, match="0 \\(never\\) or more"):
        cli_ui.lock_after(args("--lock-after", "-1"))


def test_the_app_needs_a_terminal(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "s7prep", "--home", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "s7prep: the app needs a terminal; for plain prompts use: s7prep ask"
    assert done.stdout == ""


def test_help_stays_fast_without_textual() -> None:
    code = (
        "import sys; from s7prep.cli import main as cli; cli.build_parser(); print('textual' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.stdout.strip() == "False"


def test_demo_runs_in_a_folder_that_is_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_run(app: Any) -> int:
        home = app.session.home
        seen["home"] = home
        app.session.open_vault(demo.DEMO_PASSPHRASE)  # as the app does with make_app(passphrase=...)
        seen["cases"] = [row.label for row in app.session.cases()]
        seen["export"] = app.session.export_folder
        assert app.session.export_folder.is_dir() and home.is_dir()
        app.session.close()
        return 0

    monkeypatch.setattr(cli_ui, "run", fake_run)
    term = signal.getsignal(signal.SIGTERM)
    assert cli_ui.run_demo_case(lock_after=None) == 0
    assert signal.getsignal(signal.SIGTERM) is term  # the demo's handler is gone again
    assert seen["cases"] == [demo.DEMO_LABEL]
    assert seen["export"].parent == seen["home"].parent  # exports stay in the demo folder
    assert not seen["home"].parent.exists()


def test_demo_vault_opens_with_the_published_passphrase(tmp_path: Path) -> None:
    from s7prep.packs import loader as packs

    demo.fill(tmp_path / "store", packs.shipped().packset)
    store = demo.open_store(tmp_path / "store")
    try:
        store.unlock(demo.DEMO_PASSPHRASE)
        case = store.load_case(demo.DEMO_LABEL)
    finally:
        store.close()
    assert [c.name for c in case.children] == ["Mia", "Leo"]
    assert case.answers[("your_role", None)] == "grandmother"

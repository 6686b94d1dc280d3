"""`s7prep` with no command opens the app; `s7prep demo` opens it on invented data.

Textual is imported only inside the handlers, so `s7prep --help` and the other
commands stay fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

from s7prep.cli.common import CliError, home_dir

LOCK_ENV = "S7PREP_LOCK_AFTER"
DEFAULT_LOCK_MINUTES = 10.0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="the app on a throw-away case with invented answers (nothing is kept)",
        description="Open the app on an invented sample case in a temporary folder, without a "
        "passphrase, to see how it works. Everything is removed when you leave.",
    )
    p.set_defaults(handler=run_demo)


def register_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lock-after",
        type=float,
        metavar="MINUTES",
        help=f"lock the app after this many idle minutes; 0 never (default: ${LOCK_ENV} or "
        f"{DEFAULT_LOCK_MINUTES:g})",
    )
    parser.add_argument("--high-contrast", action="store_true", help="white and yellow on black")


def lock_after(args: argparse.Namespace) -> float | None:
    """Idle seconds before the app locks itself, or None for never."""
    minutes = getattr(args, "lock_after", None)
    if minutes is None:
        text = os.environ.get(LOCK_ENV, "").strip()
        try:
            minutes = float(text) if text else DEFAULT_LOCK_MINUTES
        except ValueError:
            raise CliError(f"{LOCK_ENV} must be a number of minutes, like 10", 2) from None
    if minutes < 0:
        raise CliError("--lock-after must be 0 (never) or more minutes", 2)
    return minutes * 60 if minutes else None


def _need_terminal() -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise CliError("the app needs a terminal; for plain prompts use: s7prep ask", 2)


def run_app(args: argparse.Namespace) -> int:
    _need_terminal()
    return run(build_app(args))


def build_app(args: argparse.Namespace) -> Any:
    """The app `s7prep` runs (the benchmark starts it the same way)."""
    seconds = lock_after(args)
    # Start-up makes some 300,000 objects (modules, classes, the stylesheet's rules,
    # the first screen) that live as long as the process. Collecting while they are
    # made finds next to nothing and took about 25 ms of the time to the first screen.
    # The app collects once, freezes what lives on and turns the collector back on
    # when the first screen has been up a moment (S7App.resume_gc). Nothing decrypted
    # exists yet.
    gc.disable()
    from s7prep.store.errors import StoreError
    from s7prep.tui.app import make_app

    try:
        app = make_app(
            home_dir(args), lock_after=seconds, high_contrast=bool(getattr(args, "high_contrast", False))
        )
    except BaseException as exc:
        gc.enable()  # no app will turn it back on
        if isinstance(exc, StoreError):
            raise CliError(str(exc)) from None
        raise
    app.freeze_gc = True  # and again after each unlock
    return app


def run(app: Any) -> int:
    """Run the app and close its store whatever happens; never a traceback."""
    from s7prep.tui.app import CRASH_MESSAGE

    try:
        app.run()
    except Exception:
        print(CRASH_MESSAGE, file=sys.stderr)
        return 1
    finally:
        gc.enable()  # if the app ended before it turned it back on
        app.session.close()
    return int(app.return_code or 0)


def run_demo(args: argparse.Namespace) -> int:
    _need_terminal()
    return run_demo_case(lock_after(args), bool(getattr(args, "high_contrast", False)))


def _remove_when_killed(folder: str) -> dict[int, Any]:
    """A closed terminal (SIGHUP) or a kill (SIGTERM) ends the process without
    running `finally`: remove the folder in the signal handler instead.
    Returns the handlers it replaced."""

    def handler(signum: int, frame: object) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        os._exit(128 + signum)

    sigs = [getattr(signal, name) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)]
    return {sig: signal.signal(sig, handler) for sig in sigs}


def run_demo_case(lock_after: float | None, high_contrast: bool = False) -> int:
    """The app on the invented case, in a temporary folder removed however the app
    closes (a closed terminal window included)."""
    from s7prep.packs import loader
    from s7prep.store.demo import DEMO_PASSPHRASE, NOTE, fill, open_store
    from s7prep.tui.app import make_app

    packset = loader.shipped().packset
    folder = tempfile.mkdtemp(prefix="s7prep-demo-")
    before = _remove_when_killed(folder)
    try:
        home = Path(folder) / "store"
        exports = Path(folder) / "exports"
        exports.mkdir()
        fill(home, packset)
        app = make_app(
            home,
            DEMO_PASSPHRASE,
            packset=packset,
            opener=open_store,
            lock_after=lock_after,
            high_contrast=high_contrast,
            note=NOTE,
            export_folder=exports,
        )
        gc.freeze()  # what start-up made lives on (see build_app); the invented case is no secret
        app.freeze_gc = True
        return run(app)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        for sig, old in before.items():
            signal.signal(sig, old)

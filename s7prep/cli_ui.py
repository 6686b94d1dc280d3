"""`s7prep` with no command opens the app; `s7prep demo` opens it on invented data.

Textual is imported only inside the handlers, so `s7prep --help` and the other
commands stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from s7prep.cli import CliError, home_dir

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
    from s7prep.store_errors import StoreError
    from s7prep.tui.app import make_app

    try:
        return make_app(
            home_dir(args), lock_after=seconds, high_contrast=bool(getattr(args, "high_contrast", False))
        )
    except StoreError as exc:
        raise CliError(str(exc)) from None


def run(app: Any) -> int:
    """Run the app and close its store whatever happens; never a traceback."""
    from s7prep.tui.app import CRASH_MESSAGE

    try:
        app.run()
    except Exception:
        print(CRASH_MESSAGE, file=sys.stderr)
        return 1
    finally:
        app.session.close()
    return int(app.return_code or 0)


def run_demo(args: argparse.Namespace) -> int:
    _need_terminal()
    from s7prep import demo

    return demo.run(lock_after(args), bool(getattr(args, "high_contrast", False)))

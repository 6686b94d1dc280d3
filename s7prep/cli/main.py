"""The command line. Parsing and dispatch only: the work is in the core modules.

Each group of commands lives in its own module of this package with a `register()`
(and optionally `register_options()` for options of `s7prep` itself); this file
wires them together and makes sure any failure is one line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from s7prep import __version__
from s7prep.cli.common import CliError, fitted

# Each group of commands, in the order they appear in --help.
MODULES = (
    "s7prep.cli.packs",
    "s7prep.cli.case",
    "s7prep.cli.ask",
    "s7prep.cli.export",
    "s7prep.cli.check",
    "s7prep.cli.app",
)


def _top_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"s7prep {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="folder for the encrypted case store (default: $S7PREP_HOME or your user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="s7prep",
        description="Prepare for a Cafcass Section 7 interview. With no command, opens the app.",
    )
    _top_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in MODULES:
        module = importlib.import_module(name)
        module.register(sub)
        if hasattr(module, "register_options"):  # options of `s7prep` itself (the app)
            module.register_options(parser)
    _accept_home_anywhere(parser)
    return parser


def _accept_home_anywhere(parser: argparse.ArgumentParser) -> None:
    """Let `--home` also follow a command (`s7prep case list --home DIR`)."""
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        for child in getattr(action, "choices", {}).values():
            if not any("--home" in a.option_strings for a in child._actions):
                child.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
            _accept_home_anywhere(child)


class _NotTheApp(Exception):
    """The arguments need the full parser (a command, --help, or a mistake to report)."""


class _AppOnlyParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheApp(message)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments as build_parser() reads them. `s7prep` alone, with only options
    of the app, is read by a parser of those options: the full one imports every
    command module, which the app's start does not need. Anything else (a command,
    --help, an error to report) goes to the full parser."""
    from s7prep.cli import app

    quick = _AppOnlyParser(prog="s7prep", add_help=False, allow_abbrev=True)
    _top_options(quick)
    app.register_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotTheApp:
        rest = ["(full parser)"]
    if rest:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        default = getattr(args, "default_handler", None)
        if args.command is None:
            handler = _open_app
        elif default is not None:
            handler = default
        else:
            build_parser().parse_args([*(argv or sys.argv[1:]), "--help"])
            return 2
    try:
        return int(handler(args) or 0)
    except CliError as exc:
        print(fitted(f"s7prep: {exc}", sys.stderr), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("s7prep: stopped", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # never show a traceback: it may hold answers
        print(f"s7prep: unexpected error ({type(exc).__name__}); nothing you saved is lost", file=sys.stderr)
        return 1


def _open_app(args: argparse.Namespace) -> int:
    """`s7prep` alone opens the app."""
    from s7prep.cli import app

    return app.run_app(args)

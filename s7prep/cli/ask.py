"""`s7prep ask [LABEL | --case LABEL] [--essentials] [--child KEY]`: plain mode."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from typing import Any

from s7prep.cli.common import CliError, fitted, home_dir

# Home, erase the screen, erase the scrollback (xterm "E3", kept by most terminals):
# the next caller must not find this one's answers by scrolling up.
CLEAR = "\x1b[H\x1b[2J\x1b[3J"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "ask",
        help="plain prompts, one question at a time (for screen readers and advice lines)",
        description="Ask the questions one at a time as plain text prompts: easy with a screen reader, "
        "and for a volunteer reading questions aloud on a call. Answers are saved as they are given. "
        "When it ends, the screen is cleared so the next person does not see these answers.",
    )
    # The label as export and check take it (a volunteer types `ask call-1`), or as --case.
    p.add_argument(
        "label", nargs="?", metavar="LABEL", help="the case to work on (default: choose, or start a new one)"
    )
    p.add_argument("--case", metavar="LABEL", help="the same as LABEL")
    p.add_argument("--essentials", action="store_true", help="only the essential questions (a short path)")
    p.add_argument(
        "--child",
        metavar="KEY",
        help="only the questions about one child: c1, c2, ..., its number, or its name",
    )
    p.set_defaults(handler=cmd_ask)


def cmd_ask(args: argparse.Namespace) -> int:
    label = args.label or args.case
    if args.label and args.case and args.label.casefold() != args.case.casefold():
        raise CliError(f"two cases given ({args.label} and --case {args.case}): give one", 2)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise CliError("ask needs a terminal: run it in a terminal window, not with piped input or output", 2)
    from s7prep.packs import loader
    from s7prep.plain.prompts import Prompter
    from s7prep.plain.session import Outcome, run
    from s7prep.statement.export import FileExporter
    from s7prep.store.errors import StoreError

    loaded = loader.shipped()
    if not loaded.packset.packs:
        raise CliError("no question packs could be loaded (see: s7prep packs validate)")
    if loaded.errors:
        note = (
            f"Note: {len(loaded.errors)} problem(s) in the question packs; some questions are left out "
            "(see: s7prep packs validate)."
        )
        print(fitted(note, sys.stderr), file=sys.stderr)
    store = _open(args)
    try:
        outcome = run(
            store,
            loaded.packset,
            Prompter(),
            _say,
            label=label,
            essentials=args.essentials,
            child=args.child,
            exporter=FileExporter(),
        )
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except KeyboardInterrupt:  # between prompts (a save in progress): what was saved stays saved
        outcome = Outcome(130, ["Stopped. Every answer shown as saved is kept."])
    finally:
        # Whatever ended the run (an error too), this caller's answers leave the screen.
        store.close()
        _clear()
    for line in outcome.last:
        _say(line)
    return outcome.code


def _say(text: str) -> None:
    # Broken between words for the terminal's width: the terminal itself would
    # break words in two. Each paragraph stays one printed block for screen readers.
    from s7prep.plain import fit

    print("\n".join(fit.lines(text, fit.usable(shutil.get_terminal_size().columns))), flush=True)


def _clear() -> None:
    if sys.stdout.isatty() and os.environ.get("TERM") != "dumb":
        sys.stdout.write(CLEAR)
        sys.stdout.flush()


def _open(args: argparse.Namespace) -> Any:
    """The unlocked store, made on first use (the passphrase asked twice)."""
    from s7prep.cli import passphrase
    from s7prep.store.errors import StoreError
    from s7prep.store.store import Store

    try:
        store = Store.open(home_dir(args))
    except StoreError as exc:
        raise CliError(str(exc)) from None
    try:
        if store.is_initialised:
            store.unlock(passphrase.get_passphrase())
        else:
            print("This is the first time: choose a passphrase to protect your answers.", file=sys.stderr)
            store.create_vault(passphrase.new_passphrase())
            print(fitted(f"Created a new encrypted case store in {store.home}.", sys.stderr), file=sys.stderr)
    except StoreError as exc:
        store.close()
        raise CliError(str(exc)) from None
    except BaseException:
        store.close()
        raise
    return store

"""Getting the passphrase for the command line and plain mode: S7PREP_PASSPHRASE for
automation (as restic and borg do), otherwise asked on the terminal without echo.
The rules for a new one live in s7prep.store.passphrase_rules (the TUI uses them too).
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TextIO

from s7prep.cli.common import CliError, fitted
from s7prep.store.passphrase_rules import NO_RECOVERY, problem

ENV = "S7PREP_PASSPHRASE"
ENV_NEW = "S7PREP_NEW_PASSPHRASE"  # the new one for `s7prep passphrase change`


class PassphraseError(CliError):
    """No passphrase could be had (no terminal, nothing typed, entries did not match)."""


def can_ask() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise PassphraseError("no passphrase given") from None


def get_passphrase(prompt: str = "Passphrase: ", env: str = ENV) -> str:
    """The passphrase of an existing store: from `env` if set, else asked once."""
    value = os.environ.get(env)
    if value:
        return value
    if not can_ask():
        raise PassphraseError(f"a passphrase is needed: run this in a terminal or set {env}", 2)
    value = _ask(prompt)
    if not value:
        raise PassphraseError("no passphrase given")
    return value


def new_passphrase(env: str = ENV, out: TextIO | None = None, tries: int = 3) -> str:
    """A passphrase for a new store (or a change): from `env` if set, else asked
    twice on the terminal after saying plainly that it cannot be recovered."""
    out = out or sys.stderr
    value = os.environ.get(env)
    if value:
        why = problem(value)
        if why:
            raise PassphraseError(f"{env}: {why}")
        return value
    if not can_ask():
        raise PassphraseError(f"a new passphrase is needed: run this in a terminal or set {env}", 2)
    print(fitted(NO_RECOVERY, out), file=out)
    for _ in range(tries):
        first = _ask("New passphrase: ")
        why = problem(first)
        if why:
            print(why[0].upper() + why[1:] + ".", file=out)
            continue
        if _ask("Type it again: ") != first:
            print("The two did not match; try again.", file=out)
            continue
        return first
    raise PassphraseError("no passphrase was set")

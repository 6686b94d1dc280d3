"""What a person can type instead of an answer, at any prompt of plain mode.

Every prompt returns either what was answered or a `Command` / `Interrupted`,
so the question loop treats `?`, `:back`, `:skip`, `:where`, `:clear`, `:leave`, `:quit`
and Ctrl+C the same way whatever the question's type. A command is always the
whole of what was typed: nothing is ever put in the answer box before the
person types (an earlier answer is shown above it instead), so `:back` typed on
a question that already has an answer is `:back`, never the end of that answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

COMMANDS = {
    "?": "help",
    ":help": "help",
    ":back": "back",
    ":skip": "skip",
    ":where": "where",
    ":clear": "clear",
    ":leave": "leave",
    ":quit": "quit",
}
_COMMANDISH = re.compile(r":[a-z]+")
# Enter in a list where nothing was chosen: never the highlighted item.
NOTHING = "nothing"


@dataclass(frozen=True)
class Command:
    """A typed command. `partial` keeps what was in the prompt (items ticked)
    so the question can be asked again without losing it."""

    name: str  # help, back, skip, where, clear, leave, quit, nothing, or "unknown"
    typed: str = ""
    partial: Any = None


@dataclass(frozen=True)
class Interrupted:
    """Ctrl+C. `partial` is what was in the prompt then (None: nothing to keep)."""

    partial: Any = None


def parse_command(text: str) -> Command | None:
    """The command a whole answer spells, if it is one."""
    t = text.strip().lower()
    if t in COMMANDS:
        return Command(COMMANDS[t], t)
    if _COMMANDISH.fullmatch(t):
        return Command("unknown", t)
    return None

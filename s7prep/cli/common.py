"""What every command module shares: the one-line error and the data folder."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path
from typing import TextIO


class CliError(Exception):
    """A failure to report as one line, with an exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def home_dir(args: argparse.Namespace) -> Path:
    """The data folder: --home, else S7PREP_HOME, else the platform's user data dir."""
    if getattr(args, "home", None):
        return Path(args.home).expanduser()
    env = os.environ.get("S7PREP_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("s7prep", appauthor=False))


def fitted(text: str, stream: TextIO, indent: str = "") -> str:
    """`text` broken between words to the terminal's width when `stream` is one (a
    terminal breaks long lines mid-word), each line after `indent`; unchanged but for
    the indent when it goes to a file or pipe."""
    try:
        if not stream.isatty():
            return indent + text
    except (AttributeError, ValueError):
        return indent + text
    from s7prep.plain.fit import lines, usable

    return "\n".join(lines(text, usable(shutil.get_terminal_size().columns), indent))

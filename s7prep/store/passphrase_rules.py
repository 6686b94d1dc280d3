"""What makes a new passphrase acceptable, and the warning shown when one is set.
Shared by every front end (the command line asks on the terminal, the TUI in a screen)."""

from __future__ import annotations

import re
import unicodedata

MIN_LENGTH = 8
NO_RECOVERY = (
    "There is no way to recover a forgotten passphrase: if it is lost, the answers in this store "
    "are lost too. Choose one you will remember, such as four unrelated words, and do not write "
    "it where someone else may find it."
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused, or None if it is acceptable."""
    if _CONTROL.search(passphrase):
        return "the passphrase cannot hold control characters"
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_LENGTH:
        return f"use at least {MIN_LENGTH} characters (a few words is best)"
    return None

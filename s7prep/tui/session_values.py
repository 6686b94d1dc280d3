"""The small values a Session hands to the screens: a line of the cases list, what
happened to a change, and core messages as sentences to show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CaseRow:
    """One line of the cases list."""

    label: str
    children: int
    progress: str
    updated: str


@dataclass(frozen=True)
class Outcome:
    """What happened to the last change: 'saved', 'error' (not saved, kept to
    retry), 'check' (the answer needs a fix first) or '' (nothing to do)."""

    state: str
    message: str = ""


NOTHING = Outcome("")
DAMAGED = "damaged"  # the progress shown for a case that fails its integrity check


def sentence(message: object) -> str:
    """A core error message (lower case, no full stop) as a sentence to show."""
    text = str(message).strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def short_date(iso: str) -> str:
    """An ISO timestamp as a day, e.g. 22 Nov 2026."""
    from datetime import datetime

    try:
        return f"{datetime.fromisoformat(iso):%d %b %Y}"
    except ValueError:
        return ""

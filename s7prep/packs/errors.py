"""The one error type of pack loading: it names the file, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackError:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{_shown(self.field)}: " if self.field else ""
        return f"{self.path}:{self.line}: {where}{_shown(self.message)}"


def _shown(text: str) -> str:
    """Keys and values quoted from a file may hold line breaks or terminal controls:
    escaped, so an error stays one line and cannot drive the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)

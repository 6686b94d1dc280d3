"""Every error the case store raises, in one place.

Front ends catch `StoreError` and show `str(exc)`: each message is one line and
never holds answer text (a case label may appear: labels are stored in clear).
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base for every failure of the case store."""


class StoreBusy(StoreError):
    """Another copy of s7prep held the store for longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__("the case store is in use by another copy of s7prep; close it and try again")


class WrongPassphrase(StoreError):
    """The passphrase does not open this store."""

    def __init__(self) -> None:
        super().__init__("wrong passphrase")


class NotSaved(StoreError):
    """A write failed (disk full, read-only folder, I/O error). Nothing of it was kept;
    what was saved before is intact. Front ends show str(exc) and keep the answer.
    `disk`: the disk itself failed or is full (rather than a permission)."""

    def __init__(self, reason: str, *, disk: bool = False) -> None:
        super().__init__(f"Not saved: {reason}")
        self.reason = reason
        self.disk = disk


class CannotRead(StoreError):
    """The store could not even be opened to read (the disk is full or failing).
    Nothing was changed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"cannot open {path} to read it: {reason}")
        self.path = str(path)
        self.reason = reason


class CorruptStore(StoreError):
    """The store file is damaged, tampered with, or not an s7prep store."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class CaseNotFound(StoreError):
    def __init__(self, label: str) -> None:
        super().__init__(f"no case called {label!r}")
        self.label = label


class CaseExists(StoreError):
    def __init__(self, label: str, problem: str = "") -> None:
        super().__init__(problem or f"there is already a case called {label!r}")
        self.label = label


class Locked(StoreError):
    """The store has no passphrase yet, or is locked: unlock it first."""


class InvalidInput(StoreError):
    """A label, child or value the store refuses; the message says what to change."""

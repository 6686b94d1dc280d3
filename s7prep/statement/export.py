"""Write a rendered statement to a file, carefully.

The file name is neutral (statement-YYYY-MM-DD.html: no names of people), the file
is created 0600, an existing file is replaced only when asked, and the name must be
a plain file name inside the chosen folder: no path parts, no reserved characters,
and never a symbolic link that could lead somewhere else. Used by `s7prep export`,
plain mode and the TUI.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from s7prep.packs.model import Case, PackSet
from s7prep.statement.build import Statement, build
from s7prep.statement.render import SUFFIXES, render

# Characters that are not allowed (or mean something else) in a file name on at
# least one of Windows, macOS and Linux, and names Windows reserves.
_BAD_NAME_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")
_OTHER_SUFFIXES = {"md": (".markdown",), "html": (".htm",)}
_MAX_NAME_BYTES = 255


class ExportError(Exception):
    """The statement cannot be written there. The message is one line for the person
    and holds no answer text."""


@dataclass(frozen=True)
class Exported:
    path: Path
    statement: Statement


def default_name(fmt: str, today: date | None = None) -> str:
    return f"statement-{(today or date.today()).isoformat()}{SUFFIXES[fmt]}"


def target(output: Path | None, fmt: str, today: date | None = None) -> Path:
    """Where to write: `output` may be a folder (the default name goes in it), a file
    name, or None for the default name in the current folder. Raises ExportError."""
    if output is None:
        folder, name = Path.cwd(), default_name(fmt, today)
    elif _is_dir(output):  # a folder the person names may be a link; the file may not
        folder, name = output, default_name(fmt, today)
    else:
        folder, name = output.parent, output.name
        check_name(name, fmt)
    if not _is_dir(folder):
        raise ExportError(f"there is no folder {folder}")
    return folder / name


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long for the file system, say
        return False


def check_name(name: str, fmt: str) -> None:
    """Refuse a name that is not a plain file name of the right kind."""
    if name in ("", ".", "..") or _BAD_NAME_CHARS.search(name) or name != name.strip() or name.endswith("."):
        raise ExportError(f"{name!r} is not a usable file name")
    if _RESERVED.fullmatch(name) or len(name.encode("utf-8", "surrogateescape")) > _MAX_NAME_BYTES:
        raise ExportError(f"{name!r} is not a usable file name")
    suffixes = (SUFFIXES[fmt], *_OTHER_SUFFIXES[fmt])
    if not name.lower().endswith(suffixes) or name.lower() in suffixes:
        raise ExportError(f"the file name must end in {SUFFIXES[fmt]} for --format {fmt}")


def write(path: Path, text: str, replace: bool = False) -> Path:
    """Write `text` to `path` (0600). Raises FileExistsError if it is there and not
    `replace`; ExportError for anything else that stops it."""
    if path.is_symlink():
        raise ExportError(f"{path.name} is a link to somewhere else; choose another name")
    if path.exists() and not path.is_file():
        raise ExportError(f"{path} is not a file")
    data = text.encode("utf-8")
    try:
        if replace:
            _replace(path, data)
        else:
            _create(path, data)
    except FileExistsError:
        raise
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or type(exc).__name__}") from None
    return path


def _create(path: Path, data: bytes) -> None:
    # O_EXCL: never replace a file that appeared meanwhile; O_NOFOLLOW: never
    # write through a link.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        _write_all(fd, data)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


def _replace(path: Path, data: bytes) -> None:
    # A new file beside the old one, renamed over it: the old one is whole until
    # the new one is, and a link at `path` is replaced rather than followed.
    fd, tmp = tempfile.mkstemp(prefix=".statement-", dir=path.parent)
    try:
        _write_all(fd, data)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_all(fd: int, data: bytes) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def export(
    case: Case,
    packset: PackSet,
    fmt: str,
    path: Path,
    replace: bool = False,
    templates: Path | None = None,
    today: date | None = None,
) -> Exported:
    """Build, render and write the statement of a case to `path` (see target())."""
    statement = build(case, packset, today)
    try:
        text = render(statement, fmt, templates)
    except TemplateError as exc:
        raise ExportError(template_problem(exc)) from None
    return Exported(write(path, text, replace), statement)


def template_problem(exc: TemplateError) -> str:
    """One line about a broken (usually user-supplied) template. Never the message of
    an undefined-name error: it can quote a value from the statement."""
    if isinstance(exc, TemplateSyntaxError):
        return f"template {exc.name or exc.filename}, line {exc.lineno}: {exc.message}"
    if isinstance(exc, TemplateNotFound):
        return f"template {exc.name} not found"
    if isinstance(exc, UndefinedError):
        return "a template uses a name that is not in the statement data"
    if isinstance(exc, SecurityError):
        return "a template tried to do something templates may not do"
    return f"a template failed ({type(exc).__name__})"


class FileExporter:
    """What plain mode and the TUI call: a suggested path and a write that reports
    the warnings to read out (answers that look like addresses, length)."""

    def __init__(self, folder: Path | None = None, templates: Path | None = None) -> None:
        self.folder = folder
        self.templates = templates

    def suggested(self, fmt: str) -> Path:
        return (self.folder or Path.cwd()) / default_name(fmt)

    def write(
        self, case: Case, packset: PackSet, fmt: str, path: Path, replace: bool
    ) -> tuple[Path, list[str]]:
        done = export(case, packset, fmt, target(path, fmt), replace, self.templates)
        return done.path, warnings(done.statement)


def warnings(statement: Statement) -> list[str]:
    """One line each: answers that look like addresses, hidden answers, then length."""
    out = [w.message for w in statement.warnings]
    if statement.hidden:
        out.append(
            f"{statement.hidden} saved answer(s) are not in it, because later answers mean "
            "their questions no longer apply; they are kept in case you change those answers back"
        )
    if statement.over_budget:
        out.append(
            f"it is {statement.word_count} words against a budget of {statement.word_budget} "
            "(about two printed pages): the officer will read a shorter one more closely"
        )
    return out

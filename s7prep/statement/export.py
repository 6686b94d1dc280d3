"""Write the documents of a case to files, carefully.

File names are neutral (statement-YYYY-MM-DD.html, officer-notes-..., my-notes-...:
no names of people), each file is created 0600, an existing file is replaced only
when asked, and the name must be a plain file name inside the chosen folder: no path
parts, no reserved characters, and never a symbolic link that could lead somewhere
else. Used by `s7prep export`, plain mode and the TUI.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from s7prep.packs.model import Case, PackSet
from s7prep.statement import documents
from s7prep.statement.documents import Documents
from s7prep.statement.model import DOCUMENTS
from s7prep.statement.render import SUFFIXES
from s7prep.statement.template_errors import TemplateProblem, render_safely

# Characters that are not allowed (or mean something else) in a file name on at
# least one of Windows, macOS and Linux, and names Windows reserves.
_BAD_NAME_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")
_OTHER_SUFFIXES = {"md": (".markdown",), "html": (".htm",)}
_MAX_NAME_BYTES = 255

# What `--document` takes: one document, or all three.
CHOICES = (*DOCUMENTS, "all")
# The start of each document's file name: neutral, no names of people.
FILE_NAMES = {"statement": "statement", "officer": "officer-notes", "notes": "my-notes"}
TITLES = {"statement": "the statement", "officer": "notes for the officer", "notes": "my interview notes"}


class ExportError(Exception):
    """The document cannot be written there. The message is one line for the person
    and holds no answer text."""


@dataclass(frozen=True)
class Exported:
    paths: tuple[Path, ...]
    documents: Documents
    kinds: tuple[str, ...] = ("statement",)

    @property
    def path(self) -> Path:
        return self.paths[0]


def kinds_of(document: str) -> tuple[str, ...]:
    if document not in CHOICES:
        raise ExportError(f"unknown document {document!r} (choose from {', '.join(CHOICES)})")
    return DOCUMENTS if document == "all" else (document,)


def default_name(fmt: str, today: date | None = None, kind: str = "statement") -> str:
    return f"{FILE_NAMES[kind]}-{(today or date.today()).isoformat()}{SUFFIXES[fmt]}"


def target(output: Path | str | None, fmt: str, today: date | None = None, kind: str = "statement") -> Path:
    """Where to write one document: `output` may be a folder (the default name goes in
    it; a name typed with a slash at the end is always meant as one), a file name, or
    None for the default name in the current folder. Raises ExportError."""
    if output is None:
        folder, name = Path.cwd(), default_name(fmt, today, kind)
    elif _is_dir(Path(output)):  # a folder the person names may be a link; the file may not
        folder, name = Path(output), default_name(fmt, today, kind)
    elif _names_folder(output):
        raise ExportError(_no_folder(Path(output)))
    else:
        output = Path(output)
        folder, name = output.parent, output.name
        check_name(name, fmt)
    if not _is_dir(folder):
        raise ExportError(_no_folder(folder))
    return folder / name


def targets(
    output: Path | str | None, fmt: str, document: str, today: date | None = None
) -> tuple[Path, ...]:
    """Where each document goes. Several documents need a folder (or none: the
    current one), as each gets its own name."""
    kinds = kinds_of(document)
    if len(kinds) > 1 and output is not None and not _is_dir(Path(output)):
        if _names_folder(output) or not _looks_like_file(Path(output)):
            # A folder that is not there yet: it is not made for the person (a typo
            # would put unencrypted files where they would not look for them).
            raise ExportError(_no_folder(Path(output)))
        raise ExportError(
            f"--document {document} writes {len(kinds)} files: give -o a folder, not a file name"
        )
    return tuple(target(output, fmt, today, kind) for kind in kinds)


def _names_folder(output: Path | str) -> bool:
    """A name typed with a separator at the end ("out/"): a folder, whatever it is
    called (a Path has already lost that slash)."""
    return isinstance(output, str) and output.endswith(tuple(s for s in (os.sep, os.altsep) if s))


def _looks_like_file(path: Path) -> bool:
    """A name that is there as something other than a folder, or ends like a document."""
    known = tuple(s for fmt, suffix in SUFFIXES.items() for s in (suffix, *_OTHER_SUFFIXES[fmt]))
    return path.exists() or path.is_symlink() or path.name.lower().endswith(known)


def _no_folder(folder: Path) -> str:
    return f"there is no folder {folder}"


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
    path: Path | tuple[Path, ...],
    replace: bool = False,
    templates: Path | None = None,
    today: date | None = None,
    document: str = "statement",
) -> Exported:
    """Build the documents of a case, render the ones asked for and write each to its
    path (see targets()). Nothing is written unless every document rendered, and no
    file is replaced unless `replace` (FileExistsError)."""
    kinds = kinds_of(document)
    paths = (path,) if isinstance(path, Path) else tuple(path)
    if len(paths) != len(kinds):
        raise ExportError(f"{len(kinds)} file name(s) are needed for --document {document}")
    docs = documents.build(case, packset, today)
    try:
        texts = [render_safely(docs.data(kind), fmt, kind, templates) for kind in kinds]
    except TemplateProblem as exc:
        raise ExportError(str(exc)) from None
    if not replace:
        for p in paths:
            if p.exists() or p.is_symlink():
                raise FileExistsError(errno.EEXIST, "already there", str(p))
    written = tuple(write(p, text, replace) for p, text in zip(paths, texts, strict=True))
    return Exported(written, docs, kinds)


class FileExporter:
    """What plain mode and the TUI call: a suggested path and a write that reports
    the warnings to read out (answers that look like addresses, length)."""

    def __init__(self, folder: Path | None = None, templates: Path | None = None) -> None:
        self.folder = folder
        self.templates = templates

    def suggested(self, fmt: str, document: str = "statement") -> Path:
        """A file in the export folder, or for all three documents the folder itself."""
        folder = self.folder or Path.cwd()
        return folder if document == "all" else folder / default_name(fmt, kind=document)

    def write(
        self, case: Case, packset: PackSet, fmt: str, path: Path, replace: bool, document: str = "statement"
    ) -> tuple[Path, list[str]]:
        """Write one document to `path` (or all three into the folder `path`); returns
        the first path written and the warnings to read out."""
        paths = targets(path, fmt, document)
        done = export(case, packset, fmt, paths, replace, self.templates, document=document)
        return done.path, warnings(done.documents, done.kinds)


def warnings(docs: Documents, kinds: tuple[str, ...] = ("statement",)) -> list[str]:
    """One line each: answers that look like addresses (in the documents written),
    hidden answers, answers moved to fit, then length."""
    out = [w.message for w in docs.warnings if w.document in kinds]
    if docs.notes.hidden:
        out.append(
            f"{docs.notes.hidden} saved answer(s) are not in it, because later answers mean "
            "their questions no longer apply; they are kept in case you change those answers back"
        )
    if "statement" in kinds:
        out += _statement_lines(docs)
    officer = docs.measures.get("officer")
    if "officer" in kinds and officer is not None and officer.over:
        out.append(
            f"the notes for the officer are about {officer.whole_pages} pages, more than "
            f"{officer.target}: the officer will read a shorter one more closely"
        )
    return out


def _statement_lines(docs: Documents) -> list[str]:
    out = []
    moved = docs.moved
    if moved:
        names = [p.label + (f" ({p.child})" if p.child else "") for p in moved[:3]]
        more = f" and {len(moved) - 3} more" if len(moved) > 3 else ""
        out.append(
            f"{len(moved)} answer(s) did not fit on the statement's {documents.PAGE_TARGETS['statement']} "
            f"pages and are in your notes instead: {'; '.join(names)}{more}. "
            "To bring one back, leave out another"
        )
    measure = docs.measures.get("statement")
    if measure is not None and measure.over:
        out.append(
            f"the statement is about {measure.whole_pages} pages ({measure.words} words), more than "
            f"{measure.target}: the officer will read a shorter one more closely. Choose answers "
            "to leave out of it; they stay in your notes"
        )
    if docs.statement.summary_words > documents.SUMMARY_WORDS:
        out.append(
            f"the summary is {docs.statement.summary_words} words: the officer reads the first "
            f"{documents.SUMMARY_WORDS} or so most closely, so keep 'What matters most' short"
        )
    return out

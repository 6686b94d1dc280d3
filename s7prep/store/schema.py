"""The SQLite side of the case store: the file and folder, connection pragmas,
schema migrations, and sqlite3 errors turned into the store's typed errors."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from s7prep.store.errors import CannotRead, CorruptStore, NotSaved, StoreBusy, StoreError

DB_NAME = "store.db"
APPLICATION_ID = 0x53375031  # "S7P1" in the SQLite header: tells our file from others
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm")

# sqlite3 primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 10, 11, 13, 14, 26


def _v1(conn: sqlite3.Connection) -> None:
    # Labels are the one thing in clear. Everything in a BLOB column below is
    # AES-GCM ciphertext except ids, row names (keyed hashes) and the vault header.
    conn.execute(
        "CREATE TABLE vault (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " header BLOB NOT NULL, wrapped_master BLOB NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE cases (id BLOB PRIMARY KEY, label TEXT NOT NULL UNIQUE COLLATE NOCASE,"
        " wrapped_key BLOB NOT NULL, created BLOB NOT NULL, updated BLOB NOT NULL,"
        " children BLOB NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE answers (id INTEGER PRIMARY KEY,"
        " case_id BLOB NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " slot BLOB NOT NULL, value BLOB NOT NULL, UNIQUE (case_id, slot))"
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@dataclass(frozen=True)
class Migration:
    """Moves the schema from version - 1 to version, inside one transaction."""

    version: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]


def _v2(conn: sqlite3.Connection) -> None:
    # Each case's seal (s7prep.store.case_cipher). Sealing needs the case keys, so the
    # cases of an older store are sealed on its first unlock (Store.unlock), not here.
    conn.execute("ALTER TABLE cases ADD COLUMN seal BLOB")


# Append only: a v3 goes here as Migration(3, "...", _v3) and runs on the next open.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "vault, cases and answers", _v1),
    Migration(2, "a seal on each case", _v2),
)
LATEST = MIGRATIONS[-1].version


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """One typed, one-line error for a sqlite3 failure (never with values in it)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_BUSY, _LOCKED):
        return StoreBusy()
    if primary == _FULL or (primary in (_IOERR, _CANTOPEN) and disk_is_full(path.parent)):
        return NotSaved(DISK_FULL, disk=True)
    if primary in (_READONLY, _PERM):
        return NotSaved(f"{path if _can_write_in(path.parent) else path.parent} is read-only")
    if primary == _IOERR:
        return NotSaved(f"the disk could not be written or read ({path})", disk=True)
    if primary == _CANTOPEN:
        return NotSaved(f"cannot open {path}", disk=True)
    if primary in (_CORRUPT, _NOTADB):
        return CorruptStore(path, "the file is damaged or is not an s7prep case store")
    if isinstance(exc, sqlite3.ProgrammingError):
        return StoreError("the case store is closed")
    name = getattr(exc, "sqlite_errorname", type(exc).__name__)
    return StoreError(f"{path}: database error ({name})")


DISK_FULL = "the disk is full"
_ROOM = 256 * 1024  # less free space than this, and SQLite cannot make its files: "full"


def disk_is_full(folder: Path) -> bool:
    """Too little space left for SQLite's files (ext4 keeps a part for root alone:
    f_bavail is what an ordinary user may still use)."""
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return st.f_bavail * st.f_frsize < _ROOM


def _can_write_in(folder: Path) -> bool:
    """Try it (os.access guesses wrong for root); only on the error path."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def prepare_folder(home: Path) -> None:
    """Create the data folder as 0700; if it is ours and open to others, take away
    their access (never adding any: a folder made read-only stays read-only)."""
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = home.stat()
        mode = stat.S_IMODE(st.st_mode)
        if st.st_uid != os.geteuid():
            # Someone else's folder (a shared /tmp path, say): they could read or swap files.
            raise NotSaved(f"cannot use the folder {home}: it belongs to another user")
        if mode & 0o077:
            home.chmod(mode & 0o700)
    except OSError as exc:
        raise NotSaved(f"cannot use the folder {home} ({exc.strerror})") from None


def refuse_link(path: Path) -> None:
    if path.is_symlink():
        # SQLite would follow it: the answers could land wherever it points.
        raise CorruptStore(path, "the case store is a link to somewhere else; refusing to use it")


def check_file(path: Path) -> None:
    """Refuse a link, or a file that is not SQLite, before SQLite parses anything in it."""
    refuse_link(path)
    try:
        # O_NONBLOCK: a FIFO in its place must not hang the app waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise CorruptStore(path, "not an s7prep case store (not a regular file)")
            head = os.read(fd, len(_SQLITE_MAGIC))
        finally:
            os.close(fd)
    except OSError as exc:
        raise CannotRead(path, exc.strerror or type(exc).__name__) from None
    if head and head != _SQLITE_MAGIC:
        raise CorruptStore(path, "not an s7prep case store (or damaged)")


def create_file(path: Path) -> None:
    """Create the database file as 0600 ourselves, so it is never briefly readable."""
    refuse_link(path)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise NotSaved(f"cannot create {path} ({exc.strerror})") from None
    os.close(fd)


def tighten_modes(path: Path) -> None:
    """No access for others to the database and its -wal/-shm files (SQLite copies
    the db's mode, but a file copied in by hand may be wider)."""
    for p in (path, *(Path(str(path) + s) for s in _SIDE_FILES)):
        try:
            mode = stat.S_IMODE(p.stat().st_mode) if p.exists() else 0
            if mode & 0o077:
                p.chmod(mode & 0o600)
        except OSError:
            pass  # not ours or read-only: nothing more we can do


def connect(path: Path, busy_timeout: float, *, exclusive: bool = False) -> sqlite3.Connection:
    """Open and configure a connection. Raises typed errors.

    `exclusive`: EXCLUSIVE locking mode, set before the first read, so SQLite keeps
    the WAL index in memory and never uses the -shm file (sqlite.org/wal.html, "Use
    of WAL Without Shared-Memory"); other connections are shut out while it is open."""
    conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        configure(conn, busy_timeout)
        check_ours(conn, path)
        migrate(conn, path)
        check_vault(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path) from None
    except StoreError:
        conn.close()
        raise
    return conn


def check_vault(conn: sqlite3.Connection, path: Path) -> None:
    """A file with cases but no vault row lost its keys: damaged, never a new store."""
    row = conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM vault)"
        " AND (EXISTS (SELECT 1 FROM cases) OR EXISTS (SELECT 1 FROM answers))"
    ).fetchone()
    if row[0]:
        raise CorruptStore(path, VAULT_MISSING)


VAULT_MISSING = "the case store is damaged: its key record is missing, so the cases in it cannot be opened"


def configure(conn: sqlite3.Connection, busy_timeout: float) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    conn.execute("PRAGMA trusted_schema = OFF")  # a hostile file's schema cannot call functions
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA secure_delete = ON")  # freed cells are zeroed, not left readable
    conn.execute("PRAGMA temp_store = MEMORY")  # no temp files next to the store
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError("the case store cannot use write-ahead logging on this disk")
    conn.execute("PRAGMA synchronous = FULL")  # COMMIT returns after the WAL is on disk


def check_ours(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    if app_id != 0 or version != 0 or tables != 0:
        raise CorruptStore(path, "not an s7prep case store")


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to LATEST, one committed step per version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise CorruptStore(path, "made by a newer version of s7prep: update s7prep to open it")
    for step in MIGRATIONS[version:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another copy may have migrated while we waited for the lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] < step.version:
                step.apply(conn)
                conn.execute(f"PRAGMA user_version = {step.version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

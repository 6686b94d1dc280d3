"""Opening the store's SQLite file, also when the disk is full.

A normal connection keeps the WAL index in the -shm file, which SQLite must create
and grow; on a full disk it cannot, and the store would not open even to be read.
Then a connection in exclusive locking mode is opened instead: SQLite keeps the index
in memory and never touches the -shm (sqlite.org/wal.html, "Use of WAL Without
Shared-Memory"). It reads and writes the store as usual, but shuts out other copies
of s7prep while it is open, so the store goes back to a normal connection before
the next write, as soon as the disk has room again.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from s7prep.store import schema
from s7prep.store.errors import CannotRead, NotSaved, StoreBusy, StoreError


def open_connection(path: Path, busy_timeout: float) -> tuple[sqlite3.Connection, bool]:
    """A configured connection, and True if it is the exclusive kind."""
    try:
        return schema.connect(path, busy_timeout), False
    except NotSaved as exc:
        if not exc.disk:
            raise
        first = exc
    try:
        conn = schema.connect(path, busy_timeout, exclusive=True)
    except StoreBusy:
        raise
    except StoreError:
        full = first.reason == schema.DISK_FULL
        raise CannotRead(
            path, "the disk is full; free some space and try again" if full else "the disk could not be read"
        ) from None
    # The failed attempt may have left a -shm file behind. We hold the file's
    # exclusive lock now, so no other connection is using it: SQLite itself removes
    # it when the last connection closes, and a later normal open makes a new one.
    with contextlib.suppress(OSError):
        Path(f"{path}-shm").unlink(missing_ok=True)
    return conn, True

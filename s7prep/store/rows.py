"""A case's row as stored, the fields its seal binds, and the digest of its answer
rows (see s7prep.store.case_cipher for what the seal means)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

from s7prep.store.case_cipher import CaseCipher
from s7prep.store.vault import NONCE_LEN

_COLUMNS = "id, label, wrapped_key, created, updated, children, seal"


class CaseRow(NamedTuple):  # a tuple: built on every save, and cheap to build
    id: bytes
    label: str
    wrapped: bytes
    created: bytes
    updated: bytes  # only in stores from before seals; the seal holds it now
    children: bytes
    seal: bytes | None

    def bound(self, children: bytes | None = None) -> list[tuple[str, bytes]]:
        """Every encrypted field of the case the seal binds (the children about to be
        stored, when they change). A new per-case field is added here."""
        return [("children", self.children if children is None else children), ("created", self.created)]


def _row(raw: Any) -> CaseRow:
    # SQLite gives BLOB columns back as bytes.
    id_, label, wrapped, created, updated, children, seal = raw
    return CaseRow(id_, str(label), wrapped, created, updated, children, seal)


def find(conn: sqlite3.Connection, label: str) -> CaseRow | None:
    raw = conn.execute(f"SELECT {_COLUMNS} FROM cases WHERE label = ?", (label,)).fetchone()
    return None if raw is None else _row(raw)


def every(conn: sqlite3.Connection) -> list[CaseRow]:
    """Every case, by label (case-insensitive order)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM cases ORDER BY label COLLATE NOCASE").fetchall()
    return [_row(raw) for raw in rows]


def answer_tags(
    conn: sqlite3.Connection, case_id: bytes | None = None
) -> dict[bytes, list[tuple[bytes, bytes]]]:
    """(row name, nonce) of every answer row, by case: all the digest needs."""
    sql = "SELECT case_id, slot, substr(value, 1, ?) FROM answers"
    args: tuple[object, ...] = (NONCE_LEN,)
    if case_id is not None:
        sql, args = sql + " WHERE case_id = ?", (NONCE_LEN, case_id)
    out: dict[bytes, list[tuple[bytes, bytes]]] = {}
    for cid, slot, nonce in conn.execute(sql, args):
        out.setdefault(bytes(cid), []).append((bytes(slot), bytes(nonce)))
    return out


def digest(cipher: CaseCipher, rows: Iterable[tuple[bytes, bytes]]) -> int | None:
    """The digest of a case's answer rows; None if a row name appears twice (the
    digest alone cannot see that: two equal tags cancel out)."""
    total, seen = 0, set()
    for slot, blob in rows:
        if slot in seen:
            return None
        seen.add(slot)
        total ^= cipher.row_tag(slot, blob)
    return total

"""Reading, checking and sealing a case's rows inside a transaction (see
s7prep.store.case_cipher for what a seal means). Split from store.py, which holds
the case operations built on these."""

from __future__ import annotations

import sqlite3
from typing import Any

from s7prep.store import aead, rows, vault
from s7prep.store.case_cipher import CaseCipher, CaseState
from s7prep.store.connection import StoreCore
from s7prep.store.errors import CaseNotFound, CorruptStore

_ROWS_CHANGED = "case {label!r} failed its integrity check: an answer was removed or put back"


class SealedCore(StoreCore):
    """StoreCore, and the checks and seal every reader and writer of a case goes through."""

    def _save_row(
        self, conn: sqlite3.Connection, label: str, qid: str, child: str | None, value: Any, now: str
    ) -> None:
        """Write (or clear) one answer row of a case and bring its seal up to date."""
        row = self._row(conn, label)
        cipher, state = self._state(row)
        known = cipher.take_rows(row.seal, row.bound())
        if known is None:
            known = self._checked_rows(conn, row, cipher, state)
        digest = self._put(conn, cipher, qid, child, value, state.digest, known)
        self._reseal(conn, row, cipher, CaseState(state.label, now, digest))
        cipher.keep_rows(known)

    def _row(self, conn: sqlite3.Connection, label: str) -> rows.CaseRow:
        row = rows.find(conn, label)
        if row is None:
            raise CaseNotFound(label)
        return row

    def _state(
        self, row: rows.CaseRow, answers: list[tuple[bytes, bytes]] | None = None
    ) -> tuple[CaseCipher, CaseState]:
        """The case's cipher and what its seal says, after checking the seal (and, given
        the case's answer rows as (row name, ciphertext or nonce), their digest)."""
        cipher = self._cipher(row.id, row.wrapped, row.label)
        if self._unsealed is not None:  # a vault from before seals, not upgraded yet
            with self._opening(row.label):
                return cipher, CaseState(row.label, str(cipher.open_field("updated", row.updated)))
        try:
            state = cipher.open_case(row.seal, row.bound())
        except (aead.InvalidTag, ValueError):
            raise CorruptStore(self.path, f"data of case {row.label!r} failed its integrity check") from None
        if state.label != row.label:
            raise CorruptStore(self.path, f"the label {row.label!r} was moved from another case")
        if answers is not None:
            if rows.digest(cipher, answers) != state.digest:
                raise CorruptStore(self.path, _ROWS_CHANGED.format(label=row.label))
            cipher.keep_rows({slot: blob[: vault.NONCE_LEN] for slot, blob in answers})
        return cipher, state

    def _checked_rows(
        self, conn: sqlite3.Connection, row: rows.CaseRow, cipher: CaseCipher, state: CaseState
    ) -> dict[bytes, bytes]:
        """The case's answer rows (name -> nonce), checked against its digest: nothing
        is written over a damaged case."""
        tags = conn.execute(
            "SELECT slot, substr(value, 1, ?) FROM answers WHERE case_id = ?", (vault.NONCE_LEN, row.id)
        ).fetchall()
        if rows.digest(cipher, tags) != state.digest:
            raise CorruptStore(self.path, _ROWS_CHANGED.format(label=row.label))
        return dict(tags)

    @staticmethod
    def _reseal(
        conn: sqlite3.Connection,
        row: rows.CaseRow,
        cipher: CaseCipher,
        state: CaseState,
        children: bytes | None = None,
    ) -> None:
        seal = cipher.seal_case(state, row.bound(children))
        if children is None:
            conn.execute("UPDATE cases SET seal = ? WHERE id = ?", (seal, row.id))
        else:
            conn.execute("UPDATE cases SET seal = ?, children = ? WHERE id = ?", (seal, children, row.id))

    @staticmethod
    def _put(
        conn: sqlite3.Connection,
        cipher: CaseCipher,
        qid: str,
        child: str | None,
        value: Any,
        digest: int,
        known: dict[bytes, bytes],
    ) -> int:
        """Write or clear one answer row; returns the case's digest with the change.
        `known`: the case's answer rows (name -> nonce), brought up to date here."""
        from s7prep.engine import is_answered  # not at start: see input_checks

        slot = cipher.slot(qid, child)
        old = known.pop(slot, None)
        if old is not None:
            digest ^= cipher.row_tag(slot, old)
        if not is_answered(value):
            if old is not None:
                conn.execute("DELETE FROM answers WHERE case_id = ? AND slot = ?", (cipher.case_id, slot))
            return digest
        blob = cipher.seal_answer_at(slot, qid, child, value)
        conn.execute(
            "INSERT INTO answers (case_id, slot, value) VALUES (?, ?, ?)"
            " ON CONFLICT (case_id, slot) DO UPDATE SET value = excluded.value",
            (cipher.case_id, slot, blob),
        )
        known[slot] = blob[: vault.NONCE_LEN]
        return digest ^ cipher.row_tag(slot, blob)

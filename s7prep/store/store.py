"""The encrypted case store: one SQLite file (store.db) in the data folder.

    store = Store.open(home)
    if store.is_initialised:
        store.unlock(passphrase)          # WrongPassphrase if it does not open
    else:
        store.create_vault(passphrase)    # first run; leaves the store unlocked
    store.create_case("case-1")
    store.save_answer("case-1", ("your_role", None), "mother")   # after engine.validate
    case = store.load_case("case-1")

Every write is one transaction and returns only after COMMIT (WAL, synchronous=FULL),
so a front end may show "Saved" when the call returns. Failures are the typed errors
of s7prep.store.errors, re-exported here. Only case labels are stored in clear; see
s7prep.store.vault for the keys. One lock guards the connection, so worker threads may call.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag

from s7prep.engine import is_answered
from s7prep.packs.model import AnswerKey, Answers, Case, Child
from s7prep.store import rows, vault
from s7prep.store.case_cipher import CaseCipher, CaseState
from s7prep.store.connection import DEFAULT_BUSY_TIMEOUT, StoreCore
from s7prep.store.errors import (
    CaseExists,
    CaseNotFound,
    CorruptStore,
    InvalidInput,
    Locked,
    NotSaved,
    StoreBusy,
    StoreError,
    WrongPassphrase,
)
from s7prep.store.input_checks import clean_children, clean_label

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "CaseData",
    "CaseExists",
    "CaseNotFound",
    "CaseSummary",
    "CorruptStore",
    "InvalidInput",
    "Locked",
    "NotSaved",
    "Store",
    "StoreBusy",
    "StoreError",
    "WrongPassphrase",
    "clean_children",
    "clean_label",
]


@dataclass(frozen=True)
class CaseSummary:
    """One line of a case list. `answered` counts stored answers, including any that
    are hidden now; progress against the packs needs load_case and engine.progress.
    `damaged`: the case's key or fields failed their integrity check (load_case will
    raise CorruptStore; delete_case still works). Answers are checked by load_case."""

    label: str
    children: int
    answered: int
    created: str
    updated: str
    damaged: bool = False


@dataclass(frozen=True)
class CaseData:
    """The content of a case without its label, as import_case takes it."""

    children: tuple[Child, ...] = ()
    answers: Answers = field(default_factory=dict)


_ROWS_CHANGED = "case {label!r} failed its integrity check: an answer was removed or put back"


_clock: tuple[int, str] = (0, "")


def _now() -> str:
    """The time to the second, as ISO text (worked out once a second: saves are often)."""
    global _clock
    second = int(time.time())
    if _clock[0] != second:
        _clock = (second, datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds"))
    return _clock[1]


class Store(StoreCore):
    """The case store. Make one with Store.open(home); close() when done.

    From StoreCore: open, exists, is_initialised, is_unlocked, create_vault, unlock,
    lock, close, change_passphrase, integrity_check.
    """

    # ------------------------------------------------------------ cases

    def list_cases(self) -> list[CaseSummary]:
        """Every case, by label (case-insensitive order). A case that fails any check
        is listed as damaged rather than raised, so it can be seen and deleted."""
        with self._lock, self._read() as conn:
            tags = rows.answer_tags(conn)
            out = []
            for row in rows.every(conn):
                answered = tags.get(row.id, [])
                try:
                    cipher, state = self._state(row, answered)
                    with self._opening(row.label):
                        out.append(
                            CaseSummary(
                                row.label,
                                len(cipher.open_field("children", row.children)),
                                len(answered),
                                cipher.open_field("created", row.created),
                                state.updated,
                            )
                        )
                except CorruptStore:
                    out.append(CaseSummary(row.label, 0, len(answered), "", "", damaged=True))
            return out

    def has_case(self, label: str) -> bool:
        with self._lock, self._read() as conn:
            return rows.find(conn, clean_label(label)) is not None

    def create_case(self, label: str) -> str:
        """A new, empty case with its own key. Returns the label as stored (NFC, trimmed)."""
        label = clean_label(label)
        with self._lock, self._write() as conn:
            found = rows.find(conn, label)
            if found is not None:
                raise CaseExists(found.label)
            self._insert_case(conn, label, ())
        return label

    def rename_case(self, old: str, new: str) -> str:
        """Change a label (answers stay as they are). Returns the new label as stored."""
        old, new = clean_label(old), clean_label(new)
        with self._lock:
            with self._write() as conn:
                row = self._row(conn, old)
                other = rows.find(conn, new)
                if other is not None and other.id != row.id:
                    raise CaseExists(new)
                cipher, state = self._state(row)
                conn.execute("UPDATE cases SET label = ? WHERE id = ?", (new, row.id))
                self._reseal(conn, row, cipher, replace(state, label=new))
            self._purge(vacuum=False)  # the old label leaves the write-ahead log
        return new

    def delete_case(self, label: str) -> bool:
        """Destroy the case key and every row of the case, then checkpoint the WAL and
        vacuum so no trace is left in any file. Returns False if another copy of
        s7prep kept the wipe from finishing (the case is deleted either way)."""
        label = clean_label(label)
        with self._lock:
            with self._write() as conn:
                case_id = self._row(conn, label).id
                # The key goes first: even a page image left behind cannot be opened.
                conn.execute(
                    "UPDATE cases SET wrapped_key = zeroblob(length(wrapped_key)) WHERE id = ?", (case_id,)
                )
                conn.execute("DELETE FROM answers WHERE case_id = ?", (case_id,))
                conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
            key, _cipher = self._ciphers.pop(case_id, (None, None))
            vault.wipe(key)
            return self._purge(vacuum=True)

    def load_case(self, label: str) -> Case:
        """The whole case, decrypted. CorruptStore if anything fails its integrity
        check: an answer changed, moved, removed or put back from an older copy, a
        label moved to another case, or the case's fields put back."""
        label = clean_label(label)
        with self._lock, self._read() as conn:
            row = self._row(conn, label)
            answers = conn.execute("SELECT slot, value FROM answers WHERE case_id = ?", (row.id,)).fetchall()
            cipher, state = self._state(row, answers)
            with self._opening(label):
                case = Case(
                    label=row.label,
                    children=[Child(**c) for c in cipher.open_field("children", row.children)],
                    created=cipher.open_field("created", row.created),
                    updated=state.updated,
                )
                for slot, blob in answers:
                    qid, child, value = cipher.open_answer(slot, blob)
                    case.answers[(qid, child)] = value
            return case

    def save_answer(self, label: str, key: AnswerKey, value: Any) -> None:
        """Store one answer (already checked by engine.validate); None or an empty value
        clears it. One transaction: when this returns, the answer is on disk."""
        qid, child = key
        if not isinstance(qid, str) or not qid or not (child is None or isinstance(child, str)):
            raise InvalidInput("an answer key is (question id, child key or None)")
        label = clean_label(label)
        with self._lock, self._write() as conn:
            row = self._row(conn, label)
            cipher, state = self._state(row)
            known = cipher.take_rows(row.seal, row.bound())
            if known is None:
                known = self._checked_rows(conn, row, cipher, state)
            digest = self._put(conn, cipher, qid, child, value, state.digest, known)
            self._reseal(conn, row, cipher, CaseState(state.label, _now(), digest))
            cipher.keep_rows(known)

    def save_children(self, label: str, children: Sequence[Child]) -> list[Child]:
        """Replace the children of a case (checked by clean_children). The answers
        about any child no longer listed are deleted with them, in the same
        transaction. Returns the children as stored."""
        label = clean_label(label)
        kept = clean_children(children)
        with self._lock, self._write() as conn:
            row = self._row(conn, label)
            cipher, state = self._state(row)
            digest = state.digest
            with self._opening(label):
                gone = {c["key"] for c in cipher.open_field("children", row.children)} - {c.key for c in kept}
                if gone:
                    for row_id, slot, blob in conn.execute(
                        "SELECT id, slot, value FROM answers WHERE case_id = ?", (row.id,)
                    ).fetchall():
                        if cipher.open_answer(slot, blob)[1] in gone:
                            conn.execute("DELETE FROM answers WHERE id = ?", (row_id,))
                            digest ^= cipher.row_tag(slot, blob)
            new = cipher.seal_field("children", [asdict(c) for c in kept])
            self._reseal(conn, row, cipher, CaseState(state.label, _now(), digest), children=new)
        return kept

    def import_case(self, label: str, data: CaseData, *, replace: bool = False) -> str:
        """Create or fill a case from `data` in one transaction: all of it or none.
        A case that already has children or answers is refused (CaseExists) unless
        `replace`, which deletes its children and answers first."""
        label = clean_label(label)
        kept = clean_children(data.children)
        keys = {c.key for c in kept}
        for qid, child in data.answers:
            if not isinstance(qid, str) or not qid or (child is not None and child not in keys):
                raise InvalidInput("an answer names a question or child that is not in the case")
        with self._lock, self._write() as conn:
            found = rows.find(conn, label)
            if found is None:
                row, cipher = self._insert_case(conn, label, kept)
                state = CaseState(label, _now())
            else:
                row = found
                cipher, state = self._state(row)
                with self._opening(label):
                    busy = (
                        cipher.open_field("children", row.children)
                        or conn.execute(
                            "SELECT 1 FROM answers WHERE case_id = ? LIMIT 1", (row.id,)
                        ).fetchone()
                    )
                if busy and not replace:
                    raise CaseExists(label, f"the case {label!r} already has answers")
                conn.execute("DELETE FROM answers WHERE case_id = ?", (row.id,))
            digest, known = 0, dict[bytes, bytes]()
            for (qid, child), value in data.answers.items():
                digest = self._put(conn, cipher, qid, child, value, digest, known)
            new = cipher.seal_field("children", [asdict(c) for c in kept])
            self._reseal(conn, row, cipher, CaseState(state.label, _now(), digest), children=new)
        if found is not None and replace:
            self._purge(vacuum=False)
        return label

    # ------------------------------------------------------------ rows and seals

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
        except (InvalidTag, ValueError):
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

    def _insert_case(
        self, conn: sqlite3.Connection, label: str, children: Sequence[Child]
    ) -> tuple[rows.CaseRow, CaseCipher]:
        master = self._need_master()
        case_id = os.urandom(vault.ID_LEN)
        key = vault.new_key()
        cipher = CaseCipher(case_id, key)
        now = _now()
        row = rows.CaseRow(
            case_id,
            label,
            vault.wrap_case_key(master, case_id, key),
            cipher.seal_field("created", now),
            b"",
            cipher.seal_field("children", [asdict(c) for c in children]),
            None,
        )
        conn.execute(
            "INSERT INTO cases (id, label, wrapped_key, created, updated, children, seal)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.label,
                row.wrapped,
                row.created,
                row.updated,
                row.children,
                cipher.seal_case(CaseState(label, now), row.bound()),
            ),
        )
        self._ciphers[case_id] = (key, cipher)
        return row, cipher

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

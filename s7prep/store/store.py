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
from typing import TYPE_CHECKING, Any

from s7prep.store import rows, vault
from s7prep.store.case_cipher import CaseCipher, CaseState
from s7prep.store.connection import DEFAULT_BUSY_TIMEOUT
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
from s7prep.store.leave_out import LEAVE_OUT, is_key, keys_of, stored
from s7prep.store.sealed import SealedCore

if TYPE_CHECKING:  # imported where used: the passphrase screen needs none of them
    from s7prep.packs.model import AnswerKey, Answers, Case, Child

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
    leave_out: frozenset[AnswerKey] = frozenset()


_clock: tuple[int, str] = (0, "")


def _now() -> str:
    """The time to the second, as ISO text (worked out once a second: saves are often)."""
    global _clock
    second = int(time.time())
    if _clock[0] != second:
        _clock = (second, datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds"))
    return _clock[1]


class Store(SealedCore):
    """The case store. Make one with Store.open(home); close() when done.

    From StoreCore (s7prep.store.connection): open, exists, is_initialised, is_unlocked,
    create_vault, unlock, lock, close, change_passphrase, integrity_check.
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
                    leave_out = cipher.slot(LEAVE_OUT, None)  # a row of the case, but not an answer
                    with self._opening(row.label):
                        out.append(
                            CaseSummary(
                                row.label,
                                len(cipher.open_field("children", row.children)),
                                sum(slot != leave_out for slot, _nonce in answered),
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
        from s7prep.packs.model import Case, Child

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
                    if qid == LEAVE_OUT:
                        case.leave_out = keys_of(value)
                    else:
                        case.answers[(qid, child)] = value
            return case

    def save_answer(self, label: str, key: AnswerKey, value: Any) -> None:
        """Store one answer (already checked by engine.validate); None or an empty value
        clears it. One transaction: when this returns, the answer is on disk."""
        if not is_key(key) or key[0] == LEAVE_OUT:
            raise InvalidInput("an answer key is (question id, child key or None)")
        label = clean_label(label)
        with self._lock, self._write() as conn:
            self._save_row(conn, label, key[0], key[1], value, _now())

    def save_leave_out(self, label: str, keys: set[AnswerKey] | frozenset[AnswerKey]) -> None:
        """Store which answers the person keeps out of the statement (the whole set,
        replacing the last). One transaction, like save_answer."""
        if not all(is_key(k) for k in keys):
            raise InvalidInput("an answer key is (question id, child key or None)")
        label = clean_label(label)
        with self._lock, self._write() as conn:
            self._save_row(conn, label, LEAVE_OUT, None, stored(keys), _now())

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
        for qid, child in [*data.answers, *data.leave_out]:
            if not is_key((qid, child)) or qid == LEAVE_OUT or (child is not None and child not in keys):
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
            digest = self._put(conn, cipher, LEAVE_OUT, None, stored(set(data.leave_out)), digest, known)
            new = cipher.seal_field("children", [asdict(c) for c in kept])
            self._reseal(conn, row, cipher, CaseState(state.label, _now(), digest), children=new)
        if found is not None and replace:
            self._purge(vacuum=False)
        return label

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

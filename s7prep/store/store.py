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
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from s7prep.engine import is_answered
from s7prep.packs.model import AnswerKey, Answers, Case, Child
from s7prep.store import vault
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
    leave_out: frozenset[AnswerKey] = frozenset()


# The person's "leave out of the statement" choices: one more sealed row of the case,
# under a name no question can have (question ids start with a letter), written with
# the same _put as every answer.
LEAVE_OUT = "_leave_out"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store(StoreCore):
    """The case store. Make one with Store.open(home); close() when done.

    From StoreCore: open, exists, is_initialised, is_unlocked, create_vault, unlock,
    lock, close, change_passphrase, integrity_check.
    """

    # ------------------------------------------------------------ cases

    def list_cases(self) -> list[CaseSummary]:
        """Every case, by label (case-insensitive order)."""
        with self._lock, self._read() as conn:
            rows = conn.execute(
                "SELECT c.id, c.label, c.wrapped_key, c.created, c.updated, c.children,"
                " (SELECT count(*) FROM answers a WHERE a.case_id = c.id)"
                " FROM cases c ORDER BY c.label COLLATE NOCASE"
            ).fetchall()
            out = []
            for case_id, label, wrapped, created, updated, children, answered in rows:
                try:
                    cipher = self._cipher(case_id, wrapped, label)
                    answered -= self._has_slot(conn, case_id, cipher.slot(LEAVE_OUT, None))
                    with self._opening(label):
                        out.append(
                            CaseSummary(
                                label,
                                len(cipher.open_field("children", children)),
                                answered,
                                cipher.open_field("created", created),
                                cipher.open_field("updated", updated),
                            )
                        )
                except CorruptStore:
                    # Still listed, so it can be seen and deleted; load_case names the problem.
                    out.append(CaseSummary(label, 0, answered, "", "", damaged=True))
            return out

    def has_case(self, label: str) -> bool:
        with self._lock, self._read() as conn:
            return self._find(conn, clean_label(label)) is not None

    def create_case(self, label: str) -> str:
        """A new, empty case with its own key. Returns the label as stored (NFC, trimmed)."""
        label = clean_label(label)
        with self._lock, self._write() as conn:
            found = self._find(conn, label)
            if found is not None:
                raise CaseExists(self._label_of(conn, found[0]))
            self._insert_case(conn, label, ())
        return label

    def rename_case(self, old: str, new: str) -> str:
        """Change a label (answers stay as they are). Returns the new label as stored."""
        old, new = clean_label(old), clean_label(new)
        with self._lock:
            with self._write() as conn:
                row = self._row(conn, old)
                other = self._find(conn, new)
                if other is not None and other[0] != row[0]:
                    raise CaseExists(new)
                conn.execute("UPDATE cases SET label = ? WHERE id = ?", (new, row[0]))
            self._purge(vacuum=False)  # the old label leaves the write-ahead log
        return new

    def delete_case(self, label: str) -> bool:
        """Destroy the case key and every row of the case, then checkpoint the WAL and
        vacuum so no trace is left in any file. Returns False if another copy of
        s7prep kept the wipe from finishing (the case is deleted either way)."""
        label = clean_label(label)
        with self._lock:
            with self._write() as conn:
                case_id = self._row(conn, label)[0]
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
        """The whole case, decrypted. CorruptStore if anything fails its integrity check."""
        label = clean_label(label)
        with self._lock, self._read() as conn:
            case_id, wrapped, created, updated, children = self._row(conn, label)
            rows = conn.execute("SELECT slot, value FROM answers WHERE case_id = ?", (case_id,)).fetchall()
            cipher = self._cipher(case_id, wrapped, label)
            with self._opening(label):
                case = Case(
                    label=self._label_of(conn, case_id),
                    children=[Child(**c) for c in cipher.open_field("children", children)],
                    created=cipher.open_field("created", created),
                    updated=cipher.open_field("updated", updated),
                )
                for slot, blob in rows:
                    qid, child, value = cipher.open_answer(slot, blob)
                    if qid == LEAVE_OUT:
                        case.leave_out = _keys(value)
                    else:
                        case.answers[(qid, child)] = value
            return case

    def save_leave_out(self, label: str, keys: set[AnswerKey] | frozenset[AnswerKey]) -> None:
        """Store which answers the person keeps out of the statement (the whole set,
        replacing the last). One transaction, like save_answer."""
        if not all(_is_key(k) for k in keys):
            raise InvalidInput("an answer key is (question id, child key or None)")
        label = clean_label(label)
        with self._lock, self._write() as conn:
            case_id, wrapped = self._row(conn, label)[:2]
            cipher = self._cipher(case_id, wrapped, label)
            self._put(conn, cipher, LEAVE_OUT, None, _stored(keys))
            conn.execute(
                "UPDATE cases SET updated = ? WHERE id = ?", (cipher.seal_field("updated", _now()), case_id)
            )

    @staticmethod
    def _has_slot(conn: sqlite3.Connection, case_id: bytes, slot: bytes) -> int:
        found = conn.execute("SELECT 1 FROM answers WHERE case_id = ? AND slot = ?", (case_id, slot))
        return 1 if found.fetchone() else 0

    def save_answer(self, label: str, key: AnswerKey, value: Any) -> None:
        """Store one answer (already checked by engine.validate); None or an empty value
        clears it. One transaction: when this returns, the answer is on disk."""
        qid, child = key
        if not _is_key(key) or qid == LEAVE_OUT:
            raise InvalidInput("an answer key is (question id, child key or None)")
        label = clean_label(label)
        with self._lock, self._write() as conn:
            case_id, wrapped = self._row(conn, label)[:2]
            cipher = self._cipher(case_id, wrapped, label)
            self._put(conn, cipher, qid, child, value)
            conn.execute(
                "UPDATE cases SET updated = ? WHERE id = ?", (cipher.seal_field("updated", _now()), case_id)
            )

    def save_children(self, label: str, children: Sequence[Child]) -> list[Child]:
        """Replace the children of a case (checked by clean_children). The answers
        about any child no longer listed are deleted with them, in the same
        transaction. Returns the children as stored."""
        label = clean_label(label)
        kept = clean_children(children)
        with self._lock, self._write() as conn:
            case_id, wrapped, _created, _updated, old_blob = self._row(conn, label)
            cipher = self._cipher(case_id, wrapped, label)
            with self._opening(label):
                gone = {c["key"] for c in cipher.open_field("children", old_blob)} - {c.key for c in kept}
                if gone:
                    for row_id, slot, blob in conn.execute(
                        "SELECT id, slot, value FROM answers WHERE case_id = ?", (case_id,)
                    ).fetchall():
                        if cipher.open_answer(slot, blob)[1] in gone:
                            conn.execute("DELETE FROM answers WHERE id = ?", (row_id,))
            conn.execute(
                "UPDATE cases SET children = ?, updated = ? WHERE id = ?",
                (
                    cipher.seal_field("children", [asdict(c) for c in kept]),
                    cipher.seal_field("updated", _now()),
                    case_id,
                ),
            )
        return kept

    def import_case(self, label: str, data: CaseData, *, replace: bool = False) -> str:
        """Create or fill a case from `data` in one transaction: all of it or none.
        A case that already has children or answers is refused (CaseExists) unless
        `replace`, which deletes its children and answers first."""
        label = clean_label(label)
        kept = clean_children(data.children)
        keys = {c.key for c in kept}
        for qid, child in [*data.answers, *data.leave_out]:
            if (
                not isinstance(qid, str)
                or not qid
                or qid == LEAVE_OUT
                or (child is not None and child not in keys)
            ):
                raise InvalidInput("an answer names a question or child that is not in the case")
        with self._lock, self._write() as conn:
            row = self._find(conn, label)
            if row is None:
                case_id, cipher = self._insert_case(conn, label, kept)
            else:
                case_id, cipher = row[0], self._cipher(row[0], row[1], label)
                with self._opening(label):
                    busy = (
                        cipher.open_field("children", row[4])
                        or conn.execute(
                            "SELECT 1 FROM answers WHERE case_id = ? LIMIT 1", (case_id,)
                        ).fetchone()
                    )
                if busy and not replace:
                    raise CaseExists(label, f"the case {label!r} already has answers")
                conn.execute("DELETE FROM answers WHERE case_id = ?", (case_id,))
                conn.execute(
                    "UPDATE cases SET children = ?, updated = ? WHERE id = ?",
                    (
                        cipher.seal_field("children", [asdict(c) for c in kept]),
                        cipher.seal_field("updated", _now()),
                        case_id,
                    ),
                )
            for (qid, child), value in data.answers.items():
                self._put(conn, cipher, qid, child, value)
            left_out = {(q, c) for q, c in data.leave_out if c is None or c in keys}
            self._put(conn, cipher, LEAVE_OUT, None, _stored(left_out))
        if row is not None and replace:
            self._purge(vacuum=False)
        return label

    def _insert_case(
        self, conn: sqlite3.Connection, label: str, children: Sequence[Child]
    ) -> tuple[bytes, vault.CaseCipher]:
        master = self._need_master()
        case_id = os.urandom(vault.ID_LEN)
        key = vault.new_key()
        cipher = vault.CaseCipher(case_id, key)
        now = _now()
        conn.execute(
            "INSERT INTO cases (id, label, wrapped_key, created, updated, children)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                case_id,
                label,
                vault.wrap_case_key(master, case_id, key),
                cipher.seal_field("created", now),
                cipher.seal_field("updated", now),
                cipher.seal_field("children", [asdict(c) for c in children]),
            ),
        )
        self._ciphers[case_id] = (key, cipher)
        return case_id, cipher

    @staticmethod
    def _put(
        conn: sqlite3.Connection, cipher: vault.CaseCipher, qid: str, child: str | None, value: Any
    ) -> None:
        if not is_answered(value):
            conn.execute(
                "DELETE FROM answers WHERE case_id = ? AND slot = ?",
                (cipher.case_id, cipher.slot(qid, child)),
            )
            return
        slot, blob = cipher.seal_answer(qid, child, value)
        conn.execute(
            "INSERT INTO answers (case_id, slot, value) VALUES (?, ?, ?)"
            " ON CONFLICT (case_id, slot) DO UPDATE SET value = excluded.value",
            (cipher.case_id, slot, blob),
        )


def _is_key(key: Any) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and bool(key[0])
        and (key[1] is None or isinstance(key[1], str))
    )


def _stored(keys: set[AnswerKey] | frozenset[AnswerKey]) -> list[list[str | None]]:
    """The leave-out set as stored: [question id, child key or null], in order."""
    return [[q, c] for q, c in sorted(keys, key=lambda k: (k[0], k[1] or ""))]


def _keys(value: Any) -> set[AnswerKey]:
    """The leave-out set as stored: a list of [question id, child key or null]."""
    if not isinstance(value, list):
        return set()
    return {(k[0], k[1]) for k in value if isinstance(k, list) and len(k) == 2 and _is_key((k[0], k[1]))}

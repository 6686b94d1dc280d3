"""Sealing the cases of a store made before case seals (vault header version 1).
Runs once, on the first unlock, inside the transaction that marks the vault sealed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from s7prep.store import aead, rows
from s7prep.store.case_cipher import CaseCipher, CaseState
from s7prep.store.errors import CorruptStore


def seal_unsealed_cases(
    conn: sqlite3.Connection, cipher_for: Callable[[rows.CaseRow], CaseCipher], path: Path
) -> None:
    """Seal every case that still opens. One that does not stays unsealed, and so is
    reported as damaged, as it was before. The time it last changed moves into the seal."""
    cases = rows.every(conn)
    if any(row.seal is not None for row in cases):
        # Seals are only written once the vault says so: this vault was put back.
        raise CorruptStore(path, "the vault is older than its cases: the file was changed outside s7prep")
    for row in cases:
        answers = [
            (bytes(s), bytes(v))
            for s, v in conn.execute("SELECT slot, value FROM answers WHERE case_id = ?", (row.id,))
        ]
        try:
            cipher = cipher_for(row)
            updated = str(cipher.open_field("updated", row.updated))
            cipher.open_field("children", row.children)
            cipher.open_field("created", row.created)
            for slot, blob in answers:
                cipher.open_answer(slot, blob)
        except (CorruptStore, aead.InvalidTag, ValueError, KeyError, TypeError):
            continue
        digest = rows.digest(cipher, answers)
        if digest is None:
            continue
        seal = cipher.seal_case(CaseState(row.label, updated, digest), row.bound())
        conn.execute("UPDATE cases SET seal = ?, updated = x'' WHERE id = ?", (seal, row.id))

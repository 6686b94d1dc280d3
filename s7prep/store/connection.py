"""The connection, transactions and keys under the case store (see s7prep.store.store
for the API). Split from store.py to keep each module small."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Self

from s7prep.store import aead, opening, schema, vault
from s7prep.store.case_cipher import CaseCipher
from s7prep.store.errors import CorruptStore, Locked, StoreError

DEFAULT_BUSY_TIMEOUT = 3.0


class StoreCore:
    """The store without case operations: opening, the vault, transactions."""

    def __init__(self, home: Path, busy_timeout: float, allow_weak_kdf: bool) -> None:
        self.home = home
        self.path = home / schema.DB_NAME
        self._busy_timeout = busy_timeout
        self._weak = allow_weak_kdf
        self._conn: sqlite3.Connection | None = None
        self._exclusive = False  # opened in exclusive mode because the disk was full
        self._master: bytearray | None = None
        self._master_aead: aead.AESGCM | None = None
        # Set while an unlocked vault from before case seals still has to be upgraded:
        # the key that wraps the master key, and the old header.
        self._unsealed: tuple[aead.AESGCM, vault.Header] | None = None
        self._ciphers: dict[bytes, tuple[bytearray, CaseCipher]] = {}
        self._lock = threading.RLock()

    @classmethod
    def open(
        cls,
        home: Path | str,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        insecure_fast_kdf_for_tests: bool = False,
    ) -> Self:
        """Open the store in `home`, creating the folder (0700) if needed. The database
        file (0600) is created by create_vault, so opening alone writes nothing.

        `insecure_fast_kdf_for_tests` is for the test suite only: new vaults get a
        trivial Argon2 cost and such headers are accepted on read. Without it a header
        below the production floor is refused, so a file cannot ask for a weak key.
        """
        store = cls(Path(home), busy_timeout, insecure_fast_kdf_for_tests)
        schema.prepare_folder(store.home)
        if store.path.exists():
            store._connect()
        return store

    # ------------------------------------------------------------ state

    @property
    def exists(self) -> bool:
        """The database file is on disk (a vault may still be missing)."""
        return self.path.exists()

    @property
    def is_initialised(self) -> bool:
        """A passphrase has been set: unlock() rather than create_vault(). CorruptStore
        if the vault is gone but cases are left (never start again over them)."""
        with self._lock:
            if self._conn is None and self.path.exists():
                self._connect()
            if self._conn is None:
                return False
            with self._read() as conn:
                schema.check_vault(conn, self.path)
                return conn.execute("SELECT 1 FROM vault").fetchone() is not None

    @property
    def is_unlocked(self) -> bool:
        return self._master is not None

    @property
    def exclusive(self) -> bool:
        """Open in exclusive mode because the disk was full (other copies must wait)."""
        return self._exclusive

    def create_vault(self, passphrase: str) -> None:
        """Set the passphrase of a new store and unlock it. There is no recovery."""
        with self._lock:
            if self._conn is None:
                schema.create_file(self.path)
                self._connect()
            master = vault.new_key()
            kdf = vault.FAST_TEST_KDF if self._weak else vault.calibrated_kdf()
            header, wrapped = vault.wrap_master(passphrase, master, kdf)
            with self._write() as conn:
                schema.check_vault(conn, self.path)
                if conn.execute("SELECT 1 FROM vault").fetchone() is not None:
                    raise StoreError("this store already has a passphrase")
                conn.execute(
                    "INSERT INTO vault (id, header, wrapped_master) VALUES (1, ?, ?)", (header, wrapped)
                )
            schema.tighten_modes(self.path)
            self._set_master(master)

    def unlock(self, passphrase: str) -> None:
        """Derive the key and open the master key. Raises WrongPassphrase. A vault from
        before case seals is upgraded here; if the disk refuses, it is read as it is
        and the upgrade is tried again before the next write."""
        with self._lock:
            header, wrapped = self._vault_row()
            master, kek, parsed = vault.open_vault(passphrase, header, wrapped, str(self.path), self._weak)
            self._set_master(master)
            if parsed.version == vault.HEADER_UNSEALED:
                self._unsealed = (kek, parsed)
                try:
                    self._seal_old_vault()
                except StoreError as exc:
                    if isinstance(exc, CorruptStore):
                        self.lock()
                        raise

    def hurry(self, seconds: float = 0.2) -> None:
        """From now on wait at most `seconds` for another copy holding the store: a
        quick exit must not hang on a busy store (the save then fails as StoreBusy)."""
        with self._lock:
            self._busy_timeout = seconds
            if self._conn is not None:
                self._conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    @contextmanager
    def waiting_briefly(self, seconds: float = 0.1) -> Iterator[None]:
        """Inside the block, wait at most `seconds` for another copy holding the store:
        a retry nobody asked for must not hold the app up."""
        with self._lock:
            before = self._busy_timeout
            self.hurry(seconds)
            try:
                yield
            finally:
                self.hurry(before)

    def lock(self) -> None:
        """Forget every key (overwriting the copies we hold). Idempotent."""
        with self._lock:
            vault.wipe(self._master)
            for key, _cipher in self._ciphers.values():
                vault.wipe(key)
            self._ciphers.clear()
            self._master = None
            self._master_aead = None
            self._unsealed = None

    def close(self) -> None:
        with self._lock:
            self.lock()
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def change_passphrase(self, old: str, new: str) -> bool:
        """Re-wrap the master key under a new passphrase (answers are not re-encrypted)
        and push the old wrapping out of the files. Leaves the store unlocked. Returns
        False if another copy of s7prep kept the old wrapping from being overwritten
        yet (it is, once every copy has closed the store)."""
        with self._lock:
            self.unlock(old)
            if self._unsealed is not None:
                self._seal_old_vault()  # a sealed vault's header must not cover unsealed cases
            header, _wrapped = self._vault_row()
            master = self._master
            assert master is not None
            # Keep the vault's cost if it is above our default; never lower it.
            kdf = vault.Header.parse(header, str(self.path), self._weak).kdf
            kdf = kdf.at_least(vault.FAST_TEST_KDF if self._weak else vault.PRODUCTION_KDF)
            new_header, new_wrapped = vault.wrap_master(new, master, kdf)
            with self._write() as conn:
                cur = conn.execute(
                    "UPDATE vault SET header = ?, wrapped_master = ? WHERE id = 1 AND header = ?",
                    (new_header, new_wrapped, header),
                )
                if cur.rowcount != 1:
                    raise StoreError("the passphrase was changed by another copy of s7prep")
            return self._purge(vacuum=False)

    def integrity_check(self) -> bool:
        """SQLite's own full check of the file: True when it reports ok."""
        with self._lock, self._read() as conn:
            return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    # ------------------------------------------------------------ internals

    def _connect(self) -> None:
        schema.check_file(self.path)
        self._conn, self._exclusive = opening.open_connection(self.path, self._busy_timeout)
        schema.tighten_modes(self.path)

    def _need_conn(self) -> sqlite3.Connection:
        if self._conn is None and self.path.exists():
            self._connect()  # a reconnection that failed before (see _write)
        if self._conn is None:
            raise Locked("no passphrase has been set yet: create the store first")
        return self._conn

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; on any failure ROLLBACK and a typed error."""
        if self._exclusive and self._conn is not None:
            # Opened exclusively on a full disk: try a normal connection again, so that
            # other copies of s7prep are no longer shut out once there is room.
            self._conn.close()
            self._conn = None
            self._connect()
        if self._unsealed is not None:
            self._seal_old_vault()
        return self._transaction("BEGIN IMMEDIATE")

    def _read(self) -> AbstractContextManager[sqlite3.Connection]:
        """One snapshot for several SELECTs."""
        return self._transaction("BEGIN")

    def _transaction(self, begin: str) -> _Transaction:
        return _Transaction(self._need_conn(), begin, self.path)

    @contextmanager
    def _opening(self, label: str) -> Iterator[None]:
        try:
            yield
        except (aead.InvalidTag, ValueError, KeyError, TypeError):
            raise CorruptStore(self.path, f"data of case {label!r} failed its integrity check") from None

    def _vault_row(self) -> tuple[bytes, bytes]:
        with self._read() as conn:
            schema.check_vault(conn, self.path)
            row = conn.execute("SELECT header, wrapped_master FROM vault").fetchone()
        if row is None:
            raise Locked("no passphrase has been set yet: create the store first")
        return bytes(row[0]), bytes(row[1])

    def _set_master(self, master: bytearray) -> None:
        self.lock()
        self._master = master
        self._master_aead = aead.AESGCM(bytes(master))

    def _need_master(self) -> aead.AESGCM:
        if self._master_aead is None:
            raise Locked("the store is locked: unlock it first")
        return self._master_aead

    def _cipher(self, case_id: bytes, wrapped: bytes, label: str) -> CaseCipher:
        cached = self._ciphers.get(case_id)
        if cached is None:
            master = self._need_master()
            with self._opening(label):
                key = vault.unwrap_case_key(master, case_id, wrapped)
            cached = (key, CaseCipher(case_id, key))
            self._ciphers[case_id] = cached
        return cached[1]

    def _seal_old_vault(self) -> None:
        """Seal the cases of a vault made before seals, then mark the vault sealed (its
        header's version), in one transaction. A case that no longer opens stays
        unsealed: it is reported as damaged, as it was before."""
        from s7prep.store.upgrade import seal_unsealed_cases

        assert self._unsealed is not None and self._master is not None
        kek, old = self._unsealed
        with self._transaction("BEGIN IMMEDIATE") as conn:
            header, _wrapped = conn.execute("SELECT header, wrapped_master FROM vault").fetchone()
            if vault.Header.parse(bytes(header), str(self.path), self._weak).version == old.version:
                seal_unsealed_cases(conn, lambda row: self._cipher(row.id, row.wrapped, row.label), self.path)
                new_header, new_wrapped = vault.rewrap_master(
                    kek, self._master, vault.Header(old.kdf, old.salt, vault.HEADER_SEALED)
                )
                conn.execute(
                    "UPDATE vault SET header = ?, wrapped_master = ? WHERE id = 1",
                    (new_header, new_wrapped),
                )
            # else another copy of s7prep upgraded it meanwhile
        self._unsealed = None

    def _purge(self, vacuum: bool) -> bool:
        """Copy the WAL into the database and truncate it; VACUUM rebuilds the file so
        freed pages are gone too. Best effort: readers in other copies can block it."""
        conn = self._need_conn()
        try:
            if vacuum:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("VACUUM")
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error:
            return False
        return busy == 0


class _Transaction:
    """BEGIN ... COMMIT around a block; on any failure ROLLBACK and a typed error.
    A class rather than @contextmanager: every save goes through it."""

    def __init__(self, conn: sqlite3.Connection, begin: str, path: Path) -> None:
        self.conn, self.begin, self.path = conn, begin, path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute(self.begin)
        except sqlite3.Error as exc:
            raise schema.translate(exc, self.path) from None
        return self.conn

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if kind is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.Error as failed:
                exc = failed
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite rolls back by itself when it cannot; the first error is the one to report
        if isinstance(exc, sqlite3.Error):
            raise schema.translate(exc, self.path) from None

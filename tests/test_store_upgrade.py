"""A store made by the version before case seals (tests/fixtures/stores/v1.db, made
with that version's code and the test-only fast key settings) opens, is migrated
(PRAGMA user_version) and has its cases sealed on the first unlock."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from s7prep.packs.model import Child
from s7prep.store import connection, schema, vault
from s7prep.store.store import CorruptStore, NotSaved, Store
from tests.store_helpers import PASS, open_store, reopen, sql_rows, sql_write

V1 = Path(__file__).parent / "fixtures" / "stores" / "v1.db"
ALPHA = {
    ("your_role", None): "grandmother",
    ("what_matters_most", None): "That both children stay at their school.",
    ("child_said", "c1"): "Wants to stay at the same school",
    ("child_said", "c2"): "Too young to say",
}
BETA = {("your_role", None): "father"}


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    db = tmp_path / "store.db"
    shutil.copy(V1, db)
    db.chmod(0o600)
    assert sql_rows(db, "PRAGMA user_version") == [(1,)]
    return db


def header_version(db: Path) -> int:
    [(raw,)] = sql_rows(db, "SELECT header FROM vault")
    return vault.Header.parse(raw, "x", allow_weak=True).version


def test_an_old_store_is_migrated_and_sealed_on_first_unlock(old_store: Path) -> None:
    s = open_store(old_store.parent)
    assert sql_rows(old_store, "PRAGMA user_version") == [(schema.LATEST,)]  # the schema, on open
    assert header_version(old_store) == vault.HEADER_UNSEALED
    s.unlock(PASS)
    assert header_version(old_store) == vault.HEADER_SEALED
    assert sql_rows(old_store, "SELECT count(*) FROM cases WHERE seal IS NULL OR length(updated) > 0") == [
        (0,)
    ]
    alpha = s.load_case("alpha")
    assert alpha.answers == ALPHA
    assert alpha.children == [Child("c1", "Robin", born="2018-05", lives_with="me"), Child("c2", "J.", age=4)]
    assert alpha.created and alpha.updated >= alpha.created  # the time it last changed is kept
    assert s.load_case("beta").answers == BETA
    s.close()
    # From now on a removed row is damage, as in a store made sealed.
    sql_write(old_store, "DELETE FROM answers WHERE id = (SELECT max(id) FROM answers)")
    again = reopen(old_store)
    with pytest.raises(CorruptStore, match="removed or put back"):
        again.load_case("beta")
    assert again.load_case("alpha").answers == ALPHA
    again.close()


def test_an_old_case_that_no_longer_opens_stays_damaged(old_store: Path) -> None:
    [(case_id,)] = sql_rows(old_store, "SELECT id FROM cases WHERE label = 'beta'")
    sql_write(old_store, "UPDATE answers SET value = substr(value, 1, 20) WHERE case_id = ?", case_id)
    s = reopen(old_store)
    assert [(c.label, c.damaged) for c in s.list_cases()] == [("alpha", False), ("beta", True)]
    assert s.load_case("alpha").answers == ALPHA
    assert s.delete_case("beta")
    s.close()


def test_when_the_upgrade_cannot_be_written_the_old_store_is_still_read(
    old_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = connection.StoreCore._seal_old_vault

    def refused(self: connection.StoreCore) -> None:
        raise NotSaved(schema.DISK_FULL, disk=True)

    monkeypatch.setattr(connection.StoreCore, "_seal_old_vault", refused)
    s = reopen(old_store)
    assert s.load_case("alpha").answers == ALPHA
    assert [(c.label, c.damaged) for c in s.list_cases()] == [("alpha", False), ("beta", False)]
    with pytest.raises(NotSaved):
        s.save_answer("beta", ("your_role", None), "grandfather")  # no write before the upgrade
    assert header_version(old_store) == vault.HEADER_UNSEALED
    monkeypatch.setattr(connection.StoreCore, "_seal_old_vault", real)
    s.save_answer("beta", ("your_role", None), "grandfather")  # the upgrade, then the save
    assert header_version(old_store) == vault.HEADER_SEALED
    s.close()
    assert reopen(old_store).load_case("beta").answers == {("your_role", None): "grandfather"}


def test_an_old_vault_put_back_over_sealed_cases_is_refused(old_store: Path) -> None:
    [(header, wrapped)] = sql_rows(old_store, "SELECT header, wrapped_master FROM vault")
    reopen(old_store).close()
    sql_write(old_store, "UPDATE vault SET header = ?, wrapped_master = ?", header, wrapped)
    s = open_store(old_store.parent)
    with pytest.raises(CorruptStore, match="vault is older than its cases"):
        s.unlock(PASS)
    assert not s.is_unlocked
    s.close()


def test_changing_the_passphrase_of_an_old_store_seals_it_first(old_store: Path) -> None:
    s = open_store(old_store.parent)
    s.change_passphrase(PASS, "a brand new passphrase")
    s.close()
    assert header_version(old_store) == vault.HEADER_SEALED
    again = Store.open(old_store.parent, insecure_fast_kdf_for_tests=True)
    again.unlock("a brand new passphrase")
    assert again.load_case("alpha").answers == ALPHA
    again.close()

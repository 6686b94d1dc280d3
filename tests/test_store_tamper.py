"""Someone with write access to store.db changes it behind s7prep's back: answers
changed, moved, removed or put back from an older copy, labels swapped, case fields
rolled back, the vault removed. Each is reported as damage naming the file, never
shown as if it were true; a damaged case can still be deleted and the others read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from s7prep.packs.model import Child
from s7prep.store import vault
from s7prep.store.store import CorruptStore, Store, WrongPassphrase
from tests.store_helpers import PASS, fill_case, new_store, open_store, reopen, sql_rows, sql_write

MARK = "QZXMARK"


@pytest.fixture
def two_cases(tmp_path: Path) -> Iterator[Path]:
    """A closed store with two cases filled alike; yields the database path."""
    s = new_store(tmp_path)
    fill_case(s, "alpha", MARK)
    fill_case(s, "beta", MARK)
    s.close()
    yield tmp_path / "store.db"


def _case_id(db: Path, label: str) -> bytes:
    case_id = sql_rows(db, "SELECT id FROM cases WHERE label = ?", label)[0][0]
    assert isinstance(case_id, bytes)
    return case_id


def _assert_corrupt(db: Path, label: str) -> None:
    s = reopen(db)
    with pytest.raises(CorruptStore) as info:
        s.load_case(label)
    message = str(info.value)
    assert str(db) in message and "\n" not in message and MARK not in message
    s.close()


def test_a_changed_answer_fails_to_open(two_cases: Path) -> None:
    row_id, blob = sql_rows(two_cases, "SELECT id, value FROM answers LIMIT 1")[0]
    assert isinstance(blob, bytes)
    sql_write(
        two_cases,
        "UPDATE answers SET value = ? WHERE id = ?",
        blob[:20] + bytes([blob[20] ^ 1]) + blob[21:],
        row_id,
    )
    _assert_corrupt(two_cases, "alpha")
    s = reopen(two_cases)
    assert [c.label for c in s.list_cases()] == ["alpha", "beta"]  # the list still works
    assert s.load_case("beta").answers  # the other case is untouched
    assert s.delete_case("alpha")  # a damaged case can still be deleted
    assert [c.label for c in s.list_cases()] == ["beta"]
    s.close()


def test_answers_swapped_between_questions_fail(two_cases: Path) -> None:
    alpha = _case_id(two_cases, "alpha")
    (a, va), (b, vb) = sql_rows(two_cases, "SELECT id, value FROM answers WHERE case_id = ? LIMIT 2", alpha)
    sql_write(two_cases, "UPDATE answers SET value = ? WHERE id = ?", vb, a)
    sql_write(two_cases, "UPDATE answers SET value = ? WHERE id = ?", va, b)
    _assert_corrupt(two_cases, "alpha")


def test_an_answer_moved_between_cases_fails(two_cases: Path) -> None:
    alpha, beta = _case_id(two_cases, "alpha"), _case_id(two_cases, "beta")
    [(slot, blob)] = sql_rows(two_cases, "SELECT slot, value FROM answers WHERE case_id = ? LIMIT 1", alpha)
    sql_write(two_cases, "INSERT INTO answers (case_id, slot, value) VALUES (?, ?, ?)", beta, slot, blob)
    _assert_corrupt(two_cases, "beta")


def test_an_answer_copied_over_the_same_question_of_another_case_fails(two_cases: Path) -> None:
    """Both cases answered every question alike; the nth row of each is the same
    question, so copying values row by row is a like-for-like swap."""
    alpha, beta = _case_id(two_cases, "alpha"), _case_id(two_cases, "beta")
    a_rows = sql_rows(two_cases, "SELECT value FROM answers WHERE case_id = ? ORDER BY id", alpha)
    b_ids = sql_rows(two_cases, "SELECT id FROM answers WHERE case_id = ? ORDER BY id", beta)
    for (value,), (row_id,) in zip(a_rows, b_ids, strict=True):
        sql_write(two_cases, "UPDATE answers SET value = ? WHERE id = ?", value, row_id)
    _assert_corrupt(two_cases, "beta")


@pytest.mark.parametrize("column", ["children", "wrapped_key", "created"])
def test_case_fields_swapped_between_cases_fail(two_cases: Path, column: str) -> None:
    [(a,)] = sql_rows(two_cases, f"SELECT {column} FROM cases WHERE label = 'alpha'")
    [(b,)] = sql_rows(two_cases, f"SELECT {column} FROM cases WHERE label = 'beta'")
    sql_write(two_cases, f"UPDATE cases SET {column} = ? WHERE label = 'alpha'", b)
    sql_write(two_cases, f"UPDATE cases SET {column} = ? WHERE label = 'beta'", a)
    _assert_corrupt(two_cases, "alpha")
    _assert_corrupt(two_cases, "beta")
    s = reopen(two_cases)
    # Listed and marked rather than raised, so the list still shows and they can be deleted.
    assert [(c.label, c.damaged) for c in s.list_cases()] == [("alpha", True), ("beta", True)]
    assert s.delete_case("alpha") and [c.label for c in s.list_cases()] == ["beta"]
    s.close()


def test_a_tampered_header_fails(two_cases: Path) -> None:
    [(header,)] = sql_rows(two_cases, "SELECT header FROM vault")
    assert isinstance(header, bytes)
    salt_changed = header[:-1] + bytes([header[-1] ^ 1])
    sql_write(two_cases, "UPDATE vault SET header = ?", salt_changed)
    s = open_store(two_cases.parent)
    with pytest.raises(WrongPassphrase):
        s.unlock(PASS)
    hostile = vault.Header(vault.KdfParams(4 * 1024 * 1024, 3, 4), b"s" * 16).encode()
    sql_write(two_cases, "UPDATE vault SET header = ?", hostile)
    with pytest.raises(CorruptStore, match="out of range"):
        s.unlock(PASS)
    s.close()


def test_a_real_vault_cannot_be_downgraded_to_test_settings(tmp_path: Path) -> None:
    real = Store.open(tmp_path)  # production Argon2 cost
    real.create_vault(PASS)
    real.close()
    db = tmp_path / "store.db"
    [(header,)] = sql_rows(db, "SELECT header FROM vault")
    kdf = vault.Header.parse(header, "x").kdf  # type: ignore[arg-type]
    assert kdf.at_least(vault.PRODUCTION_KDF) == kdf  # at or above the floor
    weak = vault.Header(vault.FAST_TEST_KDF, bytes(header[-16:])).encode()  # type: ignore[index]
    sql_write(db, "UPDATE vault SET header = ?", weak)
    s = Store.open(tmp_path)
    with pytest.raises(CorruptStore, match="below the safe minimum"):
        s.unlock(PASS)
    s.close()
    with open_store(tmp_path) as testing, pytest.raises(WrongPassphrase):
        testing.unlock(PASS)  # even where weak settings are allowed, the forged header fails


def test_damaged_pages_are_named_not_a_traceback(two_cases: Path) -> None:
    data = bytearray(two_cases.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # keep the first page (the file header)
        data[offset : offset + 64] = b"\xa5" * 64
    two_cases.write_bytes(bytes(data))
    with pytest.raises(CorruptStore) as info:
        s = reopen(two_cases)
        s.list_cases()
    assert str(two_cases) in str(info.value) and "\n" not in str(info.value)


# ---------------------------------------------------------------- whole cases


def test_swapped_labels_never_open_the_other_case(two_cases: Path) -> None:
    """Before seals, this made `export alpha` write beta's statement."""
    sql_write(two_cases, "UPDATE cases SET label = 'tmp' WHERE label = 'alpha'")
    sql_write(two_cases, "UPDATE cases SET label = 'alpha' WHERE label = 'beta'")
    sql_write(two_cases, "UPDATE cases SET label = 'beta' WHERE label = 'tmp'")
    for label in ("alpha", "beta"):
        s = reopen(two_cases)
        with pytest.raises(CorruptStore, match=f"the label '{label}' was moved from another case"):
            s.load_case(label)
        s.close()
    s = reopen(two_cases)
    assert [(c.label, c.damaged) for c in s.list_cases()] == [("alpha", True), ("beta", True)]
    with pytest.raises(CorruptStore):
        s.save_answer("alpha", ("role", None), "grandparent")  # nothing is written over damage
    s.close()


def test_a_removed_answer_row_is_damage(two_cases: Path) -> None:
    alpha = _case_id(two_cases, "alpha")
    sql_write(
        two_cases, "DELETE FROM answers WHERE id = (SELECT min(id) FROM answers WHERE case_id = ?)", alpha
    )
    _assert_corrupt(two_cases, "alpha")
    s = reopen(two_cases)
    assert [(c.label, c.damaged) for c in s.list_cases()] == [("alpha", True), ("beta", False)]
    assert s.load_case("beta").answers
    assert s.delete_case("alpha") and [c.label for c in s.list_cases()] == ["beta"]
    s.close()


def test_a_save_never_hides_a_row_removed_while_the_store_is_open(two_cases: Path) -> None:
    s = reopen(two_cases)
    s.load_case("alpha")  # the store now knows alpha's rows and saves without reading them
    alpha = _case_id(two_cases, "alpha")
    sql_write(
        two_cases, "DELETE FROM answers WHERE id = (SELECT min(id) FROM answers WHERE case_id = ?)", alpha
    )
    s.save_answer("alpha", ("your_name", None), "Sam")  # not the row that went
    s.close()
    _assert_corrupt(two_cases, "alpha")


def test_nothing_is_saved_into_a_damaged_case(two_cases: Path) -> None:
    alpha = _case_id(two_cases, "alpha")
    sql_write(
        two_cases, "DELETE FROM answers WHERE id = (SELECT min(id) FROM answers WHERE case_id = ?)", alpha
    )
    before = sql_rows(two_cases, "SELECT * FROM answers ORDER BY id")
    s = reopen(two_cases)
    with pytest.raises(CorruptStore, match="removed or put back"):
        s.save_answer("alpha", ("your_name", None), "Sam")
    s.close()
    assert sql_rows(two_cases, "SELECT * FROM answers ORDER BY id") == before


def test_an_answer_put_back_from_an_older_copy_is_damage(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    fill_case(s, "alpha", MARK)
    db = s.path
    [(row_id, old)] = sql_rows(db, "SELECT id, value FROM answers ORDER BY id LIMIT 1")
    s.save_answer("alpha", ("role", None), "parent")  # the first row saved was "role"
    assert sql_rows(db, "SELECT value FROM answers WHERE id = ?", row_id)[0][0] != old
    s.close()
    sql_write(db, "UPDATE answers SET value = ? WHERE id = ?", old, row_id)
    _assert_corrupt(db, "alpha")


def test_a_cleared_answer_put_back_is_damage(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    fill_case(s, "alpha", MARK)
    kept = sql_rows(s.path, "SELECT case_id, slot, value FROM answers ORDER BY id LIMIT 1")[0]
    s.save_answer("alpha", ("role", None), None)
    s.close()
    sql_write(s.path, "INSERT INTO answers (case_id, slot, value) VALUES (?, ?, ?)", *kept)
    _assert_corrupt(s.path, "alpha")


@pytest.mark.parametrize("what", ["children", "seal", "both"])
def test_case_fields_put_back_from_an_older_copy_are_damage(tmp_path: Path, what: str) -> None:
    s = new_store(tmp_path)
    fill_case(s, "alpha", MARK)
    [(children, seal)] = sql_rows(s.path, "SELECT children, seal FROM cases")
    s.save_children("alpha", [Child("c1", "Robin")])
    s.save_answer("alpha", ("role", None), "parent")
    s.close()
    if what in ("children", "both"):
        sql_write(s.path, "UPDATE cases SET children = ?", children)
    if what in ("seal", "both"):
        sql_write(s.path, "UPDATE cases SET seal = ?", seal)
    _assert_corrupt(s.path, "alpha")


@pytest.mark.parametrize("how", ["removed", "put back"])
def test_the_leave_out_choices_are_sealed_with_the_case(tmp_path: Path, how: str) -> None:
    """Removing them, or putting back older ones, would put into the statement an
    answer the person chose to keep out of it."""
    s = new_store(tmp_path)
    fill_case(s, "alpha", MARK)
    s.save_leave_out("alpha", {("your_name", None)})
    [(row_id, older)] = sql_rows(
        s.path, "SELECT id, value FROM answers WHERE id = (SELECT max(id) FROM answers)"
    )
    s.save_leave_out("alpha", {("your_name", None), ("abuse_details", None)})
    assert s.load_case("alpha").leave_out == {("your_name", None), ("abuse_details", None)}
    s.close()
    if how == "removed":
        sql_write(s.path, "DELETE FROM answers WHERE id = ?", row_id)
    else:
        sql_write(s.path, "UPDATE answers SET value = ? WHERE id = ?", older, row_id)
    _assert_corrupt(s.path, "alpha")


def test_a_removed_seal_is_damage(two_cases: Path) -> None:
    sql_write(two_cases, "UPDATE cases SET seal = NULL WHERE label = 'alpha'")
    _assert_corrupt(two_cases, "alpha")


def test_a_row_given_twice_is_damage(two_cases: Path) -> None:
    """Two equal rows would cancel out of the digest: their names must be unique."""
    alpha = _case_id(two_cases, "alpha")
    # Rebuild the table without its UNIQUE rule, as someone editing the file could.
    for sql in (
        "CREATE TABLE answers2 (id INTEGER PRIMARY KEY, case_id BLOB, slot BLOB, value BLOB)",
        "INSERT INTO answers2 SELECT * FROM answers",
        "DROP TABLE answers",
        "ALTER TABLE answers2 RENAME TO answers",
    ):
        sql_write(two_cases, sql)
    [(slot, value)] = sql_rows(two_cases, "SELECT slot, value FROM answers WHERE case_id = ? LIMIT 1", alpha)
    for _ in range(2):
        sql_write(
            two_cases, "INSERT INTO answers (case_id, slot, value) VALUES (?, ?, ?)", alpha, slot, value
        )
    _assert_corrupt(two_cases, "alpha")


def test_labels_and_seals_follow_a_rename(two_cases: Path) -> None:
    s = reopen(two_cases)
    s.rename_case("alpha", "gamma")
    before = s.load_case("gamma").answers
    s.close()
    again = reopen(two_cases)
    assert again.load_case("gamma").answers == before
    assert [(c.label, c.damaged) for c in again.list_cases()] == [("beta", False), ("gamma", False)]
    again.close()


# ---------------------------------------------------------------- the vault row


def test_a_store_without_its_vault_is_damaged_not_empty(two_cases: Path) -> None:
    sql_write(two_cases, "DELETE FROM vault")
    before = sql_rows(two_cases, "SELECT id, label FROM cases ORDER BY id")
    with pytest.raises(CorruptStore, match="key record is missing") as info:
        open_store(two_cases.parent)
    assert str(two_cases) in str(info.value)
    # Never a new vault over the cases, even called without open() first.
    s = Store(two_cases.parent, 1.0, True)
    with pytest.raises(CorruptStore):
        s.create_vault(PASS)
    s.close()
    assert sql_rows(two_cases, "SELECT count(*) FROM vault") == [(0,)]
    assert sql_rows(two_cases, "SELECT id, label FROM cases ORDER BY id") == before


def test_an_empty_store_without_a_vault_is_new(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    s.close()
    sql_write(s.path, "DELETE FROM vault")
    again = open_store(tmp_path)
    assert not again.is_initialised
    again.create_vault(PASS)
    again.create_case("c")
    again.close()

"""When things go wrong: another copy holding the store, a read-only folder, a full
disk, a damaged or foreign file, and ciphertext that was changed or moved."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from s7prep.store import vault
from s7prep.store.store import CorruptStore, NotSaved, Store, StoreBusy, WrongPassphrase
from tests.store_helpers import PASS, child_env, fill_case, new_store, no_root_powers, open_store

MARK = "QZXMARK"


@pytest.fixture
def two_cases(tmp_path: Path) -> Iterator[Path]:
    """A closed store with two cases filled alike; yields the database path."""
    s = new_store(tmp_path)
    fill_case(s, "alpha", MARK)
    fill_case(s, "beta", MARK)
    s.close()
    yield tmp_path / "store.db"


def _reopen(db: Path) -> Store:
    s = open_store(db.parent)
    s.unlock(PASS)
    return s


def _rows(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    rows = conn.execute(sql, args).fetchall()
    conn.close()
    return rows


def _write(db: Path, sql: str, *args: object) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(sql, args)
    conn.close()


def _case_id(db: Path, label: str) -> bytes:
    case_id = _rows(db, "SELECT id FROM cases WHERE label = ?", label)[0][0]
    assert isinstance(case_id, bytes)
    return case_id


# ---------------------------------------------------------------- tampering


def _assert_corrupt(db: Path, label: str) -> None:
    s = _reopen(db)
    with pytest.raises(CorruptStore) as info:
        s.load_case(label)
    message = str(info.value)
    assert str(db) in message and "\n" not in message and MARK not in message
    s.close()


def test_a_changed_answer_fails_to_open(two_cases: Path) -> None:
    row_id, blob = _rows(two_cases, "SELECT id, value FROM answers LIMIT 1")[0]
    assert isinstance(blob, bytes)
    _write(
        two_cases,
        "UPDATE answers SET value = ? WHERE id = ?",
        blob[:20] + bytes([blob[20] ^ 1]) + blob[21:],
        row_id,
    )
    _assert_corrupt(two_cases, "alpha")
    s = _reopen(two_cases)
    assert [c.label for c in s.list_cases()] == ["alpha", "beta"]  # the list still works
    assert s.load_case("beta").answers  # the other case is untouched
    assert s.delete_case("alpha")  # a damaged case can still be deleted
    assert [c.label for c in s.list_cases()] == ["beta"]
    s.close()


def test_answers_swapped_between_questions_fail(two_cases: Path) -> None:
    alpha = _case_id(two_cases, "alpha")
    (a, va), (b, vb) = _rows(two_cases, "SELECT id, value FROM answers WHERE case_id = ? LIMIT 2", alpha)
    _write(two_cases, "UPDATE answers SET value = ? WHERE id = ?", vb, a)
    _write(two_cases, "UPDATE answers SET value = ? WHERE id = ?", va, b)
    _assert_corrupt(two_cases, "alpha")


def test_an_answer_moved_between_cases_fails(two_cases: Path) -> None:
    alpha, beta = _case_id(two_cases, "alpha"), _case_id(two_cases, "beta")
    [(slot, blob)] = _rows(two_cases, "SELECT slot, value FROM answers WHERE case_id = ? LIMIT 1", alpha)
    _write(two_cases, "INSERT INTO answers (case_id, slot, value) VALUES (?, ?, ?)", beta, slot, blob)
    _assert_corrupt(two_cases, "beta")


def test_an_answer_copied_over_the_same_question_of_another_case_fails(two_cases: Path) -> None:
    """Both cases answered every question alike; the nth row of each is the same
    question, so copying values row by row is a like-for-like swap."""
    alpha, beta = _case_id(two_cases, "alpha"), _case_id(two_cases, "beta")
    a_rows = _rows(two_cases, "SELECT value FROM answers WHERE case_id = ? ORDER BY id", alpha)
    b_ids = _rows(two_cases, "SELECT id FROM answers WHERE case_id = ? ORDER BY id", beta)
    for (value,), (row_id,) in zip(a_rows, b_ids, strict=True):
        _write(two_cases, "UPDATE answers SET value = ? WHERE id = ?", value, row_id)
    _assert_corrupt(two_cases, "beta")


@pytest.mark.parametrize("column", ["children", "wrapped_key", "created"])
def test_case_fields_swapped_between_cases_fail(two_cases: Path, column: str) -> None:
    [(a,)] = _rows(two_cases, f"SELECT {column} FROM cases WHERE label = 'alpha'")
    [(b,)] = _rows(two_cases, f"SELECT {column} FROM cases WHERE label = 'beta'")
    _write(two_cases, f"UPDATE cases SET {column} = ? WHERE label = 'alpha'", b)
    _write(two_cases, f"UPDATE cases SET {column} = ? WHERE label = 'beta'", a)
    _assert_corrupt(two_cases, "alpha")
    _assert_corrupt(two_cases, "beta")
    s = _reopen(two_cases)
    # Listed and marked rather than raised, so the list still shows and they can be deleted.
    assert [(c.label, c.damaged) for c in s.list_cases()] == [("alpha", True), ("beta", True)]
    assert s.delete_case("alpha") and [c.label for c in s.list_cases()] == ["beta"]
    s.close()


def test_a_tampered_header_fails(two_cases: Path) -> None:
    [(header,)] = _rows(two_cases, "SELECT header FROM vault")
    assert isinstance(header, bytes)
    salt_changed = header[:-1] + bytes([header[-1] ^ 1])
    _write(two_cases, "UPDATE vault SET header = ?", salt_changed)
    s = open_store(two_cases.parent)
    with pytest.raises(WrongPassphrase):
        s.unlock(PASS)
    hostile = vault.Header(vault.KdfParams(4 * 1024 * 1024, 3, 4), b"s" * 16).encode()
    _write(two_cases, "UPDATE vault SET header = ?", hostile)
    with pytest.raises(CorruptStore, match="out of range"):
        s.unlock(PASS)
    s.close()


def test_a_real_vault_cannot_be_downgraded_to_test_settings(tmp_path: Path) -> None:
    real = Store.open(tmp_path)  # production Argon2 cost
    real.create_vault(PASS)
    real.close()
    db = tmp_path / "store.db"
    [(header,)] = _rows(db, "SELECT header FROM vault")
    kdf = vault.Header.parse(header, "x").kdf  # type: ignore[arg-type]
    assert kdf.at_least(vault.PRODUCTION_KDF) == kdf  # at or above the floor
    weak = vault.Header(vault.FAST_TEST_KDF, bytes(header[-16:])).encode()  # type: ignore[index]
    _write(db, "UPDATE vault SET header = ?", weak)
    s = Store.open(tmp_path)
    with pytest.raises(CorruptStore, match="below the safe minimum"):
        s.unlock(PASS)
    s.close()
    with open_store(tmp_path) as testing, pytest.raises(WrongPassphrase):
        testing.unlock(PASS)  # even where weak settings are allowed, the forged header fails


# ---------------------------------------------------------------- other copies


def _hold(db: Path) -> subprocess.Popen[bytes]:
    """Another process holding the store's write lock until it is killed."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(db),
        ],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
    return holder


def test_a_second_process_holding_the_store_gives_store_busy(tmp_path: Path) -> None:
    s = new_store(tmp_path, busy_timeout=0.3)
    s.create_case("c")
    s.save_answer("c", ("q", None), "before")
    holder = _hold(s.path)
    try:
        started = time.monotonic()
        with pytest.raises(StoreBusy, match="another copy"):
            s.save_answer("c", ("q", None), "during")
        assert time.monotonic() - started >= 0.25  # it waited before giving up
        assert s.load_case("c").answers == {("q", None): "before"}  # reading still works
    finally:
        holder.kill()
        holder.wait()
    s.save_answer("c", ("q", None), "after")
    assert s.load_case("c").answers == {("q", None): "after"}
    assert s.integrity_check()
    s.close()


def test_hurry_stops_a_quick_exit_waiting_on_a_busy_store(tmp_path: Path) -> None:
    s = new_store(tmp_path, busy_timeout=4.0)
    s.create_case("c")
    holder = _hold(s.path)
    try:
        s.hurry(0.05)
        started = time.monotonic()
        with pytest.raises(StoreBusy):
            s.save_answer("c", ("q", None), "during")
        assert time.monotonic() - started < 2.0  # not the 4 s it would otherwise wait
    finally:
        holder.kill()
        holder.wait()
    s.close()


# ---------------------------------------------------------------- the disk

_READ_ONLY_CHILD = """
import json, sys
from pathlib import Path
from s7prep.store.store import NotSaved, Store
home, out = Path(sys.argv[1]), {}
try:
    s = Store.open(home, insecure_fast_kdf_for_tests=True)
    s.unlock(sys.argv[2])
    out["loaded"] = s.load_case("c").answers.get(("q", None))
    s.save_answer("c", ("q", None), "changed")
    out["saved"] = True
except NotSaved as exc:
    out["error"] = str(exc)
print(json.dumps(out))
"""


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_store_gives_not_saved_and_keeps_the_data(tmp_path: Path, what: str) -> None:
    prefix = no_root_powers()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    home = tmp_path / "home"
    s = new_store(home)
    s.create_case("c")
    s.save_answer("c", ("q", None), "original")
    s.close()
    (home / "store.db").chmod(0o400)
    if what == "folder":
        home.chmod(0o500)
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", _READ_ONLY_CHILD, str(home), PASS],
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
        )
    finally:
        home.chmod(0o700)
        (home / "store.db").chmod(0o600)
    assert done.returncode == 0, done.stderr[-500:]
    out = json.loads(done.stdout)
    expected = home if what == "folder" else home / "store.db"
    assert out["error"] == f"Not saved: {expected} is read-only"
    assert "saved" not in out
    if what == "file":
        assert out["loaded"] == "original"  # what was saved can still be read
    again = _reopen(home / "store.db")
    assert again.load_case("c").answers == {("q", None): "original"}
    assert again.integrity_check()
    again.close()


def test_a_full_disk_gives_not_saved_and_the_store_carries_on(tmp_path: Path) -> None:
    s = new_store(tmp_path)
    s.create_case("c")
    s.save_answer("c", ("q", None), "before")
    conn = s._conn  # SQLite's page limit stands in for a full disk: same SQLITE_FULL path
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(NotSaved, match=r"^Not saved: the disk is full$"):
        s.save_answer("c", ("q", None), "x" * 20_000)
    assert s.load_case("c").answers == {("q", None): "before"}
    conn.execute("PRAGMA max_page_count = 1073741823")
    s.save_answer("c", ("q", None), "x" * 20_000)
    assert s.load_case("c").answers == {("q", None): "x" * 20_000}
    assert s.integrity_check()
    s.close()


# ---------------------------------------------------------------- damaged or foreign files


def _one_line_naming(exc: BaseException, path: Path) -> None:
    assert str(path) in str(exc) and "\n" not in str(exc)


def test_a_file_that_is_not_sqlite_is_named(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    db.write_bytes(b"These are my notes, not a database.\n" * 200)
    with pytest.raises(CorruptStore) as info:
        open_store(tmp_path)
    _one_line_naming(info.value, db)
    assert db.read_bytes().startswith(b"These are my notes")  # left as it was


def test_another_programs_database_is_named(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    _write(db, "CREATE TABLE recipes (name TEXT)")
    with pytest.raises(CorruptStore, match="not an s7prep case store") as info:
        open_store(tmp_path)
    _one_line_naming(info.value, db)


def test_damaged_pages_are_named_not_a_traceback(two_cases: Path) -> None:
    data = bytearray(two_cases.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # keep the first page (the file header)
        data[offset : offset + 64] = b"\xa5" * 64
    two_cases.write_bytes(bytes(data))
    with pytest.raises(CorruptStore) as info:
        s = _reopen(two_cases)
        s.list_cases()
    _one_line_naming(info.value, two_cases)


def test_a_store_file_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.db"
    new_store(tmp_path / "real").close()
    (tmp_path / "real" / "store.db").rename(elsewhere)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "store.db").symlink_to(elsewhere)
    with pytest.raises(CorruptStore, match="link"):
        open_store(home).unlock(PASS)
    (home / "store.db").unlink()
    (home / "store.db").symlink_to(tmp_path / "missing.db")  # dangling: would be created there
    with pytest.raises(CorruptStore, match="link"):
        open_store(home).create_vault(PASS)
    assert not (tmp_path / "missing.db").exists()


def test_a_folder_owned_by_someone_else_is_refused(tmp_path: Path) -> None:
    import os

    home = tmp_path / "shared"
    home.mkdir(mode=0o700)
    if os.geteuid() != 0:
        pytest.skip("changing a folder's owner needs root")
    os.chown(home, 12345, 12345)
    with pytest.raises(NotSaved, match="another user"):
        open_store(home)

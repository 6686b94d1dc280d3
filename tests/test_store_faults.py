"""When things go wrong: another copy holding the store, a read-only folder, a full
disk, a damaged or foreign file, and ciphertext that was changed or moved."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from s7prep.store.store import CorruptStore, NotSaved, StoreBusy, StoreError
from tests.store_helpers import (
    PASS,
    child_env,
    hold_store,
    new_store,
    no_root_powers,
    open_store,
    reopen,
    sql_write,
)

MARK = "QZXMARK"


# ---------------------------------------------------------------- other copies


def test_a_second_process_holding_the_store_gives_store_busy(tmp_path: Path) -> None:
    s = new_store(tmp_path, busy_timeout=0.3)
    s.create_case("c")
    s.save_answer("c", ("q", None), "before")
    holder = hold_store(s.path)
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
    holder = hold_store(s.path)
    try:
        s.hurry(0.05)
        with pytest.raises(StoreBusy):
            s.save_answer("c", ("q", None), "during")
        assert s._conn is not None  # SQLite waits this long, not the 4 s it would otherwise
        assert s._conn.execute("PRAGMA busy_timeout").fetchone() == (50,)
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
    again = reopen(home / "store.db")
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
    sql_write(db, "CREATE TABLE recipes (name TEXT)")
    with pytest.raises(CorruptStore, match="not an s7prep case store") as info:
        open_store(tmp_path)
    _one_line_naming(info.value, db)


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


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_store_file_that_is_not_a_file_is_named_not_waited_on(tmp_path: Path, kind: str) -> None:
    db = tmp_path / "store.db"
    if kind == "fifo":
        os.mkfifo(db)  # opening it to read would wait for a writer for ever
    else:
        db.mkdir()
    with pytest.raises(StoreError) as info:
        open_store(tmp_path)
    assert str(db) in str(info.value) and "\n" not in str(info.value)
    assert not str(info.value).startswith("Not saved")

"""The case store on a real disk: what goes in comes out, nothing readable is left
in any file, and the typed errors the front ends rely on."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from s7prep import engine
from s7prep.packs.model import Child, PackSet
from s7prep.store import schema as store_schema
from s7prep.store.store import (
    CaseData,
    CaseExists,
    CaseNotFound,
    CorruptStore,
    InvalidInput,
    Locked,
    Store,
    StoreError,
    WrongPassphrase,
)
from tests.store_helpers import PASS, files_containing, fill_case, new_store, open_store

MARK = "QZXMARK"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = new_store(tmp_path / "home")
    yield s
    s.close()


def test_a_fresh_folder_is_created_private_and_empty(tmp_path: Path) -> None:
    home = tmp_path / "a" / "home"
    s = open_store(home)
    assert (s.exists, s.is_initialised, s.is_unlocked) == (False, False, False)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert list(home.iterdir()) == []  # opening alone writes nothing
    with pytest.raises(Locked):
        s.list_cases()
    s.create_vault(PASS)
    assert (s.exists, s.is_initialised, s.is_unlocked) == (True, True, True)
    s.close()


def test_files_are_0600_and_an_open_folder_is_tightened(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    old = os.umask(0o022)
    try:
        s = new_store(home)
        fill_case(s, "case-1", MARK)
        files = sorted(p.name for p in home.iterdir())
        assert files == ["store.db", "store.db-shm", "store.db-wal"]  # and no temp files
        for p in home.iterdir():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        s.close()
    finally:
        os.umask(old)


def test_pragmas_and_schema_version(store: Store) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store_schema.LATEST == 2
    assert conn.execute("PRAGMA application_id").fetchone()[0] == store_schema.APPLICATION_ID
    conn.close()
    live = store._conn  # the store's own connection: its per-connection settings
    assert live is not None
    assert live.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert live.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert live.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_a_whole_case_round_trips(store: Store, sample_packset: PackSet) -> None:
    answers = fill_case(store, "case-1", MARK)
    for (qid, _child), value in answers.items():
        assert engine.validate(sample_packset.question(qid), value) == value  # the stored form
    store.close()
    again = open_store(store.home)
    again.unlock(PASS)
    case = again.load_case("CASE-1")  # labels match without regard to case
    assert case.label == "case-1"
    assert case.answers == answers
    assert [c.key for c in case.children] == ["c1", "c2"]
    assert case.children[0].born == "2018-05" and case.children[1].age == 4
    assert case.created and case.updated >= case.created
    [summary] = again.list_cases()
    assert (summary.label, summary.children, summary.answered) == ("case-1", 2, len(answers))
    again.close()


def test_the_leave_out_set_is_kept_sealed_with_the_case(store: Store) -> None:
    """The person's "leave out of the statement" choices: one sealed row of the case,
    never an answer, not counted as one, and replaced whole on each save."""
    store.create_case("c")
    store.save_children("c", [Child("c1", "A")])
    store.save_answer("c", ("child_said", "c1"), MARK)
    store.save_leave_out("c", {("child_said", "c1"), ("summary", None)})
    case = store.load_case("c")
    assert case.leave_out == {("child_said", "c1"), ("summary", None)}
    assert set(case.answers) == {("child_said", "c1")}
    assert store.list_cases()[0].answered == 1
    store.save_leave_out("c", {("summary", None)})
    assert store.load_case("c").leave_out == {("summary", None)}
    store.save_leave_out("c", set())
    assert store.load_case("c").leave_out == set()
    assert store.list_cases()[0].answered == 1
    assert not files_containing(store.home, "child_said")  # the keys are encrypted too
    with pytest.raises(InvalidInput):
        store.save_answer("c", ("_leave_out", None), [["x", None]])  # not through the answer door
    with pytest.raises(InvalidInput):
        store.save_leave_out("c", {("", None)})


def test_an_import_carries_the_leave_out_set(store: Store) -> None:
    data = CaseData((Child("c1", "A"),), {("q", None): "x"}, frozenset({("q", None), ("r", "c1")}))
    store.import_case("c", data)
    assert store.load_case("c").leave_out == {("q", None), ("r", "c1")}
    with pytest.raises(InvalidInput):
        store.import_case("d", CaseData((), {}, frozenset({("q", "c9")})))  # no such child


def test_none_or_empty_clears_an_answer(store: Store) -> None:
    store.create_case("c")
    store.save_answer("c", ("q", None), "text")
    store.save_answer("c", ("m", None), ["a"])
    store.save_answer("c", ("q", None), None)
    store.save_answer("c", ("m", None), [])
    assert store.load_case("c").answers == {}


def test_wrong_passphrase_and_locking(store: Store) -> None:
    store.create_case("c")
    store.lock()
    assert not store.is_unlocked
    with pytest.raises(Locked):
        store.load_case("c")
    with pytest.raises(WrongPassphrase, match=r"^wrong passphrase$"):
        store.unlock(PASS.upper())
    store.unlock(PASS)
    assert store.load_case("c").label == "c"


def test_change_passphrase_rewraps_without_touching_answers(store: Store) -> None:
    fill_case(store, "c", MARK)
    before = sqlite3.connect(store.path).execute("SELECT value FROM answers ORDER BY id").fetchall()
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not it at all", "a brand new phrase")
    store.change_passphrase(PASS, "a brand new phrase")
    after = sqlite3.connect(store.path).execute("SELECT value FROM answers ORDER BY id").fetchall()
    assert before == after
    store.close()
    again = open_store(store.home)
    with pytest.raises(WrongPassphrase):
        again.unlock(PASS)
    again.unlock("a brand new phrase")
    assert again.load_case("c").answers[("role", None)] == "grandparent"
    again.close()


def test_case_errors_are_typed_one_line_and_hold_no_answer_text(store: Store) -> None:
    store.create_case("case-1")
    with pytest.raises(CaseExists):
        store.create_case(" Case-1 ")
    with pytest.raises(CaseNotFound):
        store.load_case("nope")
    with pytest.raises(CaseNotFound):
        store.save_answer("nope", ("q", None), f"secret {MARK}")
    for bad in ("", "   ", "a\nb", "x" * 61, "\u202eevil", "tab\there"):
        with pytest.raises(InvalidInput):
            store.create_case(bad)
    with pytest.raises(InvalidInput) as info:
        store.save_children("case-1", [Child("c1", f"A {MARK}\x07")])
    with pytest.raises(InvalidInput):
        store.save_children("case-1", [Child("c1", "A"), Child("c1", "B")])
    with pytest.raises(InvalidInput):
        store.save_answer("case-1", ("q", None), float("inf"))
    for exc in (info.value,):
        assert "\n" not in str(exc) and MARK not in str(exc)
    assert store.load_case("case-1").children == []


def test_rename_and_delete(store: Store) -> None:
    fill_case(store, "first", MARK)
    store.create_case("second")
    assert store.rename_case("FIRST", "renamed") == "renamed"
    with pytest.raises(CaseExists):
        store.rename_case("renamed", "second")
    assert store.rename_case("renamed", "Renamed") == "Renamed"  # a change of case is allowed
    assert [s.label for s in store.list_cases()] == ["Renamed", "second"]
    assert store.delete_case("renamed") is True
    assert [s.label for s in store.list_cases()] == ["second"]
    with pytest.raises(CaseNotFound):
        store.delete_case("renamed")


def test_removing_a_child_removes_their_answers(store: Store) -> None:
    fill_case(store, "c", MARK)
    kept = store.save_children("c", [Child("c2", " J. ", age=4)])
    assert kept == [Child("c2", "J.", age=4)]
    answers = store.load_case("c").answers
    assert not [k for k in answers if k[1] == "c1"]
    assert answers[("child_age", "c2")] == 4


def test_import_is_all_or_nothing(store: Store) -> None:
    data = CaseData((Child("c1", "A"),), {("q", None): "x", ("p", "c1"): 2})
    assert store.import_case("new one", data) == "new one"
    assert store.load_case("new one").answers == {("q", None): "x", ("p", "c1"): 2}
    with pytest.raises(CaseExists, match="already has answers"):
        store.import_case("new one", data)
    bad = CaseData((Child("c1", "A"),), {("q", None): "y", ("p", "c9"): 1})
    with pytest.raises(InvalidInput):
        store.import_case("new one", bad, replace=True)
    half_bad = CaseData((), {("q", None): "y", ("r", None): float("nan")})
    with pytest.raises(InvalidInput):
        store.import_case("new one", half_bad, replace=True)
    with pytest.raises(InvalidInput):
        store.import_case("another", half_bad)
    assert store.load_case("new one").answers == {("q", None): "x", ("p", "c1"): 2}
    assert [s.label for s in store.list_cases()] == ["new one"]
    store.import_case("new one", CaseData((), {("q", None): "z"}), replace=True)
    case = store.load_case("new one")
    assert (case.children, case.answers) == ([], {("q", None): "z"})


def test_no_plaintext_in_any_file_after_saves_and_after_delete(store: Store) -> None:
    home = store.home
    fill_case(store, "keep", MARK)
    label_mark = "LBLQZX7"
    fill_case(store, f"gone-{label_mark}", MARK + "2")
    for qid in ("abuse_details", "domestic_abuse", "child_said"):  # question ids are hidden too
        assert files_containing(home, qid) == []
    assert files_containing(home, MARK) == []  # db, -wal and -shm, mid-session
    assert files_containing(home, label_mark) != []  # labels are in clear, as documented
    assert store.delete_case(f"gone-{label_mark}") is True
    assert files_containing(home, label_mark) == []  # the label is wiped from every file
    assert files_containing(home, MARK) == []
    store.close()
    assert files_containing(home, MARK) == []
    assert sorted(p.name for p in home.iterdir()) == ["store.db"]


def test_a_store_from_a_newer_version_is_refused(store: Store) -> None:
    store.close()
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(CorruptStore, match="newer version"):
        open_store(store.home)


def test_a_migration_step_runs_once_and_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new step runs on the next open, once, in a transaction."""
    s = new_store(tmp_path)
    s.create_case("kept")
    s.close()
    ran: list[int] = []

    following = store_schema.LATEST + 1

    def step(conn: sqlite3.Connection) -> None:
        ran.append(following)
        conn.execute("CREATE TABLE extra (x)")

    steps = (*store_schema.MIGRATIONS, store_schema.Migration(following, "test step", step))
    monkeypatch.setattr(store_schema, "MIGRATIONS", steps)
    monkeypatch.setattr(store_schema, "LATEST", following)
    for _ in range(2):
        again = open_store(tmp_path)
        again.unlock(PASS)
        assert [c.label for c in again.list_cases()] == ["kept"]
        again.close()
    assert ran == [following]
    assert sqlite3.connect(tmp_path / "store.db").execute("PRAGMA user_version").fetchone()[0] == following


def test_store_errors_share_one_base() -> None:
    for exc in (CaseExists, CaseNotFound, CorruptStore, InvalidInput, Locked, WrongPassphrase):
        assert issubclass(exc, StoreError)


# -------------------------------------------------------------- hypothesis


def _typeable(text: str) -> bool:
    try:
        engine.clean_text(text, 20_000)
    except engine.AnswerError:
        return False
    return True


TYPED = st.text(st.characters(codec="utf-8"), max_size=400).filter(_typeable)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = new_store(tmp_path_factory.mktemp("hyp"))
    s.create_case("h")
    s.save_children("h", [Child("c1", "A")])
    yield s
    s.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TYPED, child=st.sampled_from([None, "c1"]))
def test_any_typed_text_round_trips(
    shared_store: Store, sample_packset: PackSet, text: str, child: Any
) -> None:
    question = sample_packset.question("child_said" if child else "abuse_details")
    value = engine.validate(question, text)
    shared_store.save_answer("h", (question.id, child), value)
    stored = shared_store.load_case("h").answers.get((question.id, child))
    assert stored == value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    what=st.lists(TYPED, max_size=4),
    ongoing=st.lists(st.booleans(), max_size=4),
    age=st.integers(0, 18) | st.floats(0, 18, allow_nan=False).map(lambda f: round(f, 2)),
    concerns=st.lists(st.sampled_from(["domestic_abuse", "conflict", "substance"]), unique=True),
)
def test_every_answer_type_round_trips(
    shared_store: Store,
    sample_packset: PackSet,
    what: list[str],
    ongoing: list[bool],
    age: Any,
    concerns: Any,
) -> None:
    records = [{"when": "2024-03", "what": w, "ongoing": o} for w, o in zip(what, ongoing, strict=False)]
    values = {
        ("incidents", None): engine.validate(sample_packset.question("incidents"), records),
        ("child_age", "c1"): engine.validate(sample_packset.question("child_age"), age),
        ("concern_types", None): engine.validate(sample_packset.question("concern_types"), concerns),
        ("child_sen", "c1"): engine.validate(sample_packset.question("child_sen"), bool(ongoing)),
    }
    for key, value in values.items():
        shared_store.save_answer("h", key, value)
    answers = shared_store.load_case("h").answers
    for key, value in values.items():
        assert answers.get(key) == value
        assert type(answers.get(key)) is type(value)


def test_change_passphrase_says_when_another_copy_keeps_the_old_wrapping(tmp_path: Path) -> None:
    """While another copy reads, the checkpoint cannot overwrite the old wrapping of
    the master key in store.db: the change must say so (the command warns), and the
    old wrapping is gone once every copy has closed."""

    def wrapped() -> bytes:
        peek = sqlite3.connect(s.path)
        try:
            return bytes(peek.execute("SELECT wrapped_master FROM vault").fetchone()[0])
        finally:
            peek.close()

    s = new_store(tmp_path, busy_timeout=0.2)
    s.create_case("c")
    old = wrapped()
    assert s.change_passphrase(PASS, "a second phrase") is True
    assert old not in s.path.read_bytes()

    old = wrapped()
    other = sqlite3.connect(s.path, isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM cases").fetchone()
    assert s.change_passphrase("a second phrase", "a third phrase") is False
    assert old in s.path.read_bytes()
    other.execute("COMMIT")
    other.close()
    s.close()
    assert old not in s.path.read_bytes()

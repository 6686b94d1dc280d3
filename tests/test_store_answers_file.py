"""The answers file on its own: shape, order, and every problem reported."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from s7prep.packs.model import Case, Child, PackSet
from s7prep.store import answers_file


def test_a_document_follows_pack_order_and_the_stored_shape(sample_packset: PackSet) -> None:
    case = Case(
        "x",
        children=[Child("c2", "B"), Child("c1", "A", born="2019", age=6, lives_with="me")],
        answers={
            ("lives_with", None): "me",
            ("child_age", "c1"): 6,
            ("child_age", "c2"): 3,
            ("role", None): "mother",
            ("retired_question", None): "kept",
            ("cleared", None): "",
        },
    )
    doc = answers_file.to_document(case, sample_packset)
    assert list(doc["answers"]) == ["role", "child_age", "lives_with", "retired_question"]
    assert list(doc["answers"]["child_age"]) == ["c2", "c1"]  # the case's order of children
    assert doc["children"][1] == {"key": "c1", "name": "A", "born": "2019", "age": 6, "lives_with": "me"}
    assert doc["children"][0] == {"key": "c2", "name": "B"}
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.from_document(doc, sample_packset)
    assert info.value.problems == ["answers.retired_question: unknown question id"]


def test_round_trip_through_text(sample_packset: PackSet) -> None:
    doc = {
        "format": answers_file.FORMAT,
        "children": [{"key": "c1", "name": "Ré 🙂"}],
        "answers": {"your_name": "  Sam  ", "child_sen": {"c1": "yes"}, "child_age": {"c1": "7"}},
    }
    data = answers_file.loads(json.dumps(doc), sample_packset)
    # Values come back in stored form, as engine.validate gives them.
    assert data.answers == {("your_name", None): "Sam", ("child_sen", "c1"): True, ("child_age", "c1"): 7}
    assert data.children == (Child("c1", "Ré 🙂"),)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"format": "s7prep.answers/1", "format": "x"}', "appears twice"),
        ('{"format": "s7prep.answers/1", "answers": {"child_age": NaN}}', "not valid JSON"),
        ("[1, 2]", "one JSON object"),
        ('{"format": "s7prep.answers/2"}', "format: must be"),
        (b'{"format": "\xff"}', "not UTF-8"),
    ],
)
def test_malformed_files(sample_packset: PackSet, text: str | bytes, problem: str) -> None:
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.loads(text, sample_packset)
    assert problem in info.value.problems[0]


def test_every_child_problem_is_reported(sample_packset: PackSet) -> None:
    doc = {
        "format": answers_file.FORMAT,
        "children": [
            {"key": "C 1", "name": "A"},
            {"key": "c2", "name": ""},
            {"key": "c3", "name": "B", "born": "someday"},
            {"key": "c4", "name": "C", "age": 30},
            {"key": "c5", "name": "D\x07"},
            {"key": "c6", "name": "E"},
            {"key": "c6", "name": "F"},
        ],
    }
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.from_document(doc, sample_packset)
    assert [p.split(":")[0] for p in info.value.problems] == [f"children[{i}]" for i in (0, 1, 2, 3, 4)] + [
        "children[6].key"
    ]


def test_a_huge_file_is_refused_before_parsing(sample_packset: PackSet, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (answers_file.MAX_BYTES + 1))
    with pytest.raises(answers_file.AnswersFileError, match="problem"):
        answers_file.read(path, sample_packset)


def test_keys_from_the_file_cannot_drive_the_terminal(sample_packset: PackSet) -> None:
    """Problem lines go to stderr: a key holding escape sequences (clear the screen,
    retitle the window) or a flood of text is shown escaped and cut short."""
    hostile = "\x1b[2J\x1b]0;x\x07\u202e"
    doc = {
        "format": answers_file.FORMAT,
        hostile: 1,
        "children": [{"key": "c1", "name": "A", hostile: 1}],
        "answers": {hostile: "x", "k" * 5000: "y", "child_age": {hostile: 3}},
    }
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.from_document(doc, sample_packset)
    problems = info.value.problems
    assert len(problems) == 5
    for line in problems:
        assert line.isprintable() and len(line) < 200, line
    assert "answers.'\\x1b[2J" in problems[2]
    with pytest.raises(answers_file.AnswersFileError) as dup:
        answers_file.loads('{"\\u001b[2J": 1, "\\u001b[2J": 2}', sample_packset)
    assert dup.value.problems[0].isprintable()


def test_leave_out_in_the_answers_file(sample_packset: PackSet) -> None:
    case = Case(
        "x",
        children=[Child("c1", "A")],
        answers={("role", None): "mother", ("child_age", "c1"): 6, ("your_name", None): "Sam"},
        leave_out={("child_age", "c1"), ("role", None), ("lives_with", None)},  # the last has no answer
    )
    doc = answers_file.to_document(case, sample_packset)
    assert doc["leave_out"] == ["role", "child_age.c1"]  # pack order; only answers that exist
    assert answers_file.from_document(doc, sample_packset).leave_out == {("role", None), ("child_age", "c1")}
    assert "leave_out" not in answers_file.to_document(
        Case("y", answers={("role", None): "mother"}), sample_packset
    )
    doc["leave_out"] = ["nope", "child_age", "role.c1", "child_age.c9", 3]
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.from_document(doc, sample_packset)
    assert info.value.problems == [
        'leave_out: must be a list of question ids (or "id.childkey" for one child)'
    ]
    doc["leave_out"] = ["nope", "child_age", "role.c1", "child_age.c9"]
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.from_document(doc, sample_packset)
    assert info.value.problems == [
        "leave_out: nope: unknown question id",
        'leave_out: child_age: asked for each child, so give "child_age.KEY" with a child\'s key',
        "leave_out: role.c1: about the whole case, so give the question id alone",
        'leave_out: child_age.c9: asked for each child, so give "child_age.KEY" with a child\'s key',
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "[" * 100_000 + "]" * 100_000,
        '{"a": ' * 100_000,
        '{"format": "s7prep.answers/1", "answers": {"x": ' + "[" * 40 + "]" * 40 + "}}",
    ],
    ids=["open brackets", "closed brackets", "objects", "deep answer"],
)
def test_deep_nesting_is_one_problem(sample_packset: PackSet, text: str) -> None:
    with pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.loads(text, sample_packset)
    assert info.value.problems == [
        f"lists and objects are nested too deeply (more than {answers_file.MAX_DEPTH} levels)"
    ]


def test_a_thousand_problems_show_as_a_screenful_then_a_count() -> None:
    problems = [f"k{i}: unknown key" for i in range(1000)]
    shown = answers_file.shown_problems(problems)
    assert len(shown) == answers_file.SCREENFUL
    assert shown[:-1] == problems[: answers_file.SCREENFUL - 1]
    assert shown[-1] == f"... and {1000 - answers_file.SCREENFUL + 1} more problem(s)"
    assert answers_file.shown_problems(problems[:20]) == problems[:20]


@contextlib.contextmanager
def _unblocked(fifo: Path) -> Iterator[None]:
    """Should a reader wait on `fifo` for a writer, open and close its write end, so
    a regression fails the test instead of hanging the suite."""
    done = threading.Event()

    def writer() -> None:
        while not done.is_set():
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:  # no reader waiting yet
                done.wait(0.01)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_only_a_regular_file_is_read(sample_packset: PackSet, tmp_path: Path, kind: str) -> None:
    path = tmp_path
    guard: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
    if kind == "fifo":
        path = tmp_path / "answers.json"
        os.mkfifo(path)
        guard = _unblocked(path)
    elif kind == "device":
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero here")
    with guard, pytest.raises(answers_file.AnswersFileError) as info:
        answers_file.read(path, sample_packset)
    assert info.value.problems in (
        ["the file is not a regular file (a device or a pipe, say)"],
        ["the file is a folder, not a file"],
    )

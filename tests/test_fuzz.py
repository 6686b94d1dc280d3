"""Fuzzing the doors that take files from outside: pack YAML (its structure and its
`show_if` text) and answers files. Whatever comes in: never a traceback, never a
hang, and every problem is one line naming the file. Bounded: small inputs, the same
examples every run (tests/conftest.py; S7PREP_FUZZ=1 explores new ones)."""

from __future__ import annotations

import json
import os
import random
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from s7prep.cli.main import main
from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet
from s7prep.store import answers_file

EXAMPLES = 3000 if os.environ.get("S7PREP_FUZZ") else 200

GOOD_PACK = textwrap.dedent(
    """\
    id: fuzz
    title: Fuzzed
    version: "1"
    reviewed: 2026-11-01
    sources: [Children Act 1989 s1(3)]
    order: 5
    sections:
      - id: main
        title: Main
        questions:
          - id: fuzz_choice
            type: choice
            prompt: Which one?
            statement: about
            choices:
              - {value: a, label: A}
              - {value: b, label: B}
          - id: fuzz_n
            type: number
            prompt: How many?
            statement: none
            per_child: true
          - id: fuzz_list
            type: list
            prompt: What happened?
            statement: harm
            fields:
              - {id: when, type: date, prompt: "When?", statement: harm}
              - {id: what, type: text, prompt: "What?", statement: harm}
          - id: fuzz_text
            type: text
            prompt: Anything else?
            statement: none
            show_if: "fuzz_choice == 'a'"
    """
)

SHOW_IF_TOKENS = [
    *"()[],'\"\\",
    "not", "and", "or", "==", "!=", "<", "<=", ">", ">=", "in", "contains", "answered",
    "true", "false", "1", "-2.5", "1e9", "'a'", '"b"', "'x\\'y'",
    "fuzz_choice", "fuzz_n", "fuzz_list", "fuzz_text", "nope", "é", "\u202e", "\t", "0" * 40,
]  # fmt: skip


def _one_line_each(errors: list[packs.PackError], path: Path) -> None:
    for err in errors:
        text = str(err)
        assert text.startswith(f"{path}:") and "\n" not in text and "\r" not in text, text
        assert "could not be read (" not in text, text  # met by a real check, not the last guard


def _load(path: Path, text: str | bytes) -> packs.LoadResult:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    result = packs.load([path])
    _one_line_each(result.errors, path)
    assert bool(result.errors) or [p.id for p in result.packset.packs] == ["fuzz"]
    return result


@pytest.fixture(scope="module")
def pack_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "fuzz.yaml"


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    tokens=st.lists(st.sampled_from(SHOW_IF_TOKENS) | st.text(max_size=4), max_size=40),
    wrap=st.integers(0, 1500),
    nots=st.booleans(),
)
def test_any_show_if_is_a_condition_or_one_error(
    pack_path: Path, tokens: list[str], wrap: int, nots: bool
) -> None:
    show_if = " ".join(tokens)
    show_if = ("not " * wrap + show_if) if nots else ("(" * wrap + show_if + ")" * wrap)
    text = GOOD_PACK.replace("\"fuzz_choice == 'a'\"", json.dumps(show_if))
    _load(pack_path, text)


# ---------------------------------------------------------------- pack structure

SCALARS = (
    st.text(max_size=12)
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True)
    | st.booleans()
    | st.none()
    | st.dates()
    | st.sampled_from(["2026-02-31", "2026-13-01", "0000-01-01", "yes", "off", "~", "", " "])
)
KEYS = st.sampled_from(
    ["id", "title", "version", "reviewed", "sources", "order", "sections", "questions", "type", "prompt",
     "choices", "fields", "value", "label", "show_if", "per_child", "checklist", "statement", "min", "max",
     "max_length", "signpost", "essential", "required", "sensitive", "intro", "help", "hint"]
) | st.text(max_size=6)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=25,
)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*here, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*here, i))
    return out


def _edit(doc: Any, path: tuple[Any, ...], value: Any, delete: bool) -> Any:
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_pack_structure_loads_or_is_reported(pack_path: Path, data: st.DataObject) -> None:
    doc = yaml.safe_load(GOOD_PACK)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        paths = _paths(doc)
        path = data.draw(st.sampled_from(paths), label="where")
        delete = bool(path) and data.draw(st.booleans(), label="delete")
        doc = _edit(doc, path, data.draw(VALUES, label="value"), delete)
    _load(pack_path, yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), cuts=st.integers(1, 12), deep=st.integers(0, 2000))
def test_any_pack_bytes_load_or_are_reported(pack_path: Path, seed: int, cuts: int, deep: int) -> None:
    """The YAML text itself damaged: bytes changed, dropped or put in, YAML's own
    marks (anchors, tags, flow brackets, tabs) among them, and deep nesting."""
    rng = random.Random(seed)
    raw = bytearray(GOOD_PACK.encode())
    marks = [b"&a ", b"*a", b"!!str ", b"[", b"{", b"}", b"]", b"\t", b": ", b"- ", b"\n  ", b"'", b"%"]
    for _ in range(cuts):
        at = rng.randrange(len(raw))
        choice = rng.random()
        if choice < 0.3:
            del raw[at : at + rng.randrange(1, 8)]
        elif choice < 0.7:
            raw[at:at] = rng.choice(marks)
        else:
            raw[at] = rng.randrange(256)
    if deep:
        at = rng.randrange(len(raw))
        raw[at:at] = rng.choice([b"[", b"{a: ", b"- "]) * deep
    _load(pack_path, bytes(raw))


# ---------------------------------------------------------------- answers files


ANSWER_KEYS = st.sampled_from(
    ["format", "children", "answers", "key", "name", "born", "age", "lives_with", "role", "your_name",
     "concern_types", "incidents", "child_age", "child_said", "child_sen", "when", "what", "ongoing",
     "c1", "c2"]
) | st.text(max_size=8)  # fmt: skip
JSON_SCALARS = (
    st.text(max_size=20)
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.none()
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANSWER_KEYS, inner, max_size=4),
    max_leaves=25,
)
VALID = {
    "format": "s7prep.answers/1",
    "children": [{"key": "c1", "name": "Robin", "born": "2018-05"}, {"key": "c2", "name": "J.", "age": 4}],
    "answers": {
        "role": "grandparent",
        "concern_types": ["domestic_abuse"],
        "incidents": [{"when": "2024-03", "what": "Shouting", "ongoing": True}],
        "child_age": {"c1": 7, "c2": 4},
    },
}


def _check_answers_file(path: Path, packset: PackSet, raw: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    path.write_bytes(raw)
    try:
        answers_file.read(path, packset)
    except answers_file.AnswersFileError as exc:
        for problem in exc.problems:
            assert problem and "\n" not in problem and problem.isprintable(), problem
    else:
        return  # a good file: importing it is tested elsewhere
    # As a person sees it: a screenful at most, every line naming the file.
    assert main(["--home", str(path.parent / "home"), "case", "import-answers", "c", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert out == "" and 1 <= len(lines) <= answers_file.SCREENFUL + 1, err
    assert all(str(path) in line for line in lines), err
    assert "unexpected error" not in err


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_answers_document_is_read_or_reported(
    sample_packset: PackSet,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(packs, "_cache", packs.LoadResult(sample_packset, []))
    doc = json.loads(json.dumps(VALID))
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        path = data.draw(st.sampled_from(_paths(doc)), label="where")
        delete = bool(path) and data.draw(st.booleans(), label="delete")
        doc = _edit(doc, path, data.draw(JSON_VALUES, label="value"), delete)
    folder = tmp_path_factory.mktemp("answers", numbered=True)
    _check_answers_file(
        folder / "in.json", sample_packset, json.dumps(doc, ensure_ascii=False).encode(), capsys
    )


@settings(max_examples=EXAMPLES, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), cuts=st.integers(1, 12), deep=st.integers(0, 3000))
def test_any_answers_bytes_are_read_or_reported(
    sample_packset: PackSet,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
    cuts: int,
    deep: int,
) -> None:
    monkeypatch.setattr(packs, "_cache", packs.LoadResult(sample_packset, []))
    rng = random.Random(seed)
    raw = bytearray(json.dumps(VALID).encode())
    for _ in range(cuts):
        at = rng.randrange(len(raw))
        if rng.random() < 0.5:
            del raw[at : at + rng.randrange(1, 6)]
        else:
            raw[at:at] = rng.choice(
                [b"[", b"{", b'"', b"\\u0000", b"NaN", b"1e999", b"\xff", b",", b":", b"}"]
            )
    if deep:
        at = rng.randrange(len(raw))
        raw[at:at] = b"[" * deep
    folder = tmp_path_factory.mktemp("answers", numbered=True)
    _check_answers_file(folder / "in.json", sample_packset, bytes(raw), capsys)

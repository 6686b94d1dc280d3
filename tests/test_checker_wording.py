"""questions/_wording.yaml: read safely, every mistake named with its line, and a word an
adviser adds is used."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from s7prep import resources
from s7prep.packs import loader
from s7prep.packs.model import Case, Child, PackSet
from s7prep.statement.checker import WordingError, check
from s7prep.statement.checker.rules import Advice
from s7prep.statement.checker.text import words
from s7prep.statement.checker.wording import FILE_NAME, SPEC, read, shipped

SHIPPED = resources.questions_dir() / FILE_NAME


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return loader.shipped().packset


def edited(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / FILE_NAME
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(WordingError) as caught:
        read(path)
    return [str(e) for e in caught.value.errors]


def test_the_shipped_file_loads_with_every_rule() -> None:
    w = shipped()
    assert all(getattr(w, rule) for rule in SPEC)
    assert ("every", "time") in w.absolutes.words and ("n't", "always") in w.absolutes.fine


def test_the_questions_it_names_are_in_the_shipped_packs(ps: PackSet) -> None:
    w = shipped()
    named = set(w.absolutes.fine_in) | set(w.child_words.fine_in) | set(w.length.questions)
    assert named and named <= set(ps.by_id)


def test_the_advice_uses_no_pronoun_that_may_be_wrong() -> None:
    """Examples and advice name the child ({child}) or no one: "she said" is wrong for a boy."""
    w = shipped()
    gendered = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
    texts = [
        (rule, text)
        for rule in SPEC
        for f in dataclasses.fields(getattr(w, rule))
        if isinstance(advice := getattr(getattr(w, rule), f.name), Advice)
        for text in (advice.consider, advice.example)
    ]
    assert len(texts) >= 2 * (len(SPEC) + 2)  # the contacts' reminder, and pages over
    for rule, text in texts:
        assert not gendered & set(words(text)), (rule, text)


def test_an_added_word_is_used(tmp_path: Path, ps: PackSet) -> None:
    case = Case("t", [Child("c1", "Sam")], {("cap_other_worries", None): "He is a complete wally."})
    assert check(case, ps).findings == ()
    wording = read(edited(tmp_path, "    - liar\n", "    - liar\n    - wally\n"))
    (f,) = check(case, ps, wording).findings
    assert (f.rule, f.words) == ("labels", "wally")


def test_an_added_exception_is_used(tmp_path: Path, ps: PackSet) -> None:
    case = Case(
        "t", [Child("c1", "Sam")], {("cap_other_worries", None): "He is always cheerful at handovers."}
    )
    assert [f.rule for f in check(case, ps).findings] == ["absolutes"]
    wording = read(edited(tmp_path, "    - as always\n", "    - as always\n    - always cheerful\n"))
    assert check(case, ps, wording).findings == ()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("version: 1", "version: 2", "version: must be 1"),
        ("\npages:", "\nextra: 1\npages:", "extra: unknown rule"),
        ("  words:\n    - always", "  word:\n    - always", "absolutes.word: unknown key"),
        ("{words}", "{word}", "absolutes.consider: unknown {word} (this advice may use: {words})"),
        ("{words}", "{words", "absolutes.consider: a { or } does not pair up"),
        ("    - nhs number", "    - no", "contacts.not_a_phone_after[10]: write this word in quotes"),
        (
            "  parts: [wishes, needs]",
            "  parts: [wishes, feelings]",
            "'feelings' is not a part of the statement",
        ),
        ("    long_text: 120", "    essay: 120", "length.guidance.essay: not a question type"),
        ("  far_over: 1.5", "  far_over: 0.5", "length.far_over: must be a number, 1 or more"),
        ("  similar: 0.85", "  similar: 2", "repeats.similar: must be a number above 0 and at most 1"),
        ("  min_words: 6", "  min_words: six", "repeats.min_words: must be a whole number"),
        ("  fine_in: [cap_other_good]", "  fine_in: [Cap Other]", "'Cap Other' is not a question id"),
        (
            "  said_to_someone: [told,",
            "  said_to_someone: [told him,",
            "child_words.said_to_someone[0]: must be one word",
        ),
    ],
)
def test_each_mistake_is_named_with_its_line_and_field(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    path = edited(tmp_path, old, new)
    found = problems(path)
    assert any(expected in p for p in found), found
    shipped_text = SHIPPED.read_text(encoding="utf-8")
    where = shipped_text[: shipped_text.index(old)].count("\n") + 1 + len(old) - len(old.lstrip("\n"))
    for p in found:
        assert p.startswith(f"{path}:")
    (named,) = [p for p in found if expected in p]
    line = int(named[len(str(path)) + 1 :].split(":")[0])
    assert where - 2 <= line <= where + 1, (named, where)  # the key's line, or the item's


def test_a_missing_rule_and_a_missing_key(tmp_path: Path) -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    start = text.index("\npages:")
    end = text.index("\n# The same sentence")
    path = tmp_path / FILE_NAME
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert any("pages: missing" in p for p in problems(path))
    found = problems(edited(tmp_path, "  example: Keep the two or three", "  note: Keep the two or three"))
    assert any("length.example: missing" in p for p in found)


def test_yaml_tricks_are_refused(tmp_path: Path) -> None:
    found = problems(edited(tmp_path, "  words:\n    - always", "  words: &w\n    - always"))
    assert any("anchors (&w) are not allowed" in p for p in found)
    path = tmp_path / "other.yaml"
    path.write_text("- just a list\n", encoding="utf-8")
    assert problems(path) == [f"{path}:1: must be a mapping of rules"]


def test_a_broken_file_says_so_in_one_exception(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(b"\xff\xfe")
    assert problems(path) == [f"{path}:1: file is not UTF-8 text"]
    assert problems(tmp_path / "none.yaml")[0].endswith("cannot read: No such file or directory")

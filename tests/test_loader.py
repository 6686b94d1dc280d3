"""The pack loader: every kind of error names the file, the line and the field;
one broken pack never stops the others."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from s7prep.packs import loader as packs

GOOD = """\
id: {pid}
title: A pack
version: "1.0"
reviewed: 2026-11-01
sources: [Children Act 1989 s1(3)]
order: 10
sections:
  - id: main
    title: Main
    questions:
      - id: {qid}
        type: choice
        prompt: Who are you?
        hint: A grandparent
        help: So the officer knows.
        statement: about
        choices:
          - {{value: parent, label: Parent}}
          - {{value: grandparent, label: Grandparent}}
      - id: {qid}_note
        type: text
        prompt: Anything else?
        statement: about
        show_if: "{qid} == 'grandparent'"
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def good(pid: str = "p1", qid: str = "who") -> str:
    return GOOD.format(pid=pid, qid=qid)


def errors_for(tmp_path: Path, text: str, name: str = "pack.yaml") -> list[packs.PackError]:
    write(tmp_path, name, text)
    return packs.load([tmp_path]).errors


def line_of(text: str, needle: str) -> int:
    for n, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return n
    raise AssertionError(needle)


def test_good_pack_loads(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", good())
    result = packs.load([tmp_path])
    assert result.errors == []
    (pack,) = result.packset.packs
    assert [q.id for q in pack.questions()] == ["who", "who_note"]
    assert pack.reviewed.isoformat() == "2026-11-01"
    assert result.packset.question("who").choice_label("grandparent") == "Grandparent"


def test_unknown_key_names_file_line_and_field(tmp_path: Path) -> None:
    text = good().replace(
        "        hint: A grandparent\n", "        hint: A grandparent\n        colour: red\n"
    )
    (err,) = errors_for(tmp_path, text)
    assert err.path.endswith("pack.yaml")
    assert err.line == line_of(text, "colour:")
    assert err.field == "who.colour"
    assert "unknown key" in err.message


def test_missing_required_key(tmp_path: Path) -> None:
    text = good().replace("        statement: about\n        choices:", "        choices:")
    (err,) = errors_for(tmp_path, text)
    assert err.field == "who.statement" and err.message == "missing"
    assert err.line == line_of(text, "- id: who")


def test_wrong_type(tmp_path: Path) -> None:
    text = good().replace("order: 10", "order: soon")
    (err,) = errors_for(tmp_path, text)
    assert (err.field, err.line) == ("order", line_of(text, "order:"))
    assert "whole number" in err.message


def test_unquoted_version_is_explained(tmp_path: Path) -> None:
    text = good().replace('version: "1.0"', "version: 1.0")
    (err,) = errors_for(tmp_path, text)
    assert "quotes" in err.message and err.line == 3


def test_unknown_checklist_letter(tmp_path: Path) -> None:
    text = good().replace(
        "        statement: about\n        choices:",
        "        statement: about\n        checklist: [a, h]\n        choices:",
    )
    (err,) = errors_for(tmp_path, text)
    assert err.field == "who.checklist"
    assert "'h'" in err.message
    assert err.line == line_of(text, "checklist:")


def test_duplicate_id_within_a_pack(tmp_path: Path) -> None:
    text = good().replace("id: who_note", "id: who")
    text = text.replace("show_if: \"who == 'grandparent'\"", "required: true")
    (err,) = errors_for(tmp_path, text)
    assert err.field == "who.id"
    assert err.line == 20
    assert "given twice (first on line 11)" in err.message


def test_duplicate_id_across_packs_keeps_the_first(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", good("p1", "who"))
    write(tmp_path, "b.yaml", good("p2", "who"))
    result = packs.load([tmp_path])
    assert [p.id for p in result.packset.packs] == ["p1"]
    assert result.errors and all(e.path.endswith("b.yaml") for e in result.errors)
    assert "a.yaml" in result.errors[0].message
    assert result.errors[0].line == line_of(good(), "- id: who")


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    (err,) = errors_for(tmp_path, bomb)
    assert err.line == 1 and "anchors" in err.message


def test_alias_without_anchor_error_is_reported(tmp_path: Path) -> None:
    (err,) = errors_for(tmp_path, "id: x\ntitle: *nothing\n")
    assert err.line == 2


def test_tags_are_refused(tmp_path: Path) -> None:
    text = good().replace("title: A pack", "title: !!python/object/apply:os.system ['echo hi']")
    (err,) = errors_for(tmp_path, text)
    assert err.line == 2 and "tags" in err.message


def test_oversize_file(tmp_path: Path) -> None:
    text = good() + "#" * 1_000_001 + "\n"
    (err,) = errors_for(tmp_path, text)
    assert err.line == 1 and "1 MB" in err.message


def test_not_yaml(tmp_path: Path) -> None:
    (err,) = errors_for(tmp_path, "id: [unclosed\ntitle: x\n")
    assert "not valid YAML" in err.message and err.line >= 1


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    path.write_bytes(b"id: \xff\xfe\n")
    (err,) = packs.load([tmp_path]).errors
    assert "UTF-8" in err.message


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ("nobody == 'x'", "unknown question id 'nobody'"),
        ("who == 'uncle'", "cannot be 'uncle'"),
        ("who in ['parent', 'aunt']", "cannot be 'aunt'"),
        ("who contains 'parent'", "needs a multi_choice"),
        ("who < 3", "compares numbers"),
        ("who ==", "ended"),
        ("who = 'parent'", "cannot read"),
        ("(who == 'parent'", "expected ')'"),
        ("who == 'parent' extra", "unexpected"),
        ("who_note == 'x'", "cannot depend on itself"),
    ],
)
@pytest.mark.parametrize("key", ["show_if", "essential_if"])
def test_bad_conditions(tmp_path: Path, condition: str, message: str, key: str) -> None:
    text = good().replace("show_if: \"who == 'grandparent'\"", f'{key}: "{condition}"')
    (err,) = errors_for(tmp_path, text)
    assert message in err.message
    assert err.field == f"who_note.{key}"
    assert err.line == line_of(text, f"{key}:")


def test_essential_and_essential_if_together_is_an_error(tmp_path: Path) -> None:
    text = good().replace(
        "show_if: \"who == 'grandparent'\"", "essential: true\n        essential_if: \"who == 'parent'\""
    )
    (err,) = errors_for(tmp_path, text)
    assert "not both" in err.message and err.field == "who_note.essential_if"


def test_unknown_signpost(tmp_path: Path) -> None:
    text = good().replace(
        "        statement: about\n        choices:",
        "        statement: about\n        signpost: [nobody]\n        choices:",
    )
    (err,) = errors_for(tmp_path, text)
    assert "unknown helpline 'nobody'" in err.message and err.line == line_of(text, "signpost:")


def test_choice_rules(tmp_path: Path) -> None:
    text = good().replace(
        "          - {value: grandparent, label: Grandparent}\n",
        "          - {value: parent, label: Again}\n",
    )
    errs = errors_for(tmp_path, text)
    assert any("given twice" in e.message for e in errs)
    text2 = good().replace(
        "        type: text\n",
        "        type: text\n        choices: [{value: a, label: A}, {value: b, label: B}]\n",
    )
    assert any("only choice and multi_choice" in e.message for e in errors_for(tmp_path, text2))


def test_a_choice_question_keeps_two_choices_for_one_child(tmp_path: Path) -> None:
    text = good().replace(
        "{value: grandparent, label: Grandparent}",
        "{value: grandparent, label: Grandparent, several_children: true}",
    )
    (err,) = errors_for(tmp_path, text)
    assert "at least two choices that are not several_children" in err.message
    assert err.line == line_of(text, "choices:")
    fine = good().replace(
        "        statement: about\n        show_if",
        "        statement: about\n        several_children: true\n        show_if",
    )
    assert "several_children: true" in fine and errors_for(tmp_path, fine) == []


def test_statement_steering_keys(tmp_path: Path) -> None:
    """`statement: officer`, `priority`, `meaningful` and a choice's `short` wording
    load; wrong values are errors naming the line and the field."""
    ok = (
        good()
        .replace(
            "        statement: about\n        choices:",
            "        statement: officer\n        priority: high\n        meaningful: true\n        choices:",
        )
        .replace(
            "{value: grandparent, label: Grandparent}",
            "{value: grandparent, label: Grandparent, short: Gran}",
        )
    )
    write(tmp_path, "pack.yaml", ok)
    loaded = packs.load([tmp_path])
    assert loaded.errors == []
    q = loaded.packset.question("who")
    assert (q.statement, q.priority, q.meaningful) == ("officer", "high", True)
    assert q.choice_says("grandparent") == "Gran" and q.choice_label("grandparent") == "Grandparent"
    assert loaded.packset.question("who_note").priority == "normal"
    bad = ok.replace("priority: high", "priority: urgent").replace("short: Gran", "short: Grandparent too")
    bad = bad.replace(
        "        statement: about\n        show_if:",
        "        statement: about\n        meaningful: true\n        show_if:",
    )
    errs = {e.field: (e.line, e.message) for e in errors_for(tmp_path, bad)}
    assert errs["who.priority"] == (
        line_of(bad, "priority: urgent"),
        "must be one of: top, high, normal, low (found 'urgent')",
    )
    assert errs["who.choices[1].short"][1] == "must be shorter than the label it stands for"
    assert (
        errs["who_note.meaningful"][1]
        == "only yes_no, choice and multi_choice answers can be No or None, not text"
    )
    wrong = ok.replace("statement: officer", "statement: officers")
    (err,) = errors_for(tmp_path, wrong)
    assert err.field == "who.statement" and "officer" in err.message


def test_list_rules(tmp_path: Path) -> None:
    nested = good().replace(
        "        type: text\n",
        "        type: list\n        fields:\n          - {id: inner, type: list, prompt: Inner?}\n",
    )
    errs = errors_for(tmp_path, nested)
    assert any("cannot hold another list" in e.message for e in errs)
    empty = good().replace("        type: text\n", "        type: list\n")
    assert any("needs fields" in e.message for e in errors_for(tmp_path, empty))


def test_one_broken_pack_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", good("p1", "who"))
    write(tmp_path, "b.yaml", good("p2", "other").replace("order: 10", "order: 20\nsurprise: 1"))
    write(tmp_path, "c.yaml", "id: [broken\n")
    result = packs.load([tmp_path])
    assert [p.id for p in result.packset.packs] == ["p1"]
    assert {Path(e.path).name for e in result.errors} == {"b.yaml", "c.yaml"}


def test_packs_sorted_by_order(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", good("late", "q1").replace("order: 10", "order: 50"))
    write(tmp_path, "b.yaml", good("early", "q2").replace("order: 10", "order: 5"))
    assert [p.id for p in packs.load([tmp_path]).packset.packs] == ["early", "late"]


def test_error_string_has_file_line_field(tmp_path: Path) -> None:
    text = good().replace("order: 10", "order: soon")
    (err,) = errors_for(tmp_path, text)
    assert str(err) == f"{tmp_path / 'pack.yaml'}:6: order: must be a whole number"


def test_sample_fixtures_use_every_type(sample_packset) -> None:  # type: ignore[no-untyped-def]
    from s7prep.packs.model import QUESTION_TYPES
    from tests.conftest import SAMPLE_PACKS

    # The fortnight has a small pack of its own (tests/test_fortnight.py).
    questions = [
        *sample_packset.by_id.values(),
        *packs.load([SAMPLE_PACKS / "fortnight"]).packset.by_id.values(),
    ]
    types = {q.type for q in questions} | {f.type for q in questions for f in q.fields}
    assert types == set(QUESTION_TYPES)


def test_shipped_packs_load_without_errors() -> None:
    result = packs.load()
    assert result.errors == []

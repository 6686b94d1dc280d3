"""The show_if language: parsing, precedence and the meaning of each operator."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from s7prep.packs import conditions
from s7prep.packs.conditions import ConditionError


def holds(text: str, **answers: Any) -> bool:
    node = conditions.parse(text)
    return node.evaluate(lambda qid: [answers.get(qid)])


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("a == 'x'", {"a": "x"}, True),
        ("a == 'x'", {"a": "y"}, False),
        ("a != 'x'", {"a": "y"}, True),
        ("a != 'x'", {}, False),  # unanswered: every comparison is false
        ("not (a == 'x')", {}, True),
        ("a in ['x', 'y']", {"a": "y"}, True),
        ("a in ['x', 'y']", {"a": "z"}, False),
        ("a contains 'x'", {"a": ["w", "x"]}, True),
        ("a contains 'x'", {"a": ["w"]}, False),
        ("n < 5", {"n": 4}, True),
        ("n <= 5", {"n": 5}, True),
        ("n > 5", {"n": 5}, False),
        ("n >= 5.5", {"n": 6}, True),
        ("n > -1", {"n": 0}, True),
        ("n < 5", {"n": "4"}, False),  # text is never ordered
        ("b == true", {"b": True}, True),
        ("b == true", {"b": 1}, False),  # 1 is not yes
        ("n == 1", {"n": True}, False),
        ("b == false", {"b": False}, True),
        ("answered(a)", {"a": ""}, False),
        ("answered(a)", {"a": []}, False),
        ("answered(a)", {"a": False}, True),
        ("a == 'x' or b == 'y' and c == 'z'", {"a": "x"}, True),  # and binds tighter
        ("(a == 'x' or b == 'y') and c == 'z'", {"a": "x"}, False),
        ("not not answered(a)", {"a": "q"}, True),
        ("a == 'it\\'s'", {"a": "it's"}, True),
        ('a == "double"', {"a": "double"}, True),
    ],
)
def test_meaning(text: str, answers: dict[str, Any], expected: bool) -> None:
    assert holds(text, **answers) is expected


def test_any_child_lookup() -> None:
    node = conditions.parse("age < 5")
    assert node.evaluate(lambda qid: [10, 3]) is True
    assert node.evaluate(lambda qid: [10, None]) is False
    assert node.evaluate(lambda qid: []) is False


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "a",
        "a ==",
        "== 'x'",
        "a == 'x' and",
        "(a == 'x'",
        "a == 'x')",
        "a in 'x'",
        "a in []",
        "a === 'b'",
        "and == 'x'",
        "a == b",
        "answered a",
        "a == 'x' 'y'",
        "a ~ 1",
        "a == 'unterminated",
    ],
)
def test_syntax_errors(text: str) -> None:
    with pytest.raises(ConditionError):
        conditions.parse(text)


def test_ids_lists_every_name() -> None:
    node = conditions.parse("a == 'x' and (not answered(b) or c contains 'y')")
    assert sorted(node.ids()) == ["a", "b", "c"]


@given(st.text(max_size=60))
def test_any_text_parses_or_raises_condition_error(text: str) -> None:
    with contextlib.suppress(ConditionError):
        conditions.parse(text)


# Each example is (text, nesting depth): brackets and `not` add a level each.
Nested = tuple[str, int]


def _both(op: str) -> Any:
    return lambda x, y: (f"({x[0]}) {op} ({y[0]})", 1 + max(x[1], y[1]))


@given(
    st.recursive(
        st.sampled_from(["a == 'x'", "n > 2", "answered(b)", "c contains 'y'"]).map(lambda t: (t, 0)),
        lambda inner: st.one_of(
            st.builds(_both("and"), inner, inner),
            st.builds(_both("or"), inner, inner),
            st.builds(lambda x: (f"not ({x[0]})", x[1] + 2), inner),
        ),
        max_leaves=12,
    )
)
def test_nested_expressions_parse_and_evaluate(example: Nested) -> None:
    text, depth = example
    if depth > conditions.MAX_NESTING:
        with pytest.raises(ConditionError, match="nested too deeply"):
            conditions.parse(text)
        return
    node = conditions.parse(text)
    assert isinstance(node.evaluate(lambda qid: [None]), bool)


@pytest.mark.parametrize(
    "text",
    [
        "(" * 900 + "a == 1" + ")" * 900,
        "not " * 5000 + "a == 1",
        "(not " * 600 + "a == 1" + ")" * 600,
    ],
    ids=["900 brackets", "5000 nots", "600 of both"],
)
def test_deep_nesting_is_a_condition_error_not_a_crash(text: str) -> None:
    with pytest.raises(ConditionError, match="nested too deeply"):
        conditions.parse(text)


def test_nesting_up_to_the_limit_parses() -> None:
    n = conditions.MAX_NESTING
    assert holds("(" * n + "a == 1" + ")" * n, a=1)
    assert holds("not " * n + "a == 1", a=2) is (n % 2 == 1)
    with pytest.raises(ConditionError, match="nested too deeply"):
        conditions.parse("(" * (n + 1) + "a == 1" + ")" * (n + 1))

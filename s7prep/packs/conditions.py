"""A tiny expression language for `show_if`, parsed once at load time.

Grammar (never eval()):

    expr    := and_ ("or" and_)*
    and_    := not_ ("and" not_)*
    not_    := "not" not_ | atom
    atom    := "(" expr ")" | "answered" "(" ID ")" | ID OP value
    OP      := == != < <= > >= in contains
    value   := 'text' | "text" | number | true | false | "[" value ("," value)* "]"

A comparison with a question that has no answer is false (so `not (x == 'a')` is
true when x is unanswered). A per-child question compared from a question that is
not per-child is true when it holds for any child.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

Literal = str | float | bool
Value = Literal | tuple[Literal, ...]


# Brackets and `not` nest the parser (and evaluation) one level each: a hostile pack
# must not exhaust the stack. Real conditions need three or four levels.
MAX_NESTING = 32


class ConditionError(ValueError):
    """A condition that cannot be parsed or does not fit the questions it names."""


# A lookup answers "what values does question X have here?": one value for a
# case-level or same-child question, several for "any child".
Lookup = Callable[[str], Sequence[Any]]

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<num>-?\d+(?:\.\d+)?)
      | (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in", "contains", "true", "false", "answered"}
_COMPARE = {"==", "!=", "<", "<=", ">", ">=", "in", "contains"}


@dataclass(frozen=True)
class Compare:
    qid: str
    op: str
    value: Value

    def evaluate(self, lookup: Lookup) -> bool:
        return any(_compare(v, self.op, self.value) for v in lookup(self.qid))

    def ids(self) -> Iterator[str]:
        yield self.qid


@dataclass(frozen=True)
class Answered:
    qid: str

    def evaluate(self, lookup: Lookup) -> bool:
        return any(_answered(v) for v in lookup(self.qid))

    def ids(self) -> Iterator[str]:
        yield self.qid


@dataclass(frozen=True)
class Not:
    inner: Condition

    def evaluate(self, lookup: Lookup) -> bool:
        return not self.inner.evaluate(lookup)

    def ids(self) -> Iterator[str]:
        yield from self.inner.ids()


@dataclass(frozen=True)
class BoolOp:
    op: str  # "and" | "or"
    parts: tuple[Condition, ...]

    def evaluate(self, lookup: Lookup) -> bool:
        if self.op == "and":
            return all(p.evaluate(lookup) for p in self.parts)
        return any(p.evaluate(lookup) for p in self.parts)

    def ids(self) -> Iterator[str]:
        for p in self.parts:
            yield from p.ids()


Condition = Compare | Answered | Not | BoolOp


def _answered(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != ()


def _compare(answer: Any, op: str, value: Value) -> bool:
    if not _answered(answer):
        return False
    if op == "contains":
        if isinstance(answer, list | tuple):
            return value in answer
        return isinstance(answer, str) and isinstance(value, str) and value in answer
    if op == "in":
        return isinstance(value, tuple) and any(_compare(answer, "==", v) for v in value)
    if op in ("==", "!="):
        # True must not equal 1: a yes/no answer only matches true or false.
        same = isinstance(answer, bool) == isinstance(value, bool) and answer == value
        return same if op == "==" else not same
    # Ordering: numbers only.
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        return False
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if op == "<":
        return answer < value
    if op == "<=":
        return answer <= value
    if op == ">":
        return answer > value
    return answer >= value


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = self._tokenise(text)
        self.pos = 0
        self.depth = 0

    @staticmethod
    def _tokenise(text: str) -> list[tuple[str, str]]:
        tokens: list[tuple[str, str]] = []
        pos = 0
        while pos < len(text):
            if text[pos:].strip() == "":
                break
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise ConditionError(f"cannot read {text[pos:].strip()[:20]!r}")
            kind = m.lastgroup or ""
            tokens.append((kind, m.group(kind)))
            pos = m.end()
        return tokens

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise ConditionError(
                f"expected {expected!r} but the condition ended"
                if expected
                else "the condition ended too soon"
            )
        if expected is not None and tok[1] != expected:
            raise ConditionError(f"expected {expected!r} but found {tok[1]!r}")
        self.pos += 1
        return tok

    def parse(self) -> Condition:
        if not self.tokens:
            raise ConditionError("the condition is empty")
        node = self.expr()
        if self.peek() is not None:
            raise ConditionError(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return node

    def expr(self) -> Condition:
        parts = [self.and_()]
        while self.peek() == ("word", "or"):
            self.take()
            parts.append(self.and_())
        return parts[0] if len(parts) == 1 else BoolOp("or", tuple(parts))

    def and_(self) -> Condition:
        parts = [self.not_()]
        while self.peek() == ("word", "and"):
            self.take()
            parts.append(self.not_())
        return parts[0] if len(parts) == 1 else BoolOp("and", tuple(parts))

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise ConditionError(f"nested too deeply: at most {MAX_NESTING} levels of brackets and 'not'")

    def not_(self) -> Condition:
        if self.peek() == ("word", "not"):
            self.take()
            self.deeper()
            node: Condition = Not(self.not_())
            self.depth -= 1
            return node
        return self.atom()

    def atom(self) -> Condition:
        kind, text = self.take()
        if text == "(" and kind == "op":
            self.deeper()
            node = self.expr()
            self.take(")")
            self.depth -= 1
            return node
        if kind == "word" and text == "answered":
            self.take("(")
            qid = self.identifier()
            self.take(")")
            return Answered(qid)
        if kind != "word" or text in _KEYWORDS:
            raise ConditionError(f"expected a question id but found {text!r}")
        op_tok = self.take()
        if op_tok[1] not in _COMPARE:
            raise ConditionError(f"expected a comparison after {text!r} but found {op_tok[1]!r}")
        op = op_tok[1]
        if op == "in":
            value: Value = self.list_value()
        else:
            value = self.literal()
        return Compare(text, op, value)

    def identifier(self) -> str:
        kind, text = self.take()
        if kind != "word" or text in _KEYWORDS:
            raise ConditionError(f"expected a question id but found {text!r}")
        return text

    def literal(self) -> Literal:
        kind, text = self.take()
        if kind == "num":
            number = float(text)
            return int(number) if number.is_integer() and "." not in text else number
        if kind == "str":
            return re.sub(r"\\(.)", r"\1", text[1:-1])
        if kind == "word" and text in ("true", "false"):
            return text == "true"
        raise ConditionError(f"expected a value but found {text!r}")

    def list_value(self) -> tuple[Literal, ...]:
        self.take("[")
        items = [self.literal()]
        while self.peek() == ("op", ","):
            self.take()
            items.append(self.literal())
        self.take("]")
        return tuple(items)


def parse(text: str) -> Condition:
    """Parse a `show_if` expression, or raise ConditionError saying what is wrong."""
    return _Parser(text).parse()


def comparisons(node: Condition) -> Iterator[Compare | Answered]:
    """Every leaf of a condition, for checking against the questions it names."""
    if isinstance(node, Compare | Answered):
        yield node
    elif isinstance(node, Not):
        yield from comparisons(node.inner)
    else:
        for part in node.parts:
            yield from comparisons(part)

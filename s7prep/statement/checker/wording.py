"""The checker's word lists and advice, read from `questions/_wording.yaml`.

Read like the packs: the safe YAML loader (no aliases or tags, size capped), every key
and value checked, each problem naming the file, the line and the field. Advice texts
may use only the {names} their rule fills in.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from s7prep import resources
from s7prep.packs import conditions, yamlsafe
from s7prep.packs.errors import PackError
from s7prep.packs.model import QUESTION_TYPES, STATEMENT_PARTS
from s7prep.packs.schema import ID_PATTERN
from s7prep.packs.yamlsafe import YList, YMap
from s7prep.statement.checker.rules import (
    Advice,
    ChildFocus,
    ChildWords,
    Contacts,
    Length,
    Pages,
    People,
    Repeats,
    Wording,
    WordRule,
)
from s7prep.statement.checker.spec import PEOPLE, PLACES, SPEC
from s7prep.statement.checker.text import Phrase, phrase

FILE_NAME = "_wording.yaml"
ID = re.compile(ID_PATTERN)
VERSION = 1


class WordingError(Exception):
    """The wording file cannot be used. The message lists each problem on its own line."""

    def __init__(self, errors: list[PackError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


class _Reader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[PackError] = []

    def error(self, line: int, where: str, message: str) -> None:
        self.errors.append(PackError(self.path, line, where, message))

    def value(self, kind: str, value: Any, where: str, line: int, rule: str) -> Any:
        check: dict[str, Callable[[Any, str, int, str], Any]] = {
            "text": self._text,
            "phrases": self._phrases,
            "fine": self._fine,
            "words": self._words,
            "sizes": self._sizes,
            "count": self._count,
            "factor": self._factor,
            "share": self._share,
            "parts": self._parts,
            "ids": self._ids,
            "condition": self._condition,
            "part_pairs": self._part_pairs,
        }
        return check[kind](value, where, line, rule)

    def _text(self, value: Any, where: str, line: int, rule: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.error(line, where, "must be some text")
            return None
        try:
            names = {name for _lit, name, _spec, _conv in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            self.error(line, where, f"a {{ or }} does not pair up ({exc}); write {{{{ or }}}} for one")
            return None
        bad = sorted(n for n in names if n not in PLACES[rule])
        if bad:
            allowed = ", ".join("{" + n + "}" for n in sorted(PLACES[rule])) or "none"
            self.error(line, where, f"unknown {{{bad[0]}}} (this advice may use: {allowed})")
            return None
        return " ".join(value.split())

    def _list(self, value: Any, where: str, line: int) -> list[tuple[str, int]] | None:
        if not isinstance(value, YList) or not value:
            self.error(line, where, "must be a list of words or phrases")
            return None
        out = []
        for n, (item, item_line) in enumerate(zip(value, value.lines, strict=True)):
            if isinstance(item, bool):  # YAML reads yes, no, on and off as true or false
                self.error(item_line, f"{where}[{n}]", "write this word in quotes, such as 'no' or 'on'")
                continue
            if not isinstance(item, str | int) or not str(item).strip():
                self.error(item_line, f"{where}[{n}]", "must be a word or phrase")
                continue
            out.append((str(item), item_line))
        return out

    def _fine(self, value: Any, where: str, line: int, rule: str) -> tuple[Phrase, ...] | None:
        return self._phrases(value, where, line, rule, kind_any=True)

    def _phrases(
        self, value: Any, where: str, line: int, rule: str, kind_any: bool = False
    ) -> tuple[Phrase, ...] | None:
        items = self._list(value, where, line)
        if items is None:
            return None
        out = []
        for n, (item, item_line) in enumerate(items):
            p = _with_any(item) if kind_any else phrase(item)
            if not p or all(w == "*" for w in p):
                self.error(item_line, f"{where}[{n}]", "must hold at least one word")
                continue
            out.append(p)
        return tuple(out)

    def _words(self, value: Any, where: str, line: int, rule: str) -> frozenset[str] | None:
        found = self._phrases(value, where, line, rule)
        if found is None:
            return None
        if len(found) != len(value) or any(len(p) != 1 for p in found):
            for n, item in enumerate(value):
                if len(phrase(str(item))) > 1:
                    self.error(value.lines[n], f"{where}[{n}]", "must be one word")
            return None
        return frozenset(p[0] for p in found)

    def _sizes(self, value: Any, where: str, line: int, rule: str) -> dict[str, int] | None:
        if not isinstance(value, YMap):
            self.error(line, where, "must be a mapping of names to numbers of words")
            return None
        out = {}
        for key, n in value.items():
            if where.endswith("guidance") and key not in QUESTION_TYPES:
                self.error(
                    value.lines[key], f"{where}.{key}", f"not a question type ({', '.join(QUESTION_TYPES)})"
                )
            elif isinstance(n, bool) or not isinstance(n, int) or n < 1:
                self.error(value.lines[key], f"{where}.{key}", "must be a whole number of words, 1 or more")
            else:
                out[key] = n
        return out

    def _count(self, value: Any, where: str, line: int, rule: str) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.error(line, where, "must be a whole number, 1 or more")
            return None
        return value

    def _factor(self, value: Any, where: str, line: int, rule: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 1:
            self.error(line, where, "must be a number, 1 or more (such as 1.5)")
            return None
        return float(value)

    def _share(self, value: Any, where: str, line: int, rule: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            self.error(line, where, "must be a number above 0 and at most 1 (such as 0.85)")
            return None
        return float(value)

    def _parts(self, value: Any, where: str, line: int, rule: str) -> frozenset[str] | None:
        items = self._list(value, where, line)
        if items is None:
            return None
        bad = [(p, ln) for p, ln in items if p not in STATEMENT_PARTS]
        for p, ln in bad:
            self.error(ln, where, f"{p!r} is not a part of the statement ({', '.join(STATEMENT_PARTS)})")
        return None if bad else frozenset(p for p, _ln in items)

    def _ids(self, value: Any, where: str, line: int, rule: str) -> frozenset[str] | None:
        items = self._list(value, where, line)
        if items is None:
            return None
        bad = [(q, ln) for q, ln in items if not ID.fullmatch(q)]
        for q, ln in bad:
            self.error(ln, where, f"{q!r} is not a question id (lower case, digits and _)")
        return None if bad else frozenset(q for q, _ln in items)

    def _part_pairs(self, value: Any, where: str, line: int, rule: str) -> frozenset[frozenset[str]] | None:
        if not isinstance(value, YList) or not value:
            self.error(line, where, "must be a list of pairs of parts, such as [arrangements, change]")
            return None
        out = []
        for n, (pair, pair_line) in enumerate(zip(value, value.lines, strict=True)):
            if not isinstance(pair, YList) or len(pair) != 2:
                self.error(
                    pair_line, f"{where}[{n}]", "must be a pair of parts, such as [arrangements, change]"
                )
                continue
            parts = self._parts(pair, f"{where}[{n}]", pair_line, rule)
            if parts is not None:
                out.append(parts)
        return frozenset(out) if len(out) == len(value) else None

    def _condition(self, value: Any, where: str, line: int, rule: str) -> conditions.Condition | None:
        if not isinstance(value, str):
            self.error(line, where, "must be a condition, as in a pack's show_if")
            return None
        try:
            return conditions.parse(value)
        except conditions.ConditionError as exc:
            self.error(line, where, str(exc))
            return None


def _with_any(item: str) -> Phrase:
    """A phrase, keeping * as 'any one word'."""
    out: list[str] = []
    for part in item.split():
        out.extend(("*",) if part == "*" else phrase(part))
    return tuple(out)


def parse(data: Any, path: str) -> Wording:
    """The wording from parsed YAML. Raises WordingError listing every problem."""
    r = _Reader(path)
    if not isinstance(data, YMap):
        raise WordingError([PackError(path, 1, "", "must be a mapping of rules")])
    for key in data:
        if key != "version" and key not in SPEC:
            r.error(data.lines[key], key, f"unknown rule (known: version, {', '.join(SPEC)})")
    if data.get("version") != VERSION:
        r.error(data.lines.get("version", 1), "version", f"must be {VERSION}")
    found: dict[str, dict[str, Any]] = {}
    for rule, spec in SPEC.items():
        item = data.get(rule)
        if not isinstance(item, YMap):
            r.error(data.lines.get(rule, 1), rule, "missing, or not a mapping")
            continue
        for key in item:
            if key not in spec:
                r.error(item.lines[key], f"{rule}.{key}", f"unknown key (allowed: {', '.join(spec)})")
        values: dict[str, Any] = {}
        for key, (kind, required) in spec.items():
            if key in item:
                values[key] = r.value(kind, item[key], f"{rule}.{key}", item.lines[key], rule)
            elif required:
                r.error(item.line, f"{rule}.{key}", "missing")
        found[rule] = values
    if r.errors:
        raise WordingError(r.errors)
    return _build(found)


def _build(f: dict[str, dict[str, Any]]) -> Wording:
    def advice(rule: str) -> Advice:
        return Advice(f[rule]["consider"], f[rule]["example"])

    def words(rule: str) -> WordRule:
        v = f[rule]
        return WordRule(
            advice(rule),
            v["words"],
            v.get("fine", ()),
            v.get("fine_before", ()),
            v.get("qualified_by", ()),
            v.get("routine_parts", frozenset()),
            v.get("own_parts", frozenset()),
            v.get("fine_in", frozenset()),
            v.get("proposal_parts", frozenset()),
        )

    length, repeats, said, focus = f["length"], f["repeats"], f["child_words"], f["child_focus"]
    return Wording(
        absolutes=words("absolutes"),
        labels=words("labels"),
        diagnoses=words("diagnoses"),
        contacts=_contacts(f["contacts"], advice("contacts")),
        length=Length(advice("length"), length["guidance"], length.get("questions", {}), length["far_over"]),
        pages=Pages(advice("pages"), Advice(f["pages"]["over"], f["pages"]["example"])),
        repeats=Repeats(
            advice("repeats"),
            repeats["min_words"],
            repeats["similar"],
            repeats.get("common", frozenset()),
            repeats.get("apart", frozenset()),
        ),
        child_words=ChildWords(
            advice("child_words"),
            said["said"],
            said.get("said_to_someone", frozenset()),
            said["when"],
            said["to_whom"],
            said.get("said_what", ()),
            said.get("fine_in", frozenset()),
        ),
        child_focus=ChildFocus(advice("child_focus"), focus["parts"], focus.get("child_things", ())),
        people=People(*(focus.get(k, ()) for k in PEOPLE)),
        safety_steps=words("safety_steps"),
    )


def _contacts(v: dict[str, Any], advice: Advice) -> Contacts:
    officer = Advice(v.get("officer_consider") or advice.consider, v.get("officer_example") or advice.example)
    return Contacts(advice, v.get("not_a_phone_after", ()), officer, v.get("asks_privacy", ()))


def read(path: Path) -> Wording:
    """Read and check a wording file. Raises WordingError."""
    name = str(path)
    try:
        data = yamlsafe.load(path.read_bytes())
    except OSError as exc:
        raise WordingError([PackError(name, 1, "", f"cannot read: {exc.strerror}")]) from None
    except yamlsafe.YamlError as exc:
        raise WordingError([PackError(name, exc.line, "", str(exc))]) from None
    return parse(data, name)


@cache
def shipped() -> Wording:
    """The shipped wording, read once per process. Raises WordingError."""
    return read(resources.questions_dir() / FILE_NAME)

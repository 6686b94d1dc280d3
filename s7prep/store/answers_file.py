"""The answers file (format "s7prep.answers/1"): a case's children and answers as
plain JSON, for moving a case between computers or keeping a copy. It is NOT
encrypted.

    {"format": "s7prep.answers/1",
     "children": [{"key": "c1", "name": "A", "born": "2019", "lives_with": "me"}],
     "answers": {"your_role": "mother", "child_said": {"c1": "..."}},
     "leave_out": ["child_said.c1"]}

A case-level question maps to its value; a per-child question maps to an object of
child key -> value. A fortnight's value is itself an object:
{"nights": "mmmmoommmmmmmm", "note": "..."}. Values are in the stored form
engine.validate returns. `leave_out` (optional) names the answers the person keeps
out of the statement: a question id, or for a per-child question "id.childkey".
Reading checks everything against the packs and reports every problem, not just the
first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from s7prep import engine
from s7prep.packs.model import AnswerKey, Answers, Case, Child, PackSet, Question
from s7prep.resources import Unreadable, read_limited
from s7prep.store.errors import InvalidInput
from s7prep.store.input_checks import clean_child
from s7prep.store.store import CaseData

FORMAT = "s7prep.answers/1"
MAX_BYTES = 16 * 1024 * 1024
_TOP_KEYS = ("format", "children", "answers", "leave_out")
_CHILD_KEYS = ("key", "name", "born", "age", "lives_with")
_KEY_SHOWN = 60  # characters of an unknown key shown in a problem line
# An answers file nests five deep (object, answers, child, list, record); far more is
# a broken or hostile file, refused before anything walks it.
MAX_DEPTH = 16
_TOO_DEEP = f"lists and objects are nested too deeply (more than {MAX_DEPTH} levels)"
SCREENFUL = 20  # problems printed at most; the rest are counted


class AnswersFileError(Exception):
    """The file cannot be imported. `problems` holds one line per problem found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the answers file")
        self.problems = problems


# ------------------------------------------------------------------ writing


def to_document(case: Case, packset: PackSet) -> dict[str, Any]:
    """The answers file for a case: every stored answer, in pack order, then any
    whose question is no longer in the packs. A question is written in the shape
    its answers were stored in (one value, or one per child)."""
    children = [_child_doc(c) for c in case.children]
    by_qid: dict[str, dict[str | None, Any]] = {}
    for (qid, child), value in case.answers.items():
        if engine.is_answered(value):
            by_qid.setdefault(qid, {})[child] = value
    order = [q.id for p in packset.packs for q in p.questions() if q.id in by_qid]
    order += sorted(set(by_qid) - set(order))
    child_order = {c.key: i for i, c in enumerate(case.children)}
    answers: dict[str, Any] = {}
    for qid in order:
        values = by_qid[qid]
        per_child = {k: v for k, v in values.items() if k is not None}
        if per_child:
            keys = sorted(per_child, key=lambda k: (child_order.get(k, len(child_order)), k))
            answers[qid] = {k: per_child[k] for k in keys}
        else:
            answers[qid] = values[None]
    document: dict[str, Any] = {"format": FORMAT, "children": children, "answers": answers}
    rank = {qid: n for n, qid in enumerate(order)}
    left_out = [k for k in case.leave_out if k in case.answers and engine.is_answered(case.answers[k])]
    left_out.sort(key=lambda k: (rank.get(k[0], len(rank)), child_order.get(k[1] or "", -1)))
    if left_out:
        document["leave_out"] = [qid if child is None else f"{qid}.{child}" for qid, child in left_out]
    return document


def _child_doc(child: Child) -> dict[str, Any]:
    doc: dict[str, Any] = {"key": child.key, "name": child.name}
    if child.born:
        doc["born"] = child.born
    if child.age is not None:
        doc["age"] = child.age
    if child.lives_with:
        doc["lives_with"] = child.lives_with
    return doc


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ reading


def read(path: Path, packset: PackSet) -> CaseData:
    """Read and check an answers file (a regular file of at most MAX_BYTES; a FIFO or
    a device is refused, not read). Raises AnswersFileError with every problem."""
    try:
        raw = read_limited(path, MAX_BYTES)
    except Unreadable as exc:
        raise AnswersFileError([f"the file {exc}"]) from None
    return loads(raw, packset)


def loads(raw: str | bytes, packset: PackSet) -> CaseData:
    try:
        doc = json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise AnswersFileError([f"not valid JSON (line {exc.lineno}, column {exc.colno})"]) from None
    except UnicodeDecodeError:
        raise AnswersFileError(["not valid JSON (the file is not UTF-8 text)"]) from None
    except _Duplicate as exc:
        raise AnswersFileError([f"the key {_shown(repr(exc.args[0]))} appears twice in one object"]) from None
    except RecursionError:  # the parser's own guard against exhausting the stack
        raise AnswersFileError([_TOO_DEEP]) from None
    if _depth(doc) > MAX_DEPTH:
        raise AnswersFileError([_TOO_DEEP])
    return from_document(doc, packset)


def _depth(doc: Any) -> int:
    """How deeply lists and objects nest, without recursion."""
    deepest = 0
    stack = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                stack.extend(
                    (child, depth + 1) for child in (node.values() if isinstance(node, dict) else node)
                )
    return deepest


def shown_problems(problems: list[str], limit: int = SCREENFUL) -> list[str]:
    """At most `limit` lines: the first problems, then how many more there are."""
    if len(problems) <= limit:
        return problems
    return [*problems[: limit - 1], f"... and {len(problems) - limit + 1} more problem(s)"]


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _shown(key: str) -> str:
    """A key from the file as it may be printed: a hostile file must not send the
    terminal escape sequences or flood it (repr escapes what cannot be shown)."""
    text = key if key.isprintable() else repr(key)
    return text if len(text) <= _KEY_SHOWN else text[: _KEY_SHOWN - 1] + "…"


def _no_constant(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not allowed", name, 0)


def from_document(doc: Any, packset: PackSet) -> CaseData:
    """Check a parsed answers file against the packs; every problem is reported."""
    if not isinstance(doc, dict):
        raise AnswersFileError(["the file must hold one JSON object"])
    problems: list[str] = []
    if doc.get("format") != FORMAT:
        problems.append(f"format: must be {FORMAT!r}")
    problems += [
        f"{_shown(key)}: unknown key (allowed: {', '.join(_TOP_KEYS)})" for key in doc if key not in _TOP_KEYS
    ]
    children = _read_children(doc.get("children", []), problems)
    keys = {c.key for c in children}
    answers = _read_answers(doc.get("answers", {}), packset, keys, problems)
    leave_out = _read_leave_out(doc.get("leave_out", []), packset, keys, problems)
    if problems:
        raise AnswersFileError(problems)
    return CaseData(tuple(children), answers, frozenset(leave_out))


def _read_leave_out(
    items: Any, packset: PackSet, child_keys: set[str], problems: list[str]
) -> set[AnswerKey]:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        problems.append('leave_out: must be a list of question ids (or "id.childkey" for one child)')
        return set()
    out: set[AnswerKey] = set()
    for item in items:
        qid, _dot, child = item.partition(".")
        where = f"leave_out: {_shown(item)}"
        q = packset.by_id.get(qid)
        if q is None:
            problems.append(f"{where}: unknown question id")
        elif q.per_child and child not in child_keys:
            problems.append(f'{where}: asked for each child, so give "{qid}.KEY" with a child\'s key')
        elif not q.per_child and _dot:
            problems.append(f"{where}: about the whole case, so give the question id alone")
        else:
            out.add((qid, child or None))
    return out


def _read_children(items: Any, problems: list[str]) -> list[Child]:
    if not isinstance(items, list):
        problems.append("children: must be a list")
        return []
    out: list[Child] = []
    for n, item in enumerate(items, start=1):
        where = f"children[{n - 1}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        unknown = [k for k in item if k not in _CHILD_KEYS]
        problems += [f"{where}.{_shown(k)}: unknown key (allowed: {', '.join(_CHILD_KEYS)})" for k in unknown]
        if unknown:
            continue
        try:
            child = Child(
                key=item.get("key", ""),
                name=item.get("name", ""),
                born=item.get("born") or "",
                age=item.get("age"),
                lives_with=item.get("lives_with") or "",
            )
            child = clean_child(child)
        except InvalidInput as exc:
            problems.append(f"{where}: {exc}")
            continue
        if any(c.key == child.key for c in out):
            problems.append(f"{where}.key: {child.key} is used by another child")
            continue
        out.append(child)
    return out


def _read_answers(items: Any, packset: PackSet, child_keys: set[str], problems: list[str]) -> Answers:
    if not isinstance(items, dict):
        problems.append("answers: must be an object of question id -> answer")
        return {}
    out: Answers = {}
    for qid, value in items.items():
        where = f"answers.{_shown(qid)}"
        q = packset.by_id.get(qid)
        if q is None:
            problems.append(f"{where}: unknown question id")
            continue
        if q.per_child:
            if not isinstance(value, dict) or (q.type == "fortnight" and "nights" in value):
                problems.append(f"{where}: asked for each child, so give an object of child key -> answer")
                continue
            for ck, v in value.items():
                if ck not in child_keys:
                    problems.append(f"{where}.{_shown(ck)}: no child with this key in 'children'")
                    continue
                _keep(q, (qid, ck), v, f"{where}.{_shown(ck)}", out, problems)
        elif isinstance(value, dict) and q.type != "fortnight":  # a fortnight's answer is an object
            problems.append(f"{where}: about the whole case, so give one answer, not one per child")
        else:
            _keep(q, (qid, None), value, where, out, problems)
    return out


def _keep(
    q: Question, key: tuple[str, str | None], value: Any, where: str, out: Answers, problems: list[str]
) -> None:
    try:
        kept = engine.validate(q, value)
    except engine.AnswerError as exc:
        problems.append(f"{where}: {exc}")
        return
    if kept is not None:
        out[key] = kept

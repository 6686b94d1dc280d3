"""Turn one pack's parsed YAML into the frozen model, checking every key and value
against the schema; each problem is a PackError naming the file, line and field."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from s7prep.packs import conditions
from s7prep.packs.conditions import Condition
from s7prep.packs.errors import PackError
from s7prep.packs.model import (
    CHECKLIST,
    DEFAULT_MAX_LENGTH,
    Choice,
    Pack,
    Question,
    Section,
)
from s7prep.packs.schema import ID_PATTERN, OBJECTS, Field
from s7prep.packs.yamlsafe import YList, YMap, as_date, iso_date

_ID = re.compile(ID_PATTERN)
_CAN_SAY_NOTHING = ("yes_no", "choice", "multi_choice")


class _Checker:
    """Collects errors for one file while walking its parsed YAML."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[PackError] = []

    def error(self, line: int, where: str, message: str) -> None:
        self.errors.append(PackError(self.path, line, where, message))

    def obj(self, value: Any, kind: str, where: str, line: int) -> YMap | None:
        """Check an object's keys and value types against its spec."""
        if not isinstance(value, YMap):
            self.error(line, where, f"must be a mapping of keys (a {kind})")
            return None
        spec = OBJECTS[kind]
        for key in value:
            if key not in spec:
                allowed = ", ".join(spec)
                self.error(value.lines[key], _join(where, key), f"unknown key (allowed: {allowed})")
        for key, fld in spec.items():
            if key not in value:
                if fld.required:
                    self.error(value.line, _join(where, key), "missing")
                continue
            self.value(value[key], fld, _join(where, key), value.lines[key])
        return value

    def value(self, value: Any, fld: Field, where: str, line: int) -> None:
        kind = fld.kind
        ok = True
        if kind in ("str", "text", "condition"):
            ok = isinstance(value, str) and value.strip() != ""
            if not ok and isinstance(value, int | float):
                self.error(line, where, f"must be text: write it in quotes, e.g. '{value}'")
                return
        elif kind == "id":
            ok = isinstance(value, str) and bool(_ID.match(value))
            if isinstance(value, bool | int | float):
                # YAML reads bare yes/no/on/off as true/false.
                self.error(line, where, f"must be text: write it in quotes, e.g. '{str(value).lower()}'")
                return
            if not ok:
                self.error(line, where, "must be lower-case letters, digits and _ (starting with a letter)")
                return
        elif kind == "bool":
            ok = isinstance(value, bool)
        elif kind == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif kind == "number":
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif kind == "date":
            ok = isinstance(value, date) or (isinstance(value, str) and iso_date(value) is not None)
            if not ok:
                self.error(line, where, "must be a date like 2026-11-01")
                return
        elif kind in ("strs", "ids", "letters"):
            ok = isinstance(value, YList) and all(isinstance(v, str) and v.strip() for v in value)
            if ok and kind == "strs" and not value:
                self.error(line, where, "must list at least one")
                return
            if ok and kind == "letters":
                for item, item_line in zip(value, value.lines, strict=True):
                    if item not in CHECKLIST:
                        self.error(item_line, where, f"unknown checklist letter {item!r} (use a to g)")
                if len(set(value)) != len(value):
                    self.error(line, where, "a letter is given twice")
                return
        elif kind == "enum":
            ok = value in fld.enum
            if not ok:
                self.error(line, where, f"must be one of: {', '.join(fld.enum)} (found {value!r})")
                return
        elif kind.startswith("list:"):
            ok = isinstance(value, YList)
        if not ok:
            self.error(line, where, f"must be {_DESCRIBE[kind.split(':')[0]]}")


_DESCRIBE = {
    "str": "non-empty text",
    "text": "non-empty text",
    "condition": "a condition in quotes",
    "bool": "true or false",
    "int": "a whole number",
    "number": "a number",
    "strs": "a list of text",
    "ids": "a list of ids",
    "letters": "a list of letters a to g",
    "list": "a list",
}


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _build_choices(ck: _Checker, raw: YMap, where: str) -> tuple[Choice, ...]:
    items = raw.get("choices")
    if not isinstance(items, YList):
        return ()
    out: list[Choice] = []
    seen: set[str] = set()
    for i, (item, line) in enumerate(zip(items, items.lines, strict=True)):
        cw = f"{where}.choices[{i}]"
        m = ck.obj(item, "choice", cw, line)
        if m is None or any(e.field.startswith(cw) for e in ck.errors):
            continue
        if m["value"] in seen:
            ck.error(m.lines["value"], f"{cw}.value", f"choice {m['value']!r} is given twice")
        seen.add(m["value"])
        short = m.get("short", "").strip()
        if short and len(short) >= len(m["label"].strip()):
            ck.error(m.lines["short"], f"{cw}.short", "must be shorter than the label it stands for")
        out.append(
            Choice(
                m["value"],
                m["label"],
                m.get("help", ""),
                m.get("several_children", False),
                short,
                m.get("quiet", False),
            )
        )
    return tuple(out)


def _build_question(
    ck: _Checker, raw: Any, kind: str, where: str, line: int, pack_id: str, section_id: str
) -> Question | None:
    # Name the question by its id in messages when it has one.
    qid = raw.get("id") if isinstance(raw, YMap) else None
    if isinstance(qid, str) and qid:
        where = f"{where}({qid})" if kind == "field" else qid
    before = len(ck.errors)
    m = ck.obj(raw, kind, where, line)
    if m is None:
        return None
    qtype = m.get("type")
    choices = _build_choices(ck, m, where)
    if qtype in ("choice", "multi_choice"):
        if "choices" not in m:
            ck.error(m.line, f"{where}.choices", f"a {qtype} question needs choices")
        elif isinstance(m["choices"], YList) and len(m["choices"]) < 2:
            ck.error(m.lines["choices"], f"{where}.choices", "give at least two choices")
        elif choices and sum(not c.several_children for c in choices) < 2:
            ck.error(
                m.lines["choices"],
                f"{where}.choices",
                "give at least two choices that are not several_children (a case may have one child)",
            )
    elif "choices" in m:
        ck.error(
            m.lines["choices"],
            f"{where}.choices",
            f"only choice and multi_choice questions have choices, not {qtype}",
        )
    if m.get("meaningful") is True and qtype not in _CAN_SAY_NOTHING:
        ck.error(
            m.lines["meaningful"],
            f"{where}.meaningful",
            f"only yes_no, choice and multi_choice answers can be No or None, not {qtype}",
        )
    for key in ("min", "max"):
        if key in m and qtype != "number":
            ck.error(m.lines[key], f"{where}.{key}", f"only number questions have {key}")
    if "fold_into" in m and qtype not in ("choice", "multi_choice"):
        ck.error(
            m.lines["fold_into"],
            f"{where}.fold_into",
            f"only a choice or multi_choice can follow another, not {qtype}",
        )
    if "overrides" in m and m.get("per_child") is not True:
        ck.error(m.lines["overrides"], f"{where}.overrides", "only a per_child question can override another")
    if "max_length" in m and isinstance(m["max_length"], int) and not 1 <= m["max_length"] <= 100_000:
        ck.error(m.lines["max_length"], f"{where}.max_length", "must be between 1 and 100000")
    fields: tuple[Question, ...] = ()
    if kind == "question":
        if qtype == "list":
            fields = _build_fields(ck, m, where, pack_id, section_id)
        elif "fields" in m:
            ck.error(m.lines["fields"], f"{where}.fields", f"only list questions have fields, not {qtype}")
    elif qtype == "list":
        ck.error(m.lines["type"], f"{where}.type", "a list cannot hold another list")
    show_if = _condition(ck, m, where, "show_if")
    essential_if = _condition(ck, m, where, "essential_if")
    if essential_if is not None and m.get("essential") is True:
        ck.error(m.lines["essential_if"], f"{where}.essential_if", "give essential or essential_if, not both")
    if len(ck.errors) > before:
        return None
    return Question(
        id=m["id"],
        type=m["type"],
        prompt=m["prompt"].strip(),
        help=m.get("help", "").strip(),
        hint=m.get("hint", "").strip(),
        label=m.get("label", "").strip(),
        checklist=tuple(m.get("checklist", ())),
        per_child=m.get("per_child", False),
        show_if=show_if,
        show_if_text=m.get("show_if", ""),
        required=m.get("required", False),
        sensitive=m.get("sensitive", False),
        max_length=m.get("max_length", DEFAULT_MAX_LENGTH),
        statement=m.get("statement", "none"),
        priority=m.get("priority", "normal"),
        meaningful=m.get("meaningful", False),
        essential=m.get("essential", False),
        essential_if=essential_if,
        signpost=tuple(m.get("signpost", ())),
        several_children=m.get("several_children", False),
        choices=choices,
        fields=fields,
        min=m.get("min"),
        max=m.get("max"),
        overrides=m.get("overrides", ""),
        keep_with=m.get("keep_with", ""),
        fold_into=m.get("fold_into", ""),
        pack_id=pack_id,
        section_id=section_id,
    )


def _condition(ck: _Checker, m: YMap, where: str, key: str) -> Condition | None:
    if not isinstance(m.get(key), str):
        return None
    try:
        return conditions.parse(m[key])
    except conditions.ConditionError as exc:
        ck.error(m.lines[key], f"{where}.{key}", str(exc))
        return None


def _build_fields(ck: _Checker, m: YMap, where: str, pack_id: str, section_id: str) -> tuple[Question, ...]:
    items = m.get("fields")
    if not isinstance(items, YList) or not items:
        ck.error(m.line, f"{where}.fields", "a list question needs fields")
        return ()
    out: list[Question] = []
    seen: set[str] = set()
    for i, (item, line) in enumerate(zip(items, items.lines, strict=True)):
        sub = _build_question(ck, item, "field", f"{where}.fields[{i}]", line, pack_id, section_id)
        if sub is None:
            continue
        if sub.id in seen:
            ck.error(line, f"{where}.fields[{i}].id", f"field {sub.id!r} is given twice")
        seen.add(sub.id)
        out.append(sub)
    return tuple(out)


def _build_pack(ck: _Checker, data: Any, path: str) -> Pack | None:
    m = ck.obj(data, "pack", "", getattr(data, "line", 1))
    if m is None or ck.errors:
        return None
    sections: list[Section] = []
    seen: set[str] = set()
    first_line: dict[str, int] = {}
    for si, (sraw, sline) in enumerate(zip(m["sections"], m["sections"].lines, strict=True)):
        sw = f"sections[{si}]"
        s = ck.obj(sraw, "section", sw, sline)
        if s is None or not isinstance(s.get("questions"), YList) or not isinstance(s.get("id"), str):
            continue
        if s["id"] in seen:
            ck.error(s.lines["id"], f"{sw}.id", f"section {s['id']!r} is given twice")
        seen.add(s["id"])
        questions = []
        for qi, (qraw, qline) in enumerate(zip(s["questions"], s["questions"].lines, strict=True)):
            q = _build_question(ck, qraw, "question", f"{sw}.questions[{qi}]", qline, m["id"], s["id"])
            if q is None:
                continue
            if q.id in first_line:
                ck.error(
                    qraw.lines["id"],
                    f"{q.id}.id",
                    f"question id {q.id!r} is given twice (first on line {first_line[q.id]})",
                )
            first_line.setdefault(q.id, qraw.lines["id"])
            questions.append(q)
        if not s["questions"]:
            ck.error(s.lines["questions"], f"{sw}.questions", "a section needs at least one question")
        if not ck.errors:  # a title that is not text, say, is already reported: build nothing from it
            sections.append(
                Section(s["id"], s["title"].strip(), s.get("intro", "").strip(), tuple(questions))
            )
    if not m["sections"]:
        ck.error(m.lines["sections"], "sections", "a pack needs at least one section")
    if ck.errors:
        return None
    return Pack(
        id=m["id"],
        title=m["title"],
        version=m["version"],
        reviewed=as_date(m["reviewed"]),
        sources=tuple(m["sources"]),
        order=m["order"],
        sections=tuple(sections),
        path=path,
    )


def build_pack(data: Any, path: str) -> tuple[Pack | None, list[PackError]]:
    """The pack in `data` (read from `path`), or None, and every problem found."""
    ck = _Checker(path)
    pack = _build_pack(ck, data, path)
    return pack, ck.errors

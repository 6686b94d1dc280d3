"""The pack format, written once: the loader checks against it and
`s7prep packs schema` prints it as JSON Schema for editors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from s7prep.packs.model import CHECKLIST, PRIORITIES, QUESTION_TYPES, STATEMENT_PARTS

ID_PATTERN = r"^[a-z][a-z0-9_]*$"


@dataclass(frozen=True)
class Field:
    kind: str  # str, text, bool, int, number, date, id, ids, letters, strs, enum, list:<obj>
    required: bool = False
    about: str = ""
    enum: tuple[str, ...] = ()


PACK: dict[str, Field] = {
    "id": Field("id", True, "Unique name of the pack (lower case, digits, _)."),
    "title": Field("str", True, "Title shown to the person."),
    "version": Field("str", True, "Version of the content, e.g. '1.0'."),
    "reviewed": Field("date", True, "Date the content was last checked against the law."),
    "sources": Field("strs", True, "Citations: statute sections, practice directions, guidance."),
    "order": Field("int", True, "Where the pack comes among the others (lower first)."),
    "sections": Field("list:section", True, "The sections of the pack, in order."),
}

SECTION: dict[str, Field] = {
    "id": Field("id", True, "Name of the section, unique in its pack."),
    "title": Field("str", True, "Title shown to the person."),
    "intro": Field("text", False, "A few words shown before the first question."),
    "questions": Field("list:question", True, "The questions, in order."),
}

_COMMON: dict[str, Field] = {
    "id": Field("id", True, "Unique across all packs (lower case, digits, _)."),
    "type": Field(
        "enum",
        True,
        "How the answer is given. fortnight: who the children sleep with on each of 14 nights.",
        QUESTION_TYPES,
    ),
    "prompt": Field("str", True, "The question, in plain words, second person."),
    "label": Field("str", False, "A short name for tables and the statement."),
    "hint": Field("text", False, "A short example answer."),
    "help": Field("text", False, "Why Cafcass may ask this, in plain words."),
    "required": Field("bool", False, "The person must answer before the case is complete."),
    "sensitive": Field("bool", False, "May be upsetting; the person may skip it."),
    "max_length": Field("int", False, "Longest answer in characters (default 20000; a fortnight: its note)."),
    "meaningful": Field(
        "bool",
        False,
        "For yes_no, choice and multi_choice: a No, None or Not sure answer still says "
        "something, so the statement prints it (otherwise it is left out).",
    ),
    "choices": Field("list:choice", False, "For choice and multi_choice: the options."),
    "several_children": Field("bool", False, "Asked only when the case has more than one child."),
    "min": Field("number", False, "For number: the smallest value allowed."),
    "max": Field("number", False, "For number: the largest value allowed."),
}

QUESTION: dict[str, Field] = {
    **_COMMON,
    "checklist": Field("letters", False, "Welfare checklist items served, letters a-g."),
    "per_child": Field("bool", False, "Asked once for each child in the case."),
    "show_if": Field("condition", False, "Only asked when this condition holds."),
    "statement": Field(
        "enum",
        True,
        "Where the answer goes besides the person's notes: a part of the statement, "
        "'officer' (the notes for the officer only) or 'none' (the person's notes only).",
        STATEMENT_PARTS,
    ),
    "priority": Field(
        "enum",
        False,
        "What stays in the statement first when it is too long: top (never moves), high "
        "(moves only when nothing else is left, the proposal's last; never an essential "
        "one nor a picked fact), normal (default) or low (moves to the notes first).",
        PRIORITIES,
    ),
    "keep_with": Field(
        "id",
        False,
        "Another question in the statement whose answer this one stays with when the "
        "statement is too long: the two move to the notes together or not at all (a pair, "
        "such as the child's relationship with each adult).",
    ),
    "fold_into": Field(
        "id",
        False,
        "For choice and multi_choice: a text question whose answer this one follows in the "
        "statement, in brackets and in its choices' short wording, instead of a line of its "
        "own (they move together). Word the choices to read on their own.",
    ),
    "essential": Field("bool", False, "On the short path for an interview very soon."),
    "essential_if": Field(
        "condition",
        False,
        "On the short path only when this condition holds: for a question that stands in "
        "for an essential one its own answers hide (the time in the day when no nights are proposed).",
    ),
    "signpost": Field("ids", False, "Helplines to show with this question."),
    "fields": Field("list:field", False, "For list: the parts of each record."),
    "overrides": Field(
        "id",
        False,
        "For a per-child question: the case-level question of the same type whose answer "
        "this one replaces for a child, where the child's differs (asked with two or more children).",
    ),
}

# A part of a `list` record: the common keys, nothing that nests or branches.
FIELD: dict[str, Field] = dict(_COMMON)

CHOICE: dict[str, Field] = {
    "value": Field("id", True, "What is stored (lower case, digits, _)."),
    "label": Field("str", True, "What the person sees."),
    "help": Field("text", False, "A few words about this option."),
    "several_children": Field("bool", False, "Offered only when the case has more than one child."),
    "short": Field("str", False, "Shorter wording for the statement, for a long label."),
    "quiet": Field(
        "bool",
        False,
        "Says nothing the statement does not already say (a mother's Yes to 'Are you a "
        "legal parent?'): the statement leaves it out, as it does a No.",
    ),
}

OBJECTS: dict[str, dict[str, Field]] = {
    "pack": PACK,
    "section": SECTION,
    "question": QUESTION,
    "field": FIELD,
    "choice": CHOICE,
}


def _json(field: Field) -> dict[str, Any]:
    kind = field.kind
    out: dict[str, Any]
    if kind in ("str", "text"):
        out = {"type": "string", "minLength": 1}
    elif kind == "id":
        out = {"type": "string", "pattern": ID_PATTERN}
    elif kind == "bool":
        out = {"type": "boolean"}
    elif kind == "int":
        out = {"type": "integer"}
    elif kind == "number":
        out = {"type": "number"}
    elif kind == "date":
        out = {"type": "string", "format": "date"}
    elif kind == "strs":
        out = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
    elif kind == "ids":
        out = {"type": "array", "items": {"type": "string", "pattern": ID_PATTERN}}
    elif kind == "letters":
        out = {"type": "array", "items": {"enum": sorted(CHECKLIST)}, "uniqueItems": True}
    elif kind == "enum":
        out = {"enum": list(field.enum)}
    elif kind == "condition":
        out = {"type": "string", "minLength": 1}
    elif kind.startswith("list:"):
        out = {"type": "array", "items": {"$ref": f"#/$defs/{kind[5:]}"}}
    else:  # pragma: no cover - a typo in the tables above
        raise ValueError(kind)
    if field.about:
        out["description"] = field.about
    return out


def json_schema() -> dict[str, Any]:
    defs = {
        name: {
            "type": "object",
            "additionalProperties": False,
            "required": [k for k, f in fields.items() if f.required],
            "properties": {k: _json(f) for k, f in fields.items()},
        }
        for name, fields in OBJECTS.items()
    }
    pack = defs.pop("pack")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://s7prep.invalid/schema/pack.json",
        "title": "s7prep question pack",
        **pack,
        "$defs": defs,
    }

"""Whether an answer is acceptable, and the form it is kept in."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from s7prep.engine.dates import WHEN_MESSAGE, parse_when
from s7prep.engine.errors import AnswerError
from s7prep.engine.fortnight import parse_nights
from s7prep.packs.model import Question

_BAD_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str, max_length: int) -> str:
    """NFC-normalise typed text and refuse what cannot be stored safely."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BAD_CHARS.search(text):
        raise AnswerError(
            "The answer has a control character that cannot be saved; retype it without pasting"
        )
    text = unicodedata.normalize("NFC", text)
    if len(text) > max_length:
        raise AnswerError(f"Keep this under {max_length:,} characters (it has {len(text):,})")
    return text


def _number(q: Question, value: Any) -> int | float:
    if isinstance(value, bool):
        raise AnswerError("Enter a number")
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ""))
        except ValueError:
            raise AnswerError("Enter a number, like 3 or 2.5") from None
    if not isinstance(value, int | float) or not math.isfinite(value):
        raise AnswerError("Enter a number, like 3 or 2.5")
    if q.min is not None and value < q.min:
        raise AnswerError(f"Enter a number no smaller than {q.min:g}")
    if q.max is not None and value > q.max:
        raise AnswerError(f"Enter a number no larger than {q.max:g}")
    return int(value) if float(value).is_integer() else float(value)


def validate(q: Question, value: Any) -> Any:
    """Check one answer for its question and return it in stored form.

    Returns None for "no answer" (empty text, no choices): the caller clears it.
    Raises AnswerError with a message meant for the person.
    """
    if value is None:
        return None
    t = q.type
    if t in ("text", "long_text"):
        if not isinstance(value, str):
            raise AnswerError("Enter text")
        text = clean_text(value, q.max_length)
        if t == "text":
            text = text.strip()
        return text if text.strip() else None
    if t == "choice":
        if value == "":
            return None
        if value not in q.choice_values:
            raise AnswerError(f"Choose one of: {', '.join(c.label for c in q.choices)}")
        return value
    if t == "multi_choice":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise AnswerError("Choose from the list")
        unknown = [v for v in value if v not in q.choice_values]
        if unknown:
            raise AnswerError(f"{unknown[0]!r} is not one of the choices")
        chosen = set(value)
        ordered = [v for v in q.choice_values if v in chosen]  # keep the pack's order
        alone = next((c for c in q.choices if c.alone and c.value in chosen), None)
        if alone is not None and len(ordered) > 1:
            raise AnswerError(f'"{alone.label}" cannot be ticked with other choices: untick one or the other')
        return ordered or None
    if t == "yes_no":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("yes", "y", "no", "n"):
            return value.strip().lower().startswith("y")
        if value == "":
            return None
        raise AnswerError("Answer yes or no")
    if t == "date":
        if not isinstance(value, str):
            raise AnswerError(WHEN_MESSAGE)
        return parse_when(value) if value.strip() else None
    if t == "number":
        if isinstance(value, str) and not value.strip():
            return None
        return _number(q, value)
    if t == "list":
        return _validate_list(q, value)
    if t == "fortnight":
        return _validate_fortnight(q, value)
    raise AnswerError(f"unknown question type {t}")  # pragma: no cover - loader forbids it


def _validate_list(q: Question, value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, list | tuple):
        raise AnswerError("Expected a list of entries")
    fields = {f.id: f for f in q.fields}
    out: list[dict[str, Any]] = []
    for n, record in enumerate(value, start=1):
        if not isinstance(record, dict):
            raise AnswerError(f"Entry {n} is not a set of answers")
        clean: dict[str, Any] = {}
        for fid, v in record.items():
            f = fields.get(fid)
            if f is None:
                raise AnswerError(f"Entry {n}: unknown part {fid!r}")
            try:
                kept = validate(f, v)
            except AnswerError as exc:
                raise AnswerError(f"Entry {n}, {f.short}: {exc}") from None
            if kept is not None:
                clean[fid] = kept
        if clean:
            missing = [f.short for f in q.fields if f.required and f.id not in clean]
            if missing:
                raise AnswerError(f"Entry {n}: {missing[0]} is needed")
            out.append(clean)
    return out or None


_FORTNIGHT_KEYS = ("nights", "note")


def _validate_fortnight(q: Question, value: Any) -> dict[str, str] | None:
    """{"nights": 14 letters, "note": text}; the note is left out when empty."""
    if not isinstance(value, dict):
        raise AnswerError('Expected the nights and a note, like {"nights": "mmmmoommmmmmmm", "note": "..."}')
    unknown = [k for k in value if k not in _FORTNIGHT_KEYS]
    if unknown:
        shown = unknown[0] if isinstance(unknown[0], str) and unknown[0].isprintable() else "?"
        raise AnswerError(f"{shown[:40]!r} is not part of a fortnight (use nights and note)")
    nights, note = value.get("nights", ""), value.get("note", "")
    if not isinstance(nights, str):
        raise AnswerError("the nights must be 14 letters, such as mmmmoommmmmmmm")
    if not isinstance(note, str):
        raise AnswerError("the note must be text")
    note = clean_text(note, q.max_length).strip()
    if not nights.strip():
        if note:
            raise AnswerError("set the 14 nights first (a pattern will do), then the note")
        return None
    kept = {"nights": parse_nights(nights)}
    if note:
        kept["note"] = note
    return kept

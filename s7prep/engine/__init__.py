"""The engine: pure functions over packs and a case. What to ask, in what order
(order.py), whether an answer is acceptable (validate.py, dates.py), how far
along each child is, a fortnight of nights counted (fortnight.py) and answers
that differ for one child (overrides.py). No I/O and no front end; imports only
`s7prep.packs`. Callers use the names below (`engine.validate`, `engine.visible`, ...)."""

from s7prep.engine.dates import (
    DATE_MESSAGE,
    MONTHS,
    WHEN_MESSAGE,
    parse_partial_date,
    parse_when,
    show_when,
    when_key,
)
from s7prep.engine.errors import AnswerError
from s7prep.engine.order import (
    Count,
    Progress,
    Slot,
    all_slots,
    exportable,
    hidden_answers,
    is_answered,
    is_visible,
    next_slot,
    position,
    previous_slot,
    progress,
    steering,
    visible,
)
from s7prep.engine.overrides import answer_for, by_children
from s7prep.engine.validate import clean_text, validate

__all__ = [
    "DATE_MESSAGE",
    "MONTHS",
    "WHEN_MESSAGE",
    "AnswerError",
    "Count",
    "Progress",
    "Slot",
    "all_slots",
    "answer_for",
    "by_children",
    "clean_text",
    "exportable",
    "hidden_answers",
    "is_answered",
    "is_visible",
    "next_slot",
    "parse_partial_date",
    "parse_when",
    "position",
    "previous_slot",
    "progress",
    "show_when",
    "steering",
    "validate",
    "visible",
    "when_key",
]

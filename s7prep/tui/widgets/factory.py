"""`widget_for`: the widget that asks a question, whatever its type. Kept apart from
answers.py and records.py so that neither needs to import the other."""

from __future__ import annotations

from typing import Any

from s7prep.packs.model import Question
from s7prep.tui.widgets.answers import SCALAR_KINDS, AnswerBox
from s7prep.tui.widgets.records import ListAnswer


def kind_for(question: Question) -> type[AnswerBox]:
    """The class of widget that asks `question`."""
    return ListAnswer if question.type == "list" else SCALAR_KINDS[question.type]


def widget_for(question: Question, value: Any = None) -> AnswerBox:
    """The widget that asks `question`, showing `value` (the stored answer)."""
    return kind_for(question)(question, value)

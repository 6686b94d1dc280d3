"""`widget_for`: the widget that asks a question, whatever its type. Kept apart from
answers.py and records.py so that neither needs to import the other."""

from __future__ import annotations

from typing import Any

from s7prep.packs.model import Question
from s7prep.tui.widgets.answers import AnswerBox, scalar_widget_for
from s7prep.tui.widgets.records import ListAnswer


def widget_for(question: Question, value: Any = None) -> AnswerBox:
    """The widget that asks `question`, showing `value` (the stored answer)."""
    if question.type == "list":
        return ListAnswer(question, value)
    return scalar_widget_for(question, value)

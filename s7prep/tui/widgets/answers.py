"""One widget per question type, all with the same small interface.

An answer widget is told its question and current value (attributes down) and
posts `AnswerBox.Changed` with the raw value whenever the person edits it
(messages up). Turning the raw value into a stored one is engine.validate's job,
done by whoever saves. Every piece of text shown here is literal (no markup).
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Checkbox, Input, Static, TextArea

from s7prep import engine
from s7prep.engine import fortnight
from s7prep.packs.model import Question
from s7prep.statement.escape import show_date
from s7prep.tui.widgets.answer_box import AnswerBox
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.fortnight import FortnightAnswer


def describe_value(question: Question, value: Any) -> str:
    """A stored answer as one short line of plain text (for lists and tables)."""
    if value is None or value == "" or value == []:
        return ""
    t = question.type
    if t == "choice":
        return question.choice_label(value)
    if t == "multi_choice":
        return ", ".join(question.choice_label(v) for v in value)
    if t == "yes_no":
        return "Yes" if value else "No"
    if t == "date" and isinstance(value, str):
        try:
            return show_date(engine.parse_when(value))
        except engine.AnswerError:
            return value
    if t == "list":
        return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
    if t == "fortnight" and isinstance(value, dict):
        return fortnight.short_words(value.get("nights", ""))
    return " ".join(str(value).split())


class Tick(Checkbox):
    """Textual marks a checkbox on or off by colour alone; this one shows X or nothing."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "X" if self.value else " "


class TextAnswer(AnswerBox):
    """A single line of text."""

    INPUT_TYPE: ClassVar[str] = "text"

    def to_raw(self, value: Any) -> Any:
        return "" if value is None else str(value)

    def compose(self) -> ComposeResult:
        max_length = self.question.max_length if self.question.type == "text" else 0
        yield Input(
            value=self.to_raw(self.initial),
            placeholder=self.placeholder(),
            type=self.INPUT_TYPE,  # type: ignore[arg-type]
            max_length=max_length,
            select_on_focus=False,
        )

    def placeholder(self) -> str:
        return "Type your answer"

    def raw(self) -> Any:
        return self.query_one(Input).value

    def clear(self) -> None:
        self.query_one(Input).value = ""

    def reload(self, question: Question, value: Any) -> bool:
        self._reloaded(question, value)
        box = self.query_one(Input)
        box.max_length = question.max_length if question.type == "text" else 0
        box.placeholder = self.placeholder()
        box.value = self._last
        box.cursor_position = len(box.value)
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._edited()


class NumberAnswer(TextAnswer):
    INPUT_TYPE = "number"

    def to_raw(self, value: Any) -> Any:
        return "" if value is None else str(value)

    def placeholder(self) -> str:
        q = self.question
        if q.min is not None and q.max is not None:
            return f"A number from {q.min:g} to {q.max:g}"
        return "A number"


class DateAnswer(TextAnswer):
    """A date that may be partial; says how it was read as the person types."""

    def to_raw(self, value: Any) -> Any:
        # Shown as the person writes it ("Since March 2026"), never as stored
        # ("2026-03/.."); it reads back to the same stored value.
        text = super().to_raw(value)
        return engine.show_when(text) or text

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Static(Content(self._reading(self.to_raw(self.initial))), classes="date-reading")

    def placeholder(self) -> str:
        # Short enough for the box at 80 columns; the line under it gives the other forms.
        return "2023, March 2023 or Summer 2025"

    @staticmethod
    def _reading(text: str) -> str:
        if not text.strip():
            return "Rough dates are fine: 2023, March 2023, Summer 2025, 14/03/2023 or 2019 to 2024."
        try:
            return f"Read as: {show_date(engine.parse_when(text))}"
        except engine.AnswerError as exc:
            return str(exc)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one(".date-reading", Static).update(Content(self._reading(event.value)))
        super().on_input_changed(event)

    def reload(self, question: Question, value: Any) -> bool:
        super().reload(question, value)
        self.query_one(".date-reading", Static).update(Content(self._reading(self._last)))
        return True


class LongTextAnswer(AnswerBox):
    """Several lines: Tab leaves the box, Enter starts a new line."""

    def to_raw(self, value: Any) -> Any:
        return "" if value is None else str(value)

    def compose(self) -> ComposeResult:
        yield TextArea(
            self.to_raw(self.initial),
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder="Type your answer. Enter starts a new line; Tab moves on.",
        )

    def raw(self) -> Any:
        return self.query_one(TextArea).text

    def clear(self) -> None:
        self.query_one(TextArea).text = ""

    def reload(self, question: Question, value: Any) -> bool:
        self._reloaded(question, value)
        self.query_one(TextArea).load_text(self._last)  # also forgets the undo history
        return True

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._edited()


class ChoiceAnswer(AnswerBox):
    """One of a few choices."""

    SAVE_AT_ONCE = True
    MULTIPLE: ClassVar[bool] = False

    def options(self) -> list[tuple[Any, str, str]]:
        return [(c.value, c.label, c.help) for c in self.question.choices]

    def chosen(self) -> list[Any]:
        return [] if self.initial is None else [self.initial]

    def compose(self) -> ComposeResult:
        yield ChoiceList(self.options(), self.chosen(), multiple=self.MULTIPLE)

    def raw(self) -> Any:
        return self.query_one(ChoiceList).value

    def clear(self) -> None:
        self.query_one(ChoiceList).clear()

    def unchosen_note(self, button: str) -> str:
        return self.query_one(ChoiceList).unchosen_note(self.question.short, button)

    def forget_browsing(self) -> None:
        self.query_one(ChoiceList).forget_browsing()

    def reload(self, question: Question, value: Any) -> bool:
        self._reloaded(question, value)
        self.query_one(ChoiceList).reset(self.options(), self.chosen())
        return True

    def on_choice_list_changed(self, event: ChoiceList.Changed) -> None:
        event.stop()
        self._edited()


class YesNoAnswer(ChoiceAnswer):
    def options(self) -> list[tuple[Any, str, str]]:
        return [(True, "Yes", ""), (False, "No", "")]


class MultiChoiceAnswer(ChoiceAnswer):
    """Any number of choices."""

    MULTIPLE = True

    def to_raw(self, value: Any) -> Any:
        return list(value or [])

    def chosen(self) -> list[Any]:
        return list(self.initial or [])


SCALAR_KINDS: dict[str, type[AnswerBox]] = {
    "text": TextAnswer,
    "long_text": LongTextAnswer,
    "choice": ChoiceAnswer,
    "multi_choice": MultiChoiceAnswer,
    "yes_no": YesNoAnswer,
    "date": DateAnswer,
    "number": NumberAnswer,
    "fortnight": FortnightAnswer,
}


def scalar_widget_for(question: Question, value: Any = None) -> AnswerBox:
    """The widget for any question but a `list` (those are in records.py; a list's
    fields are never lists, so a record dialog needs only these)."""
    return SCALAR_KINDS[question.type](question, value)

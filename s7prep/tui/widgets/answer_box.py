"""The base of every answer widget (see answers.py), in a module of its own so that
widgets in other modules (the fortnight) can build on it and still be listed in
answers.py's `scalar_widget_for`."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input

from s7prep.packs.model import Question


def cursor_to_end(widget: Widget) -> None:
    """A box that gets the focus with text in it: the cursor goes to the end, in
    sight, so that typing adds to what is written. A TextArea kept its cursor at the
    start (new text went before the old); an Input kept the start of a long text in
    sight with the cursor out of it. A click still puts the cursor where clicked."""
    if isinstance(widget, Input):
        widget.action_home()  # moved, so that moving to the end scrolls the end into sight
        widget.action_end()
    else:
        # Imported here: the dialogs of the case list have no TextArea, and its module
        # (with the document classes) costs half a MiB resident.
        from textual.widgets import TextArea

        if isinstance(widget, TextArea):
            widget.move_cursor(widget.document.end)


class AnswerBox(Vertical):
    """Base for answer widgets: holds the question and posts Changed on edits."""

    DEFAULT_CSS = """
    AnswerBox { height: auto; }
    """

    # Choices and lists are saved at once; typed text waits for a pause.
    SAVE_AT_ONCE: ClassVar[bool] = False

    class Changed(Message):
        """The person changed the answer; `raw` goes to engine.validate."""

        def __init__(self, box: AnswerBox, raw: Any, at_once: bool) -> None:
            super().__init__()
            self.box = box
            self.raw = raw
            self.at_once = at_once
            # Which question the box was showing: a box is reused for the next question,
            # and a late message about the last one must not land on the new one.
            self.shown = box.shown

    def __init__(self, question: Question, value: Any = None, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="answer")
        self.question = question
        self.initial = value
        self._last: Any = self.to_raw(value)
        self.shown = 0  # counts the questions this box has shown (see reload)

    def to_raw(self, value: Any) -> Any:
        """The stored value in the form this widget reports (text for inputs)."""
        return value

    def raw(self) -> Any:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def reload(self, question: Question, value: Any) -> bool:
        """Show another question of the same kind in place (much quicker than a new
        widget). False when this kind of box cannot, and a new one is needed; a kind
        that can calls `_reloaded` and then shows `self._last`."""
        return False

    def _reloaded(self, question: Question, value: Any) -> None:
        self.question = question
        self.initial = value
        self._last = self.to_raw(value)
        self.shown += 1

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        cursor_to_end(event.widget)

    def unchosen_note(self, button: str) -> str:
        """One line if the person moved to a choice here and left it unchosen, so
        that `button` would keep something else ("" if not; see ChoiceList)."""
        return ""

    def forget_browsing(self) -> None:
        """The person was told (unchosen_note): the next press of the button goes on."""

    def focus_input(self, scroll: bool = True) -> None:
        """Focus the part to type or choose in; `scroll`: bring it into view."""
        for child in self.query("*"):
            if child.can_focus:
                child.focus(scroll_visible=scroll)
                return

    def _edited(self) -> None:
        raw = self.raw()
        if raw != self._last:
            self._last = raw
            self.post_message(self.Changed(self, raw, self.SAVE_AT_ONCE))

"""Small modal dialogs. Each returns its result with dismiss(); Esc cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from s7prep import engine
from s7prep.model import Child, Question
from s7prep.store_errors import InvalidInput
from s7prep.store_input import LIVES_WITH_MAX, NAME_MAX, clean_child
from s7prep.tui.session import sentence
from s7prep.tui.widgets.answers import AnswerBox, widget_for


class Dialog(ModalScreen[Any]):
    """A titled box with buttons; Esc cancels (returns None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str) -> None:
        super().__init__(classes="dialog")
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(self.title_text), classes="dialog-title")
            with VerticalScroll(classes="dialog-body", can_focus=False):
                yield from self.body()
            yield Static(Content(""), classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield from self.buttons()

    def body(self) -> ComposeResult:
        yield from ()

    def buttons(self) -> ComposeResult:
        yield Button(Content("OK"), id="ok", variant="primary", compact=True)
        yield Button(Content("Cancel"), id="cancel", compact=True)

    def show_error(self, message: str) -> None:
        self.query_one(".dialog-error", Static).update(Content(message))

    def on_mount(self) -> None:
        # Focusing a field scrolls it to the middle of the body when the body is
        # taller than the screen; the first field's label must stay in sight.
        self.call_after_refresh(self.query_one(".dialog-body").scroll_home, animate=False)

    def keep_before_closing(self) -> None:
        """The app locks or quits with this dialog open: keep what it holds if that
        is safe (valid). Most dialogs hold nothing worth keeping."""

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        self.submit()

    def submit(self) -> None:
        self.dismiss(True)


class ConfirmDialog(Dialog):
    """Yes or no, with the consequence spelled out. Returns True or None."""

    def __init__(self, title: str, body: str, yes: str = "Yes") -> None:
        super().__init__(title)
        self.body_text = body
        self.yes = yes

    def body(self) -> ComposeResult:
        yield Static(Content(self.body_text))

    def buttons(self) -> ComposeResult:
        yield Button(Content(self.yes), id="ok", variant="error", compact=True)
        yield Button(Content("Keep it"), id="cancel", compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        # The safe choice has the focus.
        self.query_one("#cancel").focus()


class TextDialog(Dialog):
    """One line of text, checked by `check` (returns an error message or None)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        value: str = "",
        check: Callable[[str], str | None] | None = None,
        note: str = "",
    ) -> None:
        super().__init__(title)
        self.prompt = prompt
        self.value = value
        self.check = check
        self.note = note

    def body(self) -> ComposeResult:
        yield Label(Content(self.prompt))
        yield Input(self.value, id="text-value")
        if self.note:
            yield Static(Content(self.note), classes="dialog-note")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.submit()

    def submit(self) -> None:
        text = self.query_one(Input).value.strip()
        problem = self.check(text) if self.check else None
        if problem:
            self.show_error(problem)
        else:
            self.dismiss(text)


class RecordDialog(Dialog):
    """One entry of a `list` question: a widget per field. Returns the stored record."""

    def __init__(
        self,
        question: Question,
        record: dict[str, Any],
        keep: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        super().__init__(("Change" if record else "Add") + " an entry: " + question.short)
        self.question = question
        self.record = record
        self.keep = keep  # takes a valid entry when the app locks or quits

    def body(self) -> ComposeResult:
        for f in self.question.fields:
            yield Label(Content(f.prompt + ("" if f.required else " (optional)")), classes="field-label")
            yield widget_for(f, self.record.get(f.id))
            if f.hint:
                yield Static(Content(f"For example: {f.hint}"), classes="hint")

    def on_mount(self) -> None:
        super().on_mount()
        self.query(AnswerBox).first().focus_input()

    def on_answer_box_changed(self, event: AnswerBox.Changed) -> None:
        event.stop()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.submit()

    def checked(self) -> tuple[dict[str, Any] | None, AnswerBox | None, str]:
        """(the entry as stored or None if empty, the field at fault, the problem)."""
        out: dict[str, Any] = {}
        for box in self.query(AnswerBox):
            try:
                value = engine.validate(box.question, box.raw())
            except engine.AnswerError as exc:
                return None, box, f"{box.question.short}: {exc}"
            if value is None and box.question.required:
                return None, box, f"{box.question.short}: this part is needed"
            if value is not None:
                out[box.question.id] = value
        return out or None, None, ""

    def submit(self) -> None:
        entry, box, problem = self.checked()
        if box is not None:
            self.show_error(problem)
            box.focus_input()
            return
        self.dismiss(entry)

    def keep_before_closing(self) -> None:
        entry, box, _ = self.checked()
        if entry is not None and box is None and self.keep is not None:
            self.keep(entry)


class ChildDialog(Dialog):
    """A child's name or initials, birth date (partial) or age, who they live with."""

    def __init__(self, child: Child | None, key: str, keep: Callable[[Child], None] | None = None) -> None:
        super().__init__("Change a child's details" if child else "Add a child")
        self.child = child
        self.key = key
        self.keep = keep  # takes valid details when the app locks or quits

    def body(self) -> ComposeResult:
        c = self.child
        yield Label(Content("Name or initials (initials are enough)"))
        yield Input(c.name if c else "", id="child-name", max_length=NAME_MAX)
        yield Label(Content("Born: a year or a month will do, like 2019 or March 2019"))
        yield Input(c.born if c else "", id="child-born", max_length=30)
        yield Label(Content("Or their age, if you prefer"))
        yield Input(
            "" if not c or c.age is None else str(c.age), id="child-age", type="integer", max_length=2
        )
        yield Label(Content("Who they live with now"))
        yield Input(c.lives_with if c else "", id="child-lives", max_length=LIVES_WITH_MAX)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#child-name").focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.submit()

    def checked(self) -> Child:
        """The child as typed, checked; raises InvalidInput."""

        def text(wid: str) -> str:
            return self.query_one(wid, Input).value.strip()

        age = text("#child-age")
        return clean_child(
            Child(
                self.key,
                text("#child-name"),
                text("#child-born"),
                None if text("#child-born") or not age.lstrip("+-").isdigit() else int(age),
                text("#child-lives"),
            )
        )

    def submit(self) -> None:
        try:
            child = self.checked()
        except InvalidInput as exc:
            self.show_error(sentence(exc))
            return
        self.dismiss(child)

    def keep_before_closing(self) -> None:
        # Only a change: unchanged details need no write.
        try:
            child = self.checked()
        except InvalidInput:
            return
        if self.keep is not None and child != self.child:
            self.keep(child)

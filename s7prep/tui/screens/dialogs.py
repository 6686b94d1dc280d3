"""Small modal dialogs. Each returns its result with dismiss(); Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from textual import events, on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Input, Label, Static

from s7prep import engine
from s7prep.packs.model import Child
from s7prep.store.errors import InvalidInput
from s7prep.store.input_checks import LIVES_WITH_MAX, NAME_MAX, clean_child
from s7prep.tui.session_values import sentence
from s7prep.tui.widgets.answer_box import cursor_to_end
from s7prep.tui.widgets.dialog import Dialog


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


class ChildDialog(Dialog):
    """A child's name or initials, birth date (partial) or age, who they live with."""

    def __init__(self, child: Child | None, key: str, keep: Callable[[Child], None] | None = None) -> None:
        super().__init__("Change a child's details" if child else "Add a child")
        self.child = child
        self.key = key
        self.keep = keep  # takes valid details when the app locks or quits

    def body(self) -> ComposeResult:
        c = self.child
        # Details are changed, not replaced: typing goes after what is there.
        yield Label(Content("Name or initials (initials are enough)"))
        yield Input(c.name if c else "", id="child-name", max_length=NAME_MAX, select_on_focus=False)
        yield Label(Content("Born: a year or a month will do, like 2019 or March 2019"))
        # As the person wrote it ("March 2019"), not as stored; the engine's own reading
        # (the statement package is not loaded until a document is made).
        born = (engine.show_when(c.born) or c.born) if c and c.born else ""
        yield Input(born, id="child-born", max_length=30, select_on_focus=False)
        yield Label(Content("Or their age, if you prefer"))
        yield Input(
            "" if not c or c.age is None else str(c.age),
            id="child-age",
            type="integer",
            max_length=2,
            select_on_focus=False,
        )
        yield Label(Content("Who they live with now"))
        yield Input(
            c.lives_with if c else "", id="child-lives", max_length=LIVES_WITH_MAX, select_on_focus=False
        )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#child-name").focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        cursor_to_end(event.widget)

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

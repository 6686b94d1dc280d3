"""The modal dialog every dialog of the app builds on, and a yes-or-no one. Each
returns its result with dismiss(); Esc cancels."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from s7prep.tui.widgets.footer import QuietFooter


class Dialog(ModalScreen[Any]):
    """A titled box with buttons; Esc cancels (returns None)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        # Named here for the dialog's footer, which shows only the dialog's keys; the
        # app's own bindings (priority) take these keys first.
        Binding("f1", "app.help", "Help"),
        Binding("ctrl+l", "app.lock", "Lock"),
        Binding("f12", "app.quick_exit", "Quick exit"),
    ]

    def __init__(self, title: str) -> None:
        super().__init__(classes="dialog")
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(Content(self.title_text), classes="dialog-title")
            # The foot (any error, then the buttons) is docked to the bottom of the box:
            # a body taller than the screen scrolls between the title and the foot.
            with Vertical(classes="dialog-foot"):
                yield Static(Content(""), classes="dialog-error")
                with Horizontal(classes="dialog-buttons"):
                    yield from self.buttons()
            with VerticalScroll(classes="dialog-body", can_focus=False):
                yield from self.body()
        # Its own keys: the footer of the screen behind names keys that do nothing here.
        yield QuietFooter()

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

    def changed(self) -> bool:
        """True when the person typed or picked something that Cancel would throw away."""
        return False

    def action_cancel(self) -> None:
        self._leave()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self._leave()

    def _leave(self) -> None:
        # A filled-in entry was lost to one Esc, or to Enter on Cancel taken for OK.
        if not self.changed():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmDialog("Discard what you typed?", "What you typed here will not be kept.", yes="Discard"),
            answered,
        )

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

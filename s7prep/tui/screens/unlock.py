"""The passphrase screen: unlocks the store, or creates it on first run.

This is the app's base screen: locking pops everything above it.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Static

from s7prep.store.errors import StoreError, WrongPassphrase
from s7prep.store.passphrase_rules import NO_RECOVERY
from s7prep.store.passphrase_rules import problem as passphrase_problem
from s7prep.tui.session import Session
from s7prep.tui.session_values import sentence
from s7prep.tui.widgets.footer import QuietFooter

FIRST_RUN = (
    "Choose a passphrase. Everything you type here is kept encrypted with it on this computer. " + NO_RECOVERY
)
UNLOCK = "Enter your passphrase to open your cases."
KEYS = "F12 or Esc three times: close at once   Ctrl+L: lock   F1: help"


class UnlockScreen(Screen[None]):
    AUTO_FOCUS = "#pass1"
    # Enter in the first box moves to the second before the next key is handed out:
    # as a message, keys typed right after Enter (fast typing, a paste) went on
    # into the first box. (The app binds Tab the same way.)
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "to_second", show=False, priority=True)]

    class Unlocked(Message):
        """The store is open."""

    class Auto(Message):
        """Open with this passphrase without asking (make_app(passphrase=...))."""

        def __init__(self, passphrase: str) -> None:
            super().__init__()
            self.passphrase = passphrase

    def __init__(self, session: Session, note: str = "", classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.session = session
        self.note = note

    @property
    def creating(self) -> bool:
        return not self.session.is_initialised

    def compose(self) -> ComposeResult:
        yield Header()
        # Few widgets: styling each one is most of the time to the first screen.
        # The title and its text share one; the scroll centres the box itself.
        title = "Create your passphrase" if self.creating else "Unlock"
        with VerticalScroll(id="unlock-scroll", can_focus=False), Vertical(id="unlock-box"):
            yield Static(
                Content.assemble((title, "bold"), "\n\n", FIRST_RUN if self.creating else UNLOCK),
                id="unlock-text",
            )
            if self.note:
                yield Static(Content(self.note), id="unlock-demo")
            yield Input(password=True, placeholder="Passphrase", id="pass1")
            if self.creating:
                yield Input(password=True, placeholder="The same passphrase again", id="pass2")
            yield Button(
                Content("Create" if self.creating else "Unlock"),
                id="unlock-go",
                variant="primary",
                compact=True,
            )
            yield Static(Content(""), id="unlock-error")
            yield Static(Content(KEYS), id="unlock-keys")
        yield QuietFooter()

    async def reset(self, message: str) -> None:
        """Back to a blank form after a lock, saying why."""
        if self.creating != bool(self.query("#pass2")):
            await self.recompose()  # the store was created since this was drawn
        for box in self.query(Input):
            box.value = ""
        self._say(message)
        self.query_one("#pass1").focus()

    def _say(self, message: str) -> None:
        self.query_one("#unlock-error", Static).update(Content(message))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "to_second":  # otherwise Enter is the box's own (it submits)
            return self.creating and self.focused is not None and self.focused.id == "pass1"
        return True

    def action_to_second(self) -> None:
        self.set_focus(self.query_one("#pass2"))  # at once: Widget.focus() waits its turn

    @on(Input.Submitted, "#pass1")
    def _first_entered(self) -> None:
        if self.creating:
            self.query_one("#pass2").focus()
        else:
            self._go()

    @on(Input.Submitted, "#pass2")
    @on(Button.Pressed, "#unlock-go")
    def _go(self) -> None:
        first = self.query_one("#pass1", Input).value
        if self.creating:
            second = self.query_one("#pass2", Input).value
            problem = passphrase_problem(first)
            if problem:
                self._say(sentence(problem))
                return
            if first != second:
                self._say("The two passphrases are different. Type them again.")
                self.query_one("#pass2", Input).value = ""
                self.query_one("#pass2").focus()
                return
        elif not first:
            self._say("Enter your passphrase.")
            return
        self._open(first)

    def on_unlock_screen_auto(self, event: UnlockScreen.Auto) -> None:
        self._open(event.passphrase)

    def _open(self, secret: str) -> None:
        # The key derivation is slow on purpose (about a second): run it in a
        # thread so the screen stays live and F12 still closes the app at once.
        self._say("Opening…")
        self.query_one("#unlock-go").disabled = True
        self.run_worker(lambda: self._derive(secret), thread=True, exclusive=True, name="unlock")

    def _derive(self, secret: str) -> None:
        try:
            self.session.open_vault(secret)
        except WrongPassphrase:
            problem: str | None = "That passphrase does not open this store. Check it and try again."
        except StoreError as exc:
            problem = sentence(exc)
        else:
            problem = None
        self.app.call_from_thread(self._opened, problem)

    def _opened(self, problem: str | None) -> None:
        self.query_one("#unlock-go").disabled = False
        if problem is not None:
            self._say(problem)
            self.query_one("#pass1", Input).value = ""
            self.query_one("#pass1").focus()
            return
        for box in self.query(Input):
            box.value = ""
        self._say("")
        self.post_message(self.Unlocked())

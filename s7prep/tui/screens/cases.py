"""The list of cases: new, open, rename, delete."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, DataTable, Header, Static

from s7prep.store.errors import InvalidInput, StoreError
from s7prep.store.input_checks import clean_label
from s7prep.tui.screens.dialogs import TextDialog
from s7prep.tui.session import Session
from s7prep.tui.session_values import sentence
from s7prep.tui.widgets.dialog import ConfirmDialog
from s7prep.tui.widgets.footer import QuietFooter

LABEL_NOTE = (
    "Case labels are the one thing stored without encryption, so anyone using this computer "
    "could read them. Use something neutral such as case-1, not a name or a place."
)


def check_label(text: str) -> str | None:
    """The store's own rule for labels, as a message for the dialog."""
    try:
        clean_label(text)
    except InvalidInput as exc:
        return sentence(exc)
    return None


class CasesScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New"),
        Binding("o", "open", "Open"),
        Binding("r", "rename", "Rename"),
        Binding("d", "delete", "Delete"),
    ]
    AUTO_FOCUS = "#cases"

    class Opened(Message):
        """A case is open in the session: show it."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.labels: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Content("Your cases"), classes="screen-title")
        yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Static(Content("No cases yet. Press N to start one."), id="cases-empty")
        with Horizontal(classes="button-row"):
            yield Button(Content("New (N)"), id="new", variant="primary")
            yield Button(Content("Open (O)"), id="open")
            yield Button(Content("Rename (R)"), id="rename")
            yield Button(Content("Delete (D)"), id="delete", variant="error")
        yield Static(Content(""), id="cases-status")
        yield Static(Content(LABEL_NOTE), classes="note")
        yield QuietFooter()

    def on_screen_suspend(self) -> None:
        # The new-case and rename dialogs carry the note on labels; shown behind them
        # too, it would be there twice.
        self.query_one(".note").display = False

    def on_screen_resume(self) -> None:
        self.query_one(".note").display = True

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for title, key in (("Case", "label"), ("Children", "n"), ("Answered", "p"), ("Last changed", "u")):
            table.add_column(Text(title), key=key)
        self.refresh_cases()
        if self.session.pack_problems:
            self._say(
                f"{self.session.pack_problems} problem(s) in the question packs: some questions are "
                "missing. See: s7prep packs validate"
            )

    def refresh_cases(self, select: str | None = None) -> None:
        table = self.query_one(DataTable)
        current = select or self.selected
        table.clear()
        try:
            rows = self.session.cases()
        except StoreError as exc:
            self._say(sentence(exc))
            rows = []
        self.labels = [r.label for r in rows]
        for r in rows:
            table.add_row(Text(r.label), Text(str(r.children)), Text(r.progress), Text(r.updated))
        if current in self.labels:
            table.move_cursor(row=self.labels.index(current))
        self.query_one("#cases-empty").display = not rows
        table.display = bool(rows)
        for button in ("#open", "#rename", "#delete"):
            self.query_one(button).disabled = not rows
        (table if rows else self.query_one("#new")).focus()

    @property
    def selected(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.labels:
            return None
        return self.labels[min(table.cursor_row, len(self.labels) - 1)]

    def _say(self, text: str) -> None:
        self.query_one("#cases-status", Static).update(Content(text))

    @on(Button.Pressed)
    async def _pressed(self, event: Button.Pressed) -> None:
        await self.run_action(event.button.id or "")

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        self.action_open()

    def action_new(self) -> None:
        existing = set(self.labels)
        n = len(existing) + 1
        while f"case-{n}" in existing:
            n += 1

        def done(label: str | None) -> None:
            if not label:
                return
            try:
                label = self.session.new_case(label)
            except StoreError as exc:
                self._say(sentence(exc))
                return
            self.refresh_cases(select=label)
            self._open(label)

        self.app.push_screen(
            TextDialog("New case", "A label for this case", f"case-{n}", check_label, LABEL_NOTE), done
        )

    def action_open(self) -> None:
        label = self.selected
        if label is not None:
            self._open(label)

    def _open(self, label: str) -> None:
        try:
            self.session.open_case(label)
        except StoreError as exc:
            self._say(sentence(exc))
            return
        self._say("")
        self.post_message(self.Opened())

    def action_rename(self) -> None:
        old = self.selected
        if old is None:
            return

        def done(new: str | None) -> None:
            if not new or new == old:
                return
            try:
                new = self.session.rename_case(old, new)
            except StoreError as exc:
                self._say(sentence(exc))
                return
            self._say("Renamed.")
            self.refresh_cases(select=new)

        self.app.push_screen(TextDialog("Rename case", "A new label", old, check_label, LABEL_NOTE), done)

    def action_delete(self) -> None:
        label = self.selected
        if label is None:
            return
        try:
            what = self.session.what_delete_loses(label)
        except StoreError as exc:
            self._say(sentence(exc))
            return

        def done(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.session.delete_case(label)
            except StoreError as exc:
                self._say(sentence(exc))
                return
            self._say("Deleted.")
            self.refresh_cases()

        self.app.push_screen(ConfirmDialog(f"Delete case {label}?", what, "Delete for good"), done)

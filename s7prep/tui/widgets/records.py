"""The small record editor for `list` questions (events, people, documents).

The list shows one line per entry; adding or editing opens a dialog with one
field per part of the record. The whole list is reported as the answer.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from s7prep.model import Question
from s7prep.tui.widgets.answers import AnswerBox, describe_value


def summarise(question: Question, record: dict[str, Any]) -> str:
    """One entry as a line: its parts in order, yes/no parts named."""
    parts = []
    for f in question.fields:
        text = describe_value(f, record.get(f.id))
        if not text:
            continue
        parts.append(f"{f.short.rstrip('?')}: {text}" if f.type == "yes_no" else text)
    return " · ".join(parts) or "(empty entry)"


class ListAnswer(AnswerBox):
    """Entries shown as a list with Add, Edit and Remove."""

    DEFAULT_CSS = """
    ListAnswer { height: auto; }
    ListAnswer > OptionList { height: auto; max-height: 10; }
    ListAnswer > .list-empty { color: $text-muted; padding: 0 1; }
    ListAnswer > Horizontal { height: auto; margin-top: 1; }
    ListAnswer > Horizontal > Button { margin-right: 1; }
    """

    SAVE_AT_ONCE = True

    def __init__(self, question: Question, value: Any = None, *, id: str | None = None) -> None:
        self.records: list[dict[str, Any]] = [dict(r) for r in (value or [])]
        super().__init__(question, value, id=id)

    def to_raw(self, value: Any) -> Any:
        return [dict(r) for r in (value or [])]

    def compose(self) -> ComposeResult:
        yield OptionList(markup=False)
        yield Static(Content("No entries yet. Press Add to write the first."), classes="list-empty")
        with Horizontal():
            yield Button(Content("Add"), id="list-add", compact=True)
            yield Button(Content("Edit"), id="list-edit", compact=True)
            yield Button(Content("Remove"), id="list-remove", compact=True)

    def on_mount(self) -> None:
        self._refresh_list()

    def _refresh_list(self, highlight: int | None = None) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(
            Option(Content(f"{n}. {summarise(self.question, r)}")) for n, r in enumerate(self.records, 1)
        )
        options.display = bool(self.records)
        self.query_one(".list-empty").display = not self.records
        self.query_one("#list-edit").disabled = not self.records
        self.query_one("#list-remove").disabled = not self.records
        if self.records:
            options.highlighted = min(highlight or 0, len(self.records) - 1)

    def raw(self) -> Any:
        return [dict(r) for r in self.records]

    def clear(self) -> None:
        self.records = []
        self._refresh_list()

    def focus_input(self) -> None:
        target = self.query_one(OptionList) if self.records else self.query_one("#list-add")
        target.focus()

    def _set(self, records: list[dict[str, Any]], highlight: int | None) -> None:
        self.records = records
        self._refresh_list(highlight)
        self._edited()

    def _open(self, index: int | None) -> None:
        from s7prep.tui.screens.dialogs import RecordDialog

        record = self.records[index] if index is not None else {}

        def with_entry(entry: dict[str, Any]) -> list[dict[str, Any]]:
            records = list(self.records)
            if index is None:
                records.append(entry)
            else:
                records[index] = entry
            return records

        def done(result: dict[str, Any] | None) -> None:
            if result is not None:
                self._set(with_entry(result), len(self.records) if index is None else index)

        def keep(entry: dict[str, Any]) -> None:
            # The app is locking or quitting: no message, the screen reads raw() now.
            self.records = with_entry(entry)
            self._last = self.raw()

        self.app.push_screen(RecordDialog(self.question, record, keep), done)

    @on(Button.Pressed, "#list-add")
    def _add(self, event: Button.Pressed) -> None:
        event.stop()
        self._open(None)

    @on(Button.Pressed, "#list-edit")
    def _edit(self, event: Button.Pressed) -> None:
        event.stop()
        index = self.query_one(OptionList).highlighted
        if index is not None:
            self._open(index)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option_index)

    @on(Button.Pressed, "#list-remove")
    def _remove(self, event: Button.Pressed) -> None:
        from s7prep.tui.screens.dialogs import ConfirmDialog

        event.stop()
        index = self.query_one(OptionList).highlighted
        if index is None:
            return

        def done(yes: bool | None) -> None:
            if yes:
                records = [r for i, r in enumerate(self.records) if i != index]
                self._set(records, index)

        line = summarise(self.question, self.records[index])
        self.app.push_screen(
            ConfirmDialog("Remove this entry?", f"Entry {index + 1} will be removed: {line}", "Remove"),
            done,
        )

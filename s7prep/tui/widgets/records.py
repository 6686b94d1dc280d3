"""The small record editor for `list` questions (events, people, documents).

The list shows one line per entry; adding or editing opens a dialog with one
field per part of the record. The whole list is reported as the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from s7prep import engine
from s7prep.packs.model import Question
from s7prep.tui.widgets.answers import AnswerBox, describe_value, scalar_widget_for
from s7prep.tui.widgets.dialog import ConfirmDialog, Dialog


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
    ListAnswer > Horizontal > Button { margin-right: 1; min-width: 8; }
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

    def focus_input(self, scroll: bool = True) -> None:
        target = self.query_one(OptionList) if self.records else self.query_one("#list-add")
        target.focus(scroll_visible=scroll)

    def _set(self, records: list[dict[str, Any]], highlight: int | None) -> None:
        self.records = records
        self._refresh_list(highlight)
        self._edited()

    def _open(self, index: int | None) -> None:
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
        self._shown: list[Any] | None = None  # the fields' values when the dialog opened
        self._noted: AnswerBox | None = None  # told that a choice was left unchosen

    def body(self) -> ComposeResult:
        for f in self.question.fields:
            yield Label(Content(f.prompt + ("" if f.required else " (optional)")), classes="field-label")
            yield scalar_widget_for(f, self.record.get(f.id))
            if f.hint:
                yield Static(Content(f"For example: {f.hint}"), classes="hint")

    def on_mount(self) -> None:
        super().on_mount()
        self.query(AnswerBox).first().focus_input()
        self._shown = self._raws()

    def _raws(self) -> list[Any]:
        return [box.raw() for box in self.query(AnswerBox)]

    def changed(self) -> bool:
        return self._raws() != self._shown

    def on_answer_box_changed(self, event: AnswerBox.Changed) -> None:
        event.stop()
        if event.box is self._noted:  # chosen now: the note no longer holds
            self._noted = None
            self.show_error("")

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
        for part in self.query(AnswerBox):
            note = part.unchosen_note("OK")
            if note:  # said once: OK again goes on
                part.forget_browsing()
                self._noted = part
                self.show_error(note)
                part.focus_input()
                return
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

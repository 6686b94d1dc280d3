"""The statement: a preview as it will read, its length against the budget,
address warnings, and export to a file (never opened for you)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from rich.markdown import Markdown
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Checkbox, Input, Label, Static

from s7prep.statement.export import warnings as statement_warnings
from s7prep.tui.screens.base import CaseScreen
from s7prep.tui.session import Session, sentence
from s7prep.tui.widgets.answers import Tick
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.dialog import Dialog

NOT_ENCRYPTED = (
    "The exported file is not encrypted. Keep it somewhere safe, never in a shared folder, "
    "and delete it when you no longer need it. It may be shared with the court and the other party."
)


class ExportDialog(Dialog):
    """Format, folder and file name. Returns (path written, warnings) or None."""

    def __init__(self, session: Session, folder: Path) -> None:
        super().__init__("Export the statement")
        self.session = session
        self.folder = folder

    def body(self) -> ComposeResult:
        yield Label(Content("Format"))
        yield ChoiceList(
            [
                ("html", "Printable page (HTML): open it in a browser and print"),
                ("md", "Markdown (plain text)"),
            ],
            ["html"],
            id="export-format",
        )
        yield Label(Content("Folder"))
        yield Input(str(self.folder), id="export-folder")
        yield Label(Content("File name (no names of people: anyone who sees the file sees its name)"))
        yield Input(self.session.default_file_name("html"), id="export-name")
        yield Tick(
            Content("Replace a file of that name if it is already there"), id="export-replace", compact=True
        )
        yield Static(Content(NOT_ENCRYPTED), classes="dialog-note")

    def buttons(self) -> ComposeResult:
        yield Button(Content("Export"), id="ok", variant="primary", compact=True)
        yield Button(Content("Cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#export-format").focus()

    @property
    def fmt(self) -> str:
        return str(self.query_one("#export-format", ChoiceList).value or "html")

    @on(ChoiceList.Changed, "#export-format")
    def _format_changed(self) -> None:
        # Keep the suggested name in step with the format unless the person changed it.
        name = self.query_one("#export-name", Input)
        other = "md" if self.fmt == "html" else "html"
        if name.value == self.session.default_file_name(other):
            name.value = self.session.default_file_name(self.fmt)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.submit()

    def submit(self) -> None:
        from s7prep.statement.export import ExportError

        folder_text = self.query_one("#export-folder", Input).value.strip()
        name = self.query_one("#export-name", Input).value.strip()
        replace = self.query_one("#export-replace", Checkbox).value
        if not folder_text:
            # Never a silent "current folder": the person would not know where it went.
            self._problem("#export-folder", "Type the folder to save it in, like ~/Documents.")
            return
        if any(sep and sep in name for sep in (os.sep, os.altsep)):
            self._problem("#export-name", "The file name cannot contain a folder: put that under Folder.")
            return
        try:
            self.dismiss(self.session.export(self.fmt, Path(folder_text), name, replace))
        except FileExistsError:
            self.show_error("A file of that name is already there. Choose another name, or tick Replace.")
        except ExportError as exc:
            # A folder that is not there is not made: a typo would scatter files.
            self.show_error(sentence(exc))

    def _problem(self, field: str, message: str) -> None:
        self.show_error(message)
        self.query_one(field).focus()


class StatementScreen(CaseScreen):
    VIEW = "statement"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+x", "export", "Export")]
    AUTO_FOCUS = "#statement-scroll"

    def body(self) -> ComposeResult:
        with Horizontal(id="statement-top"):
            yield Static(Content(""), id="statement-words")
            yield Button(Content("Export… (Ctrl+X)"), id="export", variant="primary", compact=True)
        yield Static(Content(""), id="statement-warnings")
        with VerticalScroll(id="statement-scroll"):
            # Rich renders the whole Markdown as one widget; Textual's Markdown
            # widget would mount one widget per block (about 200 for a long case).
            yield Static(id="statement")

    def on_mount(self) -> None:
        data, text = self.session.preview()
        words = self.query_one("#statement-words", Static)
        words.update(
            Content(f"{data.word_count} words of your answers; about {data.word_budget} fit on two pages")
        )
        words.set_class(data.over_budget, "-over")
        lines = [f"⚠ {sentence(w)}" for w in statement_warnings(data)]
        shown = self.query_one("#statement-warnings", Static)
        shown.update(Content("\n".join(lines)))
        shown.display = bool(lines)
        # No links: the text is escaped, and nothing here should open a browser.
        self.query_one("#statement", Static).update(Markdown(text, hyperlinks=False))

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        def done(result: tuple[Path, list[str]] | None) -> None:
            if result is None:
                return
            path, warnings = result
            self.session.export_folder = path.parent
            lines = [f"Written to {path}", "It is not encrypted: delete it when you no longer need it."]
            lines += [f"⚠ {sentence(w)}" for w in warnings]
            shown = self.query_one("#statement-warnings", Static)
            shown.update(Content("\n".join(lines)))
            shown.display = True

        self.app.push_screen(ExportDialog(self.session, self.session.export_folder), done)

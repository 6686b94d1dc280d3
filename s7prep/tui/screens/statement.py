"""The statement screen: the three documents (the statement, the notes for the
officer, the person's own notes), each with its length and page estimate and a
preview; the longest answers with a jump to each; advice on the statement's wording
(the statement checker's findings, by section, with a jump to each answer); export to
a file (never opened)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from rich.markdown import Markdown
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Checkbox, Input, Label, OptionList, Static, Tab, Tabs

from s7prep.packs.model import AnswerKey
from s7prep.statement.checker import Finding, Report, WordingError
from s7prep.statement.documents import Documents
from s7prep.statement.export import warnings as statement_warnings
from s7prep.statement.model import DOCUMENTS, Measure
from s7prep.tui.screens.base import CaseScreen
from s7prep.tui.session import Session
from s7prep.tui.session_values import sentence
from s7prep.tui.widgets.advice import AdviceList
from s7prep.tui.widgets.answers import Tick
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.dialog import Dialog
from s7prep.tui.widgets.nav import CaseNav

NOT_ENCRYPTED = "The files are not encrypted: keep them safe; delete them when done."


DOCUMENT_CHOICES = [
    ("statement", "The statement"),
    ("officer", "Notes for the officer"),
    ("notes", "My own notes"),
    ("all", "All three"),
]


class ExportDialog(Dialog):
    """Which document, format, folder and file name. Returns (paths written, warnings) or None."""

    def __init__(
        self, session: Session, folder: Path, document: str = "statement", fmt: str = "html"
    ) -> None:
        super().__init__("Export")
        self.session = session
        self.folder = folder
        self.document = document
        self.first_format = fmt

    def body(self) -> ComposeResult:
        with Horizontal(classes="export-choices"):
            with Vertical():
                yield Label(Content("Document"))
                yield ChoiceList(DOCUMENT_CHOICES, [self.document], id="export-document")
            with Vertical():
                yield Label(Content("Format"))
                yield ChoiceList(
                    [("html", "Page to print (HTML)"), ("md", "Plain text (Markdown)")],
                    [self.first_format],
                    id="export-format",
                )
        yield Label(Content("Folder"))
        yield Input(str(self.folder), id="export-folder")
        yield Label(Content("File name (no names of people: anyone who sees the file sees its name)"))
        yield Input(self._suggested(self.first_format), id="export-name")
        yield Tick(
            Content("Replace a file of that name if it is already there"), id="export-replace", compact=True
        )
        yield Static(Content(NOT_ENCRYPTED), classes="dialog-note")

    def buttons(self) -> ComposeResult:
        yield Button(Content("Export"), id="ok", variant="primary", compact=True)
        yield Button(Content("Cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self._name_shown()
        # At once, not when the app gets to it (focus()): keys typed right after Ctrl+X
        # are already waiting, and must find the dialog's first list.
        self.set_focus(self.query_one("#export-document"))

    @property
    def fmt(self) -> str:
        return str(self.query_one("#export-format", ChoiceList).value or "html")

    @property
    def chosen(self) -> str:
        return str(self.query_one("#export-document", ChoiceList).value or "statement")

    def _suggested(self, fmt: str, document: str | None = None) -> str:
        kind = document or self.document
        return "" if kind == "all" else self.session.default_file_name(fmt, kind)

    def _name_shown(self) -> None:
        # All three take their own names in the folder: no name to type.
        name = self.query_one("#export-name", Input)
        name.disabled = self.chosen == "all"

    @on(ChoiceList.Changed, "#export-format")
    @on(ChoiceList.Changed, "#export-document")
    def _choice_changed(self) -> None:
        # Keep the suggested name in step with the choices unless the person changed it.
        name = self.query_one("#export-name", Input)
        suggested = {self._suggested(f, d) for f in ("html", "md") for d, _ in DOCUMENT_CHOICES}
        if name.value in suggested:
            name.value = self._suggested(self.fmt, self.chosen)
        self.document = self.chosen
        self._name_shown()
        self.show_error("")  # a note on a choice left unchosen no longer holds

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.submit()

    def submit(self) -> None:
        from s7prep.statement.export import ExportError

        for selector, name in (("#export-document", "Document"), ("#export-format", "Format")):
            choices = self.query_one(selector, ChoiceList)
            note = choices.unchosen_note(name, "Export")
            if note:  # said once: Export again goes on
                choices.forget_browsing()
                self._problem(selector, note)
                return
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
            self.dismiss(self.session.export(self.fmt, Path(folder_text), name, replace, self.chosen))
        except FileExistsError:
            self.show_error("A file of that name is already there. Choose another name, or tick Replace.")
        except ExportError as exc:
            # A folder that is not there is not made: a typo would scatter files.
            self.show_error(sentence(exc))

    def _problem(self, field: str, message: str) -> None:
        self.show_error(message)
        self.query_one(field).focus()


TITLES = {"statement": "Statement", "officer": "Officer's notes", "notes": "My notes"}
ADVICE = "advice"  # the tab of the checker's findings, beside the documents' tabs
LONGEST = 5  # answers listed, longest first
LONGEST_TITLE = "Longest answers (Enter goes to the question, where you can leave it out):"


def advice_line(report: Report | None, problem: str = "") -> str:
    if report is None:
        return f"The advice on wording cannot be given: {problem}"
    n = len(report.findings)
    if not n:
        return "Nothing to point out in the wording of the statement."
    # Names the documents: a reminder in the officer's notes read as a fault in the statement.
    return f"{report.summary()}. Nothing is changed. Enter goes to the answer."


def length_line(kind: str, m: Measure) -> str:
    pages = f"about {m.whole_pages} page{'s' if m.whole_pages != 1 else ''}"
    limit = f" (fits on {m.target})" if m.target and not m.over else ""
    over = f" — more than {m.target}: leave some answers out" if m.over else ""
    return f"{TITLES[kind]}: {m.words:,} words, {pages}{limit}{over}"


class StatementScreen(CaseScreen):
    """The three documents: each with its length and page estimate, a preview, the
    longest answers in it (Enter goes to the question, where it can be left out),
    advice on the wording (Enter goes to the answer), and export (never opened for
    you)."""

    VIEW = "statement"
    # Priority: the app opens the dialog before it hands out the next key, so keys
    # typed right after Ctrl+X go to the dialog (as a screen's binding it opened only
    # once the focused widget had passed the key up, and the keys after it landed on
    # this screen: the tabs, the Export button, a jump to a question).
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+x", "export", "Export", priority=True)]
    AUTO_FOCUS = "#statement-tabs"

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.kind = "statement"
        self.docs: Documents | None = None
        self.report: Report | None = None
        self.problem = ""  # why there is no advice (a broken wording file)
        self.longest: list[AnswerKey] = []

    def body(self) -> ComposeResult:
        with Horizontal(id="statement-top"):
            tabs = [Tab(Content(TITLES[k]), id=f"doc-{k}") for k in DOCUMENTS]
            yield Tabs(*tabs, Tab(Content("Advice"), id=f"doc-{ADVICE}"), id="statement-tabs")
            yield Button(Content("Export… (Ctrl+X)"), id="export", variant="primary", compact=True)
        yield Static(Content(""), id="statement-words")
        yield Static(Content(""), id="statement-warnings")
        yield Static(Content(""), id="statement-longest-title")
        yield OptionList(id="statement-longest", markup=False)
        yield AdviceList(id="statement-advice")
        with VerticalScroll(id="statement-scroll"):
            # Rich renders the whole Markdown as one widget; Textual's Markdown
            # widget would mount one widget per block (about 200 for a long case).
            yield Static(id="statement")

    def on_mount(self) -> None:
        self.docs = self.session.documents()
        try:
            self.report = self.session.check(self.docs)
        except WordingError as exc:
            self.problem = sentence(str(exc).splitlines()[0])
        n = len(self.report.findings) if self.report else 0
        self.query_one(f"#doc-{ADVICE}", Tab).label = Content(f"Advice ({n})" if n else "Advice")
        self._show(self.kind)

    @on(Tabs.TabActivated, "#statement-tabs")
    def _tab(self, event: Tabs.TabActivated) -> None:
        kind = (event.tab.id or "doc-statement").removeprefix("doc-")
        if kind != self.kind and self.docs is not None:
            self._show(kind)

    def _show(self, kind: str) -> None:
        assert self.docs is not None
        self.kind = kind
        advice = kind == ADVICE
        for selector in ("#statement-longest-title", "#statement-longest", "#statement-scroll"):
            self.query_one(selector).display = not advice
        self.query_one("#statement-advice").display = advice
        if advice:
            self._show_advice()
            return
        m = self.docs.measures[kind]
        words = self.query_one("#statement-words", Static)
        words.update(Content(length_line(kind, m)))
        words.set_class(m.over, "-over")
        lines = [f"⚠ {sentence(w)}" for w in statement_warnings(self.docs, (kind,))]
        shown = self.query_one("#statement-warnings", Static)
        shown.update(Content("\n".join(lines)))
        shown.display = bool(lines)
        found = sorted(
            (p for p in self.docs.placements.values() if kind in p.documents and p.words),
            key=lambda p: -p.words,
        )[:LONGEST]
        self.longest = [p.key for p in found]
        title = self.query_one("#statement-longest-title", Static)
        title.update(Content(LONGEST_TITLE))
        title.display = bool(found)
        options = self.query_one("#statement-longest", OptionList)
        options.clear_options()
        options.add_options(
            [f"{p.words} words · {p.label}" + (f" ({p.child})" if p.child else "") for p in found]
        )
        options.display = bool(found)
        options.highlighted = 0 if found else None
        # No links: the text is escaped, and nothing here should open a browser.
        self.query_one("#statement", Static).update(
            Markdown(self.session.preview(self.docs, kind), hyperlinks=False)
        )

    def _show_advice(self) -> None:
        words = self.query_one("#statement-words", Static)
        words.update(Content(advice_line(self.report, self.problem)))
        words.set_class(False, "-over")
        self.query_one("#statement-warnings", Static).display = False
        found = self.query_one(AdviceList)
        found.show(self.report.groups() if self.report else [])
        found.display = bool(found.findings)

    @on(AdviceList.Chosen)
    def _to_finding(self, event: AdviceList.Chosen) -> None:
        view, at = where(event.finding)
        if view == self.VIEW:  # the whole statement: its own tab, with its longest answers
            self.query_one(Tabs).active = "doc-statement"
            self.query_one(Tabs).focus()
        else:
            self.post_message(CaseNav.Go(view, at))

    @on(OptionList.OptionSelected, "#statement-longest")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.longest):
            self.post_message(CaseNav.Go("questions", self.longest[event.option_index]))

    @on(Button.Pressed, "#export")
    async def action_export(self) -> None:
        def done(result: tuple[tuple[Path, ...], list[str]] | None) -> None:
            if result is None:
                return
            paths, warnings = result
            lines = [written(paths), "It is not encrypted: delete it when you no longer need it."]
            lines += [f"⚠ {sentence(w)}" for w in warnings]
            shown = self.query_one("#statement-warnings", Static)
            shown.update(Content("\n".join(lines)))
            shown.display = True

        # What was exported last this session, else the document on show.
        s = self.session
        document = s.export_document or ("statement" if self.kind == ADVICE else self.kind)
        # Waits until the dialog is there and holds the focus (see the binding).
        await self.app.push_screen(ExportDialog(s, s.export_folder, document, s.export_format), done)


def written(paths: tuple[Path, ...]) -> str:
    """Where the files went: one by its whole path; several (all in one folder) by
    the folder once and then their names."""
    if len(paths) == 1:
        return f"Written to {paths[0]}"
    return f"Written to {paths[0].parent}: " + ", ".join(p.name for p in paths)


def where(f: Finding) -> tuple[str, AnswerKey | None]:
    """The view (and question) a finding is about: its answer; who a child lives with
    is in the case's details; the whole statement, its own tab."""
    if f.place.qid:
        return "questions", (f.place.qid, f.place.child)
    return ("setup", None) if f.place.child else ("statement", None)

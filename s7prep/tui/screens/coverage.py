"""Coverage: each child against the welfare checklist (a)-(g), marked answered,
thin or empty. Enter on a cell goes to the first unanswered question there."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from s7prep import engine
from s7prep.engine import Slot
from s7prep.packs.model import CHECKLIST_SHORT, AnswerKey, Answers, Child
from s7prep.tui.screens.base import CaseScreen
from s7prep.tui.widgets.nav import CaseNav

INTRO = (
    "The court looks at each child through the welfare checklist (Children Act 1989, s1(3)). "
    "Questions about the whole case count for every child. Press Enter on a cell to go to its "
    "first unanswered question."
)
LEGEND = "● answered (half or more)   ◐ thin (under half)   ○ empty   – no questions"


@dataclass(frozen=True)
class Cell:
    answered: int
    total: int
    goto: AnswerKey | None  # first unanswered (else first) question

    @property
    def state(self) -> str:
        if self.total == 0:
            return "none"
        if self.answered == 0:
            return "empty"
        return "answered" if self.answered * 2 >= self.total else "thin"

    def text(self) -> Text:
        mark, style = {
            "none": ("–", "dim"),
            "empty": ("○", "bold red"),
            "thin": ("◐", "yellow"),
            "answered": ("●", "green"),
        }[self.state]
        return Text(f"{mark} {self.answered}/{self.total}" if self.total else mark, style=style)


def coverage(slots: list[Slot], answers: Answers, children: list[Child]) -> list[tuple[str, list[Cell]]]:
    """Rows of (child name, one cell per checklist letter); one 'Whole case' row
    when there are no children yet."""
    rows: list[tuple[str, str | None]] = [(c.display, c.key) for c in children] or [("Whole case", None)]
    out = []
    for name, key in rows:
        cells = []
        for letter in CHECKLIST_SHORT:
            mine = [s for s in slots if letter in s.question.checklist and s.key[1] in (None, key)]
            done = [s for s in mine if engine.is_answered(answers.get(s.key))]
            todo = [s for s in mine if s not in done]
            goto = (todo or mine)[0].key if mine else None
            cells.append(Cell(len(done), len(mine), goto))
        out.append((name, cells))
    return out


class CoverageScreen(CaseScreen):
    VIEW = "coverage"
    AUTO_FOCUS = "#coverage"

    def body(self) -> ComposeResult:
        with VerticalScroll(id="coverage-scroll"):
            yield Static(Content(INTRO), classes="note")
            yield DataTable(id="coverage", cursor_type="cell")
            yield Static(Content(LEGEND), classes="note")
            yield Static(
                Content("\n".join(f"({k}) {v}" for k, v in CHECKLIST_SHORT.items())), id="coverage-letters"
            )

    def on_mount(self) -> None:
        case = self.session.case
        if case is None:
            return
        self.rows = coverage(self.session.slots(), case.answers, case.children)
        table = self.query_one(DataTable)
        table.add_column(Text("Child"), key="child")
        wide = self.app.size.width >= 110
        for letter, name in CHECKLIST_SHORT.items():
            table.add_column(
                Text(f"({letter}) {name.split()[0].rstrip(',')}" if wide else f"({letter})"), key=letter
            )
        for name, cells in self.rows:
            table.add_row(Text(name), *(c.text() for c in cells))
        table.move_cursor(column=1)

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        row, column = event.coordinate
        if column == 0:
            return
        cell = self.rows[row][1][column - 1]
        if cell.goto is not None:
            self.post_message(CaseNav.Go("questions", cell.goto))

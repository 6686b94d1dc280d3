"""The statement checker's findings as a list: a heading for each section (and child),
then each finding on its own lines, wrapped: the answer and the words, what to
consider, and an example. Enter on a finding asks to go to its answer (a message up);
headings cannot be chosen. The answers are never changed here."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from s7prep.statement.checker import Finding


class AdviceList(OptionList):
    DEFAULT_CSS = """
    AdviceList { height: 1fr; }
    AdviceList > .option-list--option-disabled { text-style: bold; }
    """

    class Chosen(Message):
        """Go to the answer a finding is about."""

        def __init__(self, finding: Finding) -> None:
            super().__init__()
            self.finding = finding

    def __init__(self, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.findings: list[Finding | None] = []  # by option: None for a heading

    def show(self, groups: Sequence[tuple[str, Sequence[Finding]]]) -> None:
        """The findings under their headings, the first finding highlighted."""
        self.clear_options()
        self.findings = []
        options: list[Option] = []
        for heading, found in groups:
            options.append(Option(Content(heading), disabled=True))
            self.findings.append(None)
            for f in found:
                options.append(Option(_shown(f)))
                self.findings.append(f)
        self.add_options(options)
        first = next((n for n, f in enumerate(self.findings) if f is not None), None)
        self.highlighted = first

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.findings):
            found = self.findings[event.option_index]
            if found is not None:
                self.post_message(self.Chosen(found))


def _shown(f: Finding) -> Group:
    """The entry with the advice and example indented under where it is (rich Text is
    literal: typed words are never read as markup)."""
    first, *rest = entry(f).split("\n")
    return Group(Text(first), *(Padding(Text(line.strip()), (0, 0, 0, 2)) for line in rest))


def entry(f: Finding) -> str:
    """One finding as the list shows it (and a screen reader reads it): where, the
    words, then the advice and the example on their own lines."""
    said = f' "{f.words}"' if f.words else ""
    return f"• {f.place.where}{said}\n  {f.consider}\n  For example: {f.example}"

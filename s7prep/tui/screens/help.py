"""F1: help on the question shown (as plain mode's `?`), the keys, and plainly what
quick exit and lock do and do not hide."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from s7prep.packs.model import Question

KEYS = """\
Everywhere
  F12, or Esc three times   Quick exit: close s7prep at once
  Ctrl+L                    Lock: back to the passphrase screen
  F1                        This help (on a question, its help first)
  Ctrl+P                    Commands, such as high contrast
  Tab, Shift+Tab            Move between parts of the screen
  Ctrl+Q                    Quit

In a case
  F2 Cases   F3 Details   F4 Questions   F5 Coverage   F6 Statement

Answering questions
  Ctrl+N    Next question (Enter does the same in a one-line answer)
  Ctrl+B    Back
  Ctrl+S    Skip for now
  Ctrl+T    Essentials only: the short path, on or off
  Space     Tick a choice in a list; arrow keys move between choices
  Tab       Leave a long answer (Enter starts a new line in it)

Your answers are saved as you type: "Saved" appears once they are on disk.
"Leave out of the statement" under an answer keeps it out of what you hand
over; it stays in your own notes. F6 shows each document's length; its Advice
tab points at wording an officer may stumble on, such as "always" or a phone
number (Enter goes to the answer; nothing is changed for you)."""

SAFETY = """\
What quick exit does: closes s7prep at once and clears it from the terminal. Anything \
you typed is saved first; nothing of your case is printed.

What lock does: forgets the passphrase key and everything decrypted, and goes back \
to the passphrase screen. s7prep also locks itself after some minutes without use.

What they do NOT hide:
  • The terminal window and its shell history still show that s7prep was run, and \
any command you typed (for example a case label or a file name).
  • The data folder exists on this computer. Its contents are encrypted, but case \
labels are not, so keep them neutral.
  • Statements you exported are ordinary, unencrypted files wherever you saved them. \
Delete them when you no longer need them, and check your downloads and recycle bin.
  • Someone watching your screen, or software that records it.

If you are in danger, call 999. If you cannot speak, call 999 and press 55 when asked."""


def keys_with_headings() -> Content:
    """KEYS with its headings (the lines not indented, before the closing paragraph) in bold."""
    body, _, closing = KEYS.partition("\n\nYour answers")
    parts: list[str | tuple[str, str]] = []
    for line in body.splitlines(keepends=True):
        is_heading = line.strip() and not line.startswith(" ")
        parts.append((line, "bold") if is_heading else line)
    return Content.assemble(*parts, "\n\nYour answers", closing)


def about_question(q: Question) -> str:
    """Help on one question, as plain mode's `?` gives it: why it is asked, an
    example, what its choices and parts mean."""
    lines = [q.prompt]
    if q.help:
        lines.append(f"Why this is asked: {' '.join(q.help.split())}")
    if q.hint:
        lines.append(f"For example: {q.hint.strip()}")
    lines += [f"  • {c.label}: {' '.join(c.help.split())}" for c in q.choices if c.help]
    lines += [f"  • {f.prompt} {' '.join(f.help.split())}" for f in q.fields if f.help]
    if q.sensitive:
        lines.append("You can skip this question (Ctrl+S) and come back to it later.")
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "Close")]

    def __init__(self, question: Question | None = None) -> None:
        super().__init__()
        self.question = question  # the one on screen, if any: its help comes first

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box help-box"):
            title = "Help: this question, keys and safety" if self.question else "Help: keys and safety"
            yield Static(Content(title), classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                if self.question is not None:
                    yield Static(Content("This question"), classes="section-title")
                    yield Static(Content(about_question(self.question)), id="help-question")
                    yield Static(Content("Keys"), classes="section-title")
                yield Static(keys_with_headings(), classes="help-keys")
                yield Static(Content("Safety"), classes="section-title")
                yield Static(Content(SAFETY))
            yield Static(Content("Esc or F1 closes this help."), classes="note")

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

"""One question as asked: where it sits, the section's introduction (when the
person has just come into the section), the prompt, the answer widget, the example,
why it is asked and any helplines the pack offers with it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Checkbox, Static

from s7prep.engine import Slot
from s7prep.packs.model import OFFICER_PARTS, AnswerKey, Signpost
from s7prep.tui.widgets.answers import AnswerBox, Tick
from s7prep.tui.widgets.factory import kind_for, widget_for

SENSITIVE_NOTE = (
    "Some people find this hard to answer. You can skip it and come back. "
    "Answers stay on this computer until you export them."
)
SIGNPOST_NOTE = " Helplines are listed under the answer box."
# Short, to fit beside the answer at 80 columns; F1 help says the answer stays in the notes.
LEAVE_OUT = {"statement": "Leave out of the statement", "officer": "Leave out of the officer's notes"}


def leave_out_label(statement_part: str) -> str:
    return LEAVE_OUT["officer" if statement_part in OFFICER_PARTS else "statement"]


def signpost_lines(signposts: Sequence[Signpost]) -> list[str]:
    """Helplines as short lines, with the date they were checked."""
    lines = ["Support, if you need it:"]
    for s in signposts:
        hours = f", {s.hours.rstrip('.')}" if s.hours else ""
        lines.append(f"• {s.name}: {s.number}{hours}. For {s.for_whom[:1].lower()}{s.for_whom[1:]}.")
    checked = max(s.checked for s in signposts)
    lines.append(f"Numbers checked {checked:%d %B %Y}.")
    return lines


class QuestionView(Vertical):
    """Shows one slot; turns its answer widget's Changed into Edited(key, raw)."""

    DEFAULT_CSS = """
    QuestionView { height: auto; padding: 0 1; }
    QuestionView > .q-where { color: $text-muted; }
    QuestionView > .q-intro { border-left: thick $primary; padding: 0 1; margin-top: 1; }
    QuestionView > .q-prompt { text-style: bold; margin: 1 0 1 0; }
    QuestionView > .q-note { color: $text-warning; margin-bottom: 1; }
    QuestionView > .q-hint { color: $text-muted; margin-top: 1; }
    QuestionView > .q-help { margin-top: 1; }
    QuestionView > .q-signpost { border-left: thick $accent; padding: 0 1; margin-top: 1; height: auto; }
    QuestionView > .q-leave-out { margin-top: 1; }
    """

    class Edited(Message):
        """The answer to `key` was changed to `raw` (not yet checked or saved)."""

        def __init__(self, key: AnswerKey, raw: Any, at_once: bool) -> None:
            super().__init__()
            self.key = key
            self.raw = raw
            self.at_once = at_once

    class LeaveOut(Message):
        """The person ticked or unticked "leave this answer out of the statement"."""

        def __init__(self, key: AnswerKey, left_out: bool) -> None:
            super().__init__()
            self.key = key
            self.left_out = left_out

    def __init__(
        self,
        slot: Slot,
        value: Any,
        signposts: Sequence[Signpost] = (),
        where: str = "",
        intro: str = "",
        *,
        left_out: bool | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.slot = slot
        self.value = value
        self.signposts = tuple(signposts)
        self.where = where
        self.intro = intro
        self.left_out = left_out  # None: the answer goes to no document but the notes
        self.answer: AnswerBox = widget_for(slot.question, value)
        self._texts: dict[str, str] = {}  # what each part shows now
        # One box of each kind met so far, the others hidden: the next question reloads
        # the box of its kind (a new widget costs twenty times as much to show).
        self._boxes: dict[type[AnswerBox], AnswerBox] = {}
        self._keep(self.answer)

    def compose(self) -> ComposeResult:
        # Every part is always there (hidden when empty), so the next question
        # can reuse them, and the answer widget too when it is of the same kind (show()).
        yield Static(classes="q-where")
        yield Static(classes="q-intro")
        yield Static(classes="q-prompt")
        yield Static(Content(SENSITIVE_NOTE), classes="q-note")
        yield self.answer
        yield Static(classes="q-signpost")  # right under the answer box
        yield Tick(Content(""), False, classes="q-leave-out", compact=True)
        yield Static(classes="q-hint")
        yield Static(classes="q-help")

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        q = self.slot.question
        parts = {
            ".q-where": self.where,
            ".q-intro": self.intro,
            ".q-prompt": q.prompt + ("  (needed)" if q.required else ""),
            ".q-note": (SENSITIVE_NOTE + (SIGNPOST_NOTE if self.signposts else "")) if q.sensitive else "",
            ".q-signpost": "\n".join(signpost_lines(self.signposts)) if self.signposts else "",
            ".q-hint": f"For example: {q.hint}" if q.hint else "",
            ".q-help": f"Why this is asked: {q.help}" if q.help else "",
        }
        for selector, text in parts.items():
            if self._texts.get(selector) == text:
                continue  # an unchanged part is not redrawn
            self._texts[selector] = text
            part = self.query_one(selector, Static)
            part.update(Content(text))
            part.display = bool(text)
        tick = self.query_one(".q-leave-out", Tick)
        label = leave_out_label(q.statement)
        if str(tick.label) != label:
            tick.label = Content(label)
        with tick.prevent(Checkbox.Changed):
            tick.value = bool(self.left_out)
        tick.display = self.left_out is not None

    async def show(
        self,
        slot: Slot,
        value: Any,
        signposts: Sequence[Signpost] = (),
        where: str = "",
        intro: str = "",
        left_out: bool | None = None,
    ) -> None:
        """Show another question in place: quicker than a new QuestionView. The
        box of the question's kind is reloaded and shown if there is one (a list's
        box is always new), else a new one is added."""
        old = self.answer
        kept = self._boxes.get(kind_for(slot.question))
        # The box first, so that nothing reads the old one as this question's.
        if kept is not None and kept.reload(slot.question, value):
            self.answer = kept
        else:
            self.answer = widget_for(slot.question, value)
        self.slot, self.value, self.signposts = slot, value, tuple(signposts)
        self.where, self.intro, self.left_out = where, intro, left_out
        self._fill()
        if self.answer is old:
            return
        if self.answer is not kept:
            await self.mount(self.answer, after=old)
            self._keep(self.answer)
        self.answer.display = True
        if self._boxes.get(type(old)) is old:
            old.display = False
        else:
            await old.remove()

    def _keep(self, box: AnswerBox) -> None:
        if type(box).reload is not AnswerBox.reload:  # a kind that can show another question
            self._boxes[type(box)] = box

    def focus_input(self, scroll: bool = True) -> None:
        self.answer.focus_input(scroll)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        if event.checkbox.has_class("q-leave-out"):
            event.stop()
            self.left_out = event.value
            self.post_message(self.LeaveOut(self.slot.key, event.value))

    def on_answer_box_changed(self, event: AnswerBox.Changed) -> None:
        event.stop()
        if event.box is not self.answer or event.shown != self.answer.shown:
            return  # about the previous question: its box is on its way out, or reloaded
        self.post_message(self.Edited(self.slot.key, event.raw, event.at_once))

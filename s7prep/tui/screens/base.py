"""What every view of an open case shares: the header, the bar of views with
their F-keys, and the footer."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import DescendantBlur
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header

from s7prep.packs.model import AnswerKey, Question
from s7prep.tui.session import Session
from s7prep.tui.session_values import Outcome
from s7prep.tui.widgets.footer import QuietFooter
from s7prep.tui.widgets.nav import VIEWS, CaseNav, SaveStatus
from s7prep.tui.widgets.question import QuestionView

SAVE_PAUSE = 0.4  # seconds of no typing before saving
RETRY_PAUSE = 2.0  # seconds between tries after "Not saved", so it clears without a key


class CaseScreen(Screen[None]):
    VIEW = ""
    # Priority: a long answer box (TextArea) binds F6 and F7 for itself.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key, f"go('{view}')", title, show=False, priority=True) for view, title, key in VIEWS
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._timer: Timer | None = None
        # The header shows which case this is (labels are neutral by design).
        self.sub_title = f"case {session.label}"

    def compose(self) -> ComposeResult:
        yield Header()
        yield CaseNav(self.VIEW)
        yield from self.body()
        yield QuietFooter()

    def body(self) -> ComposeResult:
        yield from ()

    def action_go(self, view: str) -> None:
        if view != self.VIEW:
            self.post_message(CaseNav.Go(view))

    # ------------------------------------------------------------ autosave
    # Typing is saved after a pause, on leaving the field and when a dialog opens
    # or the view changes; choices and list entries at once. The status says
    # "Saved" only once the store has returned.

    def save_now(self, retry: bool = False) -> Outcome:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        # What the boxes show now, even typing whose message is still on its way: an
        # answer box is reused for the next question, and late messages are dropped.
        self.keep_before_closing()
        outcome = self.session.retry() if retry else self.session.flush()
        if outcome.state:
            for status in self.query(SaveStatus):
                status.set_state(outcome.state, outcome.message)
        if outcome.state == "error" and self.session.pending:
            # The disk may free, another copy may let go: try again unasked.
            self._timer = self.set_timer(RETRY_PAUSE, lambda: self.save_now(retry=True))
        self.after_save(outcome)
        return outcome

    def after_save(self, outcome: Outcome) -> None:
        """Answers may show or hide questions: views redraw here."""

    def shown_question(self) -> Question | None:
        """The question this view is showing, if one: F1 helps with it first."""
        return None

    def place(self) -> AnswerKey | None:
        """The question this view is at, if any (to come back to it after a lock)."""
        return None

    def keep_before_closing(self) -> None:
        """The app locks or quits: take what every answer box shows now, even typing
        whose Changed message has not been handled yet. Saving is the app's next step."""
        for view in self.query(QuestionView):
            box = view.answer
            if not box.is_mounted:
                continue  # being swapped in: it holds only the stored value
            raw = box.raw()
            if view.slot.key in self.session.pending or raw != box.to_raw(box.initial):
                self.session.stage(view.slot.key, raw)

    def on_question_view_edited(self, event: QuestionView.Edited) -> None:
        self.session.stage(event.key, event.raw)
        if event.at_once:
            self.save_now()
            return
        for status in self.query(SaveStatus):
            status.set_state("", "Not saved yet")
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_PAUSE, self.save_now)

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if self.session.pending:
            self.save_now()

    def on_screen_suspend(self) -> None:
        if self.session.pending:
            self.save_now()

"""The questionnaire: a sidebar of sections, one question at a time, autosave.

Typing is saved after a short pause, on leaving the field and on changing view;
choices and list entries at once. "Saved" is shown only once the store returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Checkbox, Input, Static

from s7prep import engine
from s7prep.engine import Slot
from s7prep.packs.model import AnswerKey, Question
from s7prep.statement.collect import ROLE_IDS
from s7prep.statement.interview_day import TITLE, InterviewDay
from s7prep.tui.screens.base import CaseScreen
from s7prep.tui.session import Session
from s7prep.tui.session_values import Outcome
from s7prep.tui.widgets.answers import Tick
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.nav import CaseNav, NavGroup, SaveStatus, SectionNav, nav_entries, nav_groups
from s7prep.tui.widgets.question import QuestionView


class EndView(Vertical):
    """Shown after the last question, with the list for the interview day under it."""

    def __init__(self, answered: int, total: int, essentials: bool, day: InterviewDay | None = None) -> None:
        super().__init__(id="end-view")
        self.counts = (answered, total, essentials)
        self.day = day

    def compose(self) -> ComposeResult:
        yield Static(Content("That was the last question."), classes="q-prompt")
        yield Static(id="end-count")
        with Horizontal(classes="button-row"):
            yield Button(Content("Coverage (F5)"), id="end-coverage", variant="primary")
            yield Button(Content("Statement (F6)"), id="end-statement")
        if self.day is not None:
            yield Static(Content(TITLE), classes="q-prompt day-title")
            for part in self.day.parts:
                yield Static(Content(part.title), classes="day-part")
                yield Static(Content("\n".join(f"- {line}" for line in part.lines)), classes="day-lines")
            if self.day.checked:
                yield Static(Content(f"Helpline details checked {self.day.checked}."), classes="day-lines")

    def on_mount(self) -> None:
        self.show_counts(*self.counts)

    def show_counts(self, answered: int, total: int, essentials: bool) -> None:
        """The count follows the essentials switch: it is of the questions shown now."""
        self.counts = (answered, total, essentials)
        which = f"{total} essential questions" if essentials else f"{total} questions"
        self.query_one("#end-count", Static).update(
            Content(
                f"You have answered {answered} of the {which}. You can go back to any section "
                "from the list on the left. Coverage shows which parts of the welfare checklist "
                "have answers; Statement shows what you would take to the interview. Your list for "
                "the interview day is below: Tab to it, then use the arrow keys to read on."
            )
        )

    @on(Button.Pressed)
    def _go(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(CaseNav.Go((event.button.id or "").removeprefix("end-")))


class QuestionsScreen(CaseScreen):
    VIEW = "questions"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next", "Next"),
        Binding("ctrl+b", "back", "Back"),
        Binding("ctrl+s", "skip", "Skip"),
        Binding("ctrl+t", "essentials", "Essentials", show=False),
    ]

    def __init__(self, session: Session, at: AnswerKey | None = None) -> None:
        super().__init__(session)
        self.start_at = at
        self.essentials = False
        self.slots: list[Slot] = []
        self.current: Slot | None = None
        self.view: QuestionView | None = None
        self._nav_stale = False
        self._groups: tuple[list[Slot], list[NavGroup]] | None = None  # the slots they group
        self._answered = 0  # answers among the questions shown now (the sidebar's sum)

    def body(self) -> ComposeResult:
        with Horizontal(id="qs-body"):
            with Vertical(id="qs-side"):
                yield Tick(Content("Essentials only"), False, id="essentials", compact=True)
                yield SectionNav(id="sidebar")
            with Vertical(id="qs-main"):
                yield Static(Content(""), id="qs-position")
                yield VerticalScroll(id="qs-scroll", can_focus=False)
                with Horizontal(id="qs-buttons"):
                    yield Button(Content("Back"), id="back", compact=True)
                    yield Button(Content("Skip"), id="skip", compact=True)
                    yield Button(Content("Clear"), id="clear", compact=True)
                    yield Button(Content("Next"), id="next", compact=True, variant="primary")
                    yield SaveStatus(Content(""), id="status")

    async def on_mount(self) -> None:
        self.slots = self.session.slots(self.essentials)
        answers = self._answers()
        self._answered = sum(1 for s in self.slots if engine.is_answered(answers.get(s.key)))
        start = next((s for s in self.slots if s.key == self.start_at), None)
        if start is None:  # where the person stopped: the first question not answered
            start = next((s for s in self.slots if not engine.is_answered(answers.get(s.key))), None)
        await self.show(start or (self.slots[0] if self.slots else None))

    # ------------------------------------------------------------ drawing

    async def show(self, slot: Slot | None) -> None:
        """Show a question (None: the end). What is drawn before the next frame is
        only what the person looks at first: the question, where it is, the buttons
        and the sidebar's highlight. The sidebar's counts follow just after."""
        previous, self.current = self.current, slot
        scroll = self.query_one("#qs-scroll", VerticalScroll)
        with self.app.batch_update():
            # At the end the page scrolls by itself (arrow keys, Page Down) to read the list.
            scroll.can_focus = slot is None
            if slot is None:
                total = engine.progress(self.slots, self._answers()).total
                await scroll.remove_children()
                day = self.session.interview_day()
                await scroll.mount(EndView(total.answered, total.visible, self.essentials, day))
                self.query_one("#end-coverage").focus()
                self.view = None
            else:
                value = self.session.pending.get(slot.key, self.session.value(slot.key))
                signposts = [s for sid in slot.question.signpost if (s := self.session.packset.signpost(sid))]
                handed_over = slot.question.statement != "none" and slot.question.id not in ROLE_IDS
                left_out = self.session.is_left_out(slot.key) if handed_over else None
                # A section's introduction is shown on coming into the section, from
                # wherever (the start, the section before, the sidebar, coverage).
                entering = previous is None or previous.section is not slot.section
                intro = slot.section.intro if entering else ""
                where = self._where(slot)
                if self.view is None:
                    await scroll.remove_children()
                    self.view = QuestionView(slot, value, signposts, where, intro, left_out=left_out)
                    await scroll.mount(self.view)
                else:
                    await self.view.show(slot, value, signposts, where, intro, left_out)
                self.view.focus_input(scroll=False)  # the page is scrolled below
            scroll.scroll_home(animate=False)
            self._redraw_position()
        # From the top, so that an introduction is read first; but the box to type in
        # must be in sight (on a short screen an introduction and a note can push it
        # down): scroll only as far as it needs. A list shows its highlighted choice.
        self.call_after_refresh(self._show_focused)
        self._nav_stale = True
        self.call_after_refresh(self._redraw_if_stale)

    def _show_focused(self) -> None:
        focused = self.focused
        if isinstance(focused, ChoiceList):
            focused.reveal_highlight()
        elif focused is not None:
            focused.scroll_visible(animate=False, immediate=True)

    def place(self) -> AnswerKey | None:
        return self.current.key if self.current else None

    def shown_question(self) -> Question | None:
        return self.current.question if self.current else None

    def _answers(self) -> dict[AnswerKey, object]:
        return self.session.case.answers if self.session.case else {}

    def _where(self, slot: Slot) -> str:
        child = f" · about {slot.child.display}" if slot.child else ""
        return f"{slot.section.title}{child}"

    def _redraw_nav(self) -> None:
        """The sidebar's entries and counts, and the line above the question."""
        self._nav_stale = False
        key = self.current.key if self.current else None
        if self._groups is None or self._groups[0] is not self.slots:
            self._groups = (self.slots, nav_groups(self.slots))
        entries = nav_entries(self._groups[1], self._answers())
        self._answered = sum(e.answered for e in entries)
        self.query_one(SectionNav).show(entries, key)
        self._redraw_position()
        for end in self.query(EndView):
            end.show_counts(self._answered, len(self.slots), self.essentials)

    def _redraw_position(self) -> None:
        """Where the person is: the line above the question, the buttons, the sidebar's highlight."""
        key = self.current.key if self.current else None
        self.query_one(SectionNav).move_to(key)
        here = engine.position(self.slots, key) if key else None
        where = f"Question {here + 1} of {len(self.slots)}" if here is not None else "The end"
        # The count is the sidebar's, which follows a moment after an answer is saved.
        self.query_one("#qs-position", Static).update(Content(f"{where} · {self._answered} answered"))
        self.query_one("#back").disabled = not self.slots or here == 0
        for wid in ("#skip", "#clear", "#next"):
            self.query_one(wid).disabled = self.current is None

    def _refresh_slots(self) -> None:
        """Answers can show or hide questions: work out the list again."""
        self.slots = self.session.slots(self.essentials)
        self._redraw_nav()

    def after_save(self, outcome: Outcome) -> None:
        if outcome.state == "saved":
            # Redrawn just after the next frame: when Next moves on, the next question
            # is drawn first, and the sidebar's counts follow.
            self.slots = self.session.slots(self.essentials)
            self._nav_stale = True
            self.call_after_refresh(self._redraw_if_stale)

    def _redraw_if_stale(self) -> None:
        # Not on a screen already replaced (keys typed fast can switch views twice
        # before this runs): its widgets are gone.
        if self._nav_stale and self.is_attached and self.query(SectionNav):
            self._redraw_nav()

    # ------------------------------------------------------------ moving

    async def _move(self, forward: bool) -> None:
        key = self.current.key if self.current else None
        if forward:
            target = engine.next_slot(self.slots, key, self.session.order())
        elif key is None:
            target = self.slots[-1] if self.slots else None
        else:
            target = engine.previous_slot(self.slots, key, self.session.order())
            if target is None:
                return
        await self.show(target)

    async def action_next(self) -> None:
        if self.current is None:
            return
        note = self.view.answer.unchosen_note("Next") if self.view is not None else ""
        if note and self.view is not None:  # said once: Next again goes on
            self.view.answer.forget_browsing()
            self.query_one(SaveStatus).set_state("check", note)
            self.view.focus_input()
            return
        outcome = self.save_now()
        if outcome.state == "check":
            if self.view is not None:
                self.view.focus_input()
            return
        q = self.current.question
        if q.required and not engine.is_answered(self.session.value(self.current.key)):
            self.query_one(SaveStatus).set_state(
                "check", "This one is needed for the statement. Answer it, or press Skip to come back later."
            )
            return
        await self._move(forward=True)

    async def action_skip(self) -> None:
        if self.current is None:
            return
        outcome = self.save_now()
        if outcome.state == "check":
            self.notify(
                "The last change was not kept: " + outcome.message.removeprefix("Not saved yet: "),
                markup=False,
            )
        await self._move(forward=True)

    async def action_back(self) -> None:
        self.save_now()
        await self._move(forward=False)

    def action_clear(self) -> None:
        if self.current is not None and self.view is not None:
            self.view.answer.clear()
            self.session.stage(self.current.key, None)
            self.save_now()

    @on(Input.Submitted, "#qs-scroll Input")
    async def _entered(self) -> None:
        await self.action_next()

    @on(Button.Pressed, "#qs-buttons Button")
    async def _button(self, event: Button.Pressed) -> None:
        await self.run_action(event.button.id or "")

    async def on_section_nav_jump(self, event: SectionNav.Jump) -> None:
        self.save_now()
        self._refresh_slots()
        target = next((s for s in self.slots if s.key == event.key), None)
        if target is not None:
            await self.show(target)

    # ------------------------------------------------------------ essentials

    def action_essentials(self) -> None:
        box = self.query_one("#essentials", Checkbox)
        box.value = not box.value

    def on_question_view_leave_out(self, event: QuestionView.LeaveOut) -> None:
        outcome = self.session.set_left_out(event.key, event.left_out)
        self.query_one(SaveStatus).set_state(outcome.state, outcome.message)

    @on(Checkbox.Changed, "#essentials")
    async def _essentials_changed(self, event: Checkbox.Changed) -> None:
        self.save_now()
        self.essentials = event.value
        self._refresh_slots()  # at the end, this updates the count there too
        if self.current is not None and self.current not in self.slots:
            await self.show(engine.next_slot(self.slots, self.current.key, self.session.order()))

    def palette_commands(self) -> Iterable[SystemCommand]:
        on = "off" if self.essentials else "on"
        yield SystemCommand(
            f"Essentials only {on}", "Only the questions that matter most (Ctrl+T)", self.action_essentials
        )
        yield SystemCommand("Clear this answer", "Remove the answer to the question shown", self.action_clear)

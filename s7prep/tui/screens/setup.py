"""Case details: who the person is to the children, the other party, and the
children themselves (add, change, remove)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from s7prep import engine
from s7prep.engine import Slot
from s7prep.packs.model import Child
from s7prep.statement.collect import OTHER_PARTY_ROLE, OTHER_PARTY_ROLE_OTHER, ROLE, ROLE_OTHER
from s7prep.statement.escape import show_date
from s7prep.tui.screens.base import CaseScreen
from s7prep.tui.screens.dialogs import ChildDialog
from s7prep.tui.session_values import Outcome
from s7prep.tui.widgets.dialog import ConfirmDialog
from s7prep.tui.widgets.nav import SaveStatus
from s7prep.tui.widgets.question import QuestionView

SETUP_IDS = (ROLE, ROLE_OTHER, OTHER_PARTY_ROLE, OTHER_PARTY_ROLE_OTHER)
CHILDREN_NOTE = "Initials are enough. Children are kept encrypted, like your answers."


def child_line(child: Child) -> str:
    parts = [child.name]
    if child.born:
        parts.append(f"born {show_date(child.born)}")
    elif child.age is not None:
        parts.append(f"aged {child.age}")
    if child.lives_with:
        parts.append(f"lives with: {child.lives_with}")
    return " · ".join(parts)


class SetupScreen(CaseScreen):
    VIEW = "setup"

    def setup_slots(self) -> list[Slot]:
        """The role questions the packs have, in order (shown or not)."""
        order = {qid: i for i, qid in enumerate(SETUP_IDS)}
        slots = [s for s in self.session.order() if s.question.id in order and s.child is None]
        return sorted(slots, key=lambda s: order[s.question.id])

    def body(self) -> ComposeResult:
        with VerticalScroll(id="setup-scroll"):
            yield Static(Content("The children"), classes="section-title")
            yield Static(Content(CHILDREN_NOTE), classes="note")
            yield OptionList(markup=False, id="children")
            yield Static(Content("No children yet. Press Add a child."), id="children-empty")
            with Horizontal(classes="button-row"):
                yield Button(Content("Add a child"), id="child-add", variant="primary", compact=True)
                yield Button(Content("Change"), id="child-edit", compact=True)
                yield Button(Content("Remove"), id="child-remove", compact=True)
            slots = self.setup_slots()
            if slots:
                yield Static(Content("About you and the other party"), classes="section-title")
                # Side by side on a wide screen: the person, then the other party.
                with Horizontal(id="setup-roles"):
                    for ids in ((ROLE, ROLE_OTHER), (OTHER_PARTY_ROLE, OTHER_PARTY_ROLE_OTHER)):
                        with Vertical(classes="setup-col"):
                            for slot in slots:
                                if slot.question.id in ids:
                                    yield QuestionView(slot, self.session.value(slot.key))
        with Horizontal(id="setup-bottom"):
            yield Button(Content("Go to the questions (F4)"), id="to-questions", compact=True)
            yield SaveStatus(Content(""), id="status")

    def on_mount(self) -> None:
        self._sync()
        views = self.query(QuestionView)
        if self.session.case is not None and self.session.case.children and views:
            views.first().focus_input()
        else:
            self.query_one("#child-add").focus()

    def _sync(self, highlight: int | None = None) -> None:
        """Show the role questions that apply now, and the list of children."""
        case = self.session.case
        if case is None:
            return
        # A first child added (or a second) changes the wording: "Who are you to the
        # child?" with one child, as the questions say it.
        worded = {slot.key: slot for slot in self.setup_slots()}
        for view in self.query(QuestionView):
            slot = worded.get(view.slot.key, view.slot)
            if slot.question is not view.slot.question:
                self.call_later(view.show, slot, self.session.value(slot.key))
            view.display = engine.is_visible(slot, self.session.packset, case.children, case.answers)
        children = self.query_one("#children", OptionList)
        children.clear_options()
        children.add_options(Option(Content(child_line(c))) for c in case.children)
        children.display = bool(case.children)
        self.query_one("#children-empty").display = not case.children
        self.query_one("#child-edit").disabled = not case.children
        self.query_one("#child-remove").disabled = not case.children
        if case.children:
            children.highlighted = min(highlight or 0, len(case.children) - 1)

    def after_save(self, outcome: Outcome) -> None:
        self._sync(self._selected())

    # ------------------------------------------------------------ children

    def _selected(self) -> int | None:
        return self.query_one("#children", OptionList).highlighted

    def _save_children(self, children: list[Child], highlight: int | None) -> None:
        outcome = self.session.save_children(children)
        self.query_one(SaveStatus).set_state(outcome.state, outcome.message)
        self._sync(highlight)

    @on(Button.Pressed, "#child-add")
    def _add(self) -> None:
        def done(child: Child | None) -> None:
            if child is not None and self.session.case is not None:
                children = [*self.session.case.children, child]
                self._save_children(children, len(children) - 1)

        self.app.push_screen(ChildDialog(None, self.session.new_child_key(), done), done)

    @on(Button.Pressed, "#child-edit")
    @on(OptionList.OptionSelected, "#children")
    def _edit(self) -> None:
        index = self._selected()
        case = self.session.case
        if index is None or case is None:
            return

        def done(child: Child | None) -> None:
            if child is not None and self.session.case is not None:
                children = list(self.session.case.children)
                children[index] = child
                self._save_children(children, index)

        self.app.push_screen(ChildDialog(case.children[index], case.children[index].key, done), done)

    @on(Button.Pressed, "#child-remove")
    def _remove(self) -> None:
        index = self._selected()
        case = self.session.case
        if index is None or case is None:
            return
        child = case.children[index]
        n = self.session.answers_about(child)

        def done(yes: bool | None) -> None:
            if yes and self.session.case is not None:
                children = [c for c in self.session.case.children if c.key != child.key]
                self._save_children(children, index)

        self.app.push_screen(
            ConfirmDialog(
                f"Remove {child.display}?",
                f"{child.display} will be removed from this case, with the {n} answer{'s' if n != 1 else ''} "
                "you gave about them. This cannot be undone.",
                "Remove",
            ),
            done,
        )

    @on(Button.Pressed, "#to-questions")
    def _to_questions(self) -> None:
        self.action_go("questions")

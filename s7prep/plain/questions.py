"""Plain mode (`s7prep ask`): the questions one by one, as plain prompts.

For screen-reader users and for advice-line volunteers reading questions aloud
on a call. Everything goes through the core (engine for what to ask and what
is valid, the store for saving); this module only talks to the person.

Order: the visible questions (recomputed after every answer, since show_if may
change), starting at the first unanswered one. Going on from a question moves
to the next one that is unanswered or was already asked in this run, so a run
that resumes does not walk through answers given last time, while `:back`
then Enter steps forward again through what was just seen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from s7prep import engine
from s7prep.engine import Slot
from s7prep.packs.model import OFFICER_PARTS, AnswerKey, Case, Child, PackSet
from s7prep.plain.commands import NOTHING, Command, Interrupted, parse_command
from s7prep.plain.fortnight import ask_fortnight
from s7prep.plain.list_answers import ask_list
from s7prep.plain.prompts import Prompter
from s7prep.plain.words import (
    NOTHING_CHOSEN,
    NOTHING_CHOSEN_ANY,
    NOTHING_TICKED,
    SKIPPED,
    help_lines,
    message,
    resume,
    section_heading,
    signpost_lines,
    then_run,
    totals_changed,
)
from s7prep.statement.collect import ROLE_IDS
from s7prep.store.errors import StoreError

Say = Callable[[str], None]


class CaseStore(Protocol):
    """The part of s7prep.store.Store plain mode uses (tests use the real one)."""

    def list_cases(self) -> Sequence[Any]: ...
    def create_case(self, label: str) -> Any: ...
    def load_case(self, label: str) -> Case: ...
    def save_answer(self, label: str, key: AnswerKey, value: Any) -> Any: ...
    def save_children(self, label: str, children: list[Child]) -> Any: ...
    def save_leave_out(self, label: str, keys: set[AnswerKey]) -> Any: ...


class Stop(Exception):
    """Leave plain mode: `:quit` (code 0) or Ctrl+C (130). Everything given is saved."""

    def __init__(self, code: int, note: str = "") -> None:
        super().__init__(note)
        self.code = code
        self.note = note


def not_saved(exc: StoreError) -> str:
    text = str(exc)
    return text if text.startswith("Not saved") else f"Not saved: {text}."


class Asker:
    """The question loop for one case."""

    def __init__(
        self,
        store: CaseStore,
        packset: PackSet,
        case: Case,
        prompter: Prompter,
        say: Say,
        *,
        essentials: bool = False,
        child_key: str | None = None,
    ) -> None:
        self.store = store
        self.packset = packset
        self.case = case
        self.p = prompter
        self.say = say
        self.essentials = essentials
        self.child_key = child_key
        self.seen: set[AnswerKey] = set()
        self.heading: tuple[str, str, str | None] | None = None
        self.introduced: set[tuple[str, str]] = set()
        self.signposted: set[str] = set()
        # Helplines (and the word that hard questions may be skipped) said in this
        # section so far: said once a section, not before every question in it.
        self.said_here: set[str] = set()
        self.said_last: set[str] = set()  # the helplines said last: never again straight after
        # A fortnight's nights as read out, by question: not read again on each return to it.
        self.heard: dict[AnswerKey, set[str]] = {}
        self.total: int | None = None  # the number of questions last said
        self.cleared = False

    # ------------------------------------------------------------ where

    def slots(self) -> list[Slot]:
        found = engine.visible(self.packset, self.case.children, self.case.answers, self.essentials)
        if self.child_key is not None:
            found = [s for s in found if s.child is not None and s.child.key == self.child_key]
        return found

    def answered(self, key: AnswerKey) -> bool:
        return engine.is_answered(self.case.answers.get(key))

    def first(self) -> Slot | None:
        return next((s for s in self.slots() if not self.answered(s.key)), None)

    def after(self, slot: Slot) -> Slot | None:
        slots = self.slots()
        nxt = engine.next_slot(slots, slot.key, engine.all_slots(self.packset, self.case.children))
        if nxt is None:
            return None
        start = engine.position(slots, nxt.key) or 0
        return next((s for s in slots[start:] if s.key in self.seen or not self.answered(s.key)), None)

    def before(self, slot: Slot) -> Slot | None:
        order = engine.all_slots(self.packset, self.case.children)
        return engine.previous_slot(self.slots(), slot.key, order)

    def where(self, slot: Slot) -> str:
        slots = self.slots()
        n = (engine.position(slots, slot.key) or 0) + 1
        done = engine.progress(slots, self.case.answers).total.answered
        scope = " Essential questions only." if self.essentials else ""
        return (
            f"You are in the section {slot.section.title}, question {n} of {len(slots)}"
            f"{', about ' + slot.child.display if slot.child else ''}. "
            f"{done} of {len(slots)} answered.{scope}"
        )

    # ------------------------------------------------------------ saving

    def save(self, key: AnswerKey, value: Any) -> bool:
        try:
            self.store.save_answer(self.case.label, key, value)
        except StoreError as exc:
            self.say(not_saved(exc))
            return False
        if value is None:
            self.case.answers.pop(key, None)
        else:
            self.case.answers[key] = value
        return True

    def keep_partial(self, slot: Slot, partial: Any) -> str:
        """Ctrl+C with something typed: save it if it is a valid, new answer.
        Returns "" (nothing to keep), "saved" or "lost"."""
        if partial is None or (isinstance(partial, str) and (not partial.strip() or parse_command(partial))):
            return ""
        try:
            value = engine.validate(slot.question, partial)
        except engine.AnswerError:
            return "lost"
        if value is None or value == self.case.answers.get(slot.key):
            return ""
        return "saved" if self.save(slot.key, value) else "lost"

    # ------------------------------------------------------------ asking

    def run(self, start: Slot | None) -> None:
        """Ask from `start` to the end. Raises Stop on :quit or Ctrl+C."""
        slot = start
        while slot is not None:
            if self.ask(slot) == "back":
                previous = self.before(slot)
                if previous is None:
                    self.say("This is the first question.")
                else:
                    slot = previous
                continue
            slot = self.after(slot)

    def announce(self, slot: Slot) -> None:
        """The section (its introduction the first time only), then the helplines
        and the way out that the question carries, each once a section and never
        twice in a row."""
        heading = (slot.question.pack_id, slot.section.id, slot.key[1])
        before = self.heading
        new_section = before is None or heading[:2] != before[:2]
        # Said on entering a section, and on going on to questions about a child in
        # it; never again for the questions about the case that follow in the same
        # section: they are still in it.
        to_child = heading[2] is not None and heading != before
        self.heading = heading
        if new_section or to_child:
            if new_section:
                self.said_here = set()
            for line in section_heading(slot, intro=heading[:2] not in self.introduced):
                self.say(line)
            self.introduced.add(heading[:2])
        if slot.key in self.case.leave_out:
            self.say("Your answer to this one is left out of the statement. Type :leave to put it back.")
        if slot.question.id in self.signposted:
            return
        self.signposted.add(slot.question.id)
        new = tuple(i for i in slot.question.signpost if i not in self.said_here | self.said_last)
        self.said_here.update(new)
        lines = signpost_lines(self.packset, new)
        if lines:
            self.said_last = set(new)
        for line in lines:
            self.say(line)
        if slot.question.sensitive and "skip" not in self.said_here:
            self.said_here.add("skip")
            self.say(
                "Some questions here may be hard to answer. You can type :skip and come back to any of them."
            )

    def tell_total(self, total: int) -> None:
        """Say why the number of questions moved since it was last said (an answer
        brought questions in or made some no longer apply)."""
        if self.total is not None and total != self.total:
            self.say(totals_changed(self.total, total, self.cleared))
        self.total = total
        self.cleared = False

    def ask(self, slot: Slot) -> str:
        """Ask one question until it is answered, skipped or left: "next" or "back"."""
        self.tell_total(len(self.slots()))  # right after the answer that moved it
        self.announce(slot)
        self.seen.add(slot.key)
        q = slot.question
        partial: Any = None
        while True:
            slots = self.slots()
            self.tell_total(len(slots))
            n = (engine.position(slots, slot.key) or 0) + 1
            current = self.case.answers.get(slot.key)
            text = message(slot, n, len(slots), self.answered(slot.key))
            if q.type == "list":
                reply = ask_list(self.p, self.say, q, text, current, lambda v: self.save(slot.key, v))
                if reply is None:
                    return "next"
            elif q.type == "fortnight":
                heard = self.heard.setdefault(slot.key, set())
                reply = ask_fortnight(self.p, self.say, q, text, current, partial, heard)
            else:
                reply = self.p.ask(q, text, current, partial)
            partial = None
            if isinstance(reply, Interrupted):
                raise Stop(130, self.interrupted(slot, reply.partial))
            if isinstance(reply, Command):
                # :clear empties what is in the prompt too (the ticks, the nights so far).
                partial = None if reply.name == "clear" else reply.partial
                move = self.command(slot, reply)
                if move:
                    return move
                continue
            try:
                value = engine.validate(q, reply)
            except engine.AnswerError as exc:
                self.say(f"Not saved: {exc}. Please try again.")
                partial = reply
                continue
            if value == current or (value is None and not engine.is_answered(current)):
                if value is not None:
                    self.say("Unchanged.")
                else:
                    self.say(NOTHING_TICKED if q.type == "multi_choice" else "No answer given; moving on.")
                return "next"
            if not self.save(slot.key, value):
                partial = reply
                continue
            if value is None:
                self.cleared = True
                self.say("Cleared.")
            else:
                self.say("Saved.")
            return "next"

    def command(self, slot: Slot, cmd: Command) -> str:
        """Act on a command; returns the move ("next", "back") or "" to ask again."""
        name = cmd.name
        if name == "help":
            for line in help_lines(slot.question):
                self.say(line)
            self.heard.pop(slot.key, None)  # asked for: the nights are read out again
        elif name == "where":
            self.say(self.where(slot))
        elif name == "skip":
            self.say(SKIPPED)
            return "next"
        elif name == "back":
            return "back"
        elif name == NOTHING:
            self.say(NOTHING_CHOSEN.get(slot.question.type, NOTHING_CHOSEN_ANY))
        elif name == "clear":
            if self.answered(slot.key):
                if self.save(slot.key, None):
                    self.cleared = True
                    self.say("Cleared.")
            elif cmd.partial:
                self.say("Cleared. Nothing was saved for this question.")
            else:
                self.say("There is no saved answer to clear.")
        elif name == "leave":
            self.leave_out(slot)
        elif name == "quit":
            raise Stop(0, self.stopped())
        else:
            self.say(f"{cmd.typed} is not a command. Type ? for help and the list of commands.")
        return ""

    def leave_out(self, slot: Slot) -> None:
        """Keep this answer out of the statement (or the officer's notes), or put it back."""
        q = slot.question
        if q.statement == "none" or q.id in ROLE_IDS:
            self.say("This answer is only ever in your own notes, never in the statement.")
            return
        where = "the notes for the officer" if q.statement in OFFICER_PARTS else "the statement"
        wanted = set(self.case.leave_out) ^ {slot.key}
        try:
            self.store.save_leave_out(self.case.label, wanted)
        except StoreError as exc:
            self.say(not_saved(exc))
            return
        self.case.leave_out = wanted
        if slot.key in wanted:
            self.say(f"Left out of {where}: it stays in your own notes. Type :leave again to put it back.")
        else:
            self.say(f"Back in {where}.")

    def stopped(self, extra: str = "") -> str:
        return then_run(
            f"Stopped. Your answers are saved.{extra} To carry on later, run:",
            resume(self.case.label, self.essentials, self.child_key),
        )

    def interrupted(self, slot: Slot, partial: Any) -> str:
        kept = self.keep_partial(slot, partial)
        if kept == "saved":
            return self.stopped(" So is the answer you were giving.")
        if kept == "lost":
            return self.stopped(" The answer you were giving was not complete, so it was not saved.")
        return self.stopped()

"""One plain-mode run from start to finish: the case, its children, the
questions, then the advice on the wording and the offer to export. Returns an exit code and the lines to show
last (the command line clears the screen before printing them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from s7prep import engine
from s7prep.packs.model import Child, PackSet
from s7prep.plain.advice import offer_advice
from s7prep.plain.case_setup import CaseSetup
from s7prep.plain.commands import Command, Interrupted
from s7prep.plain.export import Exporter, not_exported, offer_export
from s7prep.plain.prompts import Prompter
from s7prep.plain.questions import Asker, CaseStore, Say, Stop
from s7prep.plain.words import INTRO, command, resume, then_run
from s7prep.statement.interview_day import interview_day
from s7prep.store.errors import CaseNotFound


@dataclass
class Outcome:
    code: int
    last: list[str] = field(default_factory=list)


def find_child(children: Sequence[Child], wanted: str) -> Child | None:
    """--child: the key (c1), the position (1) or the name, ignoring case."""
    w = wanted.strip().casefold()
    for n, child in enumerate(children, start=1):
        if w in (child.key.casefold(), str(n), child.name.strip().casefold()):
            return child
    return None


def run(
    store: CaseStore,
    packset: PackSet,
    prompter: Prompter,
    say: Say,
    *,
    label: str | None = None,
    essentials: bool = False,
    child: str | None = None,
    exporter: Exporter | None = None,
    today: date | None = None,
) -> Outcome:
    today = today or date.today()
    setup = CaseSetup(store, prompter, say, today)
    try:
        label = setup.pick() if label is None else _named(store, setup, label)
        case = store.load_case(label)
        if not case.children:
            case.children = setup.children(label, [])
        child_key = None
        if child is not None:
            found = find_child(case.children, child)
            if found is None:
                n = len(case.children)
                which = f"give a number from 1 to {n}, or a name" if n else "the case has no children yet"
                return Outcome(2, [f"No child in this case matches --child: {which}."])
            child_key = found.key
        asker = Asker(store, packset, case, prompter, say, essentials=essentials, child_key=child_key)
        say("")
        for line in INTRO:
            say(line)
        start = asker.first()
        if start is None and asker.slots():
            start = _all_answered(asker, prompter, say)
        asker.run(start)
        slots = asker.slots()
        done = engine.progress(slots, case.answers).total.answered
        say("")
        say(f"That was the last question for now. {done} of {len(slots)} answered.")
        if done < len(slots):
            say(then_run("To come back to the others later, run:", resume(label, essentials, child_key)))
        for line in ["", *interview_day(case, packset, today).text()]:
            say(line)
        last: list[str] = []
        if exporter:
            offer_advice(case, packset, prompter, say, today, not_exported(label))
            last = offer_export(exporter, case, packset, prompter, say)
    except Stop as stop:
        return Outcome(stop.code, [stop.note])
    return Outcome(0, [*last, f"Answers are saved in the case {label}.", *volunteer_end(label)])


def volunteer_end(label: str) -> list[str]:
    return [
        then_run(
            "Advice-line volunteers: at the end of the call, delete the case with:",
            command("case", "delete", label),
        )
    ]


def _named(store: CaseStore, setup: CaseSetup, label: str) -> str:
    """--case LABEL: that case, or start it if the person says so."""
    try:
        return store.load_case(label).label
    except CaseNotFound:
        pass
    while True:
        reply = setup.p.select(
            "There is no case with that label. Start a new case with it?",
            [("Yes", True), ("No", False)],
            instruction="(Type y or n, then Enter.)",
            keys="yn",
        )
        if isinstance(reply, Command) and reply.name != "quit":
            setup.say("Type y to start a case with that label, or n to stop, then press Enter.")
            continue
        if reply is not True:
            raise Stop(130 if isinstance(reply, Interrupted) else 0, "Stopped. No case was started.")
        break
    return str(store.create_case(label))


def _all_answered(asker: Asker, prompter: Prompter, say: Say) -> engine.Slot | None:
    while True:
        reply = prompter.select(
            "Every question here has an answer. What next?",
            [("Go through the questions from the start", "start"), ("Go on to the export", "end")],
            instruction="(Type a number, then Enter.)",
        )
        if isinstance(reply, Interrupted) or (isinstance(reply, Command) and reply.name == "quit"):
            raise Stop(130 if isinstance(reply, Interrupted) else 0, asker.stopped())
        if not isinstance(reply, Command):
            break
        say("Choose 1 to look through the answers again, or 2 to export the statement. Type :quit to stop.")
    if reply == "start":
        slots = asker.slots()
        asker.seen.update(s.key for s in slots)  # walk through every one, answered or not
        return slots[0]
    return None

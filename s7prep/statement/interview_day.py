"""The list for the interview day: when and how, what to bring, help on the day, what
happens, and who to call if unsafe. Built from the answers, for the person only.

Front ends show it at the end of the questions (the app's last page, plain mode's end),
and the person's interview notes open with it (they are what is read on the day). It
needs only the essential questions, so the short path for an interview tomorrow
gets to it. Like the statement, it knows a few question ids by the content conventions
(the interview pack, `concern_areas`, `case_country`); a pack without them gives a
shorter list, never an error. Every line is plain text: front ends show it literally.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from s7prep import engine
from s7prep.engine.wording import one_child
from s7prep.packs.model import Case, PackSet, Signpost
from s7prep.statement.escape import lines, show_date, show_day
from s7prep.statement.values import full_stop

TITLE = "Your list for the interview day"


@dataclass(frozen=True)
class DayPart:
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class InterviewDay:
    parts: tuple[DayPart, ...]
    # The date the helplines were last checked, for the reader to judge how fresh they are.
    checked: str = ""

    def text(self) -> list[str]:
        """The list as plain lines: a heading, then each part with its lines as items."""
        out = [TITLE]
        for part in self.parts:
            out += ["", f"{part.title}:"]
            out += [f"- {line}" for line in part.lines]
        if self.checked:
            out += ["", f"Helpline details checked {self.checked}."]
        return out


FORMAT_TIPS = {
    "in_person": "In person. Plan the journey and aim to arrive a little early.",
    "phone": (
        "By phone. Be somewhere quiet and private where no one can overhear, with your phone "
        "charged. The call may come from a withheld number."
    ),
    "video": (
        "By video. Try the link the day before. Be in a private room where no one can overhear or walk in."
    ),
}
ALWAYS_BRING = (
    "Your statement from this app, printed or on your phone",
    "The letter or email from Cafcass about the interview",
    "Something to write notes with",
)
WHAT_HAPPENS = (
    "The officer asks about each child: their needs, what they have said or shown, and how "
    "they are with each adult.",
    "They ask about you, the other party, any worries about harm, and what you propose.",
    "They will want to see every child. A young child is often seen with a parent or carer; "
    "an older child often alone.",
    "You can ask for a break at any time, and you can ask the officer questions too.",
    "Afterwards the officer writes a report for the court. You and the other party can read "
    "it, and you can say at the next hearing what you disagree with.",
)
# What people type for "no supporter".
NOBODY = ("no", "no one", "noone", "nobody", "none", "n/a", "not needed")
# Helplines for who to call if unsafe, by the worry that makes them fit. 999 always comes first.
LINES_FOR = {
    "domestic_abuse": ("refuge", "mens_advice_line", "galop"),
    "harmful_parenting": ("nspcc",),
    "abduction": ("reunite",),
}


def interview_day(case: Case, packset: PackSet, today: date | None = None) -> InterviewDay:
    """The list for `case`, as of `today` (default: the local date)."""
    answers = {qid: v for (qid, child), v in engine.exportable(packset, case.children, case.answers).items()}
    return for_answers(answers, packset, len(case.children), today)


def for_answers(
    answers: Mapping[str, Any], packset: PackSet, children: int, today: date | None = None
) -> InterviewDay:
    """The list from the answers that apply now, by question id (the notes have them
    already, so they need not work out again which apply)."""
    ask = _Answers(packset, answers)
    parts = [
        DayPart("When and how", tuple(_when(ask, today or date.today()))),
        DayPart("What to bring", tuple(_bring(ask))),
        DayPart("Help on the day", tuple(_help(ask))),
        DayPart("What happens", _happens(ask)),
        DayPart("If you feel unsafe", tuple(_helplines(ask, packset))),
    ]
    wales, one = ask.raw("case_country") == "wales", children == 1
    parts = [DayPart(p.title, tuple(_reword(line, wales, one) for line in p.lines)) for p in parts]
    checked = max((s.checked for s in packset.signposts), default=None)
    return InterviewDay(tuple(parts), show_day(checked) if checked else "")


def _reword(line: str, wales: bool, one: bool) -> str:
    """In Wales the service is Cafcass Cymru; with one child, "each child" reads "the child"."""
    if wales:
        line = re.sub(r"\bCafcass\b(?! Cymru)", "Cafcass Cymru", line)
    return one_child(line) if one else line


def helpline_line(s: Signpost) -> str:
    hours = f" {s.hours.rstrip('.')}." if s.hours else ""
    return f"{s.name}: {s.number}.{hours} For: {s.for_whom.rstrip('.')}."


class _Answers:
    """The case-level answers by question id, shown as the person would read them."""

    def __init__(self, packset: PackSet, answers: Mapping[str, Any]) -> None:
        self.packset = packset
        self.answers = answers

    def raw(self, qid: str) -> Any:
        return self.answers.get(qid)

    def text(self, qid: str) -> str:
        value = self.answers.get(qid)
        return " ".join(lines(value)) if isinstance(value, str) else ""

    def chosen(self, qid: str) -> list[str]:
        value = self.answers.get(qid)
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def labels(self, qid: str, skip: tuple[str, ...] = ("none",)) -> list[str]:
        q = self.packset.by_id.get(qid)
        found = [q.choice_label(v) for v in self.chosen(qid) if v not in skip] if q else []
        # "A separate waiting area; my address kept private": capitals only at the start.
        return [label[:1].lower() + label[1:] if label[1:2].islower() else label for label in found]


def _when(ask: _Answers, today: date) -> list[str]:
    out = []
    when = ask.raw("interview_date")
    if isinstance(when, str) and when:
        out.append(f"Date: {show_date(when)}{_how_soon(when, today)}.")
    else:
        out.append("Date: not given yet. Your letter or email from Cafcass has it.")
    if where := ask.text("interview_where"):
        out.append(f"Where and when: {where}")
    fmt = ask.raw("interview_format")
    out.append(
        FORMAT_TIPS.get(
            str(fmt), "If you do not know yet whether it is in person, by phone or by video, ask Cafcass."
        )
    )
    if ask.raw("stage") == "pathfinder":
        out.append("Your case is in a Pathfinder court: the officer's report is the Child Impact Report.")
    return out


def _how_soon(stored: str, today: date) -> str:
    try:
        day = date.fromisoformat(stored)
    except ValueError:
        return ""  # a month or a rough date: no count of days
    days = (day - today).days
    if days == 0:
        return " (today)"
    if days == 1:
        return " (tomorrow)"
    return f" (in {days} days)" if 1 < days <= 60 else ""


def _bring(ask: _Answers) -> list[str]:
    out = list(ALWAYS_BRING)
    out += [label[:1].upper() + label[1:] for label in ask.labels("documents")]
    if other := ask.text("documents_other"):
        out.append(other)
    chosen = set(ask.chosen("documents"))
    orders = [v for v in ask.chosen("existing_orders") if v not in ("none", "not_sure")]
    if orders and "orders" not in chosen:
        out.append("Copies of the court orders you said are in place")
    if ask.text("officer_questions"):
        out.append("Your questions for the officer (they are in your notes)")
    out.append("Bring copies, not originals, and only a few key papers.")
    return out


def _help(ask: _Answers) -> list[str]:
    out = []
    who = ask.text("interview_supporter")
    if who and who.lower().strip(" .!") not in NOBODY:
        out.append(f"Supporter: {full_stop(who)} Ask the officer before the day if they can be with you.")
    if ask.raw("interpreter") is True:
        language = ask.text("interpreter_language")
        out.append(
            f"Interpreter{': ' + language if language else ''}. Check with Cafcass that one is booked."
        )
    if ask.raw("welsh_language") is True:
        out.append("You would like to use Welsh: check with Cafcass that it is arranged.")
    if needs := ask.text("adjustments"):
        out.append(f"What helps you take part: {needs}")
    if safety := ask.labels("safety_needs"):
        out.append(f"To feel safe: {'; '.join(safety)}. Check with Cafcass that this is arranged.")
    if not out:
        out.append(
            "If a supporter, an interpreter, breaks or anything else would help, ask Cafcass before the day."
        )
    return out


def _happens(ask: _Answers) -> tuple[str, ...]:
    if ask.raw("stage") in ("after_interview", "after_report"):
        return WHAT_HAPPENS[-1:]
    return WHAT_HAPPENS


def _helplines(ask: _Answers, packset: PackSet) -> list[str]:
    areas = set(ask.chosen("concern_areas"))
    wanted = ["emergency"]
    for area, ids in LINES_FOR.items():
        if area in areas:
            wanted += ids
    if "domestic_abuse" in areas and ask.raw("case_country") == "wales":
        wanted.insert(1, "live_fear_free")
    wanted.append("samaritans")
    found = [s for s in (packset.signpost(sid) for sid in dict.fromkeys(wanted)) if s is not None]
    return [helpline_line(s) for s in found] or ["In an emergency, call 999."]

"""What plain mode says, in one place, written to be read aloud in order.

Short sentences, no symbols that a screen reader spells out, numbers as
digits, and the child's name wherever a question is about one child.
"""

from __future__ import annotations

import shlex
from typing import Any

from s7prep.engine import Slot
from s7prep.packs.model import PackSet, Question, Signpost
from s7prep.plain.choose import ITEM_KEYS
from s7prep.statement.escape import show_date

INTRO = (
    "One question at a time. Type your answer and press Enter. Each answer is saved as soon as you give it.",
    "At any question, type one of these, then Enter: ? for help, :back for the previous question, "
    ":skip to leave it for now, :where to hear where you are, or :quit to stop.",
)

COMMANDS_HELP = (
    "Commands: :back goes to the previous question. :skip leaves this one for now. "
    ":where says where you are. :clear removes the saved answer. :leave keeps this answer out of "
    "the statement (it stays in your own notes); type it again to put it back. "
    ":quit stops; your answers are kept."
)

# After the question, every time: as short as it can be.
INSTRUCTION = {
    "text": "",
    "long_text": "(Press Enter twice to finish.)",
    "choice": "(Type a number, then Enter.)",
    "multi_choice": "(Type the number of each one that applies, then Enter.)",
    # Nothing ticked yet: Enter alone moves on, and the person hears that first.
    "multi_choice_empty": "(Type the number of each one that applies, then Enter. Enter alone skips it.)",
    "yes_no": "(Type y or n, then Enter.)",
    "date": "(A year, a month and year, a full date, or a rough date such as Summer 2025.)",
    "number": "(A number.)",
}

# On `?`: how to answer, in full.
HOW = {
    "text": "Type your answer and press Enter. To leave it empty, just press Enter.",
    "long_text": "Type as much as you need. Enter starts a new line. To finish, press Enter on an empty "
    "line, which means pressing Enter twice. Esc then Enter also finishes.",
    "choice": "Type the number of your answer, or move with the arrow keys, then press Enter. "
    "After 9 comes 0, then letters. Nothing is chosen until you type a number.",
    "multi_choice": "Type the number of each answer that applies. After 9 comes 0, then letters. "
    "Typing it again unticks it. "
    "The arrow keys and Space work too. Press Enter when you are done. "
    "Enter with nothing ticked skips the question for now.",
    "yes_no": "Type y for yes or n for no, then press Enter. Nothing is chosen until you type one.",
    "date": "Type a year like 2023, a month like March 2023, or a full date like 14 March 2023. "
    "A rough date is fine: Summer 2025, early 2024 or late 2023. "
    "For a span of time, type a range like 2019 to 2024.",
    "number": "Type a number, like 3.",
    "fortnight": "Type the number of a pattern, then Enter. If one home has more nights, say whose. "
    "Or choose to type the 14 nights as letters, Monday of week 1 first: m for me, o for the other "
    "party, x for someone else. Then add a note if the nights cannot say it all.",
    "list": "This question is a list. Add one entry at a time; each entry has a few parts. "
    "Type :skip to leave a part empty.",
}


# A question that already has an answer: the old answer is shown above an empty
# box, never put in it, so what is typed replaces it and a command stays a command.
KEEPS = "(Answered: Enter keeps it.)"
ANSWER = "Answer:"
ANSWER_NOW = "The answer now:"
NEW_ANSWER = "New answer:"
REPLACES = (
    "If there is an answer already, it is shown first: Enter on its own keeps it, "
    "and what you type replaces it."
)
NOTHING_CHOSEN = {
    "yes_no": "Nothing chosen yet. Type y for yes or n for no, then press Enter, "
    "or type :skip to leave it for now.",
    "list": "Nothing chosen yet. Type 1 to add an entry or 2 to go on, then press Enter.",
}
SKIPPED = "Skipped for now."
NOTHING_TICKED = "Nothing ticked: skipped for now."
NOTHING_CHOSEN_ANY = (
    "Nothing chosen yet. Type the number of your answer, then press Enter, or type :skip to leave it for now."
)


def command(*words: str) -> str:
    """A command line to show, quoted so it can be typed back as it is."""
    return " ".join(shlex.quote(w) for w in ("s7prep", *words))


def then_run(lead: str, cmd: str) -> str:
    """A sentence, then a command on a line of its own: broken across two lines,
    a command can be neither read out nor copied as it is."""
    return f"{lead}\n{cmd}"


def resume(label: str, essentials: bool = False, child_key: str | None = None) -> str:
    extra = (["--essentials"] if essentials else []) + (["--child", child_key] if child_key else [])
    return command("ask", "--case", label, *extra)


def position(n: int, total: int) -> str:
    return f"Question {n} of {total}"


def about(slot: Slot) -> str:
    return f", about {slot.child.display}" if slot.child else ""


def message(slot: Slot, n: int, total: int, answered: bool) -> str:
    """The prompt line: where we are, whose question, the question."""
    kept = f" {KEEPS}" if answered else ""
    return f"{position(n, total)}{about(slot)}. {slot.question.prompt}{kept}"


def section_heading(slot: Slot, intro: bool = True) -> list[str]:
    lines = ["", f"Section: {slot.section.title}{about(slot)}."]
    if intro and slot.section.intro:
        lines.append(slot.section.intro.strip())
    return lines


def help_lines(q: Question) -> list[str]:
    out: list[str] = []
    if q.help:
        out.append(f"Help: {q.help.strip()}")
    if q.hint:
        out.append(f"For example: {q.hint.strip()}")
    how = HOW.get(q.type, "")
    if q.type == "number" and (q.min is not None or q.max is not None):
        low = f"{q.min:g}" if q.min is not None else "any"
        high = f"{q.max:g}" if q.max is not None else "any"
        how += f" From {low} to {high}."
    alone = [c.label for c in q.choices if c.alone] if q.type == "multi_choice" else []
    if alone:
        how += f" Ticking {alone[0]} unticks the others."
    if how:
        if q.type in ("text", "long_text", "date", "number"):
            how += " " + REPLACES
        out.append(f"How to answer: {how}")
    explained = [(i, c) for i, c in enumerate(q.choices) if c.help]
    if explained:
        out.append("About some of the choices:")
        out.extend(f"{ITEM_KEYS[i]}) {c.label.rstrip('.')}. {c.help.strip()}" for i, c in explained)
    if q.sensitive:
        out.append("You can skip this question and come back to it later.")
    out.append(COMMANDS_HELP)
    return out


def signpost_lines(packset: PackSet, ids: tuple[str, ...]) -> list[str]:
    found = [s for s in (packset.signpost(i) for i in ids) if s is not None]
    if not found:
        return []
    return ["If you need support now:", *(signpost_line(s) for s in found)]


def signpost_line(s: Signpost) -> str:
    hours = f" {s.hours.rstrip('.')}." if s.hours else ""
    return f"{s.name}: {s.number}.{hours} For: {s.for_whom.rstrip('.')}."


def answer_text(q: Question, value: Any) -> str:
    """A typed answer (text, a date, a number) as a person would say it: a date
    as "March 2023", not as it is stored."""
    if q.type == "date" and isinstance(value, str):
        return show_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def totals_changed(before: int, after: int, cleared: bool = False) -> str:
    """Why the number of questions moved: said once, when it does."""
    cause = "Because of that change" if cleared else "Because of that answer"
    if after > before:
        more = after - before
        return f"{cause}, {more} more question{'s apply' if more > 1 else ' applies'}: {after} in all now."
    fewer = before - after
    gone = "s no longer apply" if fewer > 1 else " no longer applies"
    return f"{cause}, {fewer} question{gone}: {after} in all now."

"""Before the export: the statement checker's advice on the wording, offered and, if
wanted, read out one finding a line, a few at a time, each saying which of how many,
where it is, the words, what to consider and an example. Skippable at the offer and
between each few. The answers are never changed here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from s7prep.packs.model import Case, PackSet
from s7prep.plain.commands import Command, Interrupted
from s7prep.plain.prompts import Prompter
from s7prep.plain.words import resume, then_run
from s7prep.statement.checker import Finding, WordingError, check

Say = Callable[[str], None]
AT_A_TIME = 5  # findings read before asking whether to go on
ABOUT = (
    "The advice points at words an officer may stumble on in the statement, such as 'always', "
    "a word for the other adult instead of what they did, or a phone number, and says what to "
    "consider. It changes nothing. Type y to hear it or n to go on to the export, then press Enter."
)
MORE = "Press Enter for the next ones, or type :skip to go on to the export."


def offer_advice(case: Case, packset: PackSet, p: Prompter, say: Say, today: date, stop_note: str) -> None:
    """Offer the advice and read it if wanted. Raises plain.questions.Stop on :quit
    or Ctrl+C (with `stop_note`)."""
    from s7prep.plain.questions import Stop

    try:
        report = check(case, packset, today=today)
    except WordingError as exc:
        say(f"The advice on wording cannot be given: {str(exc).splitlines()[0]}.")
        return
    found = report.findings
    say("")
    if not found:
        say("Advice on the wording of the statement: nothing to point out.")
        return
    n = len(found)
    while True:
        reply = p.select(
            f"Before you export: advice on the wording, {report.summary()}. Hear it now?",
            [("Yes", True), ("No", False)],
            instruction="(Type y or n, then Enter.)",
            keys="yn",
        )
        if isinstance(reply, Interrupted) or (isinstance(reply, Command) and reply.name == "quit"):
            raise Stop(130 if isinstance(reply, Interrupted) else 0, stop_note)
        if isinstance(reply, Command) and reply.name not in ("skip", "back"):
            say(ABOUT)
            continue
        break
    if reply is not True:
        return
    say("Nothing has been changed: these are suggestions.")
    for i, f in enumerate(found, start=1):
        say(line(f, i, n))
        if i % AT_A_TIME == 0 and i < n:
            more = p.text(MORE, inline=True)
            if isinstance(more, Interrupted) or (isinstance(more, Command) and more.name == "quit"):
                raise Stop(130 if isinstance(more, Interrupted) else 0, stop_note)
            if isinstance(more, Command):
                break
    say("")
    say(
        then_run(
            "The export uses the answers as they are now. To change one first, use the app, "
            "or type :quit to stop here and then run:",
            resume(case.label),
        )
    )


def line(f: Finding, i: int, n: int) -> str:
    """One finding as one line to read aloud: which of how many, where, then the advice.
    The child's name is said once, after the answer's name ("What the child has said
    (Lily)"), not in the heading as well."""
    return f"{i} of {n}. {replace(f.place, child_name='').group}. {f.line}"

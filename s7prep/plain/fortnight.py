"""A `fortnight` question in plain mode: a pattern by its number, or 14 letters typed.

Read aloud, it goes: the question and a numbered list of patterns; for a pattern
with more nights in one home, whose home that is; the nights week by week and the
counts; then a note. Everything the prompts return that is not an answer (a
command, Ctrl+C) goes back to the question loop, holding the nights chosen so far so
that nothing already given is asked again or lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from s7prep import engine
from s7prep.engine import fortnight
from s7prep.packs.model import Question
from s7prep.plain.commands import NOTHING, Command

Say = Callable[[str], None]
TYPE = "type"
KEEP = "keep"
TYPE_LABEL = "Type the 14 nights as letters"
KEEP_LABEL = "Keep these nights"
LETTERS_PROMPT = (
    "Type 14 letters, one a night, Monday of week 1 first: m for me, o for the other party, "
    "x for someone else. A space between the weeks is fine."
)
NOT_ORIENTED = "Nothing chosen yet. Type 1 for your home or 2 for the other party's, then press Enter."
NOTE_PROMPT = (
    "A note, if needed: times, who someone else is, or what the nights cannot show. "
    "Press Enter to leave it empty."
)


class Asks(Protocol):
    """The prompts used here (plain.prompts.Prompter has them)."""

    def select(
        self,
        message: str,
        options: Sequence[tuple[str, Any]],
        *,
        default: Any = None,
        instruction: str = "",
        keys: Sequence[str] | None = None,
    ) -> Any: ...

    def text(
        self,
        message: str,
        *,
        default: str = "",
        multiline: bool = False,
        instruction: str = "",
        keep: str | None = None,
    ) -> Any: ...


def spaced(nights: str) -> str:
    """The letters as typed back: "mmmmoom mmmmmmm"."""
    return f"{nights[:7]} {nights[7:]}"


def described(nights: str) -> list[str]:
    """The nights week by week, then the counts: lines to read aloud."""
    return [line + "." for line in (*fortnight.week_words(nights), *fortnight.counts_words(nights))]


def _with(reply: Any, value: dict[str, str]) -> Any:
    """A command or Ctrl+C from a prompt, carrying the answer given so far."""
    if dataclasses.is_dataclass(reply) and hasattr(reply, "partial"):
        return dataclasses.replace(reply, partial=value)  # type: ignore[type-var]
    return reply


def ask_fortnight(
    p: Asks,
    say: Say,
    q: Question,
    message: str,
    current: Any,
    partial: Any = None,
    heard: set[str] | None = None,
) -> Any:
    """The answer in the raw form engine.validate takes, or what ended the prompt.
    `heard`: the nights already read out for this question; they are not read
    out again (the keep option says their counts), nor are nights just chosen."""
    base = partial if isinstance(partial, dict) else current if isinstance(current, dict) else {}
    base_nights, base_note = str(base.get("nights", "")), str(base.get("note", ""))
    if len(base_nights) != fortnight.NIGHTS:
        base_nights = ""
    heard = set() if heard is None else heard
    if base_nights and base_nights not in heard:
        say(("Saved now:" if base is current else "So far:") + " " + " ".join(described(base_nights)))
        heard.add(base_nights)
    options = [(p.label, p.name) for p in fortnight.PRESETS] + [(TYPE_LABEL, TYPE)]
    if base_nights:
        options.append((f"{KEEP_LABEL}: {fortnight.counts_words(base_nights)[0].lower()}", KEEP))
    reply = p.select(
        message, options, default=KEEP if base_nights else None, instruction="(Type a number, then Enter.)"
    )
    if not isinstance(reply, str):
        return reply
    if reply == KEEP:
        nights = base_nights
    elif reply == TYPE:
        nights = _typed(p, say, base_nights)
    else:
        nights = _oriented(p, say, fortnight.preset(reply), base_nights)
    if not isinstance(nights, str):
        return nights
    if reply != KEEP:
        say("That is: " + " ".join(described(nights)))
        heard.add(nights)
    # A note already given is shown, not put in the box: Enter keeps it, typing replaces it.
    note = p.text(NOTE_PROMPT, keep=base_note or None)
    if not isinstance(note, str):
        typed = getattr(note, "partial", None)
        return _with(
            note, {"nights": nights, "note": typed if isinstance(typed, str) and typed else base_note}
        )
    return {"nights": nights, "note": note.strip() or base_note}


def _oriented(p: Asks, say: Say, chosen: fortnight.Preset, base_nights: str) -> Any:
    """The preset's nights, with most of them in the home the person names. Nothing
    is chosen for them unless nights were given before (then their way round is):
    a stray Enter must never put the children in the wrong home."""
    if fortnight.is_even(chosen.nights):
        return chosen.nights
    most = chosen.nights.count("m")
    question = (
        "Whose home is it for all 14 nights?"
        if most == fortnight.NIGHTS
        else f"Whose home is it for {most} of the 14 nights?"
    )
    flipped = bool(base_nights) and base_nights.count("o") > base_nights.count("m")
    while True:
        reply = p.select(
            question,
            [("Me", "m"), ("The other party", "o")],
            default=("o" if flipped else "m") if base_nights else None,
            instruction="(Type a number, then Enter.)",
        )
        if not (isinstance(reply, Command) and reply.name == NOTHING):
            break
        say(NOT_ORIENTED)
    if reply == "o":
        return fortnight.swap(chosen.nights)
    return chosen.nights if reply == "m" else reply


def _typed(p: Asks, say: Say, base_nights: str) -> Any:
    # Nights given before are shown above an empty box (Enter keeps them); refused
    # letters are not put back, so a command typed next is never glued to them.
    keep = spaced(base_nights) if base_nights else None
    while True:
        reply = p.text(LETTERS_PROMPT, keep=keep)
        if not isinstance(reply, str):
            return reply
        if keep is not None and not reply.strip():
            return base_nights
        try:
            return fortnight.parse_nights(reply)
        except engine.AnswerError as exc:
            say(f"Not kept: {exc}. Please type all 14 again.")

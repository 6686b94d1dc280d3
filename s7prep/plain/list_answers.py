"""`list` questions in plain mode: entries added one at a time, part by part.

Each finished entry is saved at once (the whole list, as the store keeps it).
Editing an entry in the middle of a list is left to the app; here a person can
add entries and remove the last one, which covers a phone call's needs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s7prep import engine
from s7prep.packs.model import Question
from s7prep.plain.commands import NOTHING, Command, Interrupted, parse_command
from s7prep.plain.fortnight import ask_fortnight
from s7prep.plain.prompts import Prompter
from s7prep.plain.words import NOTHING_CHOSEN, NOTHING_CHOSEN_ANY, help_lines

Say = Callable[[str], None]
# Saves the whole list (None clears it); True once the store committed.
SaveList = Callable[[list[dict[str, Any]] | None], bool]


def entries_line(n: int) -> str:
    return "1 entry saved so far." if n == 1 else f"{n} entries saved so far."


def ask_list(p: Prompter, say: Say, q: Question, message: str, current: Any, save: SaveList) -> Any:
    """Returns None when the person moves on, or the Command / Interrupted that
    ended it (for the question loop to act on)."""
    entries: list[dict[str, Any]] = list(current or [])
    if entries:
        say(entries_line(len(entries)))
    prompt = f"{message} Add an entry?"
    while True:
        options: list[tuple[str, str]] = [("Yes, add an entry", "add"), ("No, go on", "done")]
        if entries:
            options.append(("Remove the last entry", "remove"))
        reply = p.select(prompt, options, instruction="(Type a number, then Enter.)")
        prompt = "Add another entry?"
        if isinstance(reply, Command | Interrupted):
            return reply
        if reply == "done":
            return None
        if reply == "remove":
            if save(entries[:-1] or None):
                entries = entries[:-1]
                say(f"Removed the last entry. {entries_line(len(entries))}")
            continue
        outcome, record = ask_entry(p, say, q, len(entries) + 1)
        if record and outcome != "dropped":
            try:
                kept = engine.validate(q, [*entries, record])
            except engine.AnswerError as exc:
                say(f"That entry was not saved: {exc}.")
                kept = None
            if kept is not None and save(kept):
                entries = kept
                say(f"Saved entry {len(entries)}.")
        elif outcome == "dropped":
            say("That entry was not added.")
        if outcome == "quit":
            return Command("quit")
        if outcome == "interrupt":
            return Interrupted(None)


def ask_entry(p: Prompter, say: Say, q: Question, n: int) -> tuple[str, dict[str, Any]]:
    """Ask each part of one entry. The outcome is "done", "dropped" (`:back` on
    the first part), "quit" or "interrupt"; the record holds what was given."""
    record: dict[str, Any] = {}
    fields = q.fields
    i = 0
    partial: Any = None
    heard: set[str] = set()  # nights read out in this entry
    while i < len(fields):
        f = fields[i]
        message = f"Entry {n}, part {i + 1} of {len(fields)}. {f.prompt}"
        if f.type == "fortnight":
            reply = ask_fortnight(p, say, f, message, record.get(f.id), partial, heard)
        else:
            reply = p.ask(f, message, record.get(f.id), partial)
        partial = None
        if isinstance(reply, Interrupted):
            _keep(f, reply.partial, record)
            return "interrupt", record
        if isinstance(reply, Command):
            if reply.name == "help":
                say(f"This is part {i + 1} of entry {n} for: {q.short}.")
                for line in help_lines(f):
                    say(line)
                heard.clear()
            elif reply.name == "where":
                say(f"Entry {n}, part {i + 1} of {len(fields)}, for: {q.short}.")
            elif reply.name == "skip":
                if f.required:
                    say("This part is needed for an entry. Type it, or type :back to drop the entry.")
                else:
                    record.pop(f.id, None)
                    i += 1
            elif reply.name == "back":
                if i == 0:
                    return "dropped", record
                i -= 1
            elif reply.name == "clear":
                record.pop(f.id, None)
                say("Cleared.")
            elif reply.name == "quit":
                return "quit", record
            elif reply.name == NOTHING:
                say(NOTHING_CHOSEN.get(f.type, NOTHING_CHOSEN_ANY))
            else:
                say(f"{reply.typed} is not a command. Type ? for help.")
            continue
        try:
            value = engine.validate(f, reply)
        except engine.AnswerError as exc:
            say(f"Not kept: {exc}. Please try again.")
            partial = reply
            continue
        if value is None and f.required:
            say("This part is needed for an entry. Type it, or type :back to drop the entry.")
            continue
        if value is None:
            record.pop(f.id, None)
        else:
            record[f.id] = value
        i += 1
    return "done", record


def _keep(f: Question, partial: Any, record: dict[str, Any]) -> None:
    """Ctrl+C in the middle of a part: keep what was typed if it is valid."""
    if partial is None or (isinstance(partial, str) and (not partial.strip() or parse_command(partial))):
        return
    try:
        value = engine.validate(f, partial)
    except engine.AnswerError:
        return
    if value is not None:
        record[f.id] = value

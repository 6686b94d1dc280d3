"""The end of a plain-mode run: offer to export the statement (or the notes for the
officer, the person's own notes, or all three), then say where it went.

The writing itself is s7prep.statement.export's (the helper `s7prep export` uses too,
behind `Exporter`: its FileExporter); this only asks which format and where.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from s7prep.packs.model import Case, PackSet
from s7prep.plain.commands import Command, Interrupted
from s7prep.plain.prompts import Prompter
from s7prep.plain.words import command, then_run
from s7prep.statement.export import ExportError, target

Say = Callable[[str], None]


class Exporter(Protocol):
    def suggested(self, fmt: str, document: str = "statement") -> Path:
        """Where the document goes if the person just presses Enter (for "all": a folder)."""
        ...

    def write(
        self, case: Case, packset: PackSet, fmt: str, path: Path, replace: bool, document: str = "statement"
    ) -> tuple[Path, list[str]]:
        """Write it; returns the path written and warnings to read out (addresses).
        Raises FileExistsError if the file exists and not `replace`, ExportError otherwise."""
        ...


FORMATS = [
    ("Yes, as a web page to print (HTML)", "html"),
    ("Yes, as plain text (Markdown)", "md"),
    ("Not now", ""),
]
DOCUMENTS = [
    ("The statement, to hand over", "statement"),
    ("All three: the statement, notes for the officer only, and my own notes", "all"),
    ("Notes for the officer only (safety, adjustments, questions)", "officer"),
    ("My own interview notes: every answer, not for handing over", "notes"),
]
SAVED = {"statement": "Statement", "officer": "Notes for the officer", "notes": "Your notes"}
ABOUT = (
    "The statement is a short summary of your answers to take to the interview. "
    "The web page opens in a browser and prints on A4; plain text opens in any editor. "
    "Type 1 for a web page, 2 for plain text or 3 for not now, then press Enter."
)
# The screen is cleared when `ask` ends: what must be read first is waited on.
READ_FIRST = "Press Enter to finish; the screen is then cleared."
UNENCRYPTED = (
    "The file you saved is not encrypted: keep it somewhere safe, and delete it after the interview."
)
UNENCRYPTED_ALL = (
    "The files you saved are not encrypted: keep them somewhere safe, and delete them after the interview."
)


def offer_export(exporter: Exporter, case: Case, packset: PackSet, p: Prompter, say: Say) -> list[str]:
    """Ask, export, and return the lines to show last (the path first)."""
    from s7prep.plain.questions import Stop

    say("")
    while True:
        fmt = p.select("Export the statement now?", FORMATS, instruction="(Type a number, then Enter.)")
        if isinstance(fmt, Interrupted) or (isinstance(fmt, Command) and fmt.name == "quit"):
            raise Stop(130 if isinstance(fmt, Interrupted) else 0, not_exported(case.label))
        if isinstance(fmt, Command) and fmt.name in ("skip", "back"):
            fmt = ""
        if isinstance(fmt, Command):
            say(ABOUT)
            continue
        break
    if not fmt:
        return [not_exported(case.label)]
    document = p.select("Which document?", DOCUMENTS, instruction="(Type a number, then Enter.)")
    if isinstance(document, Interrupted) or (isinstance(document, Command) and document.name == "quit"):
        raise Stop(130 if isinstance(document, Interrupted) else 0, not_exported(case.label))
    if not isinstance(document, str):
        document = "statement"
    if document == "all":
        return _export_all(exporter, case, packset, fmt, p, say)
    suggested = _unused(exporter.suggested(fmt, document))
    while True:
        reply = p.text(where_prompt(suggested))
        if isinstance(reply, Interrupted) or (isinstance(reply, Command) and reply.name in ("quit", "skip")):
            raise Stop(130 if isinstance(reply, Interrupted) else 0, not_exported(case.label))
        if isinstance(reply, Command):
            say("Type a file name or a folder and file name, or press Enter to use the one suggested.")
            continue
        try:
            typed = Path(reply.strip()).expanduser()
            path = target(typed, fmt, kind=document) if reply.strip() else suggested
        except ExportError as exc:
            say(f"Not exported: {exc}.")
            continue
        replace = False
        if path.exists():
            again = p.select(
                "A file with that name is already there. Replace it?",
                [("Yes", True), ("No", False)],
                default=False,
                instruction="(Type y or n, then Enter.)",
                keys="yn",
            )
            if again is not True:
                continue
            replace = True
        try:
            written, warnings = exporter.write(case, packset, fmt, path, replace, document)
        except FileExistsError:
            say("Not exported: a file with that name appeared meanwhile. Choose another name.")
            continue
        except ExportError as exc:
            say(f"Not exported: {exc}.")
            continue
        say(f"{SAVED[document]} saved to {written}")
        for warning in warnings:
            say(f"Check before you share it: {warning}.")
        if warnings:
            p.pause(READ_FIRST)
        return [f"{SAVED[document]} saved to {written}", UNENCRYPTED]


def _export_all(
    exporter: Exporter, case: Case, packset: PackSet, fmt: str, p: Prompter, say: Say
) -> list[str]:
    """The three documents into one folder, each under its own dated name."""
    from s7prep.plain.questions import Stop

    suggested = exporter.suggested(fmt, "all")
    while True:
        reply = p.text(f"Which folder should they go in? Press Enter to use {suggested}, or type a folder.")
        if isinstance(reply, Interrupted) or (isinstance(reply, Command) and reply.name in ("quit", "skip")):
            raise Stop(130 if isinstance(reply, Interrupted) else 0, not_exported(case.label))
        if isinstance(reply, Command):
            say("Type a folder, or press Enter to use the one suggested.")
            continue
        folder = Path(reply.strip()).expanduser() if reply.strip() else suggested
        try:
            written, warnings = exporter.write(case, packset, fmt, folder, False, "all")
        except FileExistsError:
            say("Not exported: today's files are already in that folder. Choose another folder.")
            continue
        except ExportError as exc:
            say(f"Not exported: {exc}.")
            continue
        say(f"The three documents saved in {written.parent}")
        for warning in warnings:
            say(f"Check before you share them: {warning}.")
        if warnings:
            p.pause(READ_FIRST)
        return [f"The three documents saved in {written.parent}", UNENCRYPTED_ALL]


def where_prompt(suggested: Path) -> str:
    # The path is not last: what is typed must not look like the end of it.
    return f"Where should it be saved? Press Enter to use {suggested}, or type a folder or file name."


def _unused(path: Path) -> Path:
    """The suggested name, numbered if taken: a volunteer exports one a call."""
    n = 2
    found = path
    while found.exists() or found.is_symlink():
        found = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return found


def not_exported(label: str) -> str:
    return then_run(
        "No statement was exported. To export it later, run:", command("export", label, "--format", "html")
    )

"""Driving plain mode in tests: a real store on disk, questionary through a pipe."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from s7prep.packs.model import Child, PackSet
from s7prep.plain import session as plain_session
from s7prep.plain.export import Exporter
from s7prep.plain.prompts import Prompter
from s7prep.store.store import Store

TODAY = date(2026, 11, 22)
LABEL = "call-2026-11-22-1"
ENTER = "\r"
CTRL_C = "\x03"
BACKSPACE = "\x7f"


class RecordingPrompter(Prompter):
    """Keeps every prompt's message, in order, as a screen reader would hear it."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []
        self.printed: list[str] = []

    def show(self, text: str, tail: str = "") -> None:
        self.printed.append(f"{text} {tail}".strip())
        super().show(text, tail)

    def text(self, message: str, **kw: Any) -> Any:
        self.messages.append(message)
        return super().text(message, **kw)

    def select(self, message: str, options: Sequence[tuple[str, Any]], **kw: Any) -> Any:
        self.messages.append(message)
        return super().select(message, options, **kw)

    def checkbox(self, message: str, options: Sequence[tuple[str, Any]], **kw: Any) -> Any:
        self.messages.append(message)
        return super().checkbox(message, options, **kw)


@dataclass
class Run:
    outcome: plain_session.Outcome
    said: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # by the prompts: questions, old answers, answers

    @property
    def transcript(self) -> str:
        return "\n".join(self.said)


def open_store(home: Path) -> Store:
    store = Store.open(home, insecure_fast_kdf_for_tests=True)
    if store.is_initialised:
        store.unlock("correct horse")
    else:
        store.create_vault("correct horse")
    return store


def drive(
    store: Store,
    packset: PackSet,
    keys: Sequence[str],
    *,
    exporter: Exporter | None = None,
    **options: Any,
) -> Run:
    """Type `keys` into a whole plain-mode run. The pipe is closed after them, so
    a run that wants more input than the test gave ends instead of hanging."""
    said: list[str] = []
    prompter = RecordingPrompter()
    with create_pipe_input() as pipe:
        pipe.send_text("".join(keys))
        pipe.close()
        with create_app_session(input=pipe, output=DummyOutput()):
            outcome = plain_session.run(
                store, packset, prompter, said.append, exporter=exporter, today=TODAY, **options
            )
    return Run(outcome, said, prompter.messages, prompter.printed)


def seeded(store: Store, answers: dict[tuple[str, str | None], object], children: int = 1) -> None:
    """A case made through the store itself, for tests that start mid-way."""
    store.create_case(LABEL)
    names = ["Sam", "Ali", "Jo"][:children]
    store.save_children(LABEL, [Child(f"c{n}", name, age=7) for n, name in enumerate(names, start=1)])
    for key, value in answers.items():
        store.save_answer(LABEL, key, value)


# Keys for a new case with one child, Sam, aged 7, who lives with the caller.
NEW_CASE_ONE_CHILD = [ENTER, "Sam" + ENTER, "7" + ENTER, "with me" + ENTER, "n" + ENTER]

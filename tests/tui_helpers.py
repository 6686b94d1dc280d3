"""Helpers for the TUI tests: the app on a real store with the test-only fast KDF,
the sample pack plus a small pack with the case-set-up questions, and ways to read
what the screen shows."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.pilot import Pilot
from textual.widgets import Input

from s7prep.packs import loader as packs
from s7prep.packs.model import Case, Child, PackSet
from s7prep.store.store import CaseData, Store
from s7prep.tui.app import S7App, make_app

if TYPE_CHECKING:
    from s7prep.tui.screens.questions import QuestionsScreen

PASS = "correct horse battery staple"
TODAY = date(2026, 11, 22)
FIXTURES = Path(__file__).parent / "fixtures"

# The set-up questions of the content conventions; the sample pack has none.
ROLES_PACK = """\
id: roles
title: Roles for the TUI tests
version: "0.1"
reviewed: 2026-11-01
sources: [Children Act 1989, s1(3)]
order: 1
sections:
  - id: roles
    title: Who is who
    questions:
      - id: your_role
        type: choice
        prompt: Who are you to the children?
        statement: about
        choices:
          - {value: mother, label: Mother}
          - {value: father, label: Father}
          - {value: grandmother, label: Grandmother}
          - {value: other, label: Someone else}
      - id: your_role_other
        type: text
        prompt: Say who you are to the children.
        statement: about
        show_if: "your_role == 'other'"
      - id: other_party_role
        type: choice
        prompt: Who is the other party to the children?
        statement: about
        choices:
          - {value: mother, label: Mother}
          - {value: father, label: Father}
"""

open_store = functools.partial(Store.open, insecure_fast_kdf_for_tests=True)


def packset(tmp: Path, roles: bool = False) -> PackSet:
    paths = [FIXTURES / "packs"]
    if roles:
        (tmp / "roles.yaml").write_text(ROLES_PACK, encoding="utf-8")
        paths.append(tmp / "roles.yaml")
    result = packs.load(paths)
    assert result.errors == []
    return result.packset


def app_for(home: Path, ps: PackSet, passphrase: str | None = None, **kwargs: Any) -> S7App:
    kwargs.setdefault("lock_after", None)
    app = make_app(home, passphrase, packset=ps, opener=open_store, **kwargs)
    app.session.today = lambda: TODAY
    return app


def seed_case(home: Path, case: Case, label: str = "case-1") -> None:
    """A new vault holding `case` (an invented case of tests/fixtures/cases), imported whole."""
    store = open_store(home)
    try:
        store.create_vault(PASS)
        store.import_case(label, CaseData(tuple(case.children), case.answers))
    finally:
        store.close()


def seed(home: Path, label: str = "case-1", children: tuple[Child, ...] = (), answers: Any = None) -> None:
    """A vault with one case, written straight to the store."""
    store = open_store(home)
    try:
        if store.is_initialised:
            store.unlock(PASS)
        else:
            store.create_vault(PASS)
        store.create_case(label)
        if children:
            store.save_children(label, list(children))
        for key, value in (answers or {}).items():
            store.save_answer(label, key, value)
    finally:
        store.close()


def stored(home: Path, label: str = "case-1") -> dict[Any, Any]:
    store = open_store(home)
    try:
        store.unlock(PASS)
        return store.load_case(label).answers
    finally:
        store.close()


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers (the unlock) and pending messages finish."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type into the focused box. Inserted at the cursor as typing does (and with
    the same Changed messages), since Pilot takes ~60 ms a key."""
    from textual.widgets import TextArea  # here: test_start_lean checks the unlock does not load it

    focused = pilot.app.focused
    if isinstance(focused, Input):
        focused.insert_text_at_cursor(text)
    elif isinstance(focused, TextArea):
        focused.insert(text)
    else:
        await pilot.press(*text)
    await pilot.pause()


async def open_case(pilot: Pilot[Any], view: str = "f4") -> None:
    """From the cases list (after the automatic unlock), open the first case and
    press `view`'s key (nothing for the view a case opens on)."""
    from s7prep.tui.screens.cases import CasesScreen

    await settle(pilot)
    assert isinstance(pilot.app.screen, CasesScreen)
    await pilot.press("enter")
    await settle(pilot)
    if view:
        await pilot.press(view)
        await settle(pilot)


async def go_to(pilot: Pilot[Any], key: tuple[str, str | None]) -> QuestionsScreen:
    """On the questions screen, show question `key` (an answer key: id and child)."""
    from s7prep.tui.screens.questions import QuestionsScreen

    screen = pilot.app.screen
    assert isinstance(screen, QuestionsScreen)
    await screen.show(next(s for s in screen.slots if s.key == key))
    await settle(pilot)
    return screen


async def open_at(pilot: Pilot[Any], key: tuple[str, str | None]) -> QuestionsScreen:
    """Open the first case on its questions, at question `key`."""
    await open_case(pilot)
    return await go_to(pilot, key)


def screen_text(app: S7App) -> str:
    """Everything the top screen shows now, as plain text, line by line."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


async def wait_until(pilot: Pilot[Any], holds: Callable[[], bool], seconds: float = 120.0) -> None:
    """Let the app run until `holds()` is true (timers fire late on a loaded machine).
    A plain sleep: Pilot.pause waits on the current screen, which may be going away."""
    for _ in range(int(seconds / 0.05)):
        if holds():
            return
        await asyncio.sleep(0.05)
    await pilot.pause()


async def click_again(pilot: Pilot[Any], selector: str) -> None:
    """Click a button a second time as a person would: Textual ignores a click on a
    button still showing its last press (0.2 s), which a fast test run could land in."""
    button = pilot.app.screen.query_one(selector)
    await wait_until(pilot, lambda: not button.has_class("-active"))
    await pilot.click(selector)


async def open_child_dialog(pilot: Pilot[Any]) -> None:
    """Open the case on its details and the "Add a child" dialog."""
    from s7prep.tui.screens.dialogs import ChildDialog

    await open_case(pilot, view="f3")
    await pilot.click("#child-add")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ChildDialog)

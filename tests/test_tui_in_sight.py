"""What people tripped over in the app (issue 13), on the shipped packs: the focused
choice always in sight at 80x24, controls that fit, focus that shows in both themes,
section introductions and choice help, coming back to the same place after a lock,
and an end count and dialogs that follow what is on screen."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.color import Color
from textual.pilot import Pilot
from textual.widgets import Button, Input, TextArea

from s7prep.packs import loader
from s7prep.packs.model import AnswerKey, Child, PackSet
from s7prep.tui.app import S7App
from s7prep.tui.screens.questions import QuestionsScreen
from s7prep.tui.screens.statement import StatementScreen
from s7prep.tui.screens.unlock import UnlockScreen
from s7prep.tui.widgets.choices import ChoiceList
from s7prep.tui.widgets.records import RecordDialog
from tests.tui_helpers import PASS, app_for, open_case, screen_text, seed, settle

KIDS = (Child("c1", "A.B.", age=9),)
BASE: dict[AnswerKey, Any] = {
    ("your_role", None): "mother",
    ("other_party_role", None): "father",
    ("concern_areas", None): ["abduction"],
    ("concerns_raised", None): "yes",
}


@pytest.fixture(scope="module")
def shipped() -> PackSet:
    return loader.shipped().packset


def run_app(
    home: Path,
    ps: PackSet,
    size: tuple[int, int],
    body: Callable[[S7App, Pilot[Any]], Awaitable[None]],
    answers: dict[AnswerKey, Any] | None = None,
) -> None:
    seed(home, "case-1", KIDS, {**BASE, **(answers or {})})

    async def run() -> None:
        app = app_for(home, ps, PASS)
        async with app.run_test(size=size) as pilot:
            await open_case(pilot, view="")
            await body(app, pilot)

    asyncio.run(run())


async def go_to(app: S7App, pilot: Pilot[Any], qid: str) -> QuestionsScreen:
    screen = app.screen
    if not isinstance(screen, QuestionsScreen):
        await pilot.press("f4")
        await settle(pilot)
        screen = app.screen
    assert isinstance(screen, QuestionsScreen)
    await screen.show(next(s for s in screen.slots if s.key[0] == qid))
    await settle(pilot)
    await pilot.pause()  # the page scrolls to the highlight after a refresh
    return screen


async def open_entry_dialog(app: S7App, pilot: Pilot[Any], qid: str) -> tuple[QuestionsScreen, RecordDialog]:
    """The list question `qid`, and its Add dialog opened by Enter on Add."""
    screen = await go_to(app, pilot, qid)
    screen.query_one("#list-add").focus()
    await pilot.press("enter")
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, RecordDialog)
    return screen, dialog


def label_of(choices: ChoiceList, index: int) -> str:
    return choices.choices[index][1]


def test_the_highlighted_choice_stays_in_sight_at_80x24(tmp_path: Path, shipped: PackSet) -> None:
    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        await go_to(app, pilot, "disputed_issues")  # twelve choices, some on two lines
        choices = app.focused
        assert isinstance(choices, ChoiceList) and len(choices.choices) >= 10
        for index in range(1, len(choices.choices)):
            await pilot.press("down")
            await pilot.pause()
            assert choices.highlighted == index
            # The start of its label, as it is drawn (wrapped at the list's width).
            start = label_of(choices, index).split()[0:3]
            assert " ".join(start) in screen_text(app), (index, start)
        # And back up to the first.
        for _ in range(len(choices.choices) - 1):
            await pilot.press("up")
        await pilot.pause()
        assert choices.highlighted == 0
        assert " ".join(label_of(choices, 0).split()[0:3]) in screen_text(app)

    run_app(tmp_path / "home", shipped, (80, 24), body)


def test_a_ticked_choice_far_down_the_list_is_shown(tmp_path: Path, shipped: PackSet) -> None:
    last = next(q for q in shipped.by_id.values() if q.id == "disputed_issues").choices[-1]

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        await go_to(app, pilot, "disputed_issues")
        assert "[x] " + last.label[:20] in screen_text(app)

    run_app(tmp_path / "home", shipped, (80, 24), body, {("disputed_issues", None): [last.value]})


def test_list_buttons_and_the_date_hint_fit_at_80_columns(tmp_path: Path, shipped: PackSet) -> None:
    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        await go_to(app, pilot, "incidents")  # under an introduction and a note: the page scrolls
        assert app.focused is app.screen.query_one("#list-add")
        shown = screen_text(app)
        for label in ("Add", "Edit", "Remove"):
            assert f" {label} " in shown, label
        await go_to(app, pilot, "next_hearing")  # a date
        box = app.focused
        assert isinstance(box, Input) and box.placeholder in screen_text(app)

    run_app(tmp_path / "home", shipped, (80, 24), body)


@pytest.mark.parametrize("contrast", [False, True], ids=["default", "high-contrast"])
def test_the_focused_button_stands_out_in_both_themes(
    tmp_path: Path, shipped: PackSet, contrast: bool
) -> None:
    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        if contrast:
            app.toggle_contrast()
            await pilot.pause()
        await go_to(app, pilot, "incidents")
        add, edit = app.screen.query_one("#list-add", Button), app.screen.query_one("#list-edit", Button)
        add.focus()
        await pilot.pause()
        accent = Color.parse(app.theme_variables["accent"])
        assert add.visual_style.background == accent
        assert edit.visual_style.background != accent  # only the focused one

    run_app(tmp_path / "home", shipped, (80, 24), body, {("incidents", None): [{"what": "Shouting"}]})


def test_section_intro_on_coming_into_a_section_and_choice_help(tmp_path: Path, shipped: PackSet) -> None:
    intro = next(s for p in shipped.packs for s in p.sections if s.id == "abduction").intro
    services = shipped.by_id["services_willing"]
    helped = next(c for c in services.choices if c.help)

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        screen = await go_to(app, pilot, "abd_worry")  # from another section
        opening = " ".join(intro.split()[:8])  # "If you think a child is about to be"
        assert "call 999 now" in intro and opening in screen_text(app)
        await pilot.press("ctrl+n")  # the next question of the same section
        await settle(pilot)
        assert screen.current is not None and screen.current.section.id == "abduction"
        assert opening not in screen_text(app)
        await go_to(app, pilot, "services_willing")
        assert " ".join(helped.help.split()[:4]) in screen_text(app)

    run_app(tmp_path / "home", shipped, (120, 40), body)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_after_a_lock_back_to_the_same_question(
    tmp_path: Path, shipped: PackSet, size: tuple[int, int]
) -> None:
    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        screen = await go_to(app, pilot, "child_family_ties")
        assert screen.current is not None
        where = screen.current.key
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        app.screen.query_one("#pass1", Input).value = PASS
        await pilot.press("enter")
        await settle(pilot)
        back = app.screen
        assert isinstance(back, QuestionsScreen) and back.current is not None
        assert back.current.key == where and app.session.label == "case-1"
        # And from the statement: back to the statement.
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        app.screen.query_one("#pass1", Input).value = PASS
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StatementScreen)

    run_app(tmp_path / "home", shipped, size, body)


def test_the_end_count_follows_the_essentials_switch(tmp_path: Path, shipped: PackSet) -> None:
    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        screen = await go_to(app, pilot, "your_role")
        await screen.show(None)  # the end
        await settle(pilot)
        everything = len(screen.slots)
        assert f"of the {everything} questions" in screen_text(app).replace("\n", " ")
        await pilot.press("ctrl+t")  # essentials only
        await settle(pilot)
        essential = len(screen.slots)
        assert essential < everything
        shown = screen_text(app).replace("\n", " ")
        assert f"of the {essential} essential questions" in shown and f" {everything} " not in shown

    run_app(tmp_path / "home", shipped, (120, 40), body)


def test_a_tall_entry_dialog_keeps_its_buttons_at_the_bottom(tmp_path: Path, shipped: PackSet) -> None:
    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        _, dialog = await open_entry_dialog(app, pilot, "concerns_list")  # six parts to an entry
        box = dialog.query_one(".dialog-box").region
        ok = dialog.query_one("#ok").region
        assert ok.bottom == box.bottom - 1  # right above the bottom border: no gap below

    run_app(tmp_path / "home", shipped, (120, 40), body)


def test_every_word_of_a_wrapped_long_answer_is_shown_at_80x24(tmp_path: Path, shipped: PackSet) -> None:
    """The sentence from the report, typed key by key where "live " ends the first
    wrapped line; then the question left and shown again (the box is reused)."""
    typed = "Her father's parents and brothers live abroad."
    keys = {" ": "space", "'": "apostrophe", ".": "full_stop"}

    async def body(app: S7App, pilot: Pilot[Any]) -> None:
        await go_to(app, pilot, "abd_worry")
        box = app.focused
        assert isinstance(box, TextArea)
        for char in typed:
            await pilot.press(keys.get(char, char))
        await settle(pilot)
        assert box.wrapped_document.get_sections(0)[0].endswith(" live ")  # the case reported
        for moves in ((), ("ctrl+n", "ctrl+b")):  # as typed, then shown again
            for move in moves:
                await pilot.press(move)
                await settle(pilot)
            box = app.focused
            assert isinstance(box, TextArea)
            area = box.content_region  # only what the box shows, not the sidebar beside it
            rows = screen_text(app).split("\n")[area.y : area.bottom]
            assert " ".join(" ".join(row[area.x : area.right] for row in rows).split()) == typed, moves

    run_app(tmp_path / "home", shipped, (80, 24), body)


def test_a_new_passphrase_typed_ahead_goes_to_both_boxes(tmp_path: Path, shipped: PackSet) -> None:
    """Typed (or pasted) faster than the app handles it, as a terminal delivers it:
    the keys after the first Enter belong in the second box."""
    from textual import events

    from s7prep.tui.screens.cases import CasesScreen

    async def run() -> None:
        app = app_for(tmp_path / "home", shipped)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            driver = app._driver  # private: how Pilot hands keys over, without its pauses
            assert driver is not None
            for key in [*PASS, "enter", *PASS, "enter"]:  # all queued at once, none handled yet
                event = events.Key("space" if key == " " else key, key if len(key) == 1 else None)
                event.set_sender(app)
                driver.send_message(event)
            await settle(pilot)
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)

    asyncio.run(run())

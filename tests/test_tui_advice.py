"""The statement checker's advice on the statement screen, driven with Pilot at 80x24
on a real-pack case with planted problems: its own tab with the count, the findings
under their sections, Enter going to the answer, and nothing changed."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Static, Tabs

from s7prep.packs.model import Answers
from s7prep.tui.screens.questions import QuestionsScreen
from s7prep.tui.screens.statement import StatementScreen
from s7prep.tui.widgets.advice import AdviceList
from tests.checker_planted import ONE_OF_EACH, PHONE
from tests.fixtures.cases import load, packset
from tests.tui_helpers import PASS, app_for, open_case, open_store, seed_case, settle


def _seed(home: Path, answers: Answers) -> Answers:
    case = load("one_child_essentials")
    case.answers.update(answers)
    seed_case(home, case)
    return dict(case.answers)


def _stored(home: Path) -> Answers:
    store = open_store(home)
    try:
        store.unlock(PASS)
        return store.load_case("case-1").answers
    finally:
        store.close()


def test_the_advice_tab_lists_findings_by_section_and_goes_to_each_answer(tmp_path: Path) -> None:
    home = tmp_path / "home"
    before = _seed(home, ONE_OF_EACH)

    async def run() -> None:
        app = app_for(home, packset(), PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f6")
            screen = app.screen
            assert isinstance(screen, StatementScreen)
            tabs = screen.query_one(Tabs)
            assert str(tabs.query_one("#doc-advice").render()).strip() == "Advice (4)"
            await pilot.press("left")  # from the first tab round to the advice
            await settle(pilot)
            assert tabs.active == "doc-advice"
            words = str(screen.query_one("#statement-words", Static).render())
            assert words.startswith("4 things to look at in the statement. Nothing is changed.")
            assert not screen.query_one("#statement-scroll").display  # no preview under it
            advice = screen.query_one(AdviceList)
            shown = [str(advice.get_option_at_index(n).prompt) for n in range(advice.option_count)]
            headings = [text for text, f in zip(shown, advice.findings, strict=True) if f is None]
            assert headings == [
                "Conflict between the adults",
                "Events and safety",
                "Your care of the child",  # one child: the packs' wording
            ]
            rules = [(f.rule, f.place.qid) for f in advice.findings if f is not None]
            assert rules == [
                ("absolutes", "conflict_own_part"),
                ("diagnoses", "harm_safety_asks"),
                ("repeats", "cap_you_daily"),  # said first about Maya, asked before
                ("contacts", "cap_you_support"),
            ]
            assert all(PHONE not in text and "900461" not in text for text in shown)
            await pilot.press("tab", "tab")  # past Export, to the advice
            assert app.focused is advice
            await pilot.press("down", "enter")  # the second finding: the diagnosis
            await settle(pilot)
            assert isinstance(app.screen, QuestionsScreen)
            assert app.screen.current is not None
            assert app.screen.current.key == ("harm_safety_asks", None)

    asyncio.run(run())
    assert _stored(home) == before  # the advice changed nothing


def test_a_clean_statement_has_nothing_to_point_out(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _seed(home, {})

    async def run() -> None:
        app = app_for(home, packset(), PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f6")
            screen = app.screen
            assert str(screen.query_one("#doc-advice").render()).strip() == "Advice"
            await pilot.press("left")
            await settle(pilot)
            words = str(screen.query_one("#statement-words", Static).render())
            assert words == "Nothing to point out in the wording of the statement."
            assert not screen.query_one(AdviceList).display

    asyncio.run(run())


def test_the_whole_statement_goes_to_its_own_tab(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed_case(home, load("two_children_full"))

    async def run() -> None:
        app = app_for(home, packset(), PASS)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_case(pilot, view="f6")
            screen = app.screen
            tabs = screen.query_one(Tabs)
            await pilot.press("left", "tab", "tab")
            await settle(pilot)
            advice = screen.query_one(AdviceList)
            assert app.focused is advice
            first = advice.findings[advice.highlighted or 0]
            assert first is not None and first.rule == "pages"
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen is screen and tabs.active == "doc-statement"
            assert screen.query_one("#statement-scroll").display  # the preview is back

    asyncio.run(run())

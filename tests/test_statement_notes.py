"""My interview notes open with the list for the interview day (what is read on the
day), the same list the app and plain mode show at the end of the questions, with the
person's words literal: escaped in Markdown, in <bdi dir="auto"> in HTML."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from markdown_it import MarkdownIt

from s7prep.packs.model import PackSet
from s7prep.statement import documents
from s7prep.statement.interview_day import interview_day
from s7prep.statement.render import render
from tests.fixtures.cases import NAMES, load, packset

DAY = date(2026, 11, 22)
HOSTILE = "My sister *Ann* <b>[x](javascript:alert(1))</b> # | `a`"


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


@pytest.mark.parametrize("name", NAMES)
def test_the_notes_hold_the_interview_day_list_near_the_top(name: str, ps: PackSet) -> None:
    case = load(name, ps)
    day = interview_day(case, ps, DAY)
    docs = documents.build(case, ps, DAY)
    assert docs.notes.day == day  # the list the app and plain mode show
    md = render(docs.notes, "md", "notes")
    headings = re.findall(r"^## (.+)$", md, re.M)
    assert headings[0] == "For the interview day"  # before the moved answers and every pack
    start = md.index("## For the interview day")
    end = md.index("\n## ", start + 3)
    for p in day.parts:
        assert f"\n### {p.title}\n" in md[start:end]
    # Every line, as the reader sees it.
    shown = MarkdownIt("js-default").render(md[start:end])
    for line in (line for p in day.parts for line in p.lines):
        assert f"<li>{_html_text(line)}</li>" in shown
    assert f"Helpline details checked {day.checked}." in md[start:end]
    page = render(docs.notes, "html", "notes")
    assert page.index("<h2>For the interview day</h2>") < page.index("<h2>About you and the case</h2>")
    # The list is counted in the notes' pages.
    without = documents.measure(replace(docs.notes, day=None), "notes")
    assert docs.measure("notes").pages > without.pages


def test_typed_words_in_the_list_stay_literal(ps: PackSet) -> None:
    case = load("two_children_full", ps)
    case.answers[("interview_supporter", None)] = HOSTILE
    docs = documents.build(case, ps, DAY)
    line = f"Supporter: {HOSTILE}. Ask the officer before the day if they can be with you."
    assert docs.notes.day is not None
    assert line in [x for p in docs.notes.day.parts for x in p.lines]
    shown = MarkdownIt("js-default").render(render(docs.notes, "md", "notes"))
    assert f"<li>{_html_text(line)}</li>" in shown and "<a " not in shown and "<b>" not in shown
    page = render(docs.notes, "html", "notes")
    assert f'<li><bdi dir="auto">{_html_text(line)}</bdi></li>' in page
    assert "<b>" not in page


def test_the_statement_and_the_officer_notes_do_not_hold_the_list(ps: PackSet) -> None:
    docs = documents.build(load("two_children_full", ps), ps, DAY)
    for kind in ("statement", "officer"):
        for fmt in ("md", "html"):
            assert "For the interview day" not in render(docs.data(kind), fmt, kind)


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

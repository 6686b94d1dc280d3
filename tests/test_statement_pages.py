"""The page estimate (pages.py, layout.py) against what Chromium prints.

tests/fixtures/cases/chromium_pages.json holds the pages headless Chromium printed for
each case's three documents (whole pages, plus how full the last one was), written by
`scripts/check_html.sh --record`. After a change to the templates or the stylesheet,
run that again and look at the table it prints.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from s7prep.statement import documents, pages
from s7prep.statement.pages import BASE, LEADING, PAGE_HEIGHT, PAGE_WIDTH, Box
from tests.fixtures.cases import NAMES, load, packset

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "cases" / "chromium_pages.json").read_text())
# How far the estimate may be from Chromium, in pages. On the cases it is within 0.08,
# and never short by more than 0.01 (so a statement it passes prints within its pages).
CLOSE = 0.1


@pytest.mark.parametrize("name", NAMES)
def test_the_estimate_is_close_to_chromium(name: str) -> None:
    docs = documents.build(load(name), packset(), date(2026, 11, 22))
    for kind in documents.DOCUMENTS:
        printed = RECORDED[f"{name}-{kind}"]
        estimated = docs.measure(kind).pages
        assert abs(estimated - printed) <= CLOSE, (
            f"{name} {kind}: estimate {estimated:.2f} pages, Chromium printed {printed:.2f}. If the "
            "templates changed on purpose, run scripts/check_html.sh --record and check that "
            "layout.py still mirrors them."
        )
        assert estimated >= printed - 0.02, f"{name} {kind}: the estimate is short"
        # Whole pages agree, so a limit the estimate keeps is a limit the print keeps.
        assert -(-estimated // 1) == -(-printed // 1)


def test_arial_widths() -> None:
    assert pages.text_width("iiii", 10) < pages.text_width("MMMM", 10)
    assert pages.text_width("Hello", 10) == pytest.approx((722 + 556 + 222 + 222 + 556) / 100)
    assert pages.text_width("Hello", 10, bold=True) > pages.text_width("Hello", 10)


def test_wrapping_breaks_at_spaces_and_inside_a_long_word() -> None:
    line = BASE * LEADING
    assert pages.wrap([("word " * 10, False, BASE)], PAGE_WIDTH) == [line]
    many = pages.wrap([("word " * 200, False, BASE)], PAGE_WIDTH)
    assert 9 <= len(many) <= 12  # about 18 four-letter words a line at 9.5pt on A4
    assert len(pages.wrap([("x" * 1000, False, BASE)], PAGE_WIDTH)) >= 5  # no spaces: still wraps


def test_stacking_keeps_blocks_whole_and_headings_with_what_follows() -> None:
    third = Box(PAGE_HEIGHT / 3, 10, 0, 0, keep=True, with_next=False)
    assert pages.stack([third, third]) == pytest.approx(2 / 3)
    # A block that does not fit moves whole to the next page.
    assert pages.stack([third, third, Box(PAGE_HEIGHT / 2, 10, 0, 0, True, False)]) == pytest.approx(1.5)
    # Running text splits by line instead.
    text = Box(PAGE_HEIGHT / 2, 30, 0, 0, keep=False, with_next=False)
    assert pages.stack([third, third, text]) < 1.5
    # A heading at the foot of a page goes over with the block after it.
    heading = Box(BASE * 2, 1, 0, 0, keep=True, with_next=True)
    full = Box(PAGE_HEIGHT - BASE * 3, 60, 0, 0, True, False)
    assert pages.stack([full, heading, third]) == pytest.approx(
        1 + (BASE * 2 + PAGE_HEIGHT / 3) / PAGE_HEIGHT
    )

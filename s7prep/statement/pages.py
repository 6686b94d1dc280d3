"""How many A4 pages a document prints on, estimated without a browser.

Blocks of text (headings, paragraphs, list items, table rows) are wrapped into lines
using Arial's character widths (the stylesheet asks for Arial, or Liberation Sans,
which has the same widths) and stacked onto pages as Chromium does: a block that
must not be split moves to the next page, a heading stays with what follows. The
sizes below mirror templates/_page.css.j2; change both together. layout.py turns
each document's data into these blocks. Calibrated against Chromium's page counts
on the test cases (tests/test_statement_pages.py says how close it is).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Arial / Liberation Sans advance widths, in thousandths of an em, for ' ' to '~'.
_REGULAR = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 "
    "556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 "
    "667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 "
    "556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 "
    "556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 "
    "667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 "
    "611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584"
)
_OTHER = {"’": 222, "‘": 222, "“": 333, "”": 333, "–": 556, "—": 1000, "·": 278, "…": 1000}
_WIDTHS = {
    bold: {chr(32 + i): int(w) for i, w in enumerate(table.split())} | _OTHER
    for bold, table in ((False, _REGULAR), (True, _BOLD))
}
_DEFAULT_WIDTH = 556

# The page (mm -> pt) and the type, as in _page.css.j2.
_MM = 72 / 25.4
PAGE_WIDTH = (210 - 2 * 14) * _MM
PAGE_HEIGHT = (297 - 12 - 15) * _MM
BASE = 9.5  # pt
LEADING = 1.3
SMALL = 8.0  # the notes' "where it went", pt
NOTICE = 8.5
GROUP_LEFT = 5.6 * BASE  # the heading column of a child's group (5.6em)
GROUP_GAP = 0.3 * BASE  # the space above each of a child's groups
GROUP_WIDTH = PAGE_WIDTH - 6.2 * BASE
LIST_WIDTH = PAGE_WIDTH - 1.2 * BASE
CELL_PAD = 0.35 * BASE * 2 + 0.75
WHEN_WIDTH = 7.5 * BASE
CHILD_WIDTH = 6 * BASE
# A fortnight's strip (.strip): 9pt cells, the week names' column 4.5em of them.
STRIP_SIZE = 9.0
STRIP_PAD = 0.25 * STRIP_SIZE * 2 + 0.75
STRIP_WEEK = 4.5 * STRIP_SIZE

Run = tuple[str, bool, float]  # text, bold, size in pt


@dataclass(frozen=True)
class Style:
    size: float  # pt
    leading: float  # line height / size
    before: float  # margin above, pt
    after: float  # margin below, pt
    keep: bool = True  # must not be split across pages
    with_next: bool = False  # stays on the page of what follows (a heading)
    extra: float = 0.0  # borders and padding, pt


H1 = Style(14, 1.2, 0, 14 * 0.2, keep=True)
H2 = Style(11, 1.25, 11 * 0.55, 11 * 0.2, with_next=True, extra=11 * 0.05 + 0.9)
H3 = Style(BASE, LEADING, BASE * 0.35, BASE * 0.1, with_next=True)
P = Style(BASE, LEADING, 0, BASE * 0.2)  # an answer: not split
TEXT = Style(BASE, LEADING, 0, BASE * 0.2, keep=False)  # running text: may split
LI = Style(BASE, LEADING, 0, BASE * 0.1)
ROW = Style(BASE, LEADING, 0, 0, extra=BASE * 0.1 + 0.75)
NOTE = Style(NOTICE, LEADING, 0, BASE * 0.3, extra=NOTICE * 0.2)
CAPTION = Style(BASE, LEADING, 0, 0, extra=BASE * 0.15)
STRIP_ROW = Style(STRIP_SIZE, LEADING, 0, 0, extra=STRIP_SIZE * 0.1 + 0.75)
STRIP = Style(BASE, LEADING, BASE * 0.1, BASE * 0.35)  # the table's own margins


@dataclass(frozen=True)
class Box:
    """A block ready to stack: its height and how it may break."""

    height: float
    lines: int
    before: float
    after: float
    keep: bool
    with_next: bool


@lru_cache(maxsize=8192)
def text_width(text: str, size: float, bold: bool = False) -> float:
    table = _WIDTHS[bold]
    return sum(table.get(ch, _DEFAULT_WIDTH) for ch in text) * size / 1000


def wrap(runs: list[Run], width: float, strut: float = BASE * LEADING) -> list[float]:
    """Line heights of runs of text wrapped to `width` (breaking at spaces, and inside
    a word too long for a line, as `overflow-wrap: break-word` does). No line is lower
    than the block's own line height (`strut`), even one of smaller type only."""
    # Kept: fitting the statement lays the same answers out several times.
    return list(_wrap(tuple(runs), width, strut))


@lru_cache(maxsize=4096)
def _wrap(runs: tuple[Run, ...], width: float, strut: float) -> tuple[float, ...]:
    lines: list[float] = []
    x, tallest, space_after = 0.0, strut, 0.0
    for text, bold, size in runs:
        space = text_width(" ", size, bold)
        for n, word in enumerate(text.replace("\n", " ").split(" ")):
            if n:
                space_after = space
            if not word:
                continue
            w = text_width(word, size, bold)
            lead = space_after if x else 0.0
            if x and x + lead + w > width:
                lines.append(tallest)
                x, tallest, lead = 0.0, strut, 0.0
            while w > width:  # a very long word breaks where it must
                lines.append(max(tallest, size * LEADING))
                w -= width
                x, tallest = 0.0, strut
            x += lead + w
            tallest = max(tallest, size * LEADING)
            space_after = 0.0
    if x:
        lines.append(tallest)
    return tuple(lines)


def block(runs: list[Run], width: float, style: Style) -> Box:
    lines = wrap(runs, width, style.size * style.leading) or [style.size * style.leading]
    return Box(sum(lines) + style.extra, len(lines), style.before, style.after, style.keep, style.with_next)


def text_height(text: str, width: float = PAGE_WIDTH) -> float:
    """The height of a paragraph of body text."""
    return sum(wrap([(text, False, BASE)], width))


def stack(boxes: list[Box]) -> float:
    """Stack boxes onto pages: whole pages used, plus the part of the last one. A box
    that must not be split (or a heading, with the start of what follows) moves to
    the next page when it does not fit; running text splits by line (two at least
    on each side)."""
    page, y, margin = 0, 0.0, 0.0
    for n, box in enumerate(boxes):
        gap = max(margin, box.before) if y else 0.0
        need = box.height
        # A heading goes with what follows: the next headings too, then the whole of an
        # answer that cannot split, or two lines of running text.
        m = n + 1
        while boxes[m - 1].with_next and m < len(boxes):
            following = boxes[m]
            need += following.before + (following.height if following.keep else BASE * LEADING * 2)
            m += 1
        if y + gap + need > PAGE_HEIGHT and y:
            if box.keep or box.with_next or box.lines <= 3:
                if need <= PAGE_HEIGHT:
                    page, y, gap = page + 1, 0.0, 0.0
            else:
                per_line = box.height / max(box.lines, 1)
                room = int((PAGE_HEIGHT - y - gap) // per_line)
                if room >= 2 and box.lines - room >= 2:
                    y = (box.lines - room) * per_line
                    page += 1
                    margin = box.after
                    continue
                page, y, gap = page + 1, 0.0, 0.0
        y += gap + box.height
        while y > PAGE_HEIGHT:  # taller than a page
            page += 1
            y -= PAGE_HEIGHT
        margin = box.after
    return page + y / PAGE_HEIGHT

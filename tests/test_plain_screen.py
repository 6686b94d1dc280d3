"""What plain mode puts on an 80-column screen with the real packs: lines broken
between words, each section's introduction, helplines once a section and only
where they belong, and the help for single choices."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.renderer import Renderer

from s7prep.packs import loader
from s7prep.packs.model import PackSet
from s7prep.plain import prompts
from s7prep.plain.words import help_lines
from s7prep.store.store import Store
from tests.plain_helpers import ENTER, LABEL, drive, open_store, seeded

COLUMNS = 80  # prompt_toolkit's DummyOutput, which the tests draw to
SKIP_ALL = [":skip" + ENTER] * 80  # the pipe closes after them, which stops the run


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "home")


@pytest.fixture(scope="module")
def packset() -> PackSet:
    return loader.shipped().packset


@pytest.fixture()
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every row prompt_toolkit draws, and every line the prompts print."""
    rows: list[str] = []
    render = Renderer.render

    def keep(self: Renderer, app: Any, layout: Any, is_done: bool = False) -> None:
        render(self, app, layout, is_done)
        screen = self._last_screen
        if screen is not None:
            for y in range(screen.height):
                line = screen.data_buffer[y]
                rows.append("".join(line[x].char for x in range(COLUMNS)).rstrip())

    printed = prompts.print_formatted_text

    def print_line(text: Any, **kw: Any) -> None:
        rows.append(str(text))
        printed(text, **kw)

    monkeypatch.setattr(Renderer, "render", keep)
    monkeypatch.setattr(prompts, "print_formatted_text", print_line)
    yield rows


def test_nothing_reaches_the_last_column_so_nothing_breaks_mid_word(
    store: Store, packset: PackSet, drawn: list[str]
) -> None:
    """A character in the 80th column means the line went on past it: the
    terminal (or prompt_toolkit) would break it wherever the edge fell."""
    new_case = [ENTER, "Sam" + ENTER, "7" + ENTER, "with me" + ENTER, "y" + ENTER]
    new_case += ["Ali" + ENTER, "March 2019" + ENTER, ":back" + ENTER, ENTER, ENTER, "n" + ENTER]
    keys = ["?" + ENTER, "4" + ENTER, "?" + ENTER, "Since they were born" + ENTER + ENTER, ":back" + ENTER]
    drive(store, packset, [*new_case, *keys, ENTER, *SKIP_ALL])

    assert len(drawn) > 200
    too_long = [row for row in drawn if any(len(line) >= COLUMNS for line in row.split("\n"))]
    assert too_long == []


def test_long_list_items_are_broken_between_words_under_their_number(
    packset: PackSet, drawn: list[str]
) -> None:
    q = packset.by_id["concern_areas"]
    long_label = (
        "Care that may harm a child, such as abuse or neglect of a child, drink, drugs or mental ill-health"
    )
    assert long_label in [c.label for c in q.choices]
    with create_pipe_input() as pipe:
        pipe.send_text("4" + ENTER)
        prompter = prompts.Prompter(input=pipe, output=DummyOutput())
        assert prompter.checkbox("Which?", [(c.label, c.value) for c in q.choices]) == ["harmful_parenting"]
    rows = [row for row in drawn if row.strip()]
    at = rows.index("   4) Care that may harm a child, such as abuse or neglect of a child, drink,")
    assert rows[at + 1] == "      drugs or mental ill-health"
    assert "Answer: Care that may harm a child, such as abuse or neglect of a child," in rows[-2]


def section(said: list[str], title: str) -> list[str]:
    """What was said from the section's first heading to the next section's
    (its headings for each child included)."""
    start = said.index(f"Section: {title}.")
    end = next(
        (i for i in range(start, len(said)) if said[i].startswith("Section: ") and title not in said[i]),
        len(said),
    )
    return said[start:end]


def test_helplines_once_a_section(store: Store, packset: PackSet) -> None:
    seeded(store, {("concern_areas", None): ["domestic_abuse"]}, children=2)
    run = drive(store, packset, SKIP_ALL, label=LABEL, essentials=True)

    abuse = section(run.said, "Domestic abuse")
    # Then about Sam, about Ali; not again for the questions about all the children after them.
    assert sum(line.startswith("Section: Domestic abuse") for line in abuse) == 3
    assert abuse.count("If you need support now:") == 2  # the adults' helplines, then the children's
    assert sum(line.startswith("National Domestic Abuse Helpline") for line in abuse) == 1
    assert sum(line.startswith("Childline") for line in abuse) == 1
    assert sum("may be hard to answer" in line for line in abuse) == 1


def test_no_helpline_is_said_again_in_the_next_block(store: Store, packset: PackSet) -> None:
    seeded(store, {("concern_areas", None): ["domestic_abuse", "abduction", "harmful_conflict"]}, children=2)
    run = drive(store, packset, [":skip" + ENTER] * 120, label=LABEL, essentials=True)

    blocks: list[set[str]] = []
    for i, line in enumerate(run.said):
        if line == "If you need support now:":
            names = set()
            for helpline in run.said[i + 1 :]:
                if ": " not in helpline or not helpline.split(": ")[1][:1].isdigit():
                    break
                names.add(helpline.split(":")[0])
            blocks.append(names)
    assert len(blocks) >= 4 and all(blocks)
    assert [a & b for a, b in pairwise(blocks)] == [set()] * (len(blocks) - 1)


def test_abuse_helplines_only_where_abuse_is_asked_about(store: Store, packset: PackSet) -> None:
    """A case with no worry about abuse never hears the abuse helplines."""
    seeded(store, {("concern_areas", None): ["harmful_conflict"]}, children=1)
    run = drive(store, packset, SKIP_ALL, label=LABEL, essentials=True)

    assert "That was the last question for now." in run.transcript
    abuse_lines = (
        "National Domestic Abuse Helpline",
        "Live Fear Free",
        "Men's Advice Line",
        "National LGBT+",
    )
    assert [line for line in run.said if line.startswith(abuse_lines)] == []


@pytest.mark.parametrize(
    ("concerns", "title", "words"),
    [
        ({}, "About you", "If where you live must stay secret"),
        ({("concern_areas", None): ["abduction"]}, "A child being taken away", "call 999 now"),
        ({("concerns_raised", None): "yes"}, "Concerns raised about you", "Officers value honesty"),
    ],
)
def test_section_introductions_are_said_when_the_section_starts(
    store: Store, packset: PackSet, concerns: dict[tuple[str, str | None], Any], title: str, words: str
) -> None:
    seeded(store, concerns)
    run = drive(store, packset, SKIP_ALL, label=LABEL, essentials=True)

    heading = next(i for i, line in enumerate(run.said) if line.startswith(f"Section: {title}"))
    assert words in run.said[heading + 1]


def test_help_explains_the_choices_that_need_it(packset: PackSet) -> None:
    services = help_lines(packset.by_id["services_willing"])
    at = services.index("About some of the choices:")
    explained = services[at + 1 :]
    assert any(
        line.startswith("3) A child contact intervention") and "12 hours" in line for line in explained
    )
    assert any(line.startswith("4) A family assistance order") and "12 months" in line for line in explained)
    orders = help_lines(packset.by_id["order_sought"])
    assert any(line.startswith("4) A special guardianship order") for line in orders)
    # Choices without help are not read out again.
    assert not any(line.startswith("2) A parenting course") for line in explained)

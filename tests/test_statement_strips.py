"""The fortnight in the documents: a strip of two weeks with its counts in words, the
case's role words, one strip for the children who share a pattern, the staged plan,
and the page estimate that counts it. On the shipped packs and the invented cases."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest
from markdown_it import MarkdownIt

from s7prep.engine import fortnight
from s7prep.packs.model import AnswerKey, Case, Child, PackSet, Section
from s7prep.statement import documents, layout, pages, strips
from s7prep.statement.documents import Documents
from s7prep.statement.model import Item, Statement
from s7prep.statement.render import render
from tests.fixtures.cases import NAMES, load, packset

DAY = date(2026, 11, 22)
EOW = fortnight.preset("every_other_weekend").nights  # Friday and Saturday nights away, week 1
SATURDAY = "mmmmmom" + "m" * 7
MIDWEEK = fortnight.preset("every_other_weekend_midweek").nights
A, B, C = Child("c1", "Ana", age=10), Child("c2", "Ben", age=8), Child("c3", "Cal", age=3)


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


def build(case: Case, ps: PackSet, fit: bool = True) -> Documents:
    return documents.build(case, ps, DAY, fit=fit)


def plain(docs: Documents, kind: str = "statement") -> str:
    """The Markdown without its escapes, as a reader sees the words."""
    return re.sub(r"\\(.)", r"\1", render(docs.data(kind), "md", kind))


def nights_case(children: list[Child], **answers: Any) -> Case:
    """A case on the shipped packs whose plan has nights, with `answers` added (a
    per-child answer as {child key: value})."""
    given: dict[AnswerKey, Any] = {
        ("your_role", None): "mother",
        ("other_party_role", None): "father",
        ("lives_with_plan", None): "me",
        ("time_with_other", None): "regular_overnight",
    }
    for qid, value in answers.items():
        if qid == "nights_child":
            given.update({(qid, key): v for key, v in value.items()})
        else:
            given[(qid, None)] = value
    return Case("strips", children=list(children), answers=given)


def proposal(s: Statement, qid: str) -> Item:
    section = s.section("arrangements")
    assert section is not None
    return next(i for i in section.items if i.key[0] == qid)


# ---------------------------------------------------------------- counts in words


@pytest.mark.parametrize(
    ("nights", "role", "said"),
    [
        (
            EOW,
            "father",
            "12 of 14 nights with me, 2 with the father; 2 handovers a fortnight; "
            "the longest time away from me: 2 nights, from the father: 12 nights",
        ),
        (
            MIDWEEK,
            "grandmother",
            "10 of 14 nights with me, 4 with the grandmother; 6 handovers a fortnight; "
            "the longest time away from me: 2 nights, from the grandmother: 6 nights",
        ),
        (
            fortnight.preset("two_two_five_five").nights,
            "step_parent",
            "7 of 14 nights with me, 7 with the step-parent; 4 handovers a fortnight; "
            "the longest time away from me: 5 nights, from the step-parent: 5 nights",
        ),
        (
            fortnight.swap(fortnight.preset("every_other_weekend_monday").nights),
            "mother",
            "3 of 14 nights with me, 11 with the mother; 2 handovers a fortnight; "
            "the longest time away from me: 11 nights, from the mother: 3 nights",
        ),
        # Someone else on the second weekend; no nights with the other party at all.
        (
            "m" * 12 + "xx",
            "father",
            "12 of 14 nights with me, 2 with someone else; 2 handovers a fortnight; "
            "the longest time away from me: 2 nights",
        ),
        ("m" * 14, "father", "All 14 nights with me"),
        ("o" * 14, "mother", "All 14 nights with the mother"),
        # A role in the person's own words, or "another relative", does not read after "the".
        (
            EOW,
            "other_relative",
            "12 of 14 nights with me, 2 with the other party; 2 handovers a fortnight; "
            "the longest time away from me: 2 nights, from the other party: 12 nights",
        ),
    ],
)
def test_counts_in_words_worked_out_by_hand(nights: str, role: str, said: str, ps: PackSet) -> None:
    label = ps.question("other_party_role").choice_says(role)
    who = strips.who_for("father", role, label)
    drawn = strips.strip({"nights": nights}, who)
    assert drawn is not None and drawn.counts == said + "."
    # In a document, from the case's own answers.
    case = nights_case([A], nights_plan={"nights": nights})
    case.answers[("other_party_role", None)] = role
    assert proposal(build(case, ps).statement, "nights_plan").strips[0].counts == said + "."


def test_the_other_parent_and_own_words(ps: PackSet) -> None:
    case = nights_case([A], nights_plan={"nights": EOW})
    case.answers[("your_role", None)] = "parent"
    case.answers[("other_party_role", None)] = "parent"
    drawn = proposal(build(case, ps).statement, "nights_plan").strips[0]
    assert "2 with the other parent" in drawn.counts and ("o", "Other parent") in drawn.weeks[0]
    case.answers[("other_party_role", None)] = "other"
    case.answers[("other_party_role_other", None)] = "My late husband's sister"
    drawn = proposal(build(case, ps).statement, "nights_plan").strips[0]
    assert "2 with the other party" in drawn.counts and ("o", "Other party") in drawn.weeks[0]


# ---------------------------------------------------------------- the strip


def strip_lines(markdown: str) -> list[list[str]]:
    """Each strip in Markdown: its counts, the table and the note after it, if any."""
    lines = [line.strip() for line in markdown.splitlines()]
    found = []
    for n, line in enumerate(lines):
        if line.startswith("|  | Monday |"):
            end = n + 4  # the two weeks
            note = lines[end + 1 : end + 3]
            if len(note) == 2 and not note[0] and note[1] and not note[1].startswith(("**", "|", "- ", "#")):
                end += 2
            found.append(lines[n - 2 : end])
    return found


@pytest.mark.parametrize("name", ["two_children_full", "three_children", "one_child_essentials"])
def test_each_strip_is_under_eight_lines(name: str, ps: PackSet) -> None:
    markdown = render(build(load(name), ps).statement, "md")
    found = strip_lines(markdown)
    assert found, "no strip drawn"
    for strip in found:
        assert len(strip) < 8, "\n".join(strip)
        assert "of 14 nights with me" in strip[0] and re.search(r"\d nights?\.$", strip[0])
        week1, week2 = (row.strip() for row in strip[4:6])
        assert week1.startswith("| Week 1 |") and week2.startswith("| Week 2 |")
        assert week1.count("|") == week2.count("|") == 9  # seven nights, one cell each


def test_one_childs_strip_reads_as_the_nights_were_set(ps: PackSet) -> None:
    words = plain(build(load("one_child_essentials"), ps))
    assert (
        "**Nights each fortnight in term time:** 1 of 14 nights with me, 13 with the mother; 2 handovers "
        "a fortnight; the longest time away from me: 13 nights, from the mother: 1 night.\n\n"
        "|  | Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| Week 1 | Mother | Mother | Mother | Mother | Mother | Me | Mother |\n"
        "| Week 2 | Mother | Mother | Mother | Mother | Mother | Mother | Mother |\n\n"
        "Saturday 10am to Sunday 4pm, every other weekend.\n"
    ) in words


class Table(HTMLParser):
    """The first strip's caption, headers and cells, as a screen reader meets them."""

    def __init__(self) -> None:
        super().__init__()
        self.caption = ""
        self.headers: list[tuple[str, str]] = []  # (scope, text)
        self.cells: list[tuple[str, str]] = []  # (class, text)
        self._in: tuple[str, str] | None = None
        self._done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and a.get("class") == "strip" and not self._done:
            self._in = ("table", "")
        elif self._in and tag in ("caption", "th", "td"):
            self._in = (tag, a.get("scope") or a.get("class") or "")
            if tag == "caption":
                self.caption = ""
            elif tag == "th":
                self.headers.append((self._in[1], ""))
            else:
                self.cells.append((self._in[1], ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._in:
            self._in, self._done = None, True
        elif self._in and tag in ("caption", "th", "td"):
            self._in = ("table", "")

    def handle_data(self, data: str) -> None:
        if not self._in:
            return
        if self._in[0] == "caption":
            self.caption += data
        elif self._in[0] == "th":
            self.headers[-1] = (self.headers[-1][0], self.headers[-1][1] + data)
        elif self._in[0] == "td":
            self.cells[-1] = (self.cells[-1][0], self.cells[-1][1] + data)


def test_the_strip_reads_without_colour_and_aloud(ps: PackSet) -> None:
    html = render(build(load("one_child_essentials"), ps).statement, "html")
    t = Table()
    t.feed(html)
    assert t.caption.startswith(
        "Nights each fortnight in term time: 1 of 14 nights with me, 13 with the mother;"
    )
    assert [h for s, h in t.headers if s == "col"] == list(fortnight.DAYS)
    assert [h for s, h in t.headers if s == "row"] == ["Week 1", "Week 2"]
    nights = [c for c in t.cells if c[0].startswith("n-")]
    assert len(nights) == 14
    # Every night says whose it is in words; the shading only repeats what the word says.
    assert "".join(cls[2] for cls, _ in nights) == "ooooomo" + "o" * 7
    assert {cls: word for cls, word in nights} == {"n-o": "Mother", "n-m": "Me"}


def test_the_estimate_counts_a_strip_as_drawn(ps: PackSet) -> None:
    """A strip adds its caption, three rows and its margins to the page (Chromium prints
    the cases within 0.04 page of the estimate: tests/test_statement_pages.py)."""
    line = pages.BASE * pages.LEADING
    why = "Ana is settled at school and close to both of us."
    bare = nights_case([A], order_reasons=why)
    drawn = nights_case([A], order_reasons=why, nights_plan={"nights": EOW})
    daytime = nights_case([A], order_reasons=why, nights_plan={"nights": "m" * 14})

    def height(case: Case) -> float:
        return pages.stack(layout.boxes(build(case, ps, fit=False).statement)) * pages.PAGE_HEIGHT

    added = height(drawn) - height(bare)
    assert 4 * line < added < 8 * line  # under 8 lines, and more than words alone would take
    assert height(daytime) - height(bare) < 2 * line  # one home every night: a sentence, no table


# ---------------------------------------------------------------- one strip per pattern


def test_children_who_share_a_pattern_share_one_strip(ps: PackSet) -> None:
    case = nights_case(
        [A, B, C],
        nights_plan={"nights": EOW, "note": "Friday from school to Sunday 4pm"},
        nights_child={
            "c2": {"nights": EOW, "note": "Friday from school to Sunday 4pm"},
            "c3": {"nights": SATURDAY},
        },
    )
    docs = build(case, ps)
    item = proposal(docs.statement, "nights_plan")
    assert [(s.children, s.counts[:24]) for s in item.strips] == [
        ("Ana and Ben", "12 of 14 nights with me,"),
        ("Cal", "13 of 14 nights with me,"),
    ]
    assert set(docs.statement.keys) >= {("nights_child", "c2"), ("nights_child", "c3")}
    in_blocks = [i.key[0] for b in docs.statement.blocks for g in b.groups for i in g.items]
    assert "nights_child" not in in_blocks  # shown once, in the proposal
    words = plain(docs)
    assert words.count("|  | Monday |") == 2
    assert "**Nights each fortnight in term time (Ana and Ben):** 12 of 14" in words
    assert "**Nights each fortnight in term time (Cal):** 13 of 14" in words
    assert words.count("Friday from school to Sunday 4pm") == 1
    # The notes keep every answer as given: the shared one and each child's own.
    notes = plain(docs, "notes")
    assert notes.count("|  | Monday |") == 3
    assert "**Nights each fortnight for this child (Cal):** 13 of 14" in notes


def test_a_pattern_everyone_shares_names_no_one(ps: PackSet) -> None:
    case = nights_case([A, B], nights_plan={"nights": EOW}, nights_child={"c2": {"nights": EOW}})
    item = proposal(build(case, ps).statement, "nights_plan")
    assert [s.children for s in item.strips] == [""]
    assert "**Nights each fortnight in term time:** 12 of 14" in plain(build(case, ps))


def test_a_childs_own_pattern_left_out_puts_that_child_in_no_strip(ps: PackSet) -> None:
    case = nights_case([A, B, C], nights_plan={"nights": EOW}, nights_child={"c3": {"nights": SATURDAY}})
    case.leave_out = {("nights_child", "c3")}
    item = proposal(build(case, ps).statement, "nights_plan")
    assert [s.children for s in item.strips] == ["Ana and Ben"]  # never "Cal" with the wrong nights
    case.leave_out = {("nights_plan", None)}
    docs = build(case, ps)
    item = proposal(docs.statement, "nights_child")
    assert item.label == "Nights each fortnight in term time"
    assert [s.children for s in item.strips] == ["Cal"]
    assert ("nights_plan", None) not in docs.statement.keys


# ---------------------------------------------------------------- the staged plan


def test_the_staged_plan_reads_step_by_step(ps: PackSet) -> None:
    # Not fitted: in the full case the plan's steps are what moves last to fit two pages.
    docs = build(load("two_children_full"), ps, fit=False)
    item = proposal(docs.statement, "stages")
    assert item.label == "How time builds up"
    first, second = item.records
    assert [p.text for p in first if p.strong] == ["Daytime visits."]
    assert [p.label for p in first] == ["", "", "For how long", "To move on"]
    assert [p.strip for p in first if p.strip] == []  # a step with no nights has no strip
    drawn = second[-1].strip
    assert drawn is not None and second[-1].label == "Nights at this step"
    assert drawn.counts.startswith("13 of 14 nights with me, 1 with the father; 2 handovers a fortnight;")
    # In Markdown, the strip is part of its step: a table inside the second list item.
    page = MarkdownIt("commonmark").enable("table").render(render(docs.statement, "md"))
    steps = re.search(r"How time builds up:</strong></p>\s*<ul>(.*?)</ul>", page, re.S)
    assert steps is not None
    items = re.findall(r"<li>(.*?)</li>", steps.group(1), re.S)
    assert ["<table>" in i for i in items] == [False, True]
    html = render(docs.statement, "html")
    assert re.search(r"<li><strong>Nights away\.</strong>.*?<table class=\"strip\">\s*<caption>", html, re.S)


def test_supported_and_supervised_steps_stay_distinct(ps: PackSet) -> None:
    words = plain(build(load("responding"), ps))
    assert "- **Supervised time.** Two hours every other Saturday at a contact centre." in words
    assert "- **Time at a supported contact centre.** Every other Saturday afternoon" in words


def test_a_step_whose_words_start_with_its_kind_says_the_kind_once(ps: PackSet) -> None:
    # Seen in a trial: "Supervised time. Supervised time at a contact centre ...".
    case = load("responding")
    steps = [dict(s) for s in case.answers[("stages", None)]]
    steps[0]["what"] = "Supervised time at a contact centre, two hours a fortnight."
    case.answers[("stages", None)] = steps
    words = plain(build(case, ps))
    assert "- Supervised time at a contact centre, two hours a fortnight." in words
    assert "**Supervised time.**" not in words
    # Words that only share a first word keep the kind: it says something they do not.
    steps[0]["what"] = "Supervisedtime is a typo here."
    assert "**Supervised time.**" in plain(build(case, ps))


# ---------------------------------------------------------------- the other documents


def test_the_officers_notes_draw_a_fortnight_the_pack_sends_there(ps: PackSet) -> None:
    def officer(s: Section) -> Section:
        return replace(
            s,
            questions=tuple(
                replace(q, statement="officer") if q.id == "nights_plan" else q for q in s.questions
            ),
        )

    moved = PackSet(
        tuple(replace(p, sections=tuple(officer(s) for s in p.sections)) for p in ps.packs), ps.signposts
    )
    docs = build(nights_case([A], nights_plan={"nights": EOW, "note": "Handover at school"}), moved)
    assert "|  | Monday |" not in plain(docs)
    sheet = plain(docs, "officer")
    assert "**Nights each fortnight in term time:** 12 of 14 nights with me, 2 with the father;" in sheet
    assert "| Week 1 | Me | Me | Me | Me | Father | Father | Me |" in sheet and "Handover at school" in sheet
    assert '<table class="strip">' in render(docs.officer, "html", "officer")


def drawn_nights(ps: PackSet, case: Case) -> int:
    """How many fortnights of a case have more than one home in them (a list's too)."""
    values = []
    for (qid, _child), value in case.answers.items():
        q = ps.question(qid)
        if q.type == "fortnight":
            values.append(value)
        elif q.type == "list":
            kinds = {f.id for f in q.fields if f.type == "fortnight"}
            values += [v for record in value for k, v in record.items() if k in kinds]
    return sum(1 for v in values if len(set(v["nights"])) > 1)


@pytest.mark.parametrize("name", NAMES)
def test_every_fortnight_of_a_case_is_drawn_in_the_notes(name: str, ps: PackSet) -> None:
    case = load(name)
    assert plain(build(case, ps), "notes").count("|  | Monday |") == drawn_nights(ps, case)


def test_a_sentence_ending_in_a_bracket_still_gets_its_stop() -> None:
    # A trial: "For how long: Four weeks (two overnights) To move on: ...".
    from s7prep.statement.values import full_stop

    assert full_stop("Four weeks (two overnights)") == "Four weeks (two overnights)."
    assert full_stop("She said 'no'") == "She said 'no'."
    assert full_stop("He said the same. (On their own.)") == "He said the same. (On their own.)"
    assert full_stop("'I want to stay.'") == "'I want to stay.'"
    assert full_stop("Ongoing") == "Ongoing."

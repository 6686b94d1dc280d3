"""The statement data: what is said, where, and in whose words.

Built from the invented pack in tests/fixtures/packs/statement/ and the invented
cases in tests/fixtures/cases/, so these tests do not move when the real content does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from s7prep import engine, resources
from s7prep.packs import loader as packs
from s7prep.packs.model import Case, Child, PackSet
from s7prep.statement import build as statement
from s7prep.statement.addresses import looks_like_address
from s7prep.statement.escape import lines, md, show_date
from s7prep.statement.render import render
from tests.fixtures.cases import load, packset

DAY = date(2026, 11, 22)
# Words that would presume who the person (or the other party) is to the children.
PRESUMED = re.compile(r"\b(mother|father|parent|mum|dad|mom)s?\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


def build(case: Case, ps: PackSet) -> statement.Statement:
    return statement.build(case, ps, DAY)


def all_text(s: statement.Statement) -> str:
    return render(s, "md") + render(s, "html")


def entries(s: statement.Statement) -> list[statement.Entry]:
    out = [e for group in (s.about, s.summary, s.harm, s.response, s.capability) for e in group]
    out += [e for group in (s.arrangements, s.services, s.interview) for e in group]
    out += [e for b in s.child_blocks for p in b.parts for e in p.entries]
    out += [e for c in s.children for e in c.facts]
    return out


# ---------------------------------------------------------------- what appears


def test_only_exportable_answers_appear(ps: PackSet) -> None:
    case = load("one_child", ps)
    # Stored but hidden (the role is not 'other') and kept out of the statement.
    assert ("your_role_other", None) in case.answers and ("private_notes", None) in case.answers
    s = build(case, ps)
    text = all_text(s)
    assert "must not appear" not in text and "solicitor on Tuesday" not in text
    exportable = {qid for qid, _child in engine.exportable(ps, case.children, case.answers)}
    assert {e.qid for e in entries(s)} <= exportable
    assert "your_role_other" not in exportable and "private_notes" in exportable
    assert "private_notes" not in {e.qid for e in entries(s)}  # its part is 'none'


def test_no_heading_without_answers(ps: PackSet) -> None:
    s = build(load("one_child", ps), ps)
    assert s.harm == () and s.chronology == () and s.response == ()
    for text in (render(s, "md"), render(s, "html")):
        assert "Concerns about harm" not in text and "Concerns raised about me" not in text
        assert "What happened, in date order" not in text


def test_an_empty_case_renders_only_the_heading(ps: PackSet) -> None:
    s = build(Case("empty"), ps)
    assert s.word_count == 0 and not s.has_checklist
    text = render(s, "md")
    assert text.count("\n## ") == 0 and text.startswith("# My statement")
    assert "may be shared with the court and with the other party" in text
    assert render(s, "html").count("<h2>") == 0


def test_answers_grouped_by_part_and_child(ps: PackSet) -> None:
    s = build(load("three_children", ps), ps)
    blocks = {b.child.name if b.child else None: b for b in s.child_blocks}
    assert list(blocks) == [None, "Tom", "Ellie", "Jay"]
    assert [p.key for p in blocks[None].parts] == ["needs", "change"]
    ellie = {p.key: [e.label for e in p.entries] for p in blocks["Ellie"].parts}
    assert ellie == {
        "wishes": ["What they have said", "How", "Before and after visits"],
        "needs": ["Help with", "Day to day", "EHC plan", "Plan made"],
        "change": ["Effect of a change"],
    }
    # A child's 'about' answers go with their name at the top.
    assert [(e.label, e.lines) for e in s.children[0].facts] == [("School year", ("8",))]
    # Case-level answers first, then per-child ones named after their child.
    assert [(e.label, e.child) for e in s.harm][-1] == ("Seen or heard by the child", "Tom")
    assert s.arrangements[-1].child == "Ellie" and all(not e.child for e in s.arrangements[:-1])
    assert [e.show_label for e in s.summary] == [False]


def test_case_level_child_answers_go_with_the_only_child(ps: PackSet) -> None:
    case = load("one_child", ps)
    case.answers[("siblings_together", None)] = True
    s = build(case, ps)
    assert [b.child.name if b.child else None for b in s.child_blocks] == ["Maya"]
    needs = next(p for p in s.child_blocks[0].parts if p.key == "needs")
    assert "The children stay together" in [e.label for e in needs.entries]


def test_values_shown_by_type(ps: PackSet) -> None:
    s = build(load("three_children", ps), ps)
    shown = {(e.qid, e.child): e for e in entries(s)}
    ellie_needs = next(p for p in s.child_blocks[2].parts if p.key == "needs").entries
    assert [e.lines for e in ellie_needs] == [
        ("Sleep and routine, Learning, Autism",),  # multi_choice: labels in pack order
        (
            "Ellie is autistic. She needs warning of any change, a visual timetable and the same "
            "bedtime routine. Loud places overwhelm her.",
        ),
        ("Yes",),  # yes_no
        ("September 2022",),  # partial date
    ]
    assert shown[("travel_minutes", "")].lines == ("40",)  # number
    assert shown[("conditions", "")].lines == ("No removal from England and Wales",)
    docs = shown[("documents", "")].records
    assert [(f.label, f.lines) for f in docs[0]] == [
        ("", ("Police incident letter",)),  # the first part leads, unlabelled
        ("Dated", ("March 2023",)),
    ]
    # Facts picked or typed as values may share a line; the person's words never do.
    assert shown[("travel_minutes", "")].short and shown[("conditions", "")].short
    assert not shown[("harm_detail", "")].short and not s.summary[0].short


def test_long_text_keeps_each_line_as_a_paragraph(ps: PackSet) -> None:
    case = load("one_child", ps)
    s = build(case, ps)
    assert s.summary[0].lines == (
        "I want Maya to keep seeing both of us and to stop feeling caught in the middle.",
        "Handovers should be calm and on time.",
    )
    md_text = render(s, "md")
    assert "middle.\n\nHandovers should" in md_text


def test_chronology_sorted_by_date_with_partial_dates(ps: PackSet) -> None:
    s = build(load("three_children", ps), ps)
    assert [(e.when, e.child) for e in s.chronology] == [
        ("2023", ""),
        ("14 March 2023", ""),
        ("2 June 2024", ""),
        ("September 2024", "Ellie"),
        ("", ""),  # no date: last
    ]
    first = s.chronology[2]
    assert first.what == ("Shouting at a handover outside school",)
    assert [(f.label, f.lines) for f in first.more] == [
        ("Seen by", ("Tom, another parent",)),
        ("Police called", ("No",)),
    ]
    assert s.chronology_has_child


def test_year_month_day_order_and_bad_dates(ps: PackSet) -> None:
    case = Case("c", answers={("concern_types", None): ["conflict"]})
    records: list[dict[str, Any]] = [
        {"when": "2024-03-14", "what": "day"},
        {"when": "2024", "what": "year"},
        {"what": "none"},
        {"when": "spring", "what": "not a stored date"},
        {"when": "2024-03", "what": "month"},
        {"when": "2023-12-31", "what": "earlier"},
    ]
    case.answers[("incidents", None)] = records
    s = build(case, ps)
    assert [e.what[0] for e in s.chronology] == [
        "earlier",
        "year",
        "month",
        "day",
        "none",
        "not a stored date",
    ]
    assert s.chronology[-1].when == "spring"


def test_rough_dates_and_ranges_sort_and_show_as_typed(ps: PackSet) -> None:
    case = Case("c", answers={("concern_types", None): ["conflict"]})
    typed = ["March 2024", "late 2023", "2019 to 2024", "Summer 2025", "November 2023", "since 2024"]
    records = [{"when": engine.parse_when(t), "what": t} for t in typed]
    case.answers[("incidents", None)] = records
    s = build(case, ps)
    assert [(e.when, e.what[0]) for e in s.chronology] == [
        ("2019 to 2024", "2019 to 2024"),
        ("Late 2023", "late 2023"),
        ("November 2023", "November 2023"),
        ("Since 2024", "since 2024"),
        ("March 2024", "March 2024"),
        ("Summer 2025", "Summer 2025"),
    ]


# ---------------------------------------------------------------- role words


def test_role_words_come_from_the_answers(ps: PackSet) -> None:
    s = build(load("grandparent", ps), ps)
    assert (s.role, s.other_party_role) == ("grandmother", "special guardian")
    md_text = render(s, "md")
    assert "**My relationship to the children:** grandmother" in md_text
    assert "relationship to the children:** special guardian" in md_text
    for text in (md_text, render(s, "html")):
        assert not PRESUMED.findall(text), PRESUMED.findall(text)


def test_role_in_the_persons_own_words(ps: PackSet) -> None:
    case = load("grandparent", ps)
    case.answers[("your_role", None)] = "other"
    case.answers[("your_role_other", None)] = "Family friend who cared for them"
    s = build(case, ps)
    assert s.role == "Family friend who cared for them"
    assert "Family friend who cared for them" in render(s, "html")


def test_unanswered_role_leaves_neutral_words(ps: PackSet) -> None:
    case = load("grandparent", ps)
    del case.answers[("your_role", None)]
    case.answers[("other_party_role", None)] = "other"  # 'other' with no words: nothing said
    s = build(case, ps)
    assert (s.role, s.other_party_role) == ("", "")
    for text in (render(s, "md"), render(s, "html")):
        assert "relationship to the" not in text
        assert not PRESUMED.findall(text)
        assert "my own account" in text


def test_templates_presume_no_role() -> None:
    for path in resources.templates_dir().glob("*.j2"):
        assert not PRESUMED.findall(path.read_text(encoding="utf-8")), path.name


# ---------------------------------------------------------------- checklist, length, warnings


def test_checklist_marks_per_child(ps: PackSet) -> None:
    s = build(load("three_children", ps), ps)
    assert s.checklist_columns == ("Tom", "Ellie", "Jay")
    marks = {row.letter: row.marks for row in s.checklist}
    assert marks["a"] == (True, True, True)
    assert marks["d"] == (True, True, False)  # Jay: no school year, no identity answer
    other = {r.letter: r.marks for r in build(load("grandparent", ps), ps).checklist}
    assert other["e"] == (False, False) and other["c"] == (True, False)  # change: only Leo's answered


def test_word_count_and_budget(ps: PackSet) -> None:
    s = build(load("three_children", ps), ps)
    assert 600 < s.word_count <= s.word_budget and not s.over_budget
    case = load("three_children", ps)
    before = len(case.answers[("harm_detail", None)].split())
    case.answers[("harm_detail", None)] = "word " * 800
    longer = build(case, ps)
    assert longer.word_count == s.word_count - before + 800 and longer.over_budget


@pytest.mark.parametrize(
    "text",
    [
        "We live at 12 Acacia Avenue now",
        "flat 3, 27 high street",
        "Refuge postcode is LS6 2AB",
        "m1 1ae",
        "14 Mill Close",
    ],
)
def test_address_like_text(text: str) -> None:
    assert looks_like_address(text)


@pytest.mark.parametrize(
    "text",
    [
        "3 miles down the road",
        "a 2 hours drive each way",
        "We have 3 Court dates",
        "Year 6, set 3",
        "She was born in 2017 and is in year 4",
        "Handover at 5pm on the 14th",
    ],
)
def test_everyday_text_is_not_an_address(text: str) -> None:
    assert not looks_like_address(text)


def test_address_warning_names_the_answer_never_the_text(ps: PackSet) -> None:
    case = load("three_children", ps)
    case.answers[("child_change", "c2")] = "Moving to 14 Mill Close would mean a new school."
    case.answers[("handovers", None)] = "At the car park, LS6 2AB"
    case.answers[("documents", None)] = [{"document": "Letter to 3 Oak Road"}]
    case.children[2] = replace(case.children[2], lives_with="me at 9 Elm Grove")
    s = build(case, ps)
    assert [(w.label, w.child) for w in s.warnings] == [
        ("Who the child lives with", 3),
        ("Effect of a change", 2),
        ("Handovers", None),
        ("Documents I will bring", None),
    ]
    for w in s.warnings:
        assert "Mill" not in w.message and "LS6" not in w.message and "Oak" not in w.message
    assert s.warnings[1].message.startswith("'Effect of a change' for child 2 may contain an address")
    assert build(load("three_children", ps), ps).warnings == ()


def test_hidden_answers_are_not_checked_for_addresses(ps: PackSet) -> None:
    case = load("one_child", ps)
    case.answers[("your_role_other", None)] = "12 Acacia Avenue"  # hidden: the role is not 'other'
    assert build(case, ps).warnings == ()


# ---------------------------------------------------------------- odd stored values


def test_values_of_the_wrong_shape_do_not_break_it(ps: PackSet) -> None:
    case = Case(
        "odd",
        children=[Child("c1", "", born="20xx"), Child("c2", "Bo\x00b\u202e", age=3)],
        answers={
            ("what_matters_most", None): "line one\r\rline two\x07",
            ("school_year", "c1"): 2.5,
            ("child_needs", "c1"): "not a list",
            ("incidents", None): ["not a record", {"when": 2024, "what": ["x"]}],
            ("concern_types", None): ["conflict", "unknown_value"],
            ("documents", None): {"document": "not a list"},
        },
    )
    s = build(case, ps)
    assert [c.name for c in s.children] == ["Child 1", "Bo\ufffdb\u202e"]
    assert s.children[0].born == "20xx"
    assert s.summary[0].lines == ("line one", "line two\ufffd")
    assert render(s, "md") and render(s, "html")


# ---------------------------------------------------------------- escaping helpers


def test_markdown_escape() -> None:
    assert md("# | <script> [x](javascript:)") == r"\# \| \<script\> \[x\](javascript:)"
    assert md("1. first") == r"1\. first" and md("2) two") == r"2\) two" and md("1.5 kg") == "1.5 kg"
    assert md("- item") == r"\- item" and md("+ x") == r"\+ x" and md("===") == r"\==="
    assert md("a\nb\r\nc") == "a b c" and md("  indented") == "indented"
    assert md("&amp; ~~x~~ `code` *e* _u_ \\") == r"\&amp; \~\~x\~\~ \`code\` \*e\* \_u\_ \\"


def test_lines_and_dates() -> None:
    assert lines("  a \n\n b\r\nc\rd  ") == ("a", "b", "c", "d")
    assert [show_date(d) for d in ("2023", "2023-03", "2023-03-04", "soon\n")] == [
        "2023",
        "March 2023",
        "4 March 2023",
        "soon",
    ]


# ---------------------------------------------------------------- the shipped content


def test_a_statement_from_the_shipped_packs_renders() -> None:
    """Whatever the real packs hold now: answer the first visible question of each
    type (and the role ids if present) and render both formats."""
    shipped = packs.shipped().packset
    children = [Child("c1", "Ana", born="2017-04", lives_with="me"), Child("c2", "Ben", age=6)]
    answers: dict[tuple[str, str | None], Any] = {}
    samples = {
        "text": "A short answer",
        "long_text": "First line of a longer answer.\nSecond line.",
        "yes_no": True,
        "date": "2024-03",
        "number": 3,
    }
    for slot in engine.visible(shipped, children, answers):
        q = slot.question
        if q.type in samples:
            value: Any = samples[q.type]
        elif q.type == "choice":
            value = q.choices[0].value
        elif q.type == "multi_choice":
            value = [c.value for c in q.choices[:2]]
        else:
            value = [{f.id: samples.get(f.type, f.choices[0].value if f.choices else "x") for f in q.fields}]
        try:
            answers[slot.key] = engine.validate(q, value)
        except engine.AnswerError:
            continue
    if "your_role" in shipped.by_id:
        answers[("your_role", None)] = "grandmother"
    s = statement.build(Case("shipped", children, answers), shipped, DAY)
    md_text, html_text = render(s, "md"), render(s, "html")
    assert md_text.startswith("# My statement") and "<h1>My statement" in html_text
    if "your_role" in shipped.by_id:
        assert s.role == "grandmother"
    if shipped.packs:
        assert s.word_count > 0


def test_hidden_answers_are_counted_and_left_out(ps: PackSet) -> None:
    from s7prep.statement.export import warnings

    # The plan date was given, then the person said there is no plan: the date is
    # kept (they may change back) but not exported, and the export says so.
    case = Case(
        "c", [Child("c1", "Sam", age=9)], {("child_ehcp", "c1"): False, ("child_ehcp_since", "c1"): "2022-09"}
    )
    s = build(case, ps)
    assert s.hidden == 1
    assert "September 2022" not in all_text(s)
    assert any("not in it" in line for line in warnings(s))
    case.answers[("child_ehcp", "c1")] = True
    shown = build(case, ps)
    assert shown.hidden == 0 and "September 2022" in all_text(shown)
    assert not any("not in it" in line for line in warnings(shown))

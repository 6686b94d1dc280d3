"""The three documents of a case, on the real packs: where each answer goes, the
statement's shape and its concision rules.

The invented cases in tests/fixtures/cases/ are answered on the shipped packs; the
invented pack (tests/fixtures/packs/statement/) is used only for the generic
machinery (value types the shipped packs do not use).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s7prep import resources
from s7prep.packs import loader as packs
from s7prep.packs.model import OFFICER_PARTS, Case, Child, PackSet
from s7prep.statement import documents
from s7prep.statement.addresses import looks_like_address
from s7prep.statement.documents import Documents
from s7prep.statement.escape import lines, md, show_date
from s7prep.statement.model import HELD_BACK, IN_STATEMENT, LEFT_OUT, OFFICER, SAYS_NOTHING, TO_FIT, Item
from s7prep.statement.render import render
from s7prep.store import answers_file
from tests.fixtures.cases import NAMES, load, packset

DAY = date(2026, 11, 22)
# Words that would presume who the person (or the other party) is to the children.
PRESUMED = re.compile(r"\b(mother|father|parent|mum|dad|mom)s?\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


@functools.cache
def built(name: str) -> Documents:
    return documents.build(load(name), packset(), DAY)


def build(case: Case, ps: PackSet) -> Documents:
    return documents.build(case, ps, DAY)


def text(docs: Documents, kind: str = "statement") -> str:
    return render(docs.data(kind), "md", kind) + render(docs.data(kind), "html", kind)


def plain(docs: Documents, kind: str = "statement") -> str:
    """The Markdown without its escapes, as a reader sees the words."""
    return re.sub(r"\\(.)", r"\1", render(docs.data(kind), "md", kind))


def sentences(words: str) -> list[str]:
    found = re.split(r"(?<=[.!?])\s+|\n+", words)
    return [" ".join(s.split()) for s in found if len(s.split()) >= 5]


# ---------------------------------------------------------------- where each answer goes


@pytest.mark.parametrize("name", NAMES)
def test_every_answer_is_in_the_notes_and_in_one_other_place_at_most(name: str, ps: PackSet) -> None:
    docs = built(name)
    case = load(name)
    noted = [i.key for i in docs.notes.items]
    assert len(noted) == len(set(noted)) == len(docs.placements)
    in_statement = list(docs.statement.keys)
    in_officer = [i.key for i in docs.officer.items]
    assert len(in_statement) == len(set(in_statement)) and not set(in_statement) & set(in_officer)
    for key, placement in docs.placements.items():
        assert "notes" in docs.documents_of(key)
        assert (key in in_statement) == (placement.where == IN_STATEMENT) or placement.where == TO_FIT
        assert (key in in_officer) == (placement.where == OFFICER)
    # The chronology's answer is placed once, and shown as its rows.
    assert set(docs.placements) <= set(case.answers)


@pytest.mark.parametrize("name", NAMES)
def test_no_fact_repeats_in_the_statement(name: str) -> None:
    """Each answer's words appear once, and no sentence of the person's appears twice."""
    docs = built(name)
    words = " ".join(plain(docs).split())
    texts = [p for i in docs.statement.items if not i.fact for p in i.paras if len(p.split()) >= 4]
    texts += [p.text for i in docs.statement.items for r in i.records for p in r if len(p.text.split()) >= 4]
    for t in texts:
        assert words.count(" ".join(t.split())) == 1, t
    own = [s for t in texts for s in sentences(t)]
    assert len(own) == len(set(own))


@pytest.mark.parametrize("name", NAMES)
def test_officer_answers_never_reach_the_statement(name: str, ps: PackSet) -> None:
    docs = built(name)
    statement_words = plain(docs)
    for key, placement in docs.placements.items():
        if ps.question(key[0]).statement in OFFICER_PARTS:
            assert placement.where in (OFFICER, SAYS_NOTHING, LEFT_OUT)
            value = load(name).answers[key]
            if isinstance(value, str) and len(value.split()) > 3:
                assert value not in statement_words
                assert value in plain(docs, "officer") or placement.where != OFFICER


def test_officer_logistics_are_on_the_officer_sheet(ps: PackSet) -> None:
    docs = built("two_children_full")
    officer = plain(docs, "officer")
    for qid in (
        "safety_needs",
        "interview_supporter",
        "adjustments",
        "your_household",
        "da_protective_steps",
    ):
        assert docs.placements[(qid, None)].where == OFFICER, qid
    assert "changed my phone number" in officer and "changed my phone number" not in plain(docs)
    assert "Dan, 36" in officer and "Dan" not in plain(docs)
    assert "IDVA" not in plain(docs)
    assert "Cafcass may still share what a child's safety requires" in officer.replace("\n", " ")


@pytest.mark.parametrize("name", NAMES)
def test_nothing_answers_never_print(name: str, ps: PackSet) -> None:
    """No, None, Not sure and empty answers are left out unless the pack marks the
    question meaningful; list entries read as sentences."""
    docs = built(name)
    words = plain(docs)
    for phrase in ("None of these", "Something else", "**None", ": None", "No plan"):
        assert phrase not in words, phrase
    assert ".;" not in words and ".." not in words
    for (qid, child), value in load(name).answers.items():
        q = ps.question(qid)
        says_no = value is False or value in ("no", "none", "not_sure") or value in (["none"], ["not_sure"])
        if says_no and not q.meaningful:
            assert docs.placements[(qid, child)].where in (SAYS_NOTHING, "notes only"), qid


def test_a_none_answer_is_dropped_but_a_meaningful_no_prints(ps: PackSet) -> None:
    case = load("responding")
    assert case.answers[("concern_areas", None)] == ["none"]
    docs = build(case, ps)
    assert docs.placements[("concern_areas", None)].where == SAYS_NOTHING
    assert docs.placements[("child_additional_needs", "c1")].where == SAYS_NOTHING
    assert "None of these" in plain(docs, "notes")  # the notes keep every answer as given
    case.answers[("legal_parent", None)] = "no"  # meaningful: a parent who is not one in law
    case.answers[("interpreter", None)] = False  # not meaningful
    docs = build(case, ps)
    assert "**Legal parent:** No" in plain(docs)
    assert docs.placements[("interpreter", None)].where == SAYS_NOTHING


def test_something_else_never_prints_its_category(ps: PackSet) -> None:
    case = load("two_children_full")
    case.answers[("da_types", None)] = ["coercive_control", "other"]
    case.answers[("disputed_issues", None)] = ["other"]
    docs = build(case, ps)
    assert "Something else" not in plain(docs)
    assert docs.placements[("disputed_issues", None)].where == SAYS_NOTHING


def test_short_wordings_for_long_choice_labels(ps: PackSet) -> None:
    # Not fitted: which answers the full case moves to fit is not what this is about.
    words = plain(documents.build(load("two_children_full"), ps, DAY, fit=False))
    assert "**Areas of worry:** Domestic abuse; conflict between the adults" in words
    assert "including controlling behaviour" not in words
    assert "Planning Together for Children; a child contact intervention" in words


# ---------------------------------------------------------------- the statement's shape


def test_the_order_an_officer_reads(ps: PackSet) -> None:
    md_text = render(built("two_children_full").statement, "md")
    headings = re.findall(r"^## (.+)$", md_text, re.M)
    assert headings[:3] == ["Summary", "Sam, 10", "Lily, 6"]
    assert headings.index("What I propose") < headings.index("Worries about harm")
    assert headings.index("Worries about harm") < headings.index("Concerns raised about me")
    strengths = "The other party's strengths, and the children's other relationships"
    assert headings.index("Concerns raised about me") < headings.index(strengths)


def test_each_child_in_one_block_with_checklist_letters(ps: PackSet) -> None:
    s = built("three_children").statement
    names = [b.child.name for b in s.blocks if b.child]
    assert names == ["Jake", "Ellie", "Noah"]
    ellie = s.blocks[1]
    groups = {g.title: g.letter for g in ellie.groups}
    assert groups["wishes"] == "a" and groups["needs"] == "b" and groups["harm"] == "e"
    assert groups["plan"] == "g"  # anything in the proposal just for her
    said = [i for g in ellie.groups for i in g.items if i.key == ("rr_child_says", "c2")]
    assert said and said[0].child == ""  # in her own block, not named again
    # Noah has no harm answers: no (e) claimed for him.
    assert "harm" not in {g.title for g in s.blocks[2].groups}


def test_a_letter_is_claimed_only_where_answers_say_something(ps: PackSet) -> None:
    case = load("one_child_essentials")
    case.answers[("child_health", "c1")] = ""  # empty
    case.answers.pop(("child_health", "c1"))
    docs = build(case, ps)
    groups = {g.title for g in docs.statement.blocks[0].groups}
    assert "needs" not in groups  # only "Additional needs: No" left, which says nothing
    assert "(b)" not in render(docs.statement, "md")


def test_summary_is_short_and_opens_with_the_persons_words(ps: PackSet) -> None:
    for name in NAMES:
        s = built(name).statement
        assert s.summary_words <= documents.SUMMARY_WORDS, name
        assert s.summary[0].key == ("what_matters_most", None) and not s.summary[0].show_label
    words = plain(built("two_children_full"))
    assert "**Who the children should live with:** Me" in words


def test_concerns_show_accept_part_or_dispute_first(ps: PackSet) -> None:
    # The allegation keeps its label after the position: "I accept part of it. That I
    # shouted and threw a plate" read as accepting the plate too.
    words = plain(built("responding"))
    assert "- **I accept it.** Said about me: That I damaged a door" in words
    assert "- **I dispute it.** Said about me: That I hit her." in words
    full = plain(built("two_children_full"))
    assert "**I accept part of it.** Said about me: That I stop the children" in full


def test_worries_by_area_with_a_chronology(ps: PackSet) -> None:
    s = documents.build(load("two_children_full"), ps, DAY, fit=False).statement
    worries = s.section("harm")
    assert worries is not None
    assert [g.title for g in worries.groups][:2] == ["", "Domestic abuse"]  # areas in pack order
    assert [(e.when, e.child) for e in worries.events] == [
        ("17 February 2024", "Sam heard it"),
        ("2025", ""),
        ("June 2025", "Both children"),
    ]
    row = worries.events[0]
    assert [p.label for p in row.pieces] == ["", "Who saw", "Help sought", "Evidence"]
    assert "Still happening" not in render(s, "md").split("Events in date order")[1].split("2025 |")[0]


def test_singular_wording_for_one_child(ps: PackSet) -> None:
    for name in ("one_child_essentials", "responding"):
        words = plain(built(name))
        assert "the children" not in words.lower(), name
        assert "**My relationship to the child:**" in words


@pytest.mark.parametrize("name", NAMES)
def test_role_words_from_the_case(name: str) -> None:
    docs = built(name)
    head = docs.statement.head
    assert head.role in ("mother", "father", "grandmother")
    assert f"relationship to the child{'' if head.one_child else 'ren'}:** {head.role}" in plain(docs)
    assert docs.documents_of(("your_role", None)) == ("statement", "officer", "notes")


def test_role_in_the_persons_own_words_and_none_assumed(ps: PackSet) -> None:
    case = load("grandparent")
    case.answers[("your_role", None)] = "other"
    case.answers[("your_role_other", None)] = "Family friend who cared for them"
    assert build(case, ps).statement.head.role == "Family friend who cared for them"
    del case.answers[("your_role", None)]
    del case.answers[("your_role_other", None)]
    case.answers[("other_party_role", None)] = "other"  # 'other' with no words: nothing said
    docs = build(case, ps)
    assert (docs.statement.head.role, docs.statement.head.other_role) == ("", "")
    assert docs.placements[("other_party_role", None)].where == SAYS_NOTHING
    assert "relationship to the" not in plain(docs)


def test_templates_presume_no_role() -> None:
    for path in resources.templates_dir().glob("*.j2"):
        assert not PRESUMED.findall(path.read_text(encoding="utf-8")), path.name


# ---------------------------------------------------------------- length and fitting


@pytest.mark.parametrize("name", NAMES)
def test_documents_keep_to_their_pages(name: str) -> None:
    m = built(name).measures
    assert m["statement"].pages <= documents.PAGE_TARGETS["statement"]
    assert m["officer"].pages <= documents.PAGE_TARGETS["officer"]
    if name == "one_child_essentials":
        assert m["statement"].pages <= 1.0


def test_what_does_not_fit_moves_to_the_notes_by_priority(ps: PackSet) -> None:
    docs = built("two_children_full")
    moved = docs.moved
    assert moved and docs.notes.moved == moved
    # A high answer moves only as a last resort, never one the short path asks for
    # nor a picked fact; a `top` answer never.
    for p in moved:
        q = ps.question(p.key[0])
        assert q.priority != "top", p.key
        assert q.priority != "high" or not (q.essential or q.type in ("choice", "multi_choice")), p.key
    kept_low = [
        p
        for p in docs.placements.values()
        if p.where == IN_STATEMENT and ps.question(p.key[0]).priority == "low"
    ]
    if any(ps.question(p.key[0]).priority == "normal" for p in moved):
        assert not kept_low  # every low answer goes before a normal one
    # Moved answers are in the notes, marked, and never lost.
    notes = {i.key: i for i in docs.notes.items}
    assert all(notes[p.key].where == TO_FIT for p in moved)
    assert "moved here to fit the statement's pages" in plain(docs, "notes")


def test_a_statement_that_fits_moves_nothing(ps: PackSet) -> None:
    docs = built("one_child_essentials")
    assert docs.moved == () and docs.notes.moved == ()


def test_leaving_answers_out_makes_room_for_others(ps: PackSet) -> None:
    case = load("two_children_full")
    before = built("two_children_full")
    big = sorted(
        (
            p
            for p in before.placements.values()
            if p.where == IN_STATEMENT and ps.question(p.key[0]).statement != "summary"
        ),
        key=lambda p: -p.words,
    )[:3]
    case.leave_out = {p.key for p in big}
    after = build(case, ps)
    for p in big:
        assert after.placements[p.key].where == LEFT_OUT
        assert after.documents_of(p.key) == ("notes",)
    assert len(after.moved) < len(before.moved)
    left = [i for i in after.notes.items if i.key == big[0].key]
    assert left[0].where == LEFT_OUT and "left out of the statement by me" in plain(after, "notes")


def test_leave_out_round_trips_through_the_answers_file(ps: PackSet) -> None:
    case = load("one_child_essentials")
    case.leave_out = {("child_identity", "c1"), ("order_reasons", None)}
    doc = answers_file.to_document(case, ps)
    assert doc["leave_out"] == ["child_identity.c1", "order_reasons"]
    assert answers_file.from_document(doc, ps).leave_out == case.leave_out


def test_a_new_question_lands_in_its_place_without_code(tmp_path: Path) -> None:
    """A pack with a question in a new harm section and a per-child wish: the
    statement puts them under a worry area of their own and in each child's block."""
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "id: extra\ntitle: Extra\nversion: '1'\nreviewed: 2026-11-01\nsources: [Invented]\norder: 35\n"
        "sections:\n"
        "  - id: online\n    title: Online harm\n    questions:\n"
        "      - {id: online_worry, type: long_text, prompt: What happened online?,"
        " label: What happened online, statement: harm}\n"
        "      - {id: child_online, type: long_text, prompt: What does the child do online?,"
        " label: Online life, statement: wishes, per_child: true}\n",
        encoding="utf-8",
    )
    loaded = packs.load([resources.questions_dir(), extra])
    assert not loaded.errors
    case = load("one_child_essentials")
    case.answers[("online_worry", None)] = "Messages to the child on a games site in May 2025."
    case.answers[("child_online", "c1")] = "Plays a building game with friends."
    s = build(case, loaded.packset).statement
    worries = s.section("harm")
    assert worries is not None and "Online harm" in [g.title for g in worries.groups]
    wishes = next(g for g in s.blocks[0].groups if g.title == "wishes")
    assert ("child_online", "c1") in [i.key for i in wishes.items]


# ---------------------------------------------------------------- warnings


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


def test_address_warning_names_the_answer_and_document_never_the_text(ps: PackSet) -> None:
    case = load("two_children_full")
    case.answers[("child_said", "c2")] = "Lily said she likes 14 Mill Close, her nana's house."
    case.answers[("handover_place", None)] = "At the car park, LS6 2AB"
    case.answers[("safety_other", None)] = "Write to me at 3 Oak Road only."
    case.answers[("interview_worries", None)] = "That he finds 9 Elm Grove."  # notes only: no warning
    case.children[0] = replace(case.children[0], lives_with="me at 9 Elm Grove")
    found = [(w.label, w.child, w.document) for w in build(case, ps).warnings]
    assert found == [
        ("Who the child lives with", 1, "statement"),
        ("What the child has said", 2, "statement"),
        ("Handover place", None, "statement"),
        ("Other safety needs", None, "officer"),
    ]
    for w in build(case, ps).warnings:
        assert not re.search(r"Mill|LS6|Oak|Elm", w.message)
    assert built("two_children_full").warnings == ()


def test_hidden_answers_are_counted_and_left_out(ps: PackSet) -> None:
    from s7prep.statement.export import warnings

    case = load("one_child_essentials")
    case.answers[("your_role_other", None)] = "12 Acacia Avenue"  # hidden: the role is not 'other'
    docs = build(case, ps)
    assert docs.notes.hidden == 1 and docs.warnings == ()
    assert "Acacia" not in text(docs) + text(docs, "notes")
    assert any("not in it" in line for line in warnings(docs))


# ---------------------------------------------------------------- the generic machinery


def test_values_of_every_type_and_of_the_wrong_shape() -> None:
    """The invented pack has the types the shipped packs do not use (a number, a
    per-child chronology, case-level answers about the children)."""
    from tests.fixtures.cases import sample_packset

    sample = sample_packset()
    docs = documents.build(load("sample", sample), sample, DAY)
    words = plain(docs)
    assert "**Journey between homes, minutes:** 40" in words
    assert [(e.when, e.child) for e in docs.statement.sections[1].events][-2:] == [
        ("September 2024", "Ellie"),
        ("", ""),
    ]
    odd = Case(
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
    odd_docs = documents.build(odd, sample, DAY)
    assert [c.name for c in odd_docs.statement.head.children] == ["Child 1", "Bo\ufffdb\u202e"]
    assert odd_docs.statement.head.children[0].born == "20xx"
    assert odd_docs.statement.summary[0].paras == ("line one", "line two\ufffd")
    for kind in ("statement", "officer", "notes"):
        assert render(odd_docs.data(kind), "md", kind) and render(odd_docs.data(kind), "html", kind)


def test_chronology_order_with_partial_dates() -> None:
    from tests.fixtures.cases import sample_packset

    sample = sample_packset()
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
    worries = documents.build(case, sample, DAY).statement.section("harm")
    assert worries is not None
    assert [e.pieces[0].text for e in worries.events] == [
        "earlier.",
        "year.",
        "month.",
        "day.",
        "none.",
        "not a stored date.",
    ]


def test_an_empty_case_gives_three_short_documents(ps: PackSet) -> None:
    docs = build(Case("empty"), ps)
    assert docs.statement.items == () and docs.placements == {}
    md_text = render(docs.statement, "md")
    assert md_text.count("\n## ") == 0 and md_text.startswith("# My statement")
    assert "may be shared with the court and with the other party" in md_text
    assert all(m.pages <= 1 for m in docs.measures.values())


def test_every_item_counts_its_words() -> None:
    item = Item(("q", None), "Two words", paras=("one two three",))
    assert item.words == 5


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


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=())))
def test_the_markdown_fast_path_escapes_as_the_full_one(text: str) -> None:
    from s7prep.statement import escape

    full = " ".join(lines(text))
    full = escape._MD_LINE_START.sub(escape._escape_line_start, escape._MD_ANYWHERE.sub(r"\\\1", full))
    assert md(text) == full


def test_rough_dates_and_ranges_sort_and_show_as_typed() -> None:
    from s7prep import engine
    from tests.fixtures.cases import sample_packset

    sample = sample_packset()
    case = Case("c", answers={("concern_types", None): ["conflict"]})
    typed = ["March 2024", "late 2023", "2019 to 2024", "Summer 2025", "November 2023", "since 2024"]
    case.answers[("incidents", None)] = [{"when": engine.parse_when(t), "what": t} for t in typed]
    worries = documents.build(case, sample, DAY).statement.section("harm")
    assert worries is not None
    assert [(e.when, e.pieces[0].text) for e in worries.events] == [
        ("2019 to 2024", "2019 to 2024."),
        ("Late 2023", "late 2023."),
        ("November 2023", "November 2023."),
        ("Since 2024", "since 2024."),
        ("March 2024", "March 2024."),
        ("Summer 2025", "Summer 2025."),
    ]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Me, her grandmother", "me, her grandmother"),
        ("With their mother", "their mother"),
        ("lives with me", "me"),
        ("Mother", "Mother"),
        ("Aunt Sara", "Aunt Sara"),
        ("Meera and me", "Meera and me"),
    ],
)
def test_lives_with_reads_after_its_label(typed: str, shown: str, ps: PackSet) -> None:
    # Trials: "lives with: Me, her grandmother" and "lives with: With their mother".
    case = load("one_child_essentials", ps)
    case.children = [replace(case.children[0], lives_with=typed)]
    assert f"lives with {shown}" in plain(build(case, ps))


def test_an_empty_officer_sheet_says_so(ps: PackSet) -> None:
    # A caller who answered nothing for the officer got a page with only its heading.
    case = load("one_child_essentials")
    case.answers = {k: v for k, v in case.answers.items() if k[0] != "adjustments"}
    docs = build(case, ps)
    assert docs.officer.groups == ()
    for fmt in ("md", "html"):
        assert "Nothing to add for the officer only." in render(docs.officer, fmt, "officer")
    assert "Nothing to add" not in render(built("one_child_essentials").officer, "md", "officer")


def test_picked_choices_name_the_other_party_as_the_statement_does(ps: PackSet) -> None:
    # A trial: "Who the child should live with: The other party" above strips that said
    # "the mother"; the notes keep the choice as it was picked.
    docs = built("one_child_essentials")
    assert "**Who the child should live with:** The mother" in text(docs)
    assert "The other party" not in text(docs).split("## Summary")[1].split("##")[0]
    assert "**Who the child should live with:** The other party" in text(docs, "notes")


def test_an_address_is_held_back_when_the_person_asked_for_theirs_to_be_private(ps: PackSet) -> None:
    # A trial: a mother's safe address went into the statement with only a warning.
    case = load("one_child_essentials")
    case.answers[("child_current", "c1")] = "Staying with my sister at 14 Elm Road, Leeds LS6 2AB."
    shared = build(case, ps)
    assert "Elm Road" in text(shared)  # a warning only, when no privacy was asked for
    case.answers[("safety_needs", None)] = ["address_private"]
    docs = build(case, ps)
    assert docs.placements[("child_current", "c1")].where == HELD_BACK
    assert "Elm Road" not in text(docs) and "Elm Road" not in text(docs, "officer")
    notes = text(docs, "notes")
    assert "Elm Road" in notes and "kept out of the statement: it looks like an address" in notes
    (warning,) = [w.message for w in docs.warnings if w.document == HELD_BACK]
    assert warning.startswith("'Arrangements now' for child 1 looks like it holds an address")
    assert "Elm Road" not in warning

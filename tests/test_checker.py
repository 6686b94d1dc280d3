"""The statement checker's behaviour on cases against the shipped packs: what a finding
names, what it never repeats, what it never touches, and text people can type."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s7prep.packs import loader
from s7prep.packs.model import Answers, Case, Child, PackSet
from s7prep.statement import documents
from s7prep.statement.checker import Finding, check
from s7prep.statement.checker.text import PhraseIndex, Text, phrase, plain_words
from s7prep.statement.model import IN_STATEMENT, TO_FIT
from tests.fixtures import cases

KIDS = [Child("c1", "Sam", born="2016-04"), Child("c2", "Ruby", born="2019-09")]
BASE: dict[tuple[str, str | None], Any] = {
    ("your_role", None): "mother",
    ("other_party_role", None): "father",
    ("concern_areas", None): ["domestic_abuse"],
}


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return loader.shipped().packset


def findings(
    ps: PackSet, answers: dict[tuple[str, str | None], Any], kids: list[Child] = KIDS
) -> list[Finding]:
    return list(check(Case("t", kids, {**BASE, **answers}), ps).findings)


def test_a_finding_names_the_answer_the_words_and_where_they_are(ps: PackSet) -> None:
    text = "Handovers are calm now. He is constantly on his phone when he has them."
    (f,) = findings(ps, {("cap_other_daily", None): text})
    assert (f.rule, f.place.qid, f.place.child, f.words) == (
        "absolutes",
        "cap_other_daily",
        None,
        "constantly",
    )
    assert text[f.start : f.end] == "constantly"
    assert f.place.section and f.place.label and f.consider and f.example
    assert '"constantly"' in f.consider and "example with a date" in f.consider


def test_a_per_child_answer_is_named_with_the_child(ps: PackSet) -> None:
    (f,) = findings(ps, {("child_said", "c2"): "Ruby said she wants a dog at her dad's."})
    assert (f.rule, f.place.child, f.place.child_name) == ("child_words", "c2", "Ruby")
    assert f.place.where == "What the child has said (Ruby)"
    assert f.place.group.endswith(": Ruby")
    assert "Say when Ruby said this" in f.consider


def test_a_finding_in_a_list_answer_names_the_entry_and_field(ps: PackSet) -> None:
    incidents = [
        {"when": "2024-01", "what": "He pushed me."},
        {"when": "2024-02", "what": "He threatens me all the time."},
    ]
    (f,) = findings(ps, {("incidents", None): incidents})
    assert (f.place.record, f.place.field) == (2, "what")
    assert "entry 2" in f.place.where and f.words == "all the time"


def test_contact_details_are_pointed_at_but_never_repeated(ps: PackSet) -> None:
    secret = "27 Orchard Grove, Leeds LS6 2AB, 07700 900461, jo@example.org"
    text = f"We live at {secret}."
    # One finding for the answer, naming each kind of detail, with the advice once.
    (f,) = findings(ps, {("cap_you_home", None): text})
    kinds = "a street address, a postcode, a phone number and an email address"
    assert f.consider.startswith(f"This looks like {kinds}. ")
    assert f.words == "" and text[f.start : f.end] == secret
    for part in ("Orchard", "LS6", "900461", "jo@"):
        assert part not in f.line and part not in str(f.as_dict())
    # Two of a kind are named once.
    (f,) = findings(ps, {("cap_you_home", None): "Ring 07700 900461 or 07700 900462."})
    assert f.consider.startswith("This looks like a phone number. ")


def test_a_childs_details_are_checked_for_an_address(ps: PackSet) -> None:
    kids = [Child("c1", "Sam", lives_with="me at 4 Mill Lane"), KIDS[1]]
    (f,) = findings(ps, {}, kids)
    assert (f.rule, f.place.label, f.place.child) == ("contacts", "Who the child lives with", "c1")


def test_only_what_the_statement_shows_is_checked(ps: PackSet) -> None:
    hidden: Answers = {("da_summary", None): "He is always shouting."}  # only shown for domestic abuse
    assert findings(ps, {**hidden, ("concern_areas", None): ["harmful_conflict"]}) == []
    assert findings(ps, {("interview_worries", None): "He is a liar."}) == []  # statement: none
    assert findings(ps, {("interview_supporter", None): "He is a liar."}) == []  # the officer's notes
    answer: Answers = {("cap_other_worries", None): "He is always late."}
    assert [f.rule for f in findings(ps, answer)] == ["absolutes"]
    left_out = Case("t", KIDS, {**BASE, **answer}, leave_out={("cap_other_worries", None)})
    assert check(left_out, ps).findings == ()


def test_an_answer_moved_to_fit_the_pages_is_not_checked() -> None:
    fixture_ps = cases.packset()
    case = cases.load("two_children_full", fixture_ps)
    docs = documents.build(case, fixture_ps)
    key = next(p.key for p in docs.moved if fixture_ps.question(p.key[0]).type == "long_text")
    case.answers[key] = f"{case.answers[key]} He is always late."
    docs = documents.build(case, fixture_ps)
    assert docs.placements[key].where == TO_FIT
    report = check(case, fixture_ps, docs=docs)
    assert not [f for f in report.findings if (f.place.qid, f.place.child) == key]
    # The same words in an answer the statement keeps are found.
    kept = ("da_summary", None)
    assert docs.placements[kept].where == IN_STATEMENT
    case.answers[kept] = f"{case.answers[kept]} He is always late."
    found = check(case, fixture_ps).findings
    assert [f.rule for f in found if (f.place.qid, f.place.child) == kept] == ["absolutes"]


def test_contact_details_in_the_officers_notes_only_when_the_address_is_private(ps: PackSet) -> None:
    officer: Answers = {("safety_other", None): "Please ring me only on 07700 900217 or at 4 Mill Lane."}
    assert findings(ps, {("safety_needs", None): ["separate_waiting"], **officer}) == []
    private: Answers = {("safety_needs", None): ["address_private"], **officer}
    (f,) = findings(ps, private)
    assert (f.rule, f.place.qid, f.place.document, f.words) == ("contacts", "safety_other", "officer", "")
    # A reminder, not a mistake: the notes are the right place, and say it must not be shared.
    assert f.consider.startswith("A reminder: this looks like a phone number and a street address.")
    assert "the right place" in f.consider and "must not be shared" in f.consider and "900217" not in f.line
    assert f.as_dict()["document"] == "officer" and f.place.group == "The interview (notes for the officer)"
    # Only contact details: the other advice is about the statement.
    assert findings(ps, {**private, ("safety_other", None): "He is always drunk."}) == []
    # Words that ask for privacy are what the notes should say: nothing to remind.
    for asks in ("Please do not share my new address.", "This is confidential.", "Keep it private."):
        assert findings(ps, {**private, ("safety_other", None): f"{asks} 12 Elm Road, LS6 2AB."}) == []


def test_the_checker_changes_nothing(ps: PackSet) -> None:
    answers = {**BASE, ("cap_other_worries", None): "He is always late and a liar, at 4 Mill Lane."}
    case = Case("t", copy.deepcopy(KIDS), copy.deepcopy(answers))
    assert check(case, ps).findings
    assert case.answers == answers and case.children == KIDS


def test_an_answer_far_over_its_guidance(ps: PackSet) -> None:
    sentence = "We walked to the park after school and fed the ducks before tea. "
    short, long = sentence * 10, sentence * 20  # 130 and 260 words: guidance 120, far over at 180
    assert findings(ps, {("cap_you_daily", None): short}) == []
    (f,) = findings(ps, {("cap_you_daily", None): long})
    assert f.rule == "length" and "about 260 words" in f.consider and "about 120" in f.consider


def test_the_summary_has_its_own_guidance(ps: PackSet) -> None:
    sentence = "I want the children to be settled, with calm handovers at school. "
    (f,) = findings(ps, {("what_matters_most", None): sentence * 14})  # 168 words: 100 allowed, 150 far
    assert f.rule == "length" and "about 100 is usually enough" in f.consider


def test_a_statement_too_long_for_its_pages_names_what_moved_and_the_longest_answers() -> None:
    fixture_ps = cases.packset()
    case = cases.load("two_children_full", fixture_ps)
    docs = documents.build(case, fixture_ps)
    assert docs.moved and not docs.measure("statement").over
    (f,) = [f for f in check(case, fixture_ps, docs=docs).findings if f.rule == "pages"]
    assert f.place.label == "The whole statement"
    assert f"Too long for 2 printed pages, so {len(docs.moved)} answers moved to your own notes" in f.consider
    first = docs.moved[0]
    assert f'"{first.label}' in f.consider and "more questions." in f.consider  # a few, then how many more
    longest = f.consider.split("shorten the longest answers")[1]
    assert '"Events"' in longest
    assert all(f'"{p.label}"' not in longest for p in docs.moved)  # what moved is not in it


def test_a_statement_over_its_pages_even_with_answers_moved(ps: PackSet) -> None:
    # Top answers and high ones on the short path never move: enough of them make it too long even so.
    high = [
        q.id
        for q in ps.by_id.values()
        if q.priority in ("top", "high") and q.type == "long_text" and not q.show_if
    ]
    answers: dict[tuple[str, str | None], Any] = {}
    for n, qid in enumerate(high):
        words = " ".join(f"w{n}x{i}" for i in range(140))  # distinct words: no repeats
        for child in ("c1", "c2") if ps.question(qid).per_child else (None,):
            answers[(qid, child)] = f"{child or ''}{words}."
    case = Case("t", KIDS, {**BASE, **answers})
    docs = documents.build(case, ps)
    measure = docs.measure("statement")
    assert measure.over
    (f,) = [f for f in check(case, ps, docs=docs).findings if f.rule == "pages"]
    assert f"prints on about {measure.whole_pages} pages, more than its 2" in f.consider


def test_the_same_sentence_in_two_answers_points_to_the_first(ps: PackSet) -> None:
    same = "I take both children to school and pick them up every weekday."
    found = findings(ps, {("cap_you_daily", None): same, ("cap_you_better", None): f"Also: {same}"})
    (f,) = found
    assert f.rule == "repeats" and f.place.qid == "cap_you_better" and f.words == f"Also: {same}"
    assert f'"{ps.question("cap_you_daily").short}"' in f.consider
    # ... but not within one answer, and not a sentence too short to matter.
    assert findings(ps, {("cap_you_daily", None): f"{same} {same}"}) == []
    assert findings(ps, {("cap_you_daily", None): "Yes, I do.", ("cap_you_better", None): "Yes, I do."}) == []


def test_a_name_that_is_also_a_word_is_matched_only_with_its_capital(ps: PackSet) -> None:
    kids = [Child("c1", "Will", born="2016-04")]
    said = findings(ps, {("cap_other_worries", None): "Will said his dad shouted."}, kids)
    assert [f.rule for f in said] == ["child_words"]
    assert findings(ps, {("cap_other_worries", None): "He will say he forgot."}, kids) == []


def test_wishes_answers_about_the_adult_only(ps: PackSet) -> None:
    about_adult = "His dad drinks at weekends. He shouts at me on the phone."
    (f,) = findings(ps, {("child_worries", "c1"): about_adult})
    assert f.rule == "child_focus" and "Sam's wishes and feelings" in f.consider
    # With the child in it, or the adult only in passing, it is about the child.
    assert findings(ps, {("child_worries", "c1"): f"Sam is scared. {about_adult}"}) == []
    assert findings(ps, {("child_enjoys", "c1"): "Football with the other party on Saturdays."}) == []
    # "She" may be the child as well as the mother; "school" is the child's: about the child.
    chloe = "Whether her mum will get ill again, and having to change school if she moves."
    assert findings(ps, {("child_worries", "c2"): chloe}) == []
    assert findings(ps, {("child_worries", "c2"): "Whether her mum will get ill again if she moves."}) == []
    assert findings(ps, {("child_worries", "c2"): "Whether her mum will get ill, and changing school."}) == []
    # Someone else's school or friends are not the child's.
    (f,) = findings(ps, {("child_worries", "c1"): "His dad drinks with his dad's friends."})
    assert f.rule == "child_focus"


@pytest.mark.parametrize(
    "text",
    [
        "He shows it more than he says it.",
        "He gets a tummy ache on Mondays and says so.",
        "He says sorry quickly and hides in his room.",
        "He does not say much about the weekends.",
        "He says little about the weekends.",
    ],
)
def test_says_without_words_said_is_not_a_childs_words(ps: PackSet, text: str) -> None:
    assert findings(ps, {("child_worries", "c1"): text}) == []


@pytest.mark.parametrize(
    "text",
    [
        "He says he does not want to go.",
        "He says that the flat is cold.",
        "He said: 'I want to stay here.'",
        "'I want to stay here,' he said.",
        "He often says things like he hates football.",
        "He says it is too noisy at the flat.",
        "He says Daddy shouts.",
        "He asked to come home early.",
    ],
)
def test_words_said_after_says_are_a_childs_words(ps: PackSet, text: str) -> None:
    assert [f.rule for f in findings(ps, {("child_worries", "c1"): text})] == ["child_words"]


def test_what_a_child_has_shown_is_behaviour_not_words(ps: PackSet) -> None:
    shown = "He claps and runs to the door, and he says 'Mummy house' when he is tired."
    assert findings(ps, {("child_shown", "c1"): shown}) == []
    assert [f.rule for f in findings(ps, {("child_worries", "c1"): shown})] == ["child_words"]


def test_the_example_names_the_child_and_no_pronoun_for_them(ps: PackSet) -> None:
    josh = [Child("c1", "Josh", born="2017-01")]
    (f,) = findings(ps, {("child_said", "c1"): "He says he wants to live with his dad."}, josh)
    assert "Josh said to me" in f.example
    assert not {"she", "he", "her", "his", "him"} & set(Text(f.example).tokens)
    (f,) = findings(ps, {("child_worries", "c1"): "His dad drinks at weekends."}, josh)
    assert f.rule == "child_focus" and "Josh is anxious" in f.example


def test_safety_steps_told_in_the_statement(ps: PackSet) -> None:
    text = "He rang me every night. It stopped when I changed my number."
    (f,) = findings(ps, {("da_summary", None): text})
    assert (f.rule, f.words) == ("safety_steps", "changed my number") and text[f.start : f.end] == f.words
    assert "notes for the officer" in f.consider
    # Someone else's step; a sentence asking for privacy; the notes for the officer.
    assert findings(ps, {("da_summary", None): "He changed the locks in June 2024."}) == []
    assert findings(ps, {("da_summary", None): "Please do not share my new address."}) == []
    private: Answers = {("safety_needs", None): ["address_private"]}
    assert findings(ps, {**private, ("safety_other", None): "I changed my number in May."}) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
def test_any_text_gives_findings_that_point_inside_it(text: str) -> None:
    ps = loader.shipped().packset
    answers = {**BASE, ("cap_other_worries", None): text, ("child_said", "c1"): text}
    for f in check(Case("t", KIDS, answers), ps).findings:
        if f.start >= 0:
            assert 0 <= f.start <= f.end <= len(text)
            if f.words and f.rule not in ("repeats", "child_words"):
                assert text[f.start : f.end] == f.words


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_words_keep_their_place_in_the_text(text: str) -> None:
    t = Text(text)
    assert len(t.tokens) == len(t.starts) == len(t.ends)
    for token, a, b in zip(t.tokens, t.starts, t.ends, strict=True):
        assert 0 <= a < b <= len(text) and len(token) == b - a
    assert all(lo < hi for lo, hi in t.sentences)
    assert sum(hi - lo for lo, hi in t.sentences) == len(t.tokens)


def test_initials_read_well_in_the_advice(ps: PackSet) -> None:
    kids = [Child("c1", "A.B.", born="2016-04")]
    (f,) = findings(ps, {("child_worries", "c1"): "His dad drinks at weekends."}, kids)
    assert "does not mention A.B." in f.consider and ".." not in f.consider
    (f,) = findings(ps, {("child_said", "c1"): "A.B. said he is bored at his dad's."}, kids)
    assert f.words == "A.B. said" and "Say when A.B said" in f.consider


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["never", "every", "time", "d'arcy", "o'neill", "ex", "i've", "we’ve", "-"]),
        max_size=8,
    )
)
def test_the_quick_test_never_hides_a_phrase(parts: list[str]) -> None:
    """PhraseIndex.may_be_in lets by every text in which find() finds something."""
    phrases = [phrase(p) for p in ("every time", "D'Arcy", "o'neill ex", "ex", "'ve never")]
    index = PhraseIndex(phrases)
    raw = " ".join(parts)
    if index.find(Text(raw)):
        assert index.may_be_in(plain_words(raw))


def test_the_advice_reads_the_child_when_there_is_one(ps: PackSet) -> None:
    answer: Answers = {("cap_other_worries", None): "He is a liar."}
    (two,) = findings(ps, answer)
    assert "how it affected the children" in two.consider
    (one,) = findings(ps, answer, KIDS[:1])
    assert "how it affected the child;" in one.consider

"""The shipped packs say what the law and Cafcass's practice say, and offer the right
helplines at the right questions: one test for each correction of issue 12 that can be
written as a rule, for the topics an officer asks about, and for the helplines file.

Each rule is checked on the shipped packs, and where it is a rule over the whole packs,
on a copy with a fault planted (tests/test_content.py's pattern), so none passes by
accident.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from s7prep import engine
from s7prep.packs import loader as packs
from s7prep.packs.model import Child, PackSet, Question
from tests.test_content import ABUSE_LINES, _change, _one, asked, texts, visible_ids

ONE = [Child("c1", "Sam")]
TWO = [Child("c1", "Sam"), Child("c2", "Jo")]
AREAS = ("domestic_abuse", "harmful_conflict", "refusal_resistance", "harmful_parenting", "abduction")


@pytest.fixture(scope="module")
def shipped() -> PackSet:
    return packs.shipped().packset


def shown(ps: PackSet, answers: dict[Any, Any], kids: list[Child] = ONE) -> set[str]:
    return {qid for qid, _ in visible_ids(ps, kids, answers)}


def case(**answers: Any) -> dict[Any, Any]:
    return {(qid, None): value for qid, value in answers.items()}


def choice_text(q: Question) -> str:
    return " ".join(f"{c.label} {c.help}" for c in q.choices)


# ---------------------------------------------------------------- 1. supported is not supervised


def contact_centre_problems(ps: PackSet) -> list[str]:
    out = [
        f"{where}: treats supported and supervised time as one"
        for where, text in texts(ps)
        if re.search(r"supported or supervised|supervised or supported", text, re.I)
    ]
    for name, q in asked(ps):
        for c in q.choices:
            words = f"{c.label} {c.help}".lower()
            if "contact centre" in words and "supported" not in words and "supervis" not in words:
                out.append(f"{name}.{c.value}: a contact centre, but not which kind")
            if "supported" in words and "risk of harm" not in words:
                out.append(f"{name}.{c.value}: supported time, without saying it is not for a risk of harm")
        supported = any("supported" in c.label.lower() for c in q.choices)
        if supported and not any("supervised" in c.label.lower() for c in q.choices):
            out.append(f"{name}: offers supported time but not supervised time")
    return out


def test_supported_and_supervised_time_are_told_apart(shipped: PackSet) -> None:
    assert contact_centre_problems(shipped) == []
    for qid in ("time_with_you", "time_with_other", "conditions", "services_willing", "concerns_offer"):
        assert re.search(r"supervised", choice_text(shipped.question(qid)), re.I), qid
    # Which fits a case with a risk of harm is said where the person chooses.
    for qid in ("conditions", "harm_safety_asks", "time_with_other", "concerns_offer"):
        assert "supervised time is the" in shipped.question(qid).help, qid


@pytest.mark.parametrize(
    ("pick", "changes"),
    [
        (_one("time_with_other"), {"help": "Supported or supervised time may help."}),
        (_one("conditions"), {"choices": ()}),
    ],
)
def test_contact_centre_rule_catches_a_fault(
    shipped: PackSet, pick: Callable[[Question], bool], changes: dict[str, Any]
) -> None:
    if "choices" in changes:
        q = shipped.question("conditions")
        lumped = [c for c in q.choices if c.value != "supervised"]
        changes = {"choices": tuple(lumped)}
    assert contact_centre_problems(_change(shipped, pick, **changes))


# ---------------------------------------------------------------- 2. anger management


def test_anger_management_is_not_a_domestic_abuse_programme(shipped: PackSet) -> None:
    support = shipped.question("concerns_support")
    assert "not a domestic abuse programme" in support.help
    anger = next(c for c in support.choices if c.value == "anger")
    assert "not a domestic abuse programme" in anger.help
    programme = next(c for c in support.choices if c.value == "da_programme")
    assert "Respect" in programme.label and "Respect" in support.help


# ---------------------------------------------------------------- 3. kinds of abuse and orders


def test_abuse_categories_and_orders(shipped: PackSet) -> None:
    da = set(shipped.question("da_types").choice_values)
    assert {"forced_marriage", "honour", "fgm", "child_direct"} <= da
    care = set(shipped.question("hp_types").choice_values)
    assert {"physical_punishment", "sexual_abuse", "emotional_abuse", "neglect"} <= care
    orders = set(shipped.question("existing_orders").choice_values)
    assert {"dapo", "fmpo", "fgmpo", "barring"} <= orders
    assert "91(14)" in choice_text(shipped.question("existing_orders"))
    assert "91A" in choice_text(shipped.question("existing_orders"))


# ---------------------------------------------------------------- 4. "my part in the conflict"


@pytest.mark.parametrize(
    ("answers", "asked_too"),
    [
        (case(concern_areas=["harmful_conflict"]), True),
        (case(concern_areas=["harmful_conflict", "domestic_abuse"]), False),
        (case(concern_areas=["harmful_conflict", "domestic_abuse"], harm_who=["other_party"]), False),
        (
            case(concern_areas=["harmful_conflict", "domestic_abuse"], harm_who=["other_party", "relative"]),
            False,
        ),
        # Abuse in the other party's home, by someone else: the person's own part is fair to ask.
        (case(concern_areas=["harmful_conflict", "domestic_abuse"], harm_who=["other_household"]), True),
    ],
)
def test_own_part_in_conflict_not_asked_of_someone_abused(
    shipped: PackSet, answers: dict[Any, Any], asked_too: bool
) -> None:
    assert ("conflict_own_part" in shown(shipped, answers)) is asked_too


# ---------------------------------------------------------------- 5. what Cafcass checks


def test_help_does_not_overstate_what_cafcass_checks(shipped: PackSet) -> None:
    overstated = re.compile(r"checks (everyone|the people|police records)|Cafcass checks every", re.I)
    assert [where for where, text in texts(shipped) if overstated.search(text)] == []
    stage = shipped.question("stage").help
    for words in ("Before the first hearing", "police", "council", "safety only"):
        assert words in stage
    assert "Practice Direction 12B" in " ".join(next(p for p in shipped.packs if p.id == "about").sources)


# ---------------------------------------------------------------- 6. the presumption


def test_presumption_shown_only_when_the_other_party_is_a_parent(shipped: PackSet) -> None:
    about = [q.id for _, q in asked(shipped) if re.search(r"s1\(2A\)|presum", q.help, re.I)]
    assert about == ["other_parent_involvement"]
    for role in ("mother", "father", "parent"):
        assert "other_parent_involvement" in shown(shipped, case(other_party_role=role)), role
    for role in ("grandmother", "step_parent", "special_guardian", "other_relative", "other"):
        assert "other_parent_involvement" not in shown(shipped, case(other_party_role=role)), role
    assert "other_parent_involvement" not in shown(shipped, {})


# ---------------------------------------------------------------- 7. special guardianship


def test_special_guardianship_says_exclusive_parental_responsibility(shipped: PackSet) -> None:
    sgo = next(c for c in shipped.question("order_sought").choices if c.value == "special_guardianship")
    assert "s14C(1)(b)" in sgo.help and "without the agreement" in sgo.help
    assert "main say" not in sgo.help


# ---------------------------------------------------------------- 8. abduction


def test_abduction_speaks_of_the_united_kingdom_and_hm_passport_office(shipped: PackSet) -> None:
    everything = " ".join(text for _, text in texts(shipped)) + " ".join(
        c.label for _, q in asked(shipped) for c in q.choices
    )
    assert "England and Wales" not in everything
    assert "out of the UK" not in everything and "UK Passport Office" not in everything
    steps = shipped.question("abd_steps")
    assert "999" in steps.help and "court order" in steps.help and "HM Passport Office" in steps.help
    assert "the United Kingdom" in shipped.question("abd_worry").help
    no_removal = next(c for c in shipped.question("conditions").choices if c.value == "no_removal")
    assert "the United Kingdom" in no_removal.label


def test_abduction_opens_an_essential_path(shipped: PackSet) -> None:
    answers = case(concern_areas=["abduction"])
    slots = engine.visible(shipped, TWO, answers, essentials=True)
    keys = {s.key for s in slots}
    for qid in ("abd_worry", "abd_signs", "abd_country", "abd_steps"):
        assert (qid, None) in keys, qid
    assert {("abd_passport", "c1"), ("abd_passport", "c2")} <= keys


# ---------------------------------------------------------------- 9. the officer and the children


def test_the_officer_sees_every_child_a_young_one_with_a_carer(shipped: PackSet) -> None:
    talk = shipped.question("child_talk_help").help
    assert "every child" in talk and "young child" in talk and "parent or carer" in talk
    assert {"child_meet_where", "child_meet_adult"} <= set(shipped.by_id)
    who = shown(shipped, {("child_meet_adult", "c1"): "yes"})
    assert "child_meet_adult_who" in who and "child_meet_adult_who" not in shown(shipped, {})


# ---------------------------------------------------------------- 10. Pathfinder and Wales


def test_pathfinder_and_wales(shipped: PackSet) -> None:
    stage = shipped.question("stage")
    assert "pathfinder" in stage.choice_values
    assert "Child Impact Report" in stage.help and "Cafcass Cymru" in stage.help
    assert "Child Impact Report" in choice_text(stage)
    assert "welsh_language" in shown(shipped, case(case_country="wales"))
    assert "welsh_language" not in shown(shipped, case(case_country="england"))


# ---------------------------------------------------------------- 11. legal advice first


def test_legal_advice_before_anything_that_may_be_an_admission(shipped: PackSet) -> None:
    concerns = next(p for p in shipped.packs if p.id == "concerns").sections[0]
    for words in ("legal advice", "other party", "court", "safety", "criminal", "fact-finding"):
        assert words in concerns.intro, words
    for qid in ("concerns_list", "concerns_police"):
        assert "legal advice" in shipped.question(qid).help, qid


# ---------------------------------------------------------------- what an officer asks about


def test_topics_an_officer_asks_about_are_there(shipped: PackSet) -> None:
    for qid in (
        "agreed_already",
        "child_last_seen",
        "child_contact_gaps",
        "pso_what",
        "sio_what",
        "holidays_abroad",
        "move_planned",
        "your_partner",
        "other_partner",
        "earlier_reports",
        "permission_points",
        "legal_help",
        "child_meet_where",
        "same_home",
    ):
        assert qid in shipped.by_id, qid
    assert {"school", "left_without_warning"} <= set(shipped.question("hp_types").choice_values)
    assert "s10(5)" in shipped.question("court_permission").help
    assert "s10(9)" in shipped.question("permission_points").help


@pytest.mark.parametrize(
    ("answers", "opened"),
    [
        (case(order_sought=["prohibited_steps"]), "pso_what"),
        (case(orders_applied_for=["specific_issue"]), "sio_what"),
        (case(move_planned="me_abroad"), "move_detail"),
        (case(your_partner="living_together"), "your_partner_detail"),
        (case(other_partner="yes"), "other_partner_detail"),
        (case(earlier_reports="yes"), "earlier_reports_detail"),
        (case(your_role="grandmother", applicant="me", court_permission="waiting"), "permission_points"),
        (case(concerns_raised="yes", concerns_kind=["abuse"]), "concerns_programme"),
    ],
)
def test_follow_ups_open_when_they_apply(shipped: PackSet, answers: dict[Any, Any], opened: str) -> None:
    assert opened not in shown(shipped, {})
    assert opened in shown(shipped, answers)


def test_living_together_hides_questions_about_two_homes(shipped: PackSet) -> None:
    apart = shown(shipped, case(same_home=False))
    together = shown(shipped, case(same_home=True))
    for qid in ("child_before_after", "other_household"):
        assert qid in apart and qid not in together, qid


@pytest.mark.parametrize(
    ("answers", "nights"),
    [
        (case(lives_with_plan="me", time_with_other="daytime"), False),
        (case(lives_with_plan="me", time_with_other="supervised"), False),
        (case(lives_with_plan="me", time_with_other="regular_overnight"), True),
        (case(lives_with_plan="other_party", time_with_you="indirect"), False),
        (case(lives_with_plan="other_party", time_with_you="shared"), True),
        # An answer kept from before a change of plan does not hide the question.
        (case(lives_with_plan="other_party", time_with_other="daytime", time_with_you="shared"), True),
        ({}, True),
    ],
)
def test_no_nights_a_fortnight_after_daytime_only(
    shipped: PackSet, answers: dict[Any, Any], nights: bool
) -> None:
    assert ("nights_plan" in shown(shipped, answers)) is nights


# ---------------------------------------------------------------- helplines


def abuse_line_problems(ps: PackSet) -> list[str]:
    """With every worry except domestic abuse, no question offers an abuse helpline; with
    drink or drugs the only worry, none offers the Respect line."""
    everything_but_abuse: dict[Any, Any] = case(
        concern_areas=[a for a in AREAS if a != "domestic_abuse"],
        harm_who=["other_party"],
        concerns_raised="yes",
        concerns_kind=["conflict", "substance", "mental_health", "care", "abduction", "other"],
        safety_needs=["separate_waiting"],
    )
    drugs: dict[Any, Any] = case(
        concern_areas=["harmful_parenting"],
        hp_types=["drugs"],
        concerns_raised="yes",
        concerns_kind=["substance"],
        concerns_support=["substance"],
    )
    out = []
    for s in engine.visible(ps, TWO, everything_but_abuse):
        out += [
            f"{s.question.id}: {sid} shown with no abuse" for sid in set(s.question.signpost) & ABUSE_LINES
        ]
    for s in engine.visible(ps, TWO, drugs):
        if "respect" in s.question.signpost:
            out.append(f"{s.question.id}: the Respect line shown for a drug-use concern")
    return out


def test_helplines_only_where_they_fit(shipped: PackSet) -> None:
    assert abuse_line_problems(shipped) == []
    # And each is offered somewhere it fits.
    offering = {sid: {q.id for _, q in asked(shipped) if sid in q.signpost} for sid in ("reunite", "respect")}
    assert {"abd_worry", "abd_steps"} <= offering["reunite"]
    assert "concerns_programme" in offering["respect"]


@pytest.mark.parametrize(
    ("qid", "line"),
    [("incidents", "refuge"), ("concerns_changed", "respect"), ("safety_needs", "galop")],
)
def test_helpline_rule_catches_a_line_in_the_wrong_place(shipped: PackSet, qid: str, line: str) -> None:
    q = shipped.question(qid)
    assert abuse_line_problems(_change(shipped, _one(qid), signpost=(*q.signpost, line)))


def test_helplines_file_says_what_issue_12_asks(shipped: PackSet) -> None:
    lines = {s.id: s for s in shipped.signposts}
    emergency = lines["emergency"].hours
    assert "55" in emergency and "mobile" in emergency and "landline, stay on the line" in emergency
    assert "England only" in lines["family_rights_group"].for_whom
    assert re.search(r"\d", lines["family_rights_group"].hours)
    assert "not 24 hours" in lines["nspcc"].hours and "10pm" in lines["nspcc"].hours
    assert lines["refuge"].for_whom.startswith("Women")
    assert lines["reunite"].number == "0116 2556 234" and "emergency" in lines["reunite"].hours
    for s in lines.values():
        assert s.source.startswith("https://") and s.checked.year >= 2026, s.id

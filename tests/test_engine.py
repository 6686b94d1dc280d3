"""The engine: order, per-child expansion, visibility, navigation, validation,
progress and hidden answers, on the invented sample pack."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from s7prep import engine
from s7prep.engine import AnswerError
from s7prep.packs.model import Answers, Child, PackSet

KIDS = [Child("c1", "A.B.", age=9), Child("c2", "C.D.", born="2022")]


def ids(slots: list[engine.Slot]) -> list[tuple[str, str | None]]:
    return [s.key for s in slots]


def test_order_and_per_child_runs(sample_packset: PackSet) -> None:
    keys = ids(engine.all_slots(sample_packset, KIDS))
    assert keys[:5] == [
        ("role", None),
        ("your_name", None),
        ("concern_types", None),
        ("abuse_details", None),
        ("incidents", None),
    ]
    # The child section's run of questions is asked for the first child, then the second.
    assert keys[5:13] == [
        ("child_age", "c1"),
        ("child_said", "c1"),
        ("child_sen", "c1"),
        ("child_ehcp", "c1"),
        ("child_age", "c2"),
        ("child_said", "c2"),
        ("child_sen", "c2"),
        ("child_ehcp", "c2"),
    ]
    assert keys[13:] == [("lives_with", None), ("handover_place", None), ("any_child_sen_note", None)]


def test_no_children_means_no_per_child_questions(sample_packset: PackSet) -> None:
    assert all(s.child is None for s in engine.all_slots(sample_packset, []))


def test_conditions_show_and_hide(sample_packset: PackSet) -> None:
    answers: Answers = {}
    shown = set(ids(engine.visible(sample_packset, KIDS, answers)))
    assert ("abuse_details", None) not in shown
    assert ("child_said", "c1") not in shown  # age unknown: not asked yet
    answers[("concern_types", None)] = ["domestic_abuse"]
    answers[("child_age", "c1")] = 9
    answers[("child_age", "c2")] = 2
    shown = set(ids(engine.visible(sample_packset, KIDS, answers)))
    assert ("abuse_details", None) in shown
    assert ("incidents", None) in shown
    # Per-child condition refers to the same child's answer.
    assert ("child_said", "c1") in shown and ("child_said", "c2") not in shown


def test_case_level_condition_on_per_child_question_means_any_child(sample_packset: PackSet) -> None:
    answers: Answers = {("child_age", "c1"): 5, ("child_age", "c2"): 5}
    assert ("any_child_sen_note", None) not in ids(engine.visible(sample_packset, KIDS, answers))
    answers[("child_sen", "c2")] = True
    assert ("any_child_sen_note", None) in ids(engine.visible(sample_packset, KIDS, answers))


def test_compound_condition(sample_packset: PackSet) -> None:
    answers: Answers = {("lives_with", None): "me", ("role", None): "mother"}
    assert ("handover_place", None) in ids(engine.visible(sample_packset, KIDS, answers))
    answers[("concern_types", None)] = ["substance"]
    assert ("handover_place", None) not in ids(engine.visible(sample_packset, KIDS, answers))


def test_essentials_only(sample_packset: PackSet) -> None:
    answers: Answers = {("child_age", "c1"): 9}
    keys = ids(engine.visible(sample_packset, KIDS, answers, essentials=True))
    assert keys == [
        ("role", None),
        ("child_age", "c1"),
        ("child_said", "c1"),
        ("child_age", "c2"),
        ("lives_with", None),
    ]


def test_next_and_previous(sample_packset: PackSet) -> None:
    slots = engine.visible(sample_packset, KIDS, {})
    assert engine.next_slot(slots, None) == slots[0]
    assert engine.next_slot(slots, slots[0].key) == slots[1]
    assert engine.previous_slot(slots, slots[1].key) == slots[0]
    assert engine.previous_slot(slots, slots[0].key) is None
    assert engine.next_slot(slots, slots[-1].key) is None


def test_next_from_a_question_that_was_just_hidden(sample_packset: PackSet) -> None:
    order = engine.all_slots(sample_packset, KIDS)
    answers: Answers = {("concern_types", None): ["domestic_abuse"]}
    # The person clears the answer that showed abuse_details while standing on it.
    answers[("concern_types", None)] = None
    slots = engine.visible(sample_packset, KIDS, answers)
    after = engine.next_slot(slots, ("abuse_details", None), order)
    before = engine.previous_slot(slots, ("abuse_details", None), order)
    assert after is not None and after.key == ("child_age", "c1")
    assert before is not None and before.key == ("concern_types", None)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2023", "2023"),
        ("2023-3", "2023-03"),
        ("2023-03-14", "2023-03-14"),
        ("March 2023", "2023-03"),
        ("14 march 2023", "2023-03-14"),
        ("14th Mar, 2023", "2023-03-14"),
        ("14/03/2023", "2023-03-14"),
        ("03/2023", "2023-03"),
        (" 2024 ", "2024"),
    ],
)
def test_partial_dates(typed: str, stored: str) -> None:
    assert engine.parse_partial_date(typed) == stored


@pytest.mark.parametrize(
    "typed", ["yesterday", "2023-13", "2023-02-30", "31/02/2023", "Smarch 2023", "23", "1850"]
)
def test_bad_dates_say_what_to_type(typed: str) -> None:
    with pytest.raises(AnswerError) as info:
        engine.parse_partial_date(typed)
    assert str(info.value)[0].isupper()


def test_date_message_is_clear() -> None:
    with pytest.raises(AnswerError, match="Enter a year, a month like 2023-03, or a full date"):
        engine.parse_partial_date("soon")


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("Summer 2025", "2025-summer", "Summer 2025"),
        ("the summer of 2025", "2025-summer", "Summer 2025"),
        ("fall 2021", "2021-autumn", "Autumn 2021"),
        ("early 2024", "2024-early", "Early 2024"),
        ("mid-2024", "2024-mid", "Mid 2024"),
        ("late 2023", "2023-late", "Late 2023"),
        ("end of 2023", "2023-late", "Late 2023"),
        ("2019 to 2024", "2019/2024", "2019 to 2024"),
        ("2019-2024", "2019/2024", "2019 to 2024"),
        ("2019 – 2024", "2019/2024", "2019 to 2024"),
        ("between 2019 and 2021", "2019/2021", "2019 to 2021"),
        ("March to June 2023", "2023-03/2023-06", "March to June 2023"),
        ("March-June 2023", "2023-03/2023-06", "March to June 2023"),
        ("autumn 2022 to spring 2023", "2022-autumn/2023-spring", "Autumn 2022 to Spring 2023"),
        ("since March 2023", "2023-03/..", "Since March 2023"),
        ("2019 to now", "2019/..", "Since 2019"),
        ("2020 onwards", "2020/..", "Since 2020"),
        ("2019 to 2019", "2019", "2019"),
        ("14/03/2023", "2023-03-14", "14 March 2023"),
    ],
)
def test_rough_dates_and_ranges(typed: str, stored: str, shown: str) -> None:
    assert engine.parse_when(typed) == stored
    assert engine.show_when(stored) == shown
    assert engine.parse_when(shown) == stored  # what is shown reads back the same


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2024 to 2019", "ends before it starts"),
        ("June to March 2023", "ends before it starts"),
        ("summer", "a season like Summer 2025"),
        ("2019 to", "a range like 2019 to 2024"),
        ("31/02/2023 to 2024", "There is no day 31"),
    ],
)
def test_bad_rough_dates_say_what_to_type(typed: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        engine.parse_when(typed)


def test_rough_dates_sort_by_start_vaguer_first() -> None:
    typed = [
        "14 January 2024",
        "Spring 2024",
        "January 2024",
        "2024",
        "early 2024",
        "2023 to 2025",
        "March 2024",
        "late 2023",
        "since 2024",
        "2022",
    ]
    ordered = sorted(typed, key=lambda t: engine.when_key(engine.parse_when(t)) or ())
    assert ordered == [
        "2022",
        "2023 to 2025",
        "late 2023",
        "2024",
        "early 2024",
        "January 2024",
        "since 2024",
        "14 January 2024",
        "Spring 2024",
        "March 2024",
    ]
    # A period comes after the single date it starts with (the push, then the messages).
    events = ["March to May 2026", "March 2026", "since March 2026"]
    ordered = sorted(events, key=lambda t: engine.when_key(engine.parse_when(t)) or ())
    assert ordered == ["March 2026", "March to May 2026", "since March 2026"]
    assert engine.when_key("not a date") is None and engine.when_key("2023-13") is None
    assert engine.show_when("2023-02-30") is None


_ONE_DATE = st.one_of(
    st.integers(1990, 2030).map(str),
    st.tuples(st.integers(1990, 2030), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.tuples(st.integers(1990, 2030), st.sampled_from(sorted(engine.dates.ROUGH))).map(
        lambda t: f"{t[0]}-{t[1]}"
    ),
)


@given(first=_ONE_DATE, last=st.one_of(st.none(), st.just(".."), _ONE_DATE))
def test_every_stored_rough_date_shows_and_reads_back(first: str, last: str | None) -> None:
    stored = first if last is None else f"{first}/{last}"
    key = engine.when_key(stored)
    assert key is not None
    if last not in (None, "..") and engine.when_key(last)[:3] <= engine.when_key(first)[:3]:  # type: ignore[index]
        return  # not a range the engine would store
    shown = engine.show_when(stored)
    assert shown is not None
    assert engine.parse_when(shown) == stored
    assert engine.parse_when(stored) == stored  # the stored form reads back as itself


def test_date_questions_take_rough_dates_and_ranges(sample_packset: PackSet) -> None:
    date_q = next(q for q in sample_packset.by_id.values() if q.type == "date")
    assert engine.validate(date_q, "Summer 2025") == "2025-summer"
    assert engine.validate(date_q, "2019-2024") == "2019/2024"
    # Stored forms are taken as they are (an answers file holds them).
    for stored in ("2025-summer", "2024-early", "2019/2024", "2023-03/..", "2024-late/2025-spring"):
        assert engine.validate(date_q, stored) == stored
    with pytest.raises(AnswerError, match="a range like 2019 to 2024"):
        engine.validate(date_q, "soon")


def test_validation_by_type(sample_packset: PackSet) -> None:
    q = sample_packset.question
    assert engine.validate(q("role"), "grandparent") == "grandparent"
    with pytest.raises(AnswerError, match="Choose one of"):
        engine.validate(q("role"), "uncle")
    assert engine.validate(q("concern_types"), ["substance", "domestic_abuse", "substance"]) == [
        "domestic_abuse",
        "substance",
    ]
    assert engine.validate(q("concern_types"), []) is None
    with pytest.raises(AnswerError):
        engine.validate(q("concern_types"), ["nope"])
    assert engine.validate(q("child_sen"), "yes") is True
    assert engine.validate(q("child_sen"), False) is False
    assert engine.validate(q("child_age"), "7") == 7
    assert engine.validate(q("child_age"), 7.5) == 7.5
    with pytest.raises(AnswerError, match="no larger than 18"):
        engine.validate(q("child_age"), 19)
    with pytest.raises(AnswerError, match="Enter a number"):
        engine.validate(q("child_age"), "seven")
    with pytest.raises(AnswerError):
        engine.validate(q("child_age"), float("nan"))
    assert engine.validate(q("your_name"), "  Sam  ") == "Sam"
    assert engine.validate(q("your_name"), "   ") is None
    with pytest.raises(AnswerError, match="under 80 characters"):
        engine.validate(q("your_name"), "x" * 81)
    assert engine.validate(q("child_ehcp"), "May 2021") == "2021-05"


def test_list_validation(sample_packset: PackSet) -> None:
    q = sample_packset.question("incidents")
    stored = engine.validate(q, [{"when": "March 2024", "what": "Shouting", "ongoing": "no"}, {"what": ""}])
    assert stored == [{"when": "2024-03", "what": "Shouting", "ongoing": False}]
    with pytest.raises(AnswerError, match="Entry 1: Roughly when"):
        engine.validate(q, [{"what": "No date"}])
    with pytest.raises(AnswerError, match="Entry 1, Roughly when"):
        engine.validate(q, [{"when": "soon"}])
    with pytest.raises(AnswerError, match="unknown part"):
        engine.validate(q, [{"colour": "red"}])


def test_text_is_normalised_and_control_characters_refused(sample_packset: PackSet) -> None:
    q = sample_packset.question("abuse_details")
    assert engine.validate(q, "Cafe\u0301\r\nline two\ttab") == "Café\nline two\ttab"
    for bad in ("bell\x07", "esc\x1b[2J", "lone \ud800 surrogate", "nul\x00"):
        with pytest.raises(AnswerError, match="control character"):
            engine.validate(q, bad)


def test_progress_per_child_and_letter(sample_packset: PackSet) -> None:
    answers: Answers = {
        ("child_age", "c1"): 9,
        ("child_said", "c1"): "Wants to stay at school",
        ("role", None): "father",
    }
    slots = engine.visible(sample_packset, KIDS, answers)
    p = engine.progress(slots, answers)
    assert p.by_child["c1"] == engine.Count(2, 3)  # age, said, sen (ehcp hidden)
    assert p.by_child["c2"] == engine.Count(0, 2)  # age, sen (said hidden: age unknown)
    assert p.by_letter[("c1", "a")] == engine.Count(1, 1)
    assert p.by_letter[("c2", "b")] == engine.Count(0, 1)
    assert p.by_child[None].answered == 1
    assert p.total == p.by_child[None] + p.by_child["c1"] + p.by_child["c2"]


def test_hidden_answers_are_kept_but_not_exported(sample_packset: PackSet) -> None:
    answers: Answers = {
        ("concern_types", None): ["conflict"],
        ("abuse_details", None): "Written while abuse was ticked",
        ("child_age", "gone"): 4,
        ("no_such_question", None): "x",
        ("role", None): "grandparent",
    }
    hidden = set(engine.hidden_answers(sample_packset, KIDS, answers))
    assert hidden == {("abuse_details", None), ("child_age", "gone"), ("no_such_question", None)}
    out = engine.exportable(sample_packset, KIDS, answers)
    assert set(out) == {("concern_types", None), ("role", None)}
    assert ("abuse_details", None) in answers  # kept


def _answer_values(packset: PackSet) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.text(max_size=20),
        st.integers(-5, 30),
        st.floats(allow_nan=True),
        st.booleans(),
        st.lists(st.sampled_from(["domestic_abuse", "conflict", "substance", "x"]), max_size=3),
        st.sampled_from(["me", "other", "shared", "mother", "grandparent"]),
    )


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_answers_never_break_visibility_or_progress(
    sample_packset: PackSet, data: st.DataObject
) -> None:
    keys = [s.key for s in engine.all_slots(sample_packset, KIDS)] + [("ghost", None), ("child_age", "c9")]
    chosen = data.draw(st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)))
    answers: Answers = {k: data.draw(_answer_values(sample_packset)) for k in chosen}
    slots = engine.visible(sample_packset, KIDS, answers, essentials=data.draw(st.booleans()))
    p = engine.progress(slots, answers)
    assert p.total.visible == len(slots)
    assert 0 <= p.total.answered <= p.total.visible
    every_visible = {s.key for s in engine.visible(sample_packset, KIDS, answers)}
    assert {s.key for s in slots} <= every_visible
    assert set(engine.exportable(sample_packset, KIDS, answers)) <= every_visible
    assert set(engine.hidden_answers(sample_packset, KIDS, answers)).isdisjoint(every_visible)
    for s in slots:
        assert engine.next_slot(slots, s.key) in (*slots, None)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_any_typed_text_is_kept_or_refused_clearly(sample_packset: PackSet, text: str) -> None:
    q = sample_packset.question("abuse_details")
    try:
        kept = engine.validate(q, text)
    except AnswerError as exc:
        assert "control character" in str(exc)
        return
    assert kept is None or isinstance(kept, str)


def test_questions_for_several_children_wait_until_there_are_two() -> None:
    """Before any child is added, "how does it differ between the children?" made no
    sense (seen in a fresh case's questions); with two it is asked."""
    from s7prep import engine
    from s7prep.packs import loader
    from s7prep.packs.model import Child

    shipped = loader.shipped().packset
    several = {q.id for q in shipped.by_id.values() if q.several_children}
    assert "role_by_child" in several
    for children, expected in (
        ([], set()),
        ([Child("c1", "A.")], set()),
        ([Child("c1", "A."), Child("c2", "B.")], {"role_by_child"}),
    ):
        shown = {s.question.id for s in engine.visible(shipped, children, {})}
        assert shown & several & {"role_by_child"} == expected, len(children)


def test_essential_if_puts_a_question_on_the_short_path_only_when_it_holds() -> None:
    """A grandfather asking for Saturdays in the day: no nights are asked, so the time in
    the day is on the short path (it was nowhere on it); with nights proposed it is not."""
    from s7prep import engine
    from s7prep.packs import loader
    from s7prep.packs.model import Child

    shipped = loader.shipped().packset
    kids = [Child("c1", "Mia")]
    day_only = {("lives_with_plan", None): "other_party", ("time_with_you", None): "daytime"}
    nights = {("lives_with_plan", None): "other_party", ("time_with_you", None): "regular_overnight"}
    for answers, day, night in ((day_only, True, False), (nights, False, True)):
        short = {s.question.id for s in engine.visible(shipped, kids, answers, essentials=True)}
        assert ("day_time" in short, "nights_plan" in short) == (day, night)
        assert "day_time" in {
            s.question.id for s in engine.visible(shipped, kids, answers)
        }  # always asked in full
    assert {"time_with_you", "time_with_other", "lives_with_plan"} <= engine.steering(shipped)


def test_with_no_child_yet_nothing_for_several_children_is_offered() -> None:
    from s7prep import engine
    from s7prep.packs import loader
    from s7prep.packs.model import Child

    shipped = loader.shipped().packset
    none_yet = {s.question.id: s.question for s in engine.all_slots(shipped, [])}
    assert "differs" not in [c.value for c in none_yet["lives_with_plan"].choices]
    assert (
        none_yet["lives_with_plan"].prompt == "Who do you think the children should live with?"
    )  # plural kept
    two = {
        s.question.id: s.question for s in engine.all_slots(shipped, [Child("c1", "A."), Child("c2", "B.")])
    }
    assert "differs" in [c.value for c in two["lives_with_plan"].choices]

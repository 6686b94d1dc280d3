"""The list for the interview day (s7prep.statement.interview_day), on the shipped packs:
built from the person's answers, reachable on the short path, literal text only."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from s7prep import engine
from s7prep.packs import loader as packs
from s7prep.packs.model import Case, Child, PackSet
from s7prep.statement.interview_day import TITLE, interview_day

DAY = date(2026, 11, 30)
ONE = [Child("c1", "Sam")]
TWO = [Child("c1", "Sam"), Child("c2", "Jo")]


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packs.shipped().packset


def part(case: Case, ps: PackSet, title: str) -> list[str]:
    found = {p.title: list(p.lines) for p in interview_day(case, ps, DAY).parts}
    return found[title]


def make(children: list[Child] = ONE, **answers: Any) -> Case:
    return Case("c", list(children), {(qid, None): value for qid, value in answers.items()})


def test_when_and_how_from_the_answers(ps: PackSet) -> None:
    case = make(
        interview_date="2026-12-01", interview_format="video", interview_where="The link in the email, 10am"
    )
    when = part(case, ps, "When and how")
    assert when[0] == "Date: 1 December 2026 (tomorrow)."
    assert when[1] == "Where and when: The link in the email, 10am"
    assert when[2].startswith("By video. Try the link the day before.")
    rough = part(make(interview_date="2026-12"), ps, "When and how")
    assert rough[0] == "Date: December 2026."
    assert "ask Cafcass" in rough[1]


def test_what_to_bring_is_built_from_the_documents_answers(ps: PackSet) -> None:
    case = make(
        documents=["school", "certificates"],
        documents_other="A letter from the swimming coach",
        existing_orders=["non_molestation"],
    )
    bring = part(case, ps, "What to bring")
    assert "School reports or attendance records" in bring
    assert "Certificates from courses or support" in bring
    assert "A letter from the swimming coach" in bring
    assert "Copies of the court orders you said are in place" in bring
    # Orders already on the list are not suggested twice; none in place, none suggested.
    assert not any(
        "you said are in place" in x for x in part(make(documents=["orders"]), ps, "What to bring")
    )
    assert not any("orders" in x for x in part(make(existing_orders=["none"]), ps, "What to bring"))


def test_help_on_the_day_says_what_was_asked_for(ps: PackSet) -> None:
    case = make(
        interview_supporter="My sister, who will not speak for me",
        interpreter=True,
        interpreter_language="Polish",
        adjustments="Breaks every half hour",
        safety_needs=["separate_waiting", "address_private"],
    )
    help_lines = part(case, ps, "Help on the day")
    assert help_lines[0].startswith("Supporter: My sister, who will not speak for me.")
    assert help_lines[1].startswith("Interpreter: Polish.")
    assert help_lines[2] == "What helps you take part: Breaks every half hour"
    assert help_lines[3].startswith("To feel safe: A separate waiting area; my address kept private.")
    assert "ask Cafcass before the day" in part(make(), ps, "Help on the day")[0]
    # A supporter typed with a full stop gets no second one.
    ended = part(make(interview_supporter="My IDVA, who will not speak for me."), ps, "Help on the day")
    assert ended[0].startswith("Supporter: My IDVA, who will not speak for me. Ask the officer")
    for nobody in ("No one", "none.", "Nobody"):
        assert not any(
            "Supporter" in x for x in part(make(interview_supporter=nobody), ps, "Help on the day")
        )


def test_who_to_call_fits_the_worries(ps: PackSet) -> None:
    plain = part(make(), ps, "If you feel unsafe")
    assert plain[0].startswith("Emergency services: 999.") and "press 55" in plain[0]
    assert not any("Refuge" in x or "Reunite" in x for x in plain)
    abuse = part(make(concern_areas=["domestic_abuse"]), ps, "If you feel unsafe")
    assert any("Refuge" in x for x in abuse) and not any("Live Fear Free" in x for x in abuse)
    wales = part(make(concern_areas=["domestic_abuse"], case_country="wales"), ps, "If you feel unsafe")
    assert "Live Fear Free" in wales[1]
    taken = part(make(concern_areas=["abduction"]), ps, "If you feel unsafe")
    assert any("Reunite" in x and "0116 2556 234" in x for x in taken)
    assert not any("Refuge" in x for x in taken)


def test_wales_and_one_child_wording(ps: PackSet) -> None:
    wales = interview_day(make(case_country="wales", welsh_language=True), ps, DAY)
    text = "\n".join(wales.text())
    assert "Cafcass Cymru" in text and "Cafcass Cymru Cymru" not in text
    assert "use Welsh" in text
    one = "\n".join(interview_day(make(), ps, DAY).text())
    two = "\n".join(interview_day(make(TWO), ps, DAY).text())
    assert "each child" not in one and "every child" not in one and "the child" in one
    assert "each child" in two


def test_text_has_a_heading_and_the_helplines_date(ps: PackSet) -> None:
    text = interview_day(make(), ps, DAY).text()
    assert text[0] == TITLE
    assert text[-1].startswith("Helpline details checked ")
    assert "When and how:" in text and "- Something to write notes with" in text


def test_typed_text_is_kept_as_typed(ps: PackSet) -> None:
    odd = "[b]bold[/b] <script>x</script> # not a heading"
    text = "\n".join(interview_day(make(interview_supporter=odd), ps, DAY).text())
    assert odd in text


def test_the_short_path_asks_everything_the_list_is_built_from(ps: PackSet) -> None:
    keys = {s.question.id for s in engine.visible(ps, ONE, {}, essentials=True)}
    for qid in ("interview_date", "interview_format", "interview_where", "documents", "interview_supporter"):
        assert qid in keys, qid
    for qid in ("adjustments", "interpreter", "safety_needs"):
        assert qid in keys, qid


def test_answers_hidden_by_later_answers_are_left_out(ps: PackSet) -> None:
    case = make(interpreter=False, interpreter_language="Polish")
    assert not any("Polish" in x for x in part(case, ps, "Help on the day"))

"""Plain mode ends with the list for the interview day, on the short path too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from s7prep import engine
from s7prep.packs import loader as packs
from s7prep.packs.model import Child, PackSet, Question
from s7prep.statement.interview_day import TITLE
from tests.plain_helpers import ENTER, LABEL, drive, open_store

SAM = [Child("c1", "Sam", age=7, lives_with="me")]
GIVEN = {
    "interview_date": "2026-11-23",
    "interview_format": "video",
    "interview_supporter": "My aunt",
    "documents": ["orders"],
}


def simple(q: Question) -> Any:
    """Some valid answer for any question."""
    if q.id in GIVEN:
        return GIVEN[q.id]
    if q.type == "choice":
        return q.choice_values[0]
    if q.type == "multi_choice":
        return [q.choice_values[0]]
    if q.type == "yes_no":
        return False
    if q.type == "date":
        return "2025"
    if q.type == "number":
        return 1
    if q.type == "list":
        return [{q.fields[0].id: "An event"}]
    if q.type == "fortnight":
        return {"nights": "m" * 14}
    return "An answer."


def every_essential_answered(ps: PackSet) -> dict[Any, Any]:
    answers: dict[Any, Any] = {}
    while todo := [s for s in engine.visible(ps, SAM, answers, essentials=True) if s.key not in answers]:
        for slot in todo:
            answers[slot.key] = engine.validate(slot.question, simple(slot.question))
    return answers


def test_the_short_path_ends_with_the_list_for_the_day(tmp_path: Path) -> None:
    ps = packs.shipped().packset
    store = open_store(tmp_path / "home")
    store.create_case(LABEL)
    store.save_children(LABEL, SAM)
    for key, value in every_essential_answered(ps).items():
        store.save_answer(LABEL, key, value)

    run = drive(store, ps, ["2" + ENTER], essentials=True, label=LABEL)  # 2: go on to the end

    assert run.outcome.code == 0
    said = run.said
    end = said.index(next(s for s in said if s.startswith("That was the last question")))
    day = said[end:]
    assert TITLE in day
    assert "- Date: 23 November 2026 (tomorrow)." in day
    assert any(line.startswith("- By video.") for line in day)
    assert "- Court orders" in day
    assert any(line.startswith("- Supporter: My aunt.") for line in day)
    assert any(line.startswith("- Emergency services: 999.") for line in day)
    # One child: the list says "the child", never "each child".
    assert not any("each child" in line for line in day)

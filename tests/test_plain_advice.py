"""Plain mode offers the statement checker's advice before the export, driven through
a pipe on real-pack cases: one finding a line, each saying which of how many and
where, skippable at the offer and after each few, the answers never changed."""

from __future__ import annotations

from pathlib import Path

from s7prep import engine
from s7prep.packs.model import Answers
from s7prep.plain.advice import AT_A_TIME, MORE
from s7prep.statement.export import FileExporter
from s7prep.store.store import CaseData, Store
from tests.checker_planted import ONE_OF_EACH
from tests.fixtures.cases import load, packset
from tests.plain_helpers import ENTER, LABEL, Run, drive, open_store

OFFER = "Before you export: advice on the wording, 4 things to look at in the statement. Hear it now?"
NOT_NOW = "3" + ENTER  # the export: not now


def _case(home: Path, answers: Answers) -> tuple[Store, Answers]:
    case = load("one_child_essentials")
    case.answers.update(answers)
    store = open_store(home)
    store.import_case(LABEL, CaseData(tuple(case.children), case.answers))
    return store, dict(case.answers)


def _run(store: Store, keys: list[str], tmp_path: Path) -> Run:
    """The essential questions not answered yet are skipped, then `keys`."""
    case = store.load_case(LABEL)
    slots = engine.visible(packset(), case.children, case.answers, essentials=True)
    missing = sum(1 for s in slots if not engine.is_answered(case.answers.get(s.key)))
    assert missing  # else plain mode asks what next first
    to_the_end = [":skip" + ENTER] * missing
    return drive(
        store, packset(), [*to_the_end, *keys], essentials=True, label=LABEL, exporter=FileExporter(tmp_path)
    )


def test_the_advice_is_read_one_finding_a_line_and_changes_nothing(tmp_path: Path) -> None:
    store, before = _case(tmp_path / "home", ONE_OF_EACH)
    try:
        run = _run(store, ["y" + ENTER, NOT_NOW], tmp_path)
        assert run.outcome.code == 0
        assert OFFER in run.asked
        assert run.asked.index(OFFER) < run.asked.index("Export the statement now?")
        lines = [line for line in run.said if " of 4. " in line]
        assert len(lines) == 4  # one line each
        assert lines[0].startswith('1 of 4. Conflict between the adults. My part in the conflict "always": ')
        assert "For example: " in lines[0]
        assert lines[1].startswith(
            '2 of 4. Events and safety. What I think should happen about the worries "narcissist"'
        )
        assert lines[3].startswith(
            "4 of 4. Your care of the child. My support network: This looks like a phone number."
        )
        assert not any("900461" in line for line in run.said)
        assert "Nothing has been changed: these are suggestions." in run.said
        assert store.load_case(LABEL).answers == before
    finally:
        store.close()


def test_no_skips_the_advice(tmp_path: Path) -> None:
    store, _before = _case(tmp_path / "home", ONE_OF_EACH)
    try:
        run = _run(store, ["n" + ENTER, NOT_NOW], tmp_path)
        assert OFFER in run.asked and "Export the statement now?" in run.asked
        assert not any(" of 4. " in line for line in run.said)
    finally:
        store.close()


def test_a_long_list_can_be_left_after_each_few(tmp_path: Path) -> None:
    many: Answers = {
        (qid, None): f"He is always late, and {n} times he was a liar."
        for n, qid in enumerate(("da_summary", "conflict_reduce", "cap_other_worries", "cap_other_daily"), 3)
    }
    store, _before = _case(tmp_path / "home", {**ONE_OF_EACH, **many})
    try:
        run = _run(store, ["y" + ENTER, ":skip" + ENTER, NOT_NOW], tmp_path)
        read = [line for line in run.said if line.split(" of ")[0].isdigit()]
        total = int(read[0].split(" of ")[1].split(".")[0])
        assert total > AT_A_TIME
        assert [int(line.split(" of ")[0]) for line in read] == list(range(1, AT_A_TIME + 1))
        assert run.asked.count(MORE) == 1
        assert run.asked[-1] == "Export the statement now?"
    finally:
        store.close()


def test_nothing_to_point_out_asks_nothing(tmp_path: Path) -> None:
    store, _before = _case(tmp_path / "home", {})
    try:
        run = _run(store, [NOT_NOW], tmp_path)
        assert "Advice on the wording of the statement: nothing to point out." in run.said
        assert not any(q.startswith("Before you export") for q in run.asked)
    finally:
        store.close()


def test_quit_at_the_offer_stops_without_exporting(tmp_path: Path) -> None:
    store, _before = _case(tmp_path / "home", ONE_OF_EACH)
    try:
        run = _run(store, [":quit" + ENTER], tmp_path)
        assert run.outcome.code == 0 and run.outcome.last[0].startswith("No statement was exported.")
        assert "Export the statement now?" not in run.asked
    finally:
        store.close()

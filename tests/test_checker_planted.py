"""The statement checker on the planted set (tests/fixtures/checker/planted.yaml): every
planted problem found by its rule, every clean sentence left alone, every rule covered,
and quiet on the realistic invented cases."""

from __future__ import annotations

import pytest

from s7prep.packs import loader
from s7prep.packs.model import PackSet
from s7prep.statement import documents
from s7prep.statement.checker import check
from s7prep.statement.checker.wording import SPEC
from s7prep.statement.model import IN_STATEMENT, OFFICER, TO_FIT
from tests.checker_planted import items, score
from tests.fixtures import cases

# One finding per this many words of answers, at most, on a realistic case.
WORDS_PER_FINDING = 500


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return loader.shipped().packset


def test_every_planted_problem_is_found_and_clean_text_left_alone(ps: PackSet) -> None:
    result = score(ps)
    assert result.misses == []
    assert result.alarms == []
    assert result.recall == result.precision == 1.0


def test_the_set_is_half_clean_and_covers_every_rule(ps: PackSet) -> None:
    planted = items(ps)
    problems = [i for i in planted if i.expect]
    clean = [i for i in planted if not i.expect]
    assert len(problems) >= 30 and len(clean) >= 30
    assert abs(len(problems) - len(clean)) <= len(planted) // 5
    assert {r for i in problems for r in i.expect} == set(SPEC)


def test_each_item_is_in_a_document_the_checker_reads(ps: PackSet) -> None:
    """An item whose question is hidden, or whose answer went to the person's notes only,
    would pass as clean without being read."""
    for item in items(ps):
        docs = documents.build(item.case, ps)
        # (Over its pages, answers move to the notes: that is what the item is about.)
        checked = (IN_STATEMENT, OFFICER, TO_FIT) if "pages" in item.expect else (IN_STATEMENT, OFFICER)
        for key in item.given:
            assert docs.placements[key].where in checked, (item.id, key)
        assert item.given or any(c.lives_with for c in item.case.children), item.id


@pytest.mark.parametrize("name", cases.NAMES)
def test_quiet_on_the_realistic_cases(name: str) -> None:
    """At most one finding per 500 words the person typed in their answers."""
    fixture_ps = cases.packset()
    report = check(cases.load(name, fixture_ps), fixture_ps)
    assert report.words > 150
    assert len(report.findings) * WORDS_PER_FINDING <= report.answer_words, [f.line for f in report.findings]

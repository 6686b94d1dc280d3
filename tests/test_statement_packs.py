"""The pack data that steers the statement, checked as rules over the shipped packs:
a choice's short wording says what its label says (no other place, no other name).
Each rule is also shown to catch a planted fault."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from s7prep.packs.model import Choice, PackSet, Question
from tests.fixtures.cases import packset

# Places whose law differs: a condition about one is not a condition about another
# (s13 Children Act 1989 is about the United Kingdom, not England and Wales).
PLACES = {
    "united kingdom": "the United Kingdom",
    "uk": "the United Kingdom",
    "great britain": "Great Britain",
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern ireland": "Northern Ireland",
}
_PLACE = re.compile(r"\b(" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# A name in the middle of a wording: a capital after the first word ("the Passport Office").
_NAME = re.compile(r"(?<=\s)[A-Z][\w'()-]*")


@pytest.fixture(scope="module")
def ps() -> PackSet:
    return packset()


def choices(ps: PackSet) -> Iterator[tuple[str, Choice]]:
    """Every choice of every question and list part, named for messages."""
    for pack in ps.packs:
        for q in pack.questions():
            for owner, where in ((q, q.id), *((f, f"{q.id}.{f.id}") for f in q.fields)):
                for c in owner.choices:
                    yield f"{where}={c.value}", c


def places(text: str) -> set[str]:
    return {PLACES[m.lower()] for m in _PLACE.findall(text)}


def short_problems(ps: PackSet) -> list[str]:
    """A short wording names the places its label names and no other, and no name the
    label does not have (it may only leave words out)."""
    out = []
    for where, c in choices(ps):
        if not c.short:
            continue
        said, meant = sorted(places(c.short)), sorted(places(c.label))
        if said != meant:
            out.append(f"{where}: the short wording names {said}, the label {meant}")
        label_words = set(re.findall(r"[\w']+", c.label.lower()))
        out += [
            f"{where}: the short wording names {name!r}, which its label does not"
            for name in _NAME.findall(c.short)
            if not set(re.findall(r"[\w']+", name.lower())) <= label_words
        ]
    return out


def test_short_wordings_say_what_their_labels_say(ps: PackSet) -> None:
    assert short_problems(ps) == []


def test_no_removal_names_the_united_kingdom(ps: PackSet) -> None:
    choice = next(c for where, c in choices(ps) if where == "conditions=no_removal")
    assert "United Kingdom" in choice.label and "United Kingdom" in choice.says


def _with_short(ps: PackSet, qid: str, value: str, short: str) -> PackSet:
    def fix(q: Question) -> Question:
        if q.id != qid:
            return q
        return replace(
            q, choices=tuple(replace(c, short=short) if c.value == value else c for c in q.choices)
        )

    return PackSet(
        tuple(
            replace(
                p,
                sections=tuple(replace(s, questions=tuple(fix(q) for q in s.questions)) for s in p.sections),
            )
            for p in ps.packs
        ),
        ps.signposts,
    )


@pytest.mark.parametrize(
    ("qid", "value", "short"),
    [
        ("conditions", "no_removal", "No removal from England and Wales without agreement"),  # another place
        ("conditions", "no_removal", "No removal without agreement"),  # the place dropped
        ("services_willing", "ptfc", "Planning Together for Families"),  # another name
    ],
)
def test_short_rule_catches_a_planted_fault(ps: PackSet, qid: str, value: str, short: str) -> None:
    assert short_problems(_with_short(ps, qid, value, short))

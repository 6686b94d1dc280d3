"""What the second legal read of the packs checked against public sources, each point a
rule on the shipped packs with the source beside it, so that a later edit that drops
the qualification the law needs (a time limit, an "unless", who the rule is for) fails.

A point names a question (`qid`) or one of its choices (`qid.value`) and the words its
help must hold, and may name words it must not hold: the overstatement the read fixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet
from tests.test_content import texts


@dataclass(frozen=True)
class Point:
    where: str
    says: tuple[str, ...]
    source: str
    never: tuple[str, ...] = ()


POINTS = (
    Point(
        "court_permission",
        ("child arrangements order", "three years in all", "three months", "whole year", "In most cases"),
        "Children Act 1989, s10(5)(b) and (c), (5B) and (10): three years within five, ended no "
        "more than three months before; a relative, one year; consent, subject to (c)(i) and (ii)",
        never=("three of the last five years",),
    ),
    Point(
        "legal_help",
        ("other party", "income and savings"),
        "LASPO 2012, Sch 1 paras 12 and 13; Civil Legal Aid (Procedure) Regulations 2012, regs 33 "
        "and 34: abuse by the other party, or a child at risk of abuse from them; means test",
    ),
    Point(
        "existing_orders.barring",
        ("risk of harm", "section 91A"),
        "Children Act 1989, s91A(2); Practice Direction 12Q, 2.2 and 2.3: harm, not only repeated "
        "applications",
        never=("a parent from repeated applications",),
    ),
    Point(
        "da_types",
        ("Practice Direction 12J", "forced marriage", "dowry", "harm to a child"),
        "Practice Direction 12J, para 3: its definition names forced marriage, honour-based "
        "violence, dowry-related abuse and abandonment, not FGM; abuse of a child is harm (s31(9))",
        never=("counts all of these",),
    ),
    Point(
        "other_parent_involvement",
        ("unless shown otherwise", "22 October 2025", "February 2026", "comes into force", "adviser"),
        "Children Act 1989, s1(2A); MoJ announcement of 22 October 2025; Courts and Tribunals "
        "Bill, introduced 25 February 2026, clause 17",
    ),
    Point(
        "order_sought.special_guardianship",
        ("s14C(1)(b)", "three months", "unless the court ends it sooner"),
        "Children Act 1989, s14C(1)(b), (3) and (4); s91(13)",
    ),
    Point(
        "time_with_other",
        ("supervised time is the safer kind", "If no time is safe"),
        "NACCC: supported contact is not for any risk, supervised is for higher risk; the court "
        "may also order no direct contact",
    ),
    Point(
        "harm_safety_asks",
        ("supervised time is the safer kind", "If no time is safe"),
        "NACCC, as above",
    ),
    Point(
        "services_willing.ptfc",
        ("safe and suitable", "Cafcass Cymru"),
        "Cafcass: an officer assesses risk and suitability before a Planning Together for "
        "Children referral; the course is for England",
    ),
    Point(
        "services_willing.cci",
        ("12 hours", "Cafcass Cymru"),
        "Cafcass: child contact interventions, funded by Cafcass (up to 12 hours); in Wales, "
        "Cafcass Cymru commissions supervised family time",
    ),
    Point(
        "child_talk_help",
        ("every child", "often seen"),
        "Cafcass tries to see every child, whatever their age; how a baby is seen was not "
        "confirmed from a Cafcass page, so the help says often, not usually",
        never=("usually seen",),
    ),
)


@pytest.fixture(scope="module")
def shipped() -> PackSet:
    return packs.shipped().packset


def help_at(ps: PackSet, where: str) -> str:
    qid, _, value = where.partition(".")
    q = ps.question(qid)
    if not value:
        return q.help
    return next(c.help for c in q.choices if c.value == value)


@pytest.mark.parametrize("point", POINTS, ids=[p.where for p in POINTS])
def test_help_says_what_the_source_says(shipped: PackSet, point: Point) -> None:
    text = " ".join(help_at(shipped, point.where).split())
    missing = [words for words in point.says if words not in text]
    assert missing == [], f"{point.where} ({point.source}): missing {missing}"
    found = [words for words in point.never if words in text]
    assert found == [], f"{point.where} ({point.source}): still says {found}"


def test_no_text_says_supervised_time_fits_every_risk(shipped: PackSet) -> None:
    # Supervised time is the safer kind where there is a risk; it is not always enough.
    fits = re.compile(r"supervised time is the kind that fits|this fits a case with a risk", re.I)
    assert [where for where, text in texts(shipped) if fits.search(" ".join(text.split()))] == []

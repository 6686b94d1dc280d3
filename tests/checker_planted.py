"""The planted set of the statement checker (tests/fixtures/checker/planted.yaml): each
item a case of its own against the shipped packs, and how the checker scores on them.
Used by tests/test_checker_planted.py and benchmarks/checker_quality.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from s7prep import engine
from s7prep.packs.model import AnswerKey, Answers, Case, Child, PackSet
from s7prep.statement.checker import check

PLANTED = Path(__file__).parent / "fixtures" / "checker" / "planted.yaml"

# For the front ends' tests: answers added to the one_child_essentials case, with an
# "always", a diagnosis, a phone number and a sentence said twice (four findings).
PHONE = "07700 900461"
ONE_OF_EACH: Answers = {
    ("conflict_own_part", None): "Since August I keep handovers short. She always starts the arguments.",
    ("harm_safety_asks", None): "Handovers by my sister, because her mother is a narcissist.",
    ("cap_you_support", None): f"My sister lives nearby ({PHONE}) and helps with handovers.",
    (
        "cap_you_daily",
        None,
    ): "I cook and do bath and bedtime. We read together and go to the park after school.",
    ("child_rel_you", "c1"): "Close. We read together and go to the park after school.",
}


@dataclass(frozen=True)
class Item:
    id: str
    expect: frozenset[str]
    case: Case
    given: frozenset[AnswerKey] = frozenset()  # the item's own answers (not the base ones)


@dataclass
class Score:
    hits: int = 0  # a planted problem reported by its rule
    misses: list[tuple[str, str]] = field(default_factory=list)  # (item, rule) not reported
    alarms: list[tuple[str, str]] = field(default_factory=list)  # (item, rule) reported, not planted

    @property
    def precision(self) -> float:
        return self.hits / (self.hits + len(self.alarms)) if self.hits + len(self.alarms) else 1.0

    @property
    def recall(self) -> float:
        return self.hits / (self.hits + len(self.misses)) if self.hits + len(self.misses) else 1.0


def items(packset: PackSet) -> list[Item]:
    data: dict[str, Any] = yaml.safe_load(PLANTED.read_text(encoding="utf-8"))
    out = []
    for raw in data["items"]:
        lives = raw.get("lives_with", {})
        children = [Child(**c, lives_with=lives.get(c["key"], "")) for c in data["children"]]
        answers: Answers = {}
        own = raw.get("answers", {})
        for qid, value in {**data["base"], **own}.items():
            q = packset.question(qid)
            for child, v in value.items() if q.per_child else [(None, value)]:
                # A comma in an unquoted {c1: ...} splits it into keys: say so.
                if child is not None and child not in {c.key for c in children}:
                    raise ValueError(f"{raw['id']}: {qid} has no child {child!r} (quote the text?)")
                answers[(qid, child)] = engine.validate(q, v)
        given = frozenset(k for k in answers if k[0] in own)
        out.append(
            Item(raw["id"], frozenset(raw.get("expect", ())), Case(raw["id"], children, answers), given)
        )
    return out


def score(packset: PackSet, found: dict[str, set[str]] | None = None) -> Score:
    """Check every item; `found`, if given, receives the rules reported for each."""
    result = Score()
    for item in items(packset):
        rules = {f.rule for f in check(item.case, packset).findings}
        if found is not None:
            found[item.id] = rules
        result.hits += len(rules & item.expect)
        result.misses += [(item.id, r) for r in sorted(item.expect - rules)]
        result.alarms += [(item.id, r) for r in sorted(rules - item.expect)]
    return result

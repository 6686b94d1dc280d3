"""One answer for all the children, and a different one for a child.

A per-child question with `overrides: <id>` holds a child's own answer where it
differs from the answer to the case-level question `<id>` (a pattern of nights for
all the children, and another for the youngest, say). It is only asked when the case
has two or more children: with one, the case-level answer is that child's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from s7prep.engine.order import is_answered
from s7prep.packs.model import Answers, Child, PackSet, Question


def override_of(packset: PackSet, qid: str) -> Question | None:
    """The per-child question that overrides case-level question `qid`, if any."""
    return next((q for q in packset.by_id.values() if q.overrides == qid), None)


def answer_for(packset: PackSet, answers: Answers, qid: str, child: Child) -> Any:
    """The answer to case-level question `qid` that holds for `child`: the child's
    own (from the question that overrides it) where given, else the shared one."""
    over = override_of(packset, qid)
    if over is not None:
        own = answers.get((over.id, child.key))
        if is_answered(own):
            return own
    return answers.get((qid, None))


def by_children(
    packset: PackSet, children: Sequence[Child], answers: Answers, qid: str
) -> list[tuple[tuple[Child, ...], Any]]:
    """The answers to `qid` with the children each holds for, in the order of the
    children: [((R, S), shared), ((J,), J's own)]. Children with no answer at all
    are left out; a child's own answer equal to the shared one joins it."""
    groups: list[tuple[tuple[Child, ...], Any]] = []
    for child in children:
        value = answer_for(packset, answers, qid, child)
        if not is_answered(value):
            continue
        for n, (kids, held) in enumerate(groups):
            if held == value:
                groups[n] = ((*kids, child), held)
                break
        else:
            groups.append(((child,), value))
    return groups

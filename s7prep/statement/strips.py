"""A fortnight as the documents draw it: two weeks of nights with a word in each (never
colour alone), and its counts in one sentence, in the case's words for each adult.

The person is "me"; the other party is "the father", "the grandmother"... when the
case names their role with one of the pack's roles, else "the other party" (own words
such as "my late partner's mother" do not read after "the"). Someone else is the
note's to name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from s7prep.engine import fortnight
from s7prep.statement.escape import lines

# Role choices (the content conventions of the about pack) that read well after "the".
_NAMED_ROLES = frozenset(
    {"mother", "father", "parent", "grandmother", "grandfather", "step_parent", "special_guardian"}
)
_PARENTS = frozenset({"mother", "father", "parent"})
OTHER_PARTY = "the other party"


@dataclass(frozen=True)
class Who:
    """The words for each letter of a fortnight: in a sentence, and in a cell."""

    said: Mapping[str, str]  # m -> "me", o -> "the father", x -> "someone else"
    cells: Mapping[str, str]  # m -> "Me", o -> "Father", x -> "Someone else"


PLAIN = Who(
    said={"m": "me", "o": OTHER_PARTY, "x": "someone else"},
    cells={"m": "Me", "o": "Other party", "x": "Someone else"},
)


def who_for(my_role: Any, other_role: Any, other_label: str) -> Who:
    """The words for a case from its role answers: the other party's role choice and
    its wording (`other_label`, "Father"). A parent facing a parent is facing "the
    other parent"."""
    if not isinstance(other_role, str) or other_role not in _NAMED_ROLES or not other_label:
        return PLAIN
    said = "the " + other_label[:1].lower() + other_label[1:]
    if other_role == "parent" and my_role in _PARENTS:
        said = "the other parent"
    cell = said[4:5].upper() + said[5:]  # "Father"; a long one wraps in its cell
    return Who(said={**PLAIN.said, "o": said}, cells={**PLAIN.cells, "o": cell})


@dataclass(frozen=True)
class Strip:
    """One fortnight as a document shows it. `weeks` is empty when one home has every
    night (the sentence says all there is)."""

    counts: str  # "10 of 14 nights with me, 4 with the father; 4 handovers a fortnight; ..."
    weeks: tuple[tuple[tuple[str, str], ...], ...] = ()  # (letter, word) for each night, week by week
    note: tuple[str, ...] = ()  # the note's lines
    children: str = ""  # "Sam and Lily": the children it holds for, when not all of them

    @property
    def words(self) -> int:
        return len(" ".join((self.counts, self.children, *self.note)).split())


def strip(value: Any, who: Who = PLAIN) -> Strip | None:
    """A stored fortnight answer as a strip (None for a value of another shape)."""
    if not isinstance(value, dict):
        return None
    nights = value.get("nights")
    note = value.get("note")
    noted = lines(note) if isinstance(note, str) else ()
    if (
        not isinstance(nights, str)
        or len(nights) != fortnight.NIGHTS
        or not set(nights) <= set(fortnight.LETTERS)
    ):
        return Strip("", note=noted) if noted else None
    counts = fortnight.sentence(nights, who.said) + "."
    weeks: tuple[tuple[tuple[str, str], ...], ...] = ()
    if len(set(nights)) > 1:
        weeks = tuple(tuple((n, who.cells[n]) for n in nights[w * 7 : w * 7 + 7]) for w in range(2))
    return Strip(counts, weeks, noted)


def names(children: list[str]) -> str:
    """ "Sam", "Sam and Lily", "Sam, Lily and Jo"."""
    if len(children) < 2:
        return "".join(children)
    return ", ".join(children[:-1]) + " and " + children[-1]

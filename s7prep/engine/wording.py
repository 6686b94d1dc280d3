"""The packs as a case with one child reads them.

Packs are written for a family with several children ("Who are you to the children?").
For a case with one child, `for_children` gives a copy of the packs in which "the
children" reads "the child", and without the questions, choices and parts of a list
marked `several_children` (those that only make sense with brothers and sisters in
the case, such as "how does it differ between the children?"). Everything that shows
a question takes it from a slot, and slots come from this copy, so front ends and the
statement need do nothing. Pack writers keep to phrases the rules below can turn,
and avoid a plural verb after "the children" ("the children live"): a content test
checks every text reads well both ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from s7prep.packs.model import PackSet, Question, Section

# Verbs that would not agree with "the child" ("the children live"): a phrase followed
# by one is left as it is, plural but correct.
_PLURAL_VERBS = (
    "are|were|have|do|don't|live|stay|spend|go|get|see|feel|need|like|want|say|keep|sleep|"
    "share|move|visit|come|hear|know|enjoy|seem|love|find|ask|tell|meet|talk|play|take|make|"
    "show|use|start|attend|cope|travel|join|both|all|themselves|each"
)
_NOT_BEFORE_A_PLURAL_VERB = rf"(?!\s+(?:{_PLURAL_VERBS})\b)"
# Checked in order; each turns a way of naming several children into "the child".
_RULES = (
    (r"\b(?:any|one or more|some|all|each|both|either|none) of the children\b", "the child"),
    # After a modal verb the next verb has the same form either way: "should the child spend".
    (
        r"\b(should|will|would|could|can|may|might|must|did|let|help|helps|make|makes) the children\b",
        r"\1 the child",
    ),
    (r"\bthe children's lives\b", "the child's life"),
    (r"\bthe children's\b", "the child's"),
    (r"\bthe children\b" + _NOT_BEFORE_A_PLURAL_VERB, "the child"),
    (r"\b(?:each|every) child\b", "the child"),
    (r"\bboth children\b", "the child"),
)
_COMPILED = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in _RULES)

# One adapted copy per loaded PackSet and number of children (0 or 1); a PackSet is
# built once and never changes.
_CACHE: dict[tuple[int, int], tuple[PackSet, PackSet]] = {}


def one_child(text: str) -> str:
    """`text` as it reads for a case with one child."""
    for pattern, words in _COMPILED:
        text = pattern.sub(_same_case(words), text)
    return text


def for_children(packset: PackSet, n_children: int) -> PackSet:
    """The packs as a case with `n_children` children reads them (see the module).
    With none yet, the wording stays plural but nothing for several children is offered
    ("It differs for each child" before any child is added)."""
    if n_children > 1:
        return packset
    key = (id(packset), n_children)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not packset:
        if len(_CACHE) >= 8:  # a few packsets at most are alive at once
            _CACHE.clear()
        hit = (packset, _fewer_children_packs(packset, one_child if n_children == 1 else _as_written))
        _CACHE[key] = hit
    return hit[1]


def _same_case(words: str) -> Callable[[re.Match[str]], str]:
    """A replacement that keeps a capital letter at the start of what it replaces, and
    leaves alone a match with a capital inside it (a name: "the Children Act 1989")."""

    def replace_it(m: re.Match[str]) -> str:
        if m.group(0)[1:] != m.group(0)[1:].lower():
            return m.group(0)
        out = m.expand(words)
        return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

    return replace_it


def _as_written(text: str) -> str:
    return text


def _fewer_children_packs(packset: PackSet, words: Callable[[str], str]) -> PackSet:
    packs = tuple(
        replace(
            pack,
            title=words(pack.title),
            sections=tuple(s for s in (_section(s, words) for s in pack.sections) if s.questions),
        )
        for pack in packset.packs
    )
    return replace(packset, packs=packs)


def _section(section: Section, words: Callable[[str], str]) -> Section:
    return replace(
        section,
        title=words(section.title),
        intro=words(section.intro),
        questions=tuple(_question(q, words) for q in section.questions if not q.several_children),
    )


def _question(q: Question, words: Callable[[str], str]) -> Question:
    return replace(
        q,
        prompt=words(q.prompt),
        help=words(q.help),
        hint=words(q.hint),
        label=words(q.label),
        choices=tuple(
            replace(c, label=words(c.label), help=words(c.help)) for c in q.choices if not c.several_children
        ),
        fields=tuple(_question(f, words) for f in q.fields if not f.several_children),
    )

"""Who each sentence of an answer is about: a child, another adult, or the person.

A rough reading, enough to tell "Sam said" from "his father said" and an answer about
a child from one about an adult. Names of the case's children and the wording file's
words for children and adults are mentions; "he", "she" and "they" are resolved:
at the start of a sentence to whoever the sentence before began with, otherwise to
the last person of that sex mentioned. Words for adults that do not show a sex
("my ex", "the other party") stand for either. "Him", "her" and "them" after a
sentence's subject are someone else (in an answer about a child, the child). In an
answer about a child, a pronoun with nobody before it is the child; in any other
answer, "he" or "she" with nobody before it is the other adult.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from s7prep.statement.checker.rules import People
from s7prep.statement.checker.text import Phrase, PhraseIndex, Text, phrase

CHILD = "child"
ADULT = "adult"
SELF = "self"  # the person writing

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves"})
_OBJECT = frozenset({"him", "her", "them"})
# After "her" as an object ("takes her to", "gives her the") rather than as "her job".
# fmt: off
_AFTER_OBJECT = frozenset({
    "to", "the", "a", "an", "and", "or", "at", "in", "on", "with", "for", "from", "up", "out",
    "back", "off", "home", "over", "into", "when", "if", "that", "because", "so", "but", "again",
    "there", "here", "too", "anything", "something", "everything", "nothing", "what", "how", "why",
    "where", "about", "as", "like", "all", "some", "any",
})
# fmt: on
_POSSESSIVE = frozenset({"his", "her", "their", "my", "our", "your"})
# Pronouns that never do the verb after them ("send her photos", "tell him").
NOT_SUBJECTS = frozenset(
    {"me", "my", "mine", "us", "our", "ours", "him", "his", "her", "hers", "them", "their", "theirs"}
)
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})


class Mention(NamedTuple):
    start: int  # word index
    end: int
    who: str | None  # CHILD, ADULT, SELF, or None when it cannot be told
    pronoun: bool = False
    # False for a pronoun read as the last person of its sex mentioned ("if she moves"
    # after "her mum"): a guess. True for one that goes on with whom the sentence before
    # was about ("His dad drinks. He shouts."), a reflexive, or a noun.
    sure: bool = True


@dataclass(frozen=True, eq=False)
class _Nouns:
    index: PhraseIndex
    kinds: dict[Phrase, tuple[str, str]]  # phrase -> (who, sex: m, f or "")


@cache
def _nouns(people: People) -> _Nouns:
    kinds: dict[Phrase, tuple[str, str]] = {}
    groups = (
        (people.adult, ADULT, ""),
        (people.adult_male, ADULT, "m"),
        (people.adult_female, ADULT, "f"),
        (people.child, CHILD, ""),
        (people.child_male, CHILD, "m"),
        (people.child_female, CHILD, "f"),
    )
    for phrases, who, sex in groups:
        for p in phrases:
            kinds[p] = (who, sex)
    return _Nouns(PhraseIndex(kinds), kinds)


@cache
def adults(people: People) -> PhraseIndex:
    """The words for adults other than the person."""
    return PhraseIndex((*people.adult, *people.adult_male, *people.adult_female))


class Names:
    """The children's names as phrases. A name typed with a capital is only matched
    by a word with a capital: "Will", not "will"."""

    def __init__(self, names: list[str]) -> None:
        self.capital: dict[Phrase, bool] = {}
        for name in names:
            p = phrase(name)
            if p:
                self.capital[p] = name.strip()[:1].isupper()
        self.index = PhraseIndex(self.capital)

    def at(self, text: Text, tokens: list[str], i: int) -> int | None:
        """The end of a name starting at word i, if one does."""
        p = self.index.match_at(tokens, i) if self.index else None
        if p is not None and (not self.capital[p] or text.capital(i)):
            return i + len(p)
        return None


def mentions(text: Text, people: People, names: Names, about_child: bool) -> list[Mention]:
    """Every mention of a person in `text`, in order, with whom it means."""
    nouns = _nouns(people)
    tokens = text.tokens
    starters = nouns.index.firsts | names.index.firsts
    start: str | None = CHILD if about_child else None
    # In an answer not about a child, "he" or "she" with nobody before it is the other
    # adult: the person writes "I", and children are named.
    last = {"m": start or ADULT, "f": start or ADULT, "p": start}
    topic: tuple[str | None, str] | None = (CHILD, "") if about_child else None
    out: list[Mention] = []
    quoted = text.quoted_words()  # someone else's words: their "I" is not the person
    for lo, hi in text.sentences:
        first: tuple[str | None, str] | None = None
        i = lo
        while i < hi:
            if i in quoted:
                i += 1
                continue
            found = _noun_at(tokens, text, i, names, nouns) if tokens[i] in starters else None
            who: str | None
            if found is not None:
                j, who, sex = found
                if sex:
                    last[sex] = who
                elif who == CHILD:
                    last.update(m=who, f=who, p=who)
                else:  # "my ex", "the other party": either sex
                    last.update(m=who, f=who)
                out.append(Mention(i, j, who))
                first = first or (who, sex)
                i = j
                continue
            t = tokens[i]
            if (
                t in _POSSESSIVE
                and i + 1 < hi
                and tokens[i + 1] in starters
                and _noun_at(tokens, text, i + 1, names, nouns)
            ):
                i += 1  # "his father", "my ex": the mention is the noun
                continue
            if t in _FIRST_PERSON:
                out.append(Mention(i, i + 1, SELF, pronoun=True))
                first = first or (SELF, "")
            elif t in _MALE or t in _FEMALE or t in _PLURAL:
                key = "m" if t in _MALE else "f" if t in _FEMALE else "p"
                sure = True
                if t in _REFLEXIVE and first is not None:
                    who = first[0]
                elif first is None and topic is not None and topic[1] in ("", key):
                    who = topic[0]
                else:
                    who, sure = last[key], False
                    # "him" or "them" after the subject is someone other than the
                    # subject ("his dad never gives him ..."): in an answer about a
                    # child, most likely the child.
                    if _object(t, tokens, i) and first is not None and who == first[0] and first[0] != start:
                        who = start
                if who is not None:
                    last[key] = who
                out.append(Mention(i, i + 1, who, pronoun=True, sure=sure))
                first = first or (who, key if key != "p" else "")
            i += 1
        if first is not None:
            topic = first
    return out


def _noun_at(
    tokens: list[str], text: Text, i: int, names: Names, nouns: _Nouns
) -> tuple[int, str, str] | None:
    """(end, who, sex) of a child's name or a word for a person starting at word i."""
    end = names.at(text, tokens, i)
    if end is not None:
        return end, CHILD, ""
    p = nouns.index.match_at(tokens, i)
    if p is not None:
        who, sex = nouns.kinds[p]
        return i + len(p), who, sex
    return None


def _object(t: str, tokens: list[str], i: int) -> bool:
    """Whether the pronoun at word i is an object ("him"), not a possessive ("her job")."""
    if t != "her":
        return t in _OBJECT
    return i + 1 >= len(tokens) or tokens[i + 1] in _AFTER_OBJECT


def subject(people: list[Mention], lo: int, i: int) -> Mention | None:
    """The nearest mention of a person before word i, from word `lo` (the start of its
    sentence) and within six words: in "Sam said" or "he is always", the subject."""
    before = [m for m in people if lo <= m.start and m.end <= i and i - m.end < 6]
    return before[-1] if before else None

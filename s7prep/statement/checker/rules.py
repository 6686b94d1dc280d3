"""The shapes of the checker's word lists and advice (read from questions/_wording.yaml
by wording.py). Compared, and hashed, by identity: the rules cache what they build
from them."""

from __future__ import annotations

from dataclasses import dataclass

from s7prep.statement.checker.finding import Finding, Place
from s7prep.statement.checker.text import Phrase


@dataclass(frozen=True, eq=False)
class Advice:
    """What to consider, and an example of a better way to say it."""

    consider: str
    example: str

    def finding(
        self, rule: str, place: Place, found: str = "", span: tuple[int, int] = (-1, -1), **values: object
    ) -> Finding:
        """A finding about the words `found` at `span`, with this advice and its {names}
        filled in from `values` (in the example too: "{child} said to me")."""
        filled = {k: str(v) for k, v in values.items()}
        return Finding(
            rule,
            place,
            self.consider.format_map(filled),
            self.example.format_map(filled),
            found,
            span[0],
            span[1],
        )


@dataclass(frozen=True, eq=False)
class WordRule:
    """A list of words to point at, and the places where they are fine."""

    advice: Advice
    words: tuple[Phrase, ...]
    fine: tuple[Phrase, ...] = ()
    fine_before: tuple[Phrase, ...] = ()
    qualified_by: tuple[Phrase, ...] = ()
    # Parts of the statement where the word about a child describes a routine ("she
    # always has a story at bedtime"): fine there.
    routine_parts: frozenset[str] = frozenset()
    # Parts where the person tells their own conduct: the word about themselves ("I
    # never criticise her in front of them") is fine there.
    own_parts: frozenset[str] = frozenset()
    # Questions where the words are fine ("always" in what the other adult does well is praise).
    fine_in: frozenset[str] = frozenset()
    # Parts of the statement that set out a proposal ("a call every time they are
    # away"): the words are fine there, unless they tell what the other adult does.
    proposal_parts: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Contacts:
    advice: Advice
    not_a_phone_after: tuple[Phrase, ...]
    # When the person asked for their address to be kept private (statement.collect),
    # contact details in the notes for the officer are pointed at too, with `officer`
    # advice: a reminder, not a mistake.
    officer: Advice | None = None
    # Words that ask for privacy ("do not share"): an answer of the notes for the
    # officer that has them needs no reminder, and they are never pointed at.
    asks_privacy: tuple[Phrase, ...] = ()


@dataclass(frozen=True, eq=False)
class Length:
    advice: Advice
    guidance: dict[str, int]  # by question type
    questions: dict[str, int]  # by question id
    far_over: float

    def guide(self, qid: str, qtype: str) -> int | None:
        return self.questions.get(qid) or self.guidance.get(qtype)


@dataclass(frozen=True, eq=False)
class Pages:
    """A statement too long for its pages: `moved` when answers moved to the person's
    notes so that it fits, `over` when it is too long even so."""

    moved: Advice
    over: Advice


@dataclass(frozen=True, eq=False)
class Repeats:
    advice: Advice
    min_words: int
    similar: float
    common: frozenset[str]
    # Pairs of parts whose sentences are not compared with each other: a proposal may
    # say again how things are now, and a chronology lists events told in an account.
    apart: frozenset[frozenset[str]] = frozenset()


@dataclass(frozen=True, eq=False)
class ChildWords:
    advice: Advice
    said: tuple[Phrase, ...]
    said_to_someone: frozenset[str]
    when: tuple[Phrase, ...]
    to_whom: tuple[Phrase, ...]
    # Words that open what was said, right after a `said` word ("said that", "says he",
    # "asked to"): only then, or before a quotation, are a child's words reported.
    said_what: tuple[Phrase, ...] = ()
    # Questions about what a child does rather than says ("what the child has shown").
    fine_in: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class People:
    """Words for children and for adults other than the person, by sex where it shows."""

    child: tuple[Phrase, ...]
    child_male: tuple[Phrase, ...]
    child_female: tuple[Phrase, ...]
    adult: tuple[Phrase, ...]
    adult_male: tuple[Phrase, ...]
    adult_female: tuple[Phrase, ...]


@dataclass(frozen=True, eq=False)
class ChildFocus:
    advice: Advice
    parts: frozenset[str]
    # Words for the child's own things ("school", "friends"): they mention the child.
    child_things: tuple[Phrase, ...] = ()


@dataclass(frozen=True, eq=False)
class Wording:
    absolutes: WordRule
    labels: WordRule
    diagnoses: WordRule
    contacts: Contacts
    length: Length
    pages: Pages
    repeats: Repeats
    child_words: ChildWords
    child_focus: ChildFocus
    people: People
    # Steps the person took to stay safe ("changed my number"), told in a document the
    # other party may read: words and their fine phrases (see checker/safety.py).
    safety_steps: WordRule

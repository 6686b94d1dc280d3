"""A fortnight of nights: who the children sleep with on each of 14 nights, Monday
of week 1 first. One letter a night: `m` the person filling in s7prep, `o` the other
party, `x` someone else (a note says who).

Presets are the patterns officers and courts talk about, written with most nights
(or half, for shared care) with `m`; `swap` turns one round. Counts are what an
officer asks first: nights with each adult, handovers (changes of home round the
repeating fortnight) and the longest run of nights away from each adult.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from s7prep.engine.errors import AnswerError

NIGHTS = 14
LETTERS = "mox"
UNSET = "?"  # a night not chosen yet, while a pattern is being set
WHO = {"m": "me", "o": "the other party", "x": "someone else"}
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The adults a run away is measured from: someone else is not a party to the case.
ADULTS = "mo"


@dataclass(frozen=True)
class Preset:
    name: str  # stable, for code and tests
    label: str  # what the person picks, in full words (plain mode reads it aloud)
    nights: str  # with most nights (or the first half) with `m`
    about: str  # one sentence: how the fortnight goes


PRESETS: tuple[Preset, ...] = (
    Preset(
        "every_other_weekend",
        "Every other weekend, Friday to Sunday",
        "mmmmoom" + "mmmmmmm",
        "Friday and Saturday nights every other week; back on Sunday.",
    ),
    Preset(
        "every_other_weekend_monday",
        "Every other weekend, Friday to Monday",
        "mmmmooo" + "mmmmmmm",
        "Friday, Saturday and Sunday nights every other week; to school on Monday morning.",
    ),
    Preset(
        "every_other_weekend_midweek",
        "Every other weekend to Sunday, and Wednesdays",
        "mmomoom" + "mmommmm",
        "Friday and Saturday nights every other week, and Wednesday night every week.",
    ),
    Preset(
        "every_other_weekend_monday_midweek",
        "Every other weekend to Monday, and Wednesdays",
        "mmomooo" + "mmommmm",
        "Friday to Sunday nights every other week, and Wednesday night every week.",
    ),
    Preset(
        "two_two_three",
        "2-2-3: two nights, two nights, three nights",
        "mmoommm" + "oommooo",
        "Monday and Tuesday with one, Wednesday and Thursday with the other, then the weekend; "
        "the next week the other way round.",
    ),
    Preset(
        "two_two_five_five",
        "2-2-5-5: two, two, then five nights each",
        "mmoommm" + "mmooooo",
        "Monday and Tuesday with one, Wednesday and Thursday with the other, "
        "and the weekends taken in turn, so each has a run of five nights.",
    ),
    Preset(
        "three_four_four_three",
        "3-4-4-3: three nights, four, four, three",
        "mmmoooo" + "mmmmooo",
        "Monday to Wednesday with one and Thursday to Sunday with the other; "
        "the next week four nights and three.",
    ),
    Preset(
        "week_about",
        "Week about: a week with each",
        "mmmmmmm" + "ooooooo",
        "A whole week with one, then a whole week with the other.",
    ),
    Preset(
        "daytime_only",
        "Daytime only: every night in one home",
        "m" * NIGHTS,
        "Every night in one home; time with the other adult is in the day.",
    ),
)
_BY_NAME = {p.name: p for p in PRESETS}


def preset(name: str) -> Preset:
    """The preset called `name` (KeyError for an unknown name)."""
    return _BY_NAME[name]


# The question whose answer says where the children should mainly live (arrangements pack).
LIVES_WITH = ("lives_with_plan", None)


def main_home_is_other(answers: Mapping[Any, Any]) -> bool:
    """True when the person said the children should live with the other party: a
    preset's most nights then go to the other party's home, not the person's."""
    return answers.get(LIVES_WITH) == "other_party"


def swap(nights: str) -> str:
    """The same pattern with the person and the other party changed round."""
    return nights.translate(str.maketrans("mo", "om"))


def is_even(nights: str) -> bool:
    """True when swapping gives the same counts: shared care, or no one in the
    pattern but someone else."""
    return nights.count("m") == nights.count("o")


def preset_for(nights: str) -> Preset | None:
    """The preset this pattern is, either way round, or None."""
    return next((p for p in PRESETS if nights in (p.nights, swap(p.nights))), None)


def night_name(i: int) -> str:
    """Night `i` (0-13) in words: "Wednesday, week 1"."""
    return f"{DAYS[i % 7]}, week {i // 7 + 1}"


def parse_nights(text: str) -> str:
    """14 letters m, o or x, in any case and with any spaces (between the weeks,
    say), as kept: lower case, no spaces. AnswerError says what is wrong."""
    letters = "".join(text.split()).lower()
    for i, letter in enumerate(letters[:NIGHTS]):
        if letter == UNSET:
            raise AnswerError(f"night {i + 1} ({night_name(i)}) is not set yet: use m, o or x")
        if letter not in LETTERS:
            raise AnswerError(  # repr: a control character shows as '\x1b', not as itself
                f"night {i + 1} ({night_name(i)}) is {letter!r}: use m for me, o for the other party "
                "or x for someone else"
            )
    if len(letters) != NIGHTS:
        raise AnswerError(
            f"give {NIGHTS} letters, one for each night from Monday of week 1 (this has {len(letters)})"
        )
    return letters


# ------------------------------------------------------------------ counting


@dataclass(frozen=True)
class Counts:
    nights: dict[str, int]  # m, o, x -> nights a fortnight
    handovers: int  # changes of home round the repeating fortnight
    away: dict[str, int]  # m, o -> longest run of nights away from that adult


def handovers(nights: str) -> int:
    """How many times the children change home in a fortnight. The fortnight repeats,
    so Sunday of week 2 leads into Monday of week 1."""
    return sum(nights[i] != nights[(i + 1) % len(nights)] for i in range(len(nights)))


def longest_away(nights: str, who: str) -> int:
    """The longest run of nights not with `who`, round the repeating fortnight."""
    if who not in nights:
        return len(nights)
    start = nights.index(who)  # begin at a night with `who`, so no run is cut in two
    longest = run = 0
    for letter in nights[start:] + nights[:start]:
        run = run + 1 if letter != who else 0
        longest = max(longest, run)
    return longest


def count(nights: str) -> Counts:
    return Counts(
        nights={w: nights.count(w) for w in LETTERS},
        handovers=handovers(nights),
        away={w: longest_away(nights, w) for w in ADULTS},
    )


# ------------------------------------------------------------------ words


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def nights_words(counts: Counts) -> str:
    """The nights with each adult: "10 of 14 nights with me, 4 with the other party"."""
    parts = [(n, WHO[w]) for w, n in counts.nights.items() if n]
    if len(parts) == 1:
        return f"All {NIGHTS} nights with {parts[0][1]}"
    first, *rest = parts
    return ", ".join([f"{first[0]} of {NIGHTS} nights with {first[1]}", *(f"{n} with {w}" for n, w in rest)])


def handovers_words(counts: Counts) -> str:
    if not counts.handovers:
        return "No handovers"
    return f"{_plural(counts.handovers, 'handover')} a fortnight"


def away_words(counts: Counts) -> str:
    """The longest runs away: "Longest run of nights away from me: 2; from the other party: 6"."""

    def run(n: int) -> str:
        return "none" if n == 0 else f"all {NIGHTS}" if n == NIGHTS else str(n)

    m, o = counts.away["m"], counts.away["o"]
    return f"Longest run of nights away from me: {run(m)}; from the other party: {run(o)}"


def counts_words(nights: str) -> list[str]:
    """The counts as three short sentences (without full stops)."""
    c = count(nights)
    return [nights_words(c), handovers_words(c), away_words(c)]


def sentence(nights: str, who: Mapping[str, str] = WHO) -> str:
    """The counts as one sentence for a document, with the case's words for each adult
    (`who`: m, o, x -> "me", "the father", "someone else"): "10 of 14 nights with me, 4
    with the father; 4 handovers a fortnight; the longest time away from me: 2 nights,
    from the father: 6 nights". One home every night is just that: no handovers, and no
    time away to speak of."""
    c = count(nights)
    words = {**WHO, **who}
    parts = [(n, words[w]) for w, n in c.nights.items() if n]
    if len(parts) == 1:
        return f"All {NIGHTS} nights with {parts[0][1]}"
    (n, first), *rest = parts
    said = ", ".join([f"{n} of {NIGHTS} nights with {first}", *(f"{k} with {w}" for k, w in rest)])
    said += f"; {_plural(c.handovers, 'handover')} a fortnight"
    # Time away from an adult who has no nights says nothing the nights have not said.
    away = [(words[w], c.away[w]) for w in ADULTS if c.nights[w]]
    if away:
        (adult, run), *more = away
        said += f"; the longest time away from {adult}: {_plural(run, 'night')}"
        said += "".join(f", from {a}: {_plural(r, 'night')}" for a, r in more)
    return said


def _days(first: int, last: int) -> str:
    if last - first == 6:
        return "all week"
    if first == last:
        return DAYS[first]
    joined = "and" if last == first + 1 else "to"
    return f"{DAYS[first]} {joined} {DAYS[last]}"


def week_words(nights: str) -> list[str]:
    """Each week as runs of nights, to read aloud: "Week 1: Monday to Thursday with
    me, Friday and Saturday with the other party, Sunday with me"."""
    out = []
    for week in range(NIGHTS // 7):
        letters = nights[week * 7 : week * 7 + 7]
        runs: list[str] = []
        start = 0
        for i in range(1, 8):
            if i == 7 or letters[i] != letters[start]:
                runs.append(f"{_days(start, i - 1)} with {WHO[letters[start]]}")
                start = i
        out.append(f"Week {week + 1}: " + ", ".join(runs))
    return out


def short_words(nights: str) -> str:
    """One line for lists and tables: "10 with me, 4 with the other party"."""
    c = count(nights)
    return ", ".join(f"{n} with {WHO[w]}" for w, n in c.nights.items() if n)

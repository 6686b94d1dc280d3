"""Dates as people give them, and the forms they are kept in.

Two kinds:

- a partial date (`parse_partial_date`): "2023", "March 2023", "14/03/2023", kept as
  YYYY, YYYY-MM or YYYY-MM-DD. Dates of birth are this kind.
- a rough date (`parse_when`), for the answers to date questions: a partial date, a
  season ("Summer 2025", kept as 2025-summer), part of a year ("early 2024", kept as
  2024-early; also mid and late), or a range of either ("2019 to 2024", "2019-2024",
  "March to June 2023", kept as START/END; "since 2019" kept as 2019/..).

`show_when` gives a stored rough date back as a person writes it, and `when_key` a key
that sorts rough dates sensibly: by when they start, the vaguer one first when two start
together (2024, then early 2024, then January 2024), and a range after the single dates
it starts with (March 2026, then March to May 2026).
"""

from __future__ import annotations

import re
from datetime import date

from s7prep.engine.errors import AnswerError

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# What people type for a month: its name or its first three letters.
_MONTHS = {form: n for n, name in enumerate(MONTHS, start=1) for form in (name.lower(), name.lower()[:3])}
_MONTHS["sept"] = 9
DATE_MESSAGE = "Enter a year, a month like 2023-03, or a full date like 2023-03-14"
WHEN_MESSAGE = (
    "Enter a year, a month like March 2023, a date like 14/03/2023, "
    "a season like Summer 2025, or a range like 2019 to 2024"
)

# Rough parts of a year: (first month, months covered). Winter is taken as the winter
# that starts in December of that year.
ROUGH = {
    "early": (1, 4),
    "spring": (3, 3),
    "mid": (5, 4),
    "summer": (6, 3),
    "late": (9, 4),
    "autumn": (9, 3),
    "winter": (12, 3),
}
_SEASON_WORDS = {
    "spring": "spring",
    "summer": "summer",
    "autumn": "autumn",
    "fall": "autumn",
    "winter": "winter",
}
_PART_WORDS = {
    "early": "early",
    "start of": "early",
    "beginning of": "early",
    "mid": "mid",
    "middle of": "mid",
    "late": "late",
    "end of": "late",
}
_OPEN = ".."  # the end of a range that has not ended ("since 2019")
_NOW_WORDS = ("now", "present", "today", "date", "the present")

_ONE_STORED = r"\d{4}(?:-\d{2}(?:-\d{2})?|-(?:" + "|".join(ROUGH) + r"))?"
_STORED = re.compile(f"({_ONE_STORED})(?:/({_ONE_STORED}|\\.\\.))?")


def parse_partial_date(text: str) -> str:
    """Turn what a person types into YYYY, YYYY-MM or YYYY-MM-DD.

    Accepts ISO forms, "March 2023", "14 March 2023", "03/2023" and the UK
    "14/03/2023". Raises AnswerError with DATE_MESSAGE otherwise.
    """
    t = _tidy(text)
    year = month = day = None
    if m := re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", t):
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif m := re.fullmatch(r"(?:(\d{1,2})(?:st|nd|rd|th)? )?([a-z]+) (\d{4})", t):
        if m.group(2) not in _MONTHS:
            raise AnswerError(DATE_MESSAGE)
        day, month, year = m.group(1), str(_MONTHS[m.group(2)]), m.group(3)
    elif m := re.fullmatch(r"(?:(\d{1,2})[/.])?(\d{1,2})[/.](\d{4})", t):
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        raise AnswerError(DATE_MESSAGE)
    y = _year(year)
    if month is None:
        return f"{y:04d}"
    mo = int(month)
    if not 1 <= mo <= 12:
        raise AnswerError("Enter a month from 01 to 12, like 2023-03")
    if day is None:
        return f"{y:04d}-{mo:02d}"
    try:
        return date(y, mo, int(day)).isoformat()
    except ValueError:
        raise AnswerError(f"There is no day {int(day)} in {y:04d}-{mo:02d}") from None


def parse_when(text: str) -> str:
    """Turn a rough date or a range, as typed, into its stored form (see the module).

    Raises AnswerError with WHEN_MESSAGE, or a more exact message for a date that
    does not exist or a range that ends before it starts.
    """
    t = _tidy(text)
    if kept := _stored(t):  # already in the stored form (an answers file, a saved answer)
        first, last = kept
        if last is None:
            return _one(first)
        return parse_when(f"{first} to {'now' if last == _OPEN else last}")
    if m := re.fullmatch(r"since (.+)", t) or re.fullmatch(r"(?:from )?(.+?) (?:onwards|on)", t):
        return f"{_one(m.group(1))}/{_OPEN}"
    opened = t.startswith("from ")
    t = re.sub(r"^(?:from|between) ", "", t)
    try:
        one = _one(t)  # one date ("mid-2024"), not a range
    except AnswerError as exc:
        if str(exc) != WHEN_MESSAGE:
            raise
    else:
        return f"{one}/{_OPEN}" if opened else one
    for start, end in _splits(t):
        if end in _NOW_WORDS:
            return f"{_one(start)}/{_OPEN}"
        try:
            last = _one(end)
            first = _one(start, year_from=last[:4])
        except AnswerError as exc:
            if str(exc) == WHEN_MESSAGE:
                continue  # not a range split here: try the next place
            raise
        if first == last:
            return first
        if _key(first)[:3] > _key(last)[:3]:
            raise AnswerError("The range ends before it starts: put the earlier date first")
        return f"{first}/{last}"
    raise AnswerError(WHEN_MESSAGE)


def when_key(stored: str) -> tuple[int, ...] | None:
    """A sort key for a stored rough date, or None if `stored` is not one."""
    found = _stored(stored)
    if found is None:
        return None
    first, last = found
    key = _key(first)
    if last is None:
        return key
    # A period comes after the single dates it starts with (what happened in March,
    # then what went on from March to May), the longest last.
    if last == _OPEN:
        return (*key[:3], 10**6)
    end = _key(last)
    span = (end[0] - key[0]) * 12 + end[1] - key[1] - end[3]
    return (*key[:3], span)


def show_when(stored: str) -> str | None:
    """A stored rough date as a person writes it ("Summer 2025", "2019 to 2024"), or
    None if `stored` is not one."""
    found = _stored(stored)
    if found is None:
        return None
    first, last = found
    if last is None:
        return _show_one(first)
    if last == _OPEN:
        return f"Since {_show_one(first)}"
    start, end = _show_one(first), _show_one(last)
    if first[:4] == last[:4] and len(first) > 4 and len(last) > 4:
        # Within one year, the year once: "March to June 2023", "Summer to autumn 2024".
        start = start.removesuffix(f" {first[:4]}")
        end = end[:1].lower() + end[1:] if last[5:] in ROUGH else end
    return f"{start} to {end}"


# ---------------------------------------------------------------- pieces


def _tidy(text: str) -> str:
    return " ".join(text.strip().replace(",", " ").split()).lower()


def _year(year: str) -> int:
    y = int(year)
    if not 1900 <= y <= 2100:
        raise AnswerError("Enter a year between 1900 and 2100")
    return y


def _one(t: str, year_from: str = "") -> str:
    """One rough date (not a range). `year_from` supplies the year when only a month
    or a season is given, as in the first half of "March to June 2023"."""
    t = t.strip()
    t = re.sub(r"^(?:in |around |about |the )+", "", t)
    if year_from and re.fullmatch(r"[a-z]+", t) and not t.isdigit():
        t = f"{t} {year_from}"
    if (m := re.fullmatch(r"(\d{4})-([a-z]+)", t)) and m.group(2) in ROUGH:  # the stored form
        return f"{_year(m.group(1)):04d}-{m.group(2)}"
    if m := re.fullmatch(r"(spring|summer|autumn|fall|winter)(?: of)? (\d{4})", t):
        return f"{_year(m.group(2)):04d}-{_SEASON_WORDS[m.group(1)]}"
    if m := re.fullmatch(r"(early|mid|late|(?:start|beginning|middle|end) of)(?:[- ]| the year )?(\d{4})", t):
        return f"{_year(m.group(2)):04d}-{_PART_WORDS[m.group(1)]}"
    try:
        return parse_partial_date(t)
    except AnswerError as exc:
        if str(exc) == DATE_MESSAGE:
            raise AnswerError(WHEN_MESSAGE) from None
        raise


def _splits(t: str) -> list[tuple[str, str]]:
    """Places where `t` may be two dates joined as a range, most likely first."""
    out: list[tuple[str, str]] = []
    for word in (" to ", " until ", " till ", " through ", " and ", " - ", " – ", " — ", "–", "—"):
        start, sep, end = t.partition(word)
        if sep and start and end:
            out.append((start, end))
    # A bare hyphen joins two years ("2019-2024"); elsewhere it is part of a date.
    if m := re.fullmatch(r"(.*\d{4}|[a-z]+)-(\d{4}|[a-z]+ \d{4})", t):
        out.append((m.group(1), m.group(2)))
    return out


def _stored(stored: str) -> tuple[str, str | None] | None:
    """The start and end (None: not a range) of a stored rough date, if it is one."""
    m = _STORED.fullmatch(stored.strip())
    if m is None:
        return None
    first, last = m.group(1), m.group(2)
    for one in (first, last):
        if one and one != _OPEN and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", one):
            try:
                parse_partial_date(one)
            except AnswerError:
                return None  # no such month or day: not a date we wrote
    return first, last


def _key(one: str) -> tuple[int, int, int, int]:
    """(year, first month, day, minus the months it covers) for one stored rough date."""
    year, _, rest = one.partition("-")
    y = int(year)
    if not rest:
        return (y, 1, 0, -12)
    if rest in ROUGH:
        first, months = ROUGH[rest]
        return (y, first, 0, -months)
    month, _, day = rest.partition("-")
    return (y, int(month), int(day or 0), -1 if not day else 0)


def _show_one(one: str) -> str:
    year, _, rest = one.partition("-")
    if not rest:
        return year
    if rest in ROUGH:
        return f"{rest.capitalize()} {year}"
    month, _, day = rest.partition("-")
    name = MONTHS[int(month) - 1]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"

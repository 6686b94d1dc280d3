"""Dates as people type them ("2023", "March 2023", "14/03/2023"), kept as
YYYY, YYYY-MM or YYYY-MM-DD."""

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


def parse_partial_date(text: str) -> str:
    """Turn what a person types into YYYY, YYYY-MM or YYYY-MM-DD.

    Accepts ISO forms, "March 2023", "14 March 2023", "03/2023" and the UK
    "14/03/2023". Raises AnswerError with DATE_MESSAGE otherwise.
    """
    t = " ".join(text.strip().replace(",", " ").split()).lower()
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
    y = int(year)
    if not 1900 <= y <= 2100:
        raise AnswerError("Enter a year between 1900 and 2100")
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

"""Spot text that looks like a street address or a UK postcode, and (for the statement
checker) personal phone numbers and email addresses.

A person in a refuge must not hand over their address by accident, so the statement
warns (it never blocks, and never repeats the text). This is a heuristic: it prefers
an occasional needless warning to a missed address, but skips the everyday phrases
("3 miles down the road", "2 hours drive") that would make people stop reading it.
"""

from __future__ import annotations

import re

# The UK postcode shapes (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA),
# with the letters each position can hold, in any case, space optional.
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)

# Words between a number and a street word that show it is a phrase, not a name.
_NOT_A_NAME = (
    "the|a|an|to|on|in|at|of|or|for|and|by|up|down|along|from|with|into|onto|near|past|my|his|her|"
    "their|our|your|its|i|we|he|she|they|you|it|more|hours?|hrs?|minutes?|mins?|miles?|km|"
    "times?|days?|weeks?|months?|years?|nights?"
)
_NUMBER = r"\b\d{1,4}[A-Za-z]?,?\s+"
_NAME_WORD = rf"(?:(?!(?i:{_NOT_A_NAME})\b)[A-Za-z][\w'’.-]*\s+)"
# Street words that are rarely anything else, in any case ...
_STREET = re.compile(
    _NUMBER
    + _NAME_WORD
    + "{0,2}"
    + r"(?i:road|rd|street|avenue|ave|lane|drive|crescent|grove|gardens|terrace|mews)\b"
)
# ... and those that are everyday words too, only with a capital and a name before
# them (Mill Close, but not "3 Court dates").
_STREET_CAPITAL = re.compile(
    _NUMBER
    + _NAME_WORD
    + "{1,2}"
    + r"(?:Close|Court|Way|Place|Square|Hill|Park|Parade|Rise|Row|Walk|Green|View|St|Rd)\b"
)


# A phone number: 0 or +44 then 9 or 10 more digits, or another country's code and
# 7 to 12; spaces, dots, hyphens and brackets may group them. Only numbers a person
# has (landlines 01 and 02, mobiles 07, and those of other countries) are reported:
# 03, 08 and 09 numbers belong to services such as the helplines in _signposts.yaml.
_PHONE = re.compile(r"(?<![\w+/.,-])(?:\+|\(?0)[\d()][\d\s().-]{6,18}\d(?![\w/]|[.,-]\d)")
_PERSONAL = re.compile(r"(?:0|44(?:0)?)[127]\d{8,9}|(?!44)[1-9]\d{7,13}")
_DIGIT = re.compile(r"\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

POSTCODE = "a postcode"
STREET = "a street address"
PHONE = "a phone number"
EMAIL = "an email address"


def looks_like_address(text: str) -> bool:
    return bool(_POSTCODE.search(text) or _STREET.search(text) or _STREET_CAPITAL.search(text))


def contact_details(text: str) -> list[tuple[int, int, str]]:
    """Where `text` holds a postcode, a street address, a personal phone number or an
    email address: (start, end, kind), in order, not overlapping."""
    if "@" not in text and not _DIGIT.search(text):  # each kind needs one or the other
        return []
    found = [(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text)]
    found += [(m.start(), m.end(), POSTCODE) for m in _POSTCODE.finditer(text)]
    found += [(m.start(), m.end(), STREET) for m in _STREET.finditer(text)]
    found += [(m.start(), m.end(), STREET) for m in _STREET_CAPITAL.finditer(text)]
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        plus = m.group().startswith("+")
        if _PERSONAL.fullmatch(digits) and (plus or digits.startswith("0")) and len(digits) <= 15:
            found.append((m.start(), m.end(), PHONE))
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found):
        if out and start < out[-1][1]:
            continue
        out.append((start, end, kind))
    return out

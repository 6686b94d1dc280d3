"""Spot text that looks like a street address or a UK postcode.

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


def looks_like_address(text: str) -> bool:
    return bool(_POSTCODE.search(text) or _STREET.search(text) or _STREET_CAPITAL.search(text))

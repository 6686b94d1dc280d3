"""Text as the statement shows it: cleaned, split into lines, and escaped for Markdown.

The statement data holds plain text. HTML is escaped by Jinja's autoescape; Markdown
has no such thing, so the Markdown environment runs `md` on every `{{ value }}` it
prints (as its `finalize`). Escaping there, rather than with a filter each template
must remember, means a value cannot reach the output unescaped by an oversight.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from s7prep.engine import MONTHS, show_when

# Characters no document should carry: C0/C1 controls (tab and newline are handled
# apart), lone surrogates and Unicode noncharacters. The engine refuses most of
# these at input; answers imported from elsewhere may still hold them.
_NONCHARS = "".join(chr(p) + "-" + chr(p + 1) for p in range(0xFFFE, 0x110000, 0x10000))
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NONCHARS}]")
_NEWLINE = re.compile(r"\r\n|\r|\n")

# Markdown punctuation that can start a construct anywhere in a line: emphasis,
# code, links and images, raw HTML and autolinks, tables, strikethrough, entities,
# and the backslash itself. Escaping every one keeps the text literal.
_MD_ANYWHERE = re.compile(r"([\\`*_\[\]<>#|~&])")
# Constructs that only count at the start of a line: list bullets, setext
# underlines, thematic breaks and ordered-list markers ("1." / "1)").
_MD_LINE_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)])(?=[ \t]|$))")

# Text that md() would return unchanged: no line breaks, controls or other characters
# clean() replaces, no Markdown punctuation, no space at either end, and no start that
# is a construct at the start of a line. (Only a fast path: md() gives the same.)
_PLAIN_WORDS = re.compile(
    r"(?![-+=\s]|\d{1,9}[.)](?:[ \t]|$))"  # no construct or space at the start
    f"[^\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NONCHARS}"  # nothing clean() replaces
    r"\\`*_\[\]<>#|~&]*"  # no Markdown punctuation
    r"(?<!\s)"  # no space at the end
)


def clean(text: str) -> str:
    """Replace characters that have no place in a document with U+FFFD."""
    return _UNSAFE.sub("\ufffd", text)


def lines(text: str) -> tuple[str, ...]:
    """The non-blank lines of typed text, trimmed and cleaned: one paragraph each."""
    if "\n" not in text and "\r" not in text and _UNSAFE.search(text) is None:
        text = text.strip()  # one clean line, as most answers are
        return (text,) if text else ()
    out = (clean(line).strip() for line in _NEWLINE.split(text))
    return tuple(line for line in out if line)


def md(value: Any) -> str:
    """Escape one value for Markdown so it reads literally wherever it is placed.

    Newlines are flattened to spaces, so the result is safe in a paragraph, a list
    item, a heading and a table cell alike (the statement data splits paragraphs
    before this point).
    """
    text = str(value)
    if _PLAIN_WORDS.fullmatch(text):  # most values: nothing to clean or escape
        return text
    text = " ".join(lines(text))
    text = _MD_ANYWHERE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match[str]) -> str:
    if m.group(1):
        return "\\" + m.group(1)
    return m.group(2) + "\\" + m.group(3)


def show_date(value: str) -> str:
    """A stored date as a person writes it: 2023, March 2023, 14 March 2023, Summer 2025,
    2019 to 2024. Anything else is shown as it is, cleaned."""
    return show_when(value) or " ".join(lines(value))


def show_day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

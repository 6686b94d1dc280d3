"""Lines that fit the terminal, broken between words.

A terminal breaks a line that is too long wherever the edge falls, often in the
middle of a word, and prompt_toolkit does the same inside a prompt. Everything
plain mode draws is broken here first, one column short of the edge (a
character in the last column makes some terminals wrap early).
"""

from __future__ import annotations

import textwrap

MIN_WIDTH = 40


def usable(columns: int) -> int:
    return max(MIN_WIDTH, columns - 1)


def lines(text: str, width: int, indent: str = "") -> list[str]:
    """`text` as lines of at most `width` characters, each starting with `indent`.
    Line breaks already in the text are kept; a word longer than a line (a web
    address, say) is the only thing ever cut."""
    out: list[str] = []
    for part in text.split("\n"):
        out.extend(
            textwrap.wrap(
                part,
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
                drop_whitespace=True,
            )
            or [indent.rstrip()]
        )
    return out


def with_tail(text: str, tail: str, width: int, indent: str = "") -> list[str]:
    """`text` then `tail` (a short instruction such as "(Press Enter twice to
    finish.)"), kept whole: on the last line if it fits there, else on its own."""
    out = lines(text, width, indent)
    if not tail:
        return out
    if len(out[-1]) + 1 + len(tail) <= width:
        out[-1] = f"{out[-1]} {tail}"
    else:
        out.extend(lines(tail, width, indent))
    return out


def hanging(text: str, width: int, first: int, rest: int) -> str:
    """`text` broken to follow `first` characters already on its first line, with
    later lines indented by `rest` spaces: for a list item after its number."""
    words = textwrap.wrap(" " * first + text, width, subsequent_indent=" " * rest, break_on_hyphens=False)
    if not words:
        return ""
    words[0] = words[0][first:]
    return "\n".join(words)

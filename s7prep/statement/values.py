"""How one answer reads in a document: which answers say nothing, choices in the
statement's words, list entries as sentences, and singular wording for one child.

Pack text (labels, choice wordings) may be reworded here; the person's own words
never are, beyond trimming and a full stop at the end of a list entry's part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from s7prep import engine
from s7prep.engine.wording import one_child
from s7prep.packs.model import NOTHING_VALUES, SOMETHING_ELSE, Question
from s7prep.statement.escape import lines, show_date
from s7prep.statement.strips import OTHER_PARTY, PLAIN, Strip, Who, strip

_TEXT_TYPES = ("text", "long_text")
_SENTENCE_END = (".", "!", "?", "…", ":", ";")


@dataclass(frozen=True)
class Piece:
    """One part of a list entry: "Label: text", or a lead without a label. `strong`
    for a choice that states a position (the person's "I dispute it"); `strip` for a
    fortnight, drawn after the entry's words (its text is then empty)."""

    label: str
    text: str
    strong: bool = False
    strip: Strip | None = None


def wording(text: str, children: int) -> str:
    """Pack or template wording in the number of the case: "the child" when there is
    one (the engine's rules, as the questions read)."""
    return one_child(text) if children == 1 else text


def says_nothing(q: Question, value: Any) -> bool:
    """An answer that adds nothing to a statement: empty, a yes/no of No, or only
    "No", "None" or "I am not sure" (unless the pack marks them meaningful), only
    "Something else" (the person's words elsewhere say what), or only choices the pack
    marks `quiet`."""
    if not engine.is_answered(value):
        return True
    if q.type == "yes_no":
        return value is False and not q.meaningful
    if q.type == "choice" and isinstance(value, str):
        return (value in NOTHING_VALUES and not q.meaningful) or value == SOMETHING_ELSE or q.quiet(value)
    if q.type == "multi_choice" and isinstance(value, list):
        return not _picked(q, value)
    if q.type in _TEXT_TYPES and isinstance(value, str):
        # Python strips some controls ("\x1f") that documents show (as U+FFFD): nothing
        # only when no line would show.
        return not value.strip() and not lines(value)
    if q.type == "list":
        return not records(q, value, 2)
    return False


def _picked(q: Question, value: list[Any], everything: bool = False) -> list[str]:
    """The choices of a multi_choice answer that say something (with `everything`:
    all of them), in pack order."""
    chosen = {str(v) for v in value}
    order = [c.value for c in q.choices if c.value in chosen]
    order += sorted(chosen - set(order))
    if everything:
        return order
    return [
        v
        for v in order
        if v != SOMETHING_ELSE and (q.meaningful or v not in NOTHING_VALUES) and not q.quiet(v)
    ]


def show(
    q: Question, value: Any, children: int, everything: bool = False, who: Who = PLAIN
) -> tuple[str, ...]:
    """One answer (not a list) as paragraphs of text, in the statement's words; with
    `everything`, as the person picked it (the notes). A fortnight reads as its counts
    (in `who`'s words) and its note. Tolerates a value of the wrong shape."""
    if isinstance(value, bool):
        return ("Yes" if value else "No",)
    if q.type == "choice" and isinstance(value, str):
        if everything:
            return (q.choice_label(value),)
        return (_in_roles(wording(q.choice_says(value), children), who),)
    if q.type == "multi_choice" and isinstance(value, list):
        if everything:
            return ("; ".join(_join_case([q.choice_label(v) for v in _picked(q, value, True)])),)
        picked = [_in_roles(wording(q.choice_says(v), children), who) for v in _picked(q, value)]
        return ("; ".join(_join_case(picked)),) if picked else ()
    if q.type == "date" and isinstance(value, str):
        return (show_date(value),) if value.strip() else ()
    if q.type == "fortnight" and isinstance(value, dict):
        drawn = strip(value, who)
        return (*((drawn.counts,) if drawn.counts else ()), *drawn.note) if drawn else ()
    if isinstance(value, float):
        return (f"{value:g}",)
    if isinstance(value, list | dict):
        return lines(", ".join(str(v) for v in value))
    return lines(str(value))


_OTHER_PARTY = re.compile(r"\b([Tt])he other party\b")


def _in_roles(text: str, who: Who) -> str:
    """A picked choice in the case's words: "The other party" is "The mother" when the
    statement names her so everywhere else (the summary said one, the strips the other)."""
    other = who.said.get("o", OTHER_PARTY)
    if other == OTHER_PARTY or not other.startswith("the "):
        return text
    return _OTHER_PARTY.sub(lambda m: m.group(1) + other[1:], text)


def _join_case(labels: list[str]) -> list[str]:
    """Choice labels run together: the first keeps its capital, the rest start small
    ("Physical violence; threats ...") unless they start with a name or an acronym."""
    out = labels[:1]
    for label in labels[1:]:
        first = label.split(" ")[0]
        keep = (len(first) > 1 and first.isupper()) or first in ("I", "I'm")
        out.append(label if keep else label[:1].lower() + label[1:])
    return out


def is_fact(q: Question) -> bool:
    """A value picked or typed as a fact (not an account in the person's words):
    documents may run several together on one line."""
    return q.type in ("choice", "multi_choice", "yes_no", "number", "date")


def records(
    q: Question,
    value: Any,
    children: int,
    skip: tuple[str, ...] = (),
    everything: bool = False,
    who: Who | None = None,
) -> tuple[tuple[Piece, ...], ...]:
    """The entries of a list answer that say something, each as sentences; with `who`,
    a fortnight part is drawn (else it reads as words)."""
    if not isinstance(value, list):
        return ()
    out = []
    for record in value:
        if isinstance(record, dict):
            pieces = sentence_pieces(q, record, children, skip, everything, who)
            if pieces:
                out.append(pieces)
    return tuple(out)


def sentence_pieces(
    q: Question,
    record: dict[str, Any],
    children: int,
    skip: tuple[str, ...] = (),
    everything: bool = False,
    who: Who | None = None,
) -> tuple[Piece, ...]:
    """One entry of a list answer as sentences: a choice first, alone, as a statement
    of position; then the first part that is not a choice without its label, and the
    rest as "Label: text."; with `who`, a fortnight part last, to be drawn. Parts that
    say nothing are left out (with `everything`: only empty ones)."""
    out: list[Piece] = []
    strong: list[Piece] = []
    drawn: list[Piece] = []
    lead = next((f.id for f in q.fields if f.type != "choice"), "")
    # A position picked after the lead part ("I accept part of it." before "Shouted
    # and threw a plate") would read as accepting all of it: the lead keeps its label.
    at = next((i for i, f in enumerate(q.fields) if f.id == lead), len(q.fields))
    if any(f.type == "choice" and engine.is_answered(record.get(f.id)) for f in q.fields[at + 1 :]):
        lead = ""
    for f in q.fields:
        if f.id in skip or f.id not in record:
            continue
        if not engine.is_answered(record[f.id]) or (not everything and says_nothing(f, record[f.id])):
            continue
        label = "" if f.id == lead else wording(f.short, children)
        if f.type == "fortnight" and who is not None:
            found = strip(record[f.id], who)
            if found is not None:
                drawn.append(Piece(label, "", strip=found))
            continue
        text = " ".join(show(f, record[f.id], children, everything, who or PLAIN))
        if not text:
            continue
        text = full_stop(text)
        if f.type == "choice":
            strong.append(Piece("", text, strong=True))
        else:
            out.append(Piece(label, text))
    # A choice the person's own first words already say ("Supervised time." before
    # "Supervised time at a contact centre ...") is not said twice.
    if out and not out[0].label:
        said = out[0].text.casefold()
        strong = [p for p in strong if not _opens(said, p.text.rstrip(".").casefold())]
    # A position ("I dispute it.") leads, so it is seen first; a drawing comes last.
    return (*strong, *out, *drawn)


def _opens(text: str, words: str) -> bool:
    """`text` starts with `words`, as whole words."""
    return text.startswith(words) and not text[len(words) : len(words) + 1].isalnum()


def full_stop(text: str) -> str:
    """Text as a sentence: a full stop added when it ends without one. A closing
    bracket or quote ends a sentence only with a stop inside it ("(On their own.)");
    "Four weeks (two overnights)" gets one after it."""
    text = text.strip()
    inner = text.rstrip("\"')”’")
    if not text or inner.endswith(_SENTENCE_END):
        return text
    return text + "."


def count_words(*texts: str) -> int:
    return sum(len(t.split()) for t in texts)

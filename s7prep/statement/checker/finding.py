"""What the checker reports: one finding per thing to look at, naming the answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Where a piece of text is: which answer, and which part of a list answer."""

    qid: str  # "" for the child's own details and for the statement as a whole
    label: str  # the answer's short name
    section: str  # the title of its section in the questions
    part: str  # the part of the statement it feeds
    order: int  # position in the order of questions, for sorting
    child: str | None = None  # the child's key, for an answer about one child
    child_name: str = ""
    record: int | None = None  # 1-based entry of a list answer
    field: str = ""  # the field of a list entry
    field_label: str = ""
    qtype: str = "long_text"  # the question's (or field's) type
    document: str = "statement"  # the document it is in: statement, or officer (the notes for the officer)

    @property
    def where(self) -> str:
        """The answer as a person would find it: 'What the child has said (Sam)'."""
        out = self.label
        if self.record is not None:
            out += f", entry {self.record}" + (f", {self.field_label}" if self.field_label else "")
        return out + (f" ({self.child_name})" if self.child_name else "")

    @property
    def named(self) -> str:
        """The child as the advice names them: their name (without a final full stop,
        as in "A.B.", which the advice's own punctuation follows), or "the child"."""
        return self.child_name.rstrip(".") or ("the child" if self.child else "the children")

    @property
    def group(self) -> str:
        """The heading it is listed under: its section, the child's name, and the
        document when it is not the statement."""
        out = self.section + (f": {self.child_name}" if self.child_name else "")
        return out + (" (notes for the officer)" if self.document == "officer" else "")


@dataclass(frozen=True)
class Finding:
    """One thing to look at. `words` is what was found as typed ("" where repeating it
    would be unwise, such as an address); `start` and `end` are its place in the text."""

    rule: str  # a rule of the wording file: absolutes, labels, contacts, ...
    place: Place
    consider: str
    example: str
    words: str = ""
    start: int = -1
    end: int = -1

    @property
    def line(self) -> str:
        """The finding on one line, to print or read aloud."""
        said = f' "{self.words}"' if self.words else ""
        return f"{self.place.where}{said}: {self.consider} For example: {self.example}"

    def as_dict(self) -> dict[str, object]:
        p = self.place
        return {
            "rule": self.rule,
            "document": p.document,
            "section": p.section,
            "question": p.qid,
            "label": p.label,
            "child": p.child,
            "entry": p.record,
            "field": p.field,
            "words": self.words,
            "start": self.start,
            "end": self.end,
            "consider": self.consider,
            "example": self.example,
        }

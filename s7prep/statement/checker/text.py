"""Words, sentences, quotations and phrase lists over an answer's text, with the
position of everything in the text as typed (so a finding can point at it).

Words are lower-cased; "don't" becomes "do" + "n't" and "I've" becomes "i" + "'ve",
so that phrase lists can name the parts. Hyphens and other punctuation separate words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache

Phrase = tuple[str, ...]
ANY = "*"  # in a `fine` phrase: any one word

_PLAIN_WORD = re.compile(r"[^\W_]+")
# A word, apostrophes inside it included (split further by Text._split).
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
# A sentence ends at . ! ? (and any closing quote or bracket after it) followed by a
# space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\s*\n\s*")
# A full stop after an initial (not "I") or a title does not end a sentence.
_ABBREVIATION = re.compile(r"(?:(?<![^\W\d_])[A-HJ-Z]|\b(?:Mr|Mrs|Ms|Miss|Dr|St|Prof))\.$")
QUOTE_MARKS = "\"“„«'‘"  # a quotation opens with one of these
# Text inside a pair of double quotation marks (straight, curly or guillemets).
_DOUBLE = re.compile(r'"([^"\n]*)"|“([^”\n]*)”|„([^“\n]*)“|«([^»\n]*)»')
# A single quotation mark opens after a space or an opening bracket and closes before a
# space or punctuation, so "Tom's" and "dads'" are not quotations; inside, an apostrophe
# between letters ("don't") does not close it.
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[:]))['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w))+?)['’](?=$|[\s.,;:!?)\]])")


class Text:
    """One piece of an answer: its words (lower case, with where each is in `raw`), its
    sentences (ranges of word indexes) and its quotations (ranges of characters)."""

    __slots__ = (
        "_quoted",
        "_starts_of_sentences",
        "ends",
        "quotes",
        "raw",
        "sentences",
        "starts",
        "token_set",
        "tokens",
    )

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.tokens: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._split()
        self.token_set = frozenset(self.tokens)
        self.sentences = _sentences(raw, self.starts)
        self._starts_of_sentences = [a for a, _b in self.sentences]
        self.quotes = quotations(raw)
        self._quoted: frozenset[int] | None = None

    def _split(self) -> None:
        raw = self.raw
        low = raw.lower()
        if len(low) != len(raw):  # a letter whose lower case is longer: keep offsets true
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in raw)
        low = low.translate(_APOSTROPHES)
        spans = [m.span() for m in _WORD.finditer(low)]
        if "'" in low:  # "don't" -> "do" "n't"; "i've" -> "i" "'ve"; "tom's" -> "tom" "'s"
            spans = [part for a, b in spans for part in _parts(low, a, b)]
        self.starts = [a for a, _b in spans]
        self.ends = [b for _a, b in spans]
        self.tokens = [low[a:b] for a, b in spans]

    def quoted(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.quotes)

    def quoted_words(self) -> frozenset[int]:
        """Indexes of the words inside quotation marks."""
        if self._quoted is None:
            self._quoted = (
                frozenset(
                    n
                    for n, (a, b) in enumerate(zip(self.starts, self.ends, strict=True))
                    if self.quoted(a, b)
                )
                if self.quotes
                else frozenset()
            )
        return self._quoted

    def sentence_of(self, i: int) -> int:
        """The index of the sentence that holds word `i`."""
        return max(0, bisect_right(self._starts_of_sentences, i) - 1)

    def capital(self, i: int) -> bool:
        """Whether word i was typed with a capital first letter."""
        return self.raw[self.starts[i]].isupper()

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Characters of words i..j-1."""
        return self.starts[i], self.ends[j - 1]


def _parts(low: str, a: int, b: int) -> list[tuple[int, int]]:
    word = low[a:b]
    if "'" not in word:
        return [(a, b)]
    if word.endswith("n't") and len(word) > 3 and "'" not in word[:-3]:
        return [(a, b - 3), (b - 3, b)]
    cut = a + word.index("'")
    return [(a, cut), (cut, b)]


def words(raw: str) -> list[str]:
    """The words of `raw`, split the way answers are."""
    return Text(raw).tokens


def phrase(text: str) -> Phrase:
    """A phrase from a wording list as words, the way answers are split. A part that
    starts with an apostrophe ("'ve") or is "n't" is one word on its own."""
    out: list[str] = []
    for part in text.translate(_APOSTROPHES).split():
        if part.startswith("'") or part.lower() == "n't":
            out.append(part.lower())
        else:
            out.extend(words(part))
    return tuple(out)


def plain_words(raw: str) -> frozenset[str]:
    """The words of `raw` in lower case, split at apostrophes too: cheap, for
    PhraseIndex.may_be_in."""
    return frozenset(_PLAIN_WORD.findall(raw.lower()))


def sentence_spans(raw: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences of `raw` (each from its first character to
    where the next begins)."""
    out: list[tuple[int, int]] = []
    first = 0
    for m in _SENTENCE_END.finditer(raw):
        end = m.start()
        if raw[end - 1 : end] == "." and _ABBREVIATION.search(raw, max(0, end - 6), end):
            continue  # "A.B. said", "Mr. Jones": not the end of a sentence
        if m.end() > first:
            out.append((first, m.end()))
            first = m.end()
    if first < len(raw):
        out.append((first, len(raw)))
    return out


def sentence_words(raw: str) -> list[tuple[int, int, list[str]]]:
    """Each sentence's character range and lower-case words, cheaply (apostrophes stay
    inside words): enough to compare sentences."""
    low = raw.lower()
    return [(a, b, _WORD.findall(low, a, b)) for a, b in sentence_spans(raw)]


def _sentences(raw: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """Word ranges of the sentences."""
    out: list[tuple[int, int]] = []
    first = 0
    for _a, b in sentence_spans(raw):
        i = bisect_right(starts, b - 1, lo=first)
        if i > first:
            out.append((first, i))
            first = i
    if first < len(starts):
        out.append((first, len(starts)))
    return out


def quotations(raw: str) -> list[tuple[int, int]]:
    """Character ranges of the text inside quotation marks."""
    if not any(q in raw for q in QUOTE_MARKS):
        return []
    out = []
    for m in _DOUBLE.finditer(raw):
        n = next(k for k in range(1, 5) if m.group(k) is not None)
        out.append((m.start(n), m.end(n)))
    out.extend((m.start(1), m.end(1)) for m in _SINGLE.finditer(raw))
    return out


class PhraseIndex:
    """Find the longest listed phrase starting at each word, in one pass."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self._by_first: dict[str, list[Phrase]] = {}
        for p in sorted(set(phrases), key=len, reverse=True):
            if p:
                self._by_first.setdefault(p[0], []).append(p)
        self.firsts = frozenset(self._by_first)
        # Each phrase's words, for a quick test against the plain words of a text; None
        # for a phrase with an apostrophe ("'ve"), which the quick test always lets by.
        self._plain = {
            p: None if any("'" in w for w in p) else frozenset(p)
            for ps in self._by_first.values()
            for p in ps
        }
        self._loose = any("'" in first for first in self.firsts)  # the quick test cannot tell

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def may_be_in(self, words: frozenset[str]) -> bool:
        """Whether a phrase may be in a text with these plain words (plain_words()): a
        quick test before the text is looked at word by word."""
        if self._loose:
            return True
        for first in self.firsts.intersection(words):
            for p in self._by_first[first]:
                plain = self._plain[p]
                if plain is None or plain <= words:
                    return True
        return False

    def match_at(self, tokens: Sequence[str], i: int) -> Phrase | None:
        for p in self._by_first.get(tokens[i], ()):
            if len(p) == 1 or tuple(tokens[i : i + len(p)]) == p:
                return p
        return None

    def find(self, text: Text) -> list[tuple[int, int, Phrase]]:
        """Non-overlapping (start, end, phrase) in `text`, longest first at each place."""
        firsts = self.firsts
        if firsts.isdisjoint(text.token_set):
            return []
        tokens = text.tokens
        out: list[tuple[int, int, Phrase]] = []
        after = 0
        for i in [n for n, t in enumerate(tokens) if t in firsts]:
            if i < after:
                continue
            p = self.match_at(tokens, i)
            if p is not None:
                out.append((i, i + len(p), p))
                after = i + len(p)
        return out

    def any_in(self, text: Text, lo: int, hi: int) -> bool:
        """Whether a phrase starts among words lo..hi-1 of `text`."""
        if self.firsts.isdisjoint(text.token_set):
            return False
        tokens, firsts = text.tokens, self.firsts
        return any(tokens[i] in firsts and self.match_at(tokens, i) for i in range(max(0, lo), hi))


@cache
def index(phrases: tuple[Phrase, ...]) -> PhraseIndex:
    """The PhraseIndex of a wording list, made once (the lists never change)."""
    return PhraseIndex(phrases)


class FineList:
    """Phrases in which a flagged word is fine: "has never" makes "never" fine in
    "he has never missed". A phrase may hold * for any one word."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self._phrases = list(set(phrases))
        self._by_word: dict[str, list[tuple[Phrase, int]]] = {}
        for p in self._phrases:
            for k, w in enumerate(p):
                if w != ANY:
                    self._by_word.setdefault(w, []).append((p, k))

    def covers(self, tokens: Sequence[str], i: int, j: int) -> bool:
        """Whether a phrase lies over the words i..j-1 (holding all of them)."""
        for p, k in self._by_word.get(tokens[i], ()):
            lo = i - k
            if lo < 0 or lo + len(p) < j or lo + len(p) > len(tokens):
                continue
            if all(w == ANY or w == tokens[lo + n] for n, w in enumerate(p)):
                return True
        return False


class Before:
    """Phrases that change the meaning of the word right after them ("called me"
    before "a liar"), leaving out words such as "a" and "the" in between."""

    def __init__(self, phrases: Iterable[Phrase], skip: Iterable[str] = ()) -> None:
        self._set = {p for p in phrases if p}
        self._lengths = sorted({len(p) for p in self._set})
        self._skip = frozenset(skip)

    def before(self, tokens: Sequence[str], i: int) -> bool:
        """Whether one of the phrases ends just before word i."""
        kept = [t for t in tokens[max(0, i - 8) : i] if t not in self._skip]
        return any(tuple(kept[-n:]) in self._set for n in self._lengths if n <= len(kept))

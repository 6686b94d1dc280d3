"""Navigation widgets: the section sidebar, the bar of case views and the save
status line. They display what they are given and post messages up."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from s7prep import engine
from s7prep.engine import Slot
from s7prep.packs.model import AnswerKey, Answers


@dataclass(frozen=True)
class NavEntry:
    """A section, or a section for one child, in the sidebar."""

    title: str
    first: AnswerKey
    keys: frozenset[AnswerKey]
    answered: int
    total: int

    @property
    def mark(self) -> str:
        if self.answered == 0:
            return "○"
        return "●" if self.answered == self.total else "◐"


@dataclass(frozen=True)
class NavGroup:
    """The questions of one sidebar entry, without their counts."""

    title: str
    keys: tuple[AnswerKey, ...]
    keyset: frozenset[AnswerKey]


def nav_groups(slots: Sequence[Slot]) -> list[NavGroup]:
    """Group visible slots by section and child, in the order they are asked."""
    groups: dict[tuple[str, str | None], list[Slot]] = {}
    for slot in slots:
        groups.setdefault((f"{slot.question.pack_id}.{slot.section.id}", slot.key[1]), []).append(slot)
    out = []
    for group in groups.values():
        first = group[0]
        title = first.section.title + (f": {first.child.display}" if first.child else "")
        keys = tuple(s.key for s in group)
        out.append(NavGroup(title, keys, frozenset(keys)))
    return out


def nav_entries(groups: Sequence[NavGroup], answers: Answers) -> list[NavEntry]:
    """The groups with their counts: grouping is kept while the questions shown stay
    the same, and counting alone is quick even for thousands of questions."""
    out = []
    for g in groups:
        answered = sum(1 for k in g.keys if engine.is_answered(answers.get(k)))
        out.append(NavEntry(g.title, g.keys[0], g.keyset, answered, len(g.keys)))
    return out


class SectionNav(OptionList):
    """The sidebar: one line per section (per child where asked per child).

    Answering a question changes one entry's count: only that entry is redrawn
    (a whole redraw of a long sidebar, ten children and big packs, is what
    would make the next question slow)."""

    DEFAULT_CSS = """
    SectionNav { height: 1fr; border: none; padding: 0; }
    SectionNav:focus { border: none; }
    """

    class Jump(Message):
        """The person chose a section: go to its first question."""

        def __init__(self, key: AnswerKey) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.entries: list[NavEntry] = []
        self.current: AnswerKey | None = None
        self._prompts: list[str] = []
        self._width = 0
        self._wrapped: dict[tuple[str, int], str] = {}  # entry text, width: the prompt

    def show(self, entries: list[NavEntry], current: AnswerKey | None) -> None:
        """Redraw with these entries, highlighting the one holding `current`."""
        self.entries = entries
        self._draw()
        self.move_to(current)

    def move_to(self, current: AnswerKey | None) -> None:
        """Highlight the entry holding `current` (the question shown)."""
        self.current = current
        highlighted = next((i for i, e in enumerate(self.entries) if current in e.keys), None)
        if highlighted is not None and highlighted != self.highlighted:
            self.highlighted = highlighted
            self.scroll_to_highlight()

    def _prompt(self, entry: NavEntry, width: int) -> str:
        # Wrapped here, with a hanging indent, to leave room for the scrollbar.
        text = f"{entry.mark} {entry.answered}/{entry.total} {entry.title}"
        if (text, width) not in self._wrapped:
            if len(self._wrapped) > 4096:
                self._wrapped.clear()
            self._wrapped[text, width] = "\n".join(textwrap.wrap(text, width, subsequent_indent="  "))
        return self._wrapped[text, width]

    def _draw(self) -> None:
        width = max(12, (self.size.width or 30) - 3)
        prompts = [self._prompt(e, width) for e in self.entries]
        if prompts == self._prompts and width == self._width:
            return
        old, self._prompts, self._width = self._prompts, prompts, width
        same_shape = len(old) == len(prompts) and all(
            a.count("\n") == b.count("\n") for a, b in zip(old, prompts, strict=True)
        )
        if same_shape:
            changed = [i for i, (a, b) in enumerate(zip(old, prompts, strict=True)) if a != b]
            # Same shape: swap the changed options for new ones. Textual's own
            # replace_option_prompt drops every option's rendering; a new Option is
            # simply not in the cache, so the others keep theirs.
            for i in changed:
                self._swap_option(i, Option(Content(prompts[i])))
            if changed:
                self.refresh()
            return
        self.clear_options()
        self.add_options(Option(Content(p)) for p in prompts)

    def _swap_option(self, index: int, option: Option) -> None:
        # Private to Textual 8 (pyproject pins <9); the test of the sidebar's counts covers it.
        old = self._options[index]
        self._options[index] = option
        del self._option_to_index[old]
        self._option_to_index[option] = index

    def on_resize(self) -> None:
        self._prompts = []
        self._draw()
        self.move_to(self.current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Jump(self.entries[event.option_index].first))


VIEWS = (
    ("cases", "Cases", "f2"),
    ("setup", "Details", "f3"),
    ("questions", "Questions", "f4"),
    ("coverage", "Coverage", "f5"),
    ("statement", "Statement", "f6"),
)


class CaseNav(Horizontal):
    """A bar of the views of a case, with their keys; the current one marked.
    (The case's label is in the header, as the screen's sub-title.)"""

    DEFAULT_CSS = """
    CaseNav { height: 1; background: $panel; }
    CaseNav > Button { margin: 0; padding: 0; min-width: 0; }
    CaseNav > Button.-current { text-style: bold reverse; }
    """

    class Go(Message):
        """Switch to another view of the case (at a question, for the questions)."""

        def __init__(self, view: str, at: AnswerKey | None = None) -> None:
            super().__init__()
            self.view = view
            self.at = at

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        for view, title, key in VIEWS:
            button = Button(Content(f"{key.upper()} {title}"), id=f"go-{view}", compact=True)
            button.can_focus = False  # the F-keys reach them; Tab stays in the content
            if view == self.current:
                button.add_class("-current")
            yield button

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        view = (event.button.id or "").removeprefix("go-")
        if view != self.current:
            self.post_message(self.Go(view))


class SaveStatus(Static):
    """Says whether the last change is saved. 'Saved' only after the store committed."""

    DEFAULT_CSS = """
    SaveStatus { width: 1fr; height: auto; padding: 0 1; color: $text-muted; }
    SaveStatus.-error { color: $text-error; text-style: bold; }
    SaveStatus.-check { color: $text-warning; }
    SaveStatus.-saved { color: $text-success; }
    """

    def set_state(self, state: str, text: str) -> None:
        """state: 'saved', 'error' (not saved), 'check' (needs a fix) or '' (neutral)."""
        for name in ("saved", "error", "check"):
            self.set_class(state == name, f"-{name}")
        self.update(Content(text))

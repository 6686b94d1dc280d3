"""A list of choices, single or multiple, in one widget.

Textual's RadioSet and SelectionList cut long labels short ("Another relative,
such as an aunt, uncle, brothe…") and show chosen and unchosen with the same
mark in different colours. This list wraps long labels under their text and
marks the state in the text itself: (●) ( ) for one choice, [x] [ ] for many.
A choice's help, where the pack gives one, is shown under its label.

Up and Down move a highlight; Enter or Space chooses. Moving never chooses (a
stray key would put an answer in the statement), so the list says so: while it has
the focus its lower border reads "Enter or Space to choose", and the highlighted
choice has a pointer (▸) beside its mark, so that a highlighted choice never looks
chosen, in any theme or without colour. Without the focus no highlight is drawn:
only the marks show what is chosen. A person who moved to a choice and left it
unchosen is told so by the dialog or screen before it moves on (`unchosen_note`).
The highlighted choice is kept in sight even when the list is taller than the
screen (the page scrolls to it).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any, ClassVar

from textual import events
from textual.containers import ScrollableContainer
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

# (value, label) or (value, label, help)
ChoiceItem = tuple[Any, str] | tuple[Any, str, str]


class ChoiceList(OptionList):
    DEFAULT_CSS = """
    ChoiceList { height: auto; max-height: 16; }
    Screen.-short ChoiceList { max-height: 12; }
    ChoiceList > .option-list--option-highlighted { color: $foreground; background: transparent; }
    ChoiceList:focus { border-subtitle-color: $text; border-subtitle-style: bold; }
    """
    HINT = "Enter or Space to choose"
    HINT_MANY = "Enter or Space to tick or untick"
    # Its keys are acted on as they reach this list. Textual looks a widget's bindings
    # up only once a key has passed up to the app, for whatever has the focus by then;
    # Tab is the app's and moves the focus at once, so in a burst of keys (fast
    # typing, a paste, a busy moment) "Down, Enter, Tab" chose in the next list.
    KEYS: ClassVar[dict[str, str]] = {
        "up": "cursor_up",
        "down": "cursor_down",
        "home": "first",
        "end": "last",
        "pageup": "page_up",
        "pagedown": "page_down",
        "enter": "select",
        "space": "select",
    }

    class Changed(Message):
        """The chosen values changed (a list, in the order of the choices)."""

        def __init__(self, choice_list: ChoiceList, chosen: list[Any]) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.chosen = chosen

        @property
        def control(self) -> ChoiceList:
            return self.choice_list

    def __init__(
        self,
        choices: Sequence[ChoiceItem],
        chosen: Sequence[Any] = (),
        *,
        multiple: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(markup=False, id=id)
        self.multiple = multiple
        self.choices: list[tuple[Any, str, str]] = []
        self.chosen: list[Any] = []
        self.browsed = False  # the person moved the highlight since the last choice
        self._pointing = False  # the pointer is drawn (the list has the focus)
        self._pointed: int | None = None  # the choice it was drawn beside
        self._width = 0
        self._set_choices(choices, chosen)

    def _set_choices(self, choices: Sequence[ChoiceItem], chosen: Sequence[Any]) -> None:
        self.choices = [(c[0], c[1], c[2] if len(c) > 2 else "") for c in choices]
        self.chosen = [v for v, _, _ in self.choices if v in list(chosen)]

    @property
    def value(self) -> Any:
        """The chosen value (one choice), or the list of them (multiple)."""
        if self.multiple:
            return list(self.chosen)
        return self.chosen[0] if self.chosen else None

    def clear(self) -> None:
        self._set([])

    def reset(self, choices: Sequence[ChoiceItem], chosen: Sequence[Any]) -> None:
        """Show other choices (the next question), highlighting the first chosen."""
        self._set_choices(choices, chosen)
        self.browsed = False
        self.highlighted = None
        self._draw()
        self._highlight_first_chosen()

    def on_mount(self) -> None:
        self._draw()
        self._highlight_first_chosen()

    def _highlight_first_chosen(self) -> None:
        # Start on what is ticked, so the answer given is what the person sees first.
        first = next((i for i, (v, _, _) in enumerate(self.choices) if v in self.chosen), 0)
        self.highlighted = first if self.choices else None

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self._draw()

    def _mark(self, value: Any) -> str:
        on = value in self.chosen
        if self.multiple:
            return "[x] " if on else "[ ] "
        return "(●) " if on else "( ) "

    def _prompt(self, index: int, width: int) -> Content:
        value, label, help_text = self.choices[index]
        pointer = "▸ " if index == self.highlighted and self._pointing else "  "
        indent = " " * (len(pointer) + 4)
        text = "\n".join(textwrap.wrap(pointer + self._mark(value) + label, width, subsequent_indent=indent))
        if not help_text:
            return Content(text)
        below = "\n".join(textwrap.wrap(help_text, width, initial_indent=indent, subsequent_indent=indent))
        return Content.assemble(text, "\n", (below, "italic"))

    def _text_width(self) -> int:
        return max(10, (self.size.width or 60) - 3)  # room for a scrollbar

    def _draw(self) -> None:
        """Wrap each label under its own text."""
        self._width = self.size.width
        width = self._text_width()
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(Option(self._prompt(i, width)) for i in range(len(self.choices)))
        if highlighted is not None and self.choices:
            self.highlighted = min(highlighted, len(self.choices) - 1)

    def _redraw(self, *indexes: int | None) -> None:
        """Draw these choices again (the pointer moved), leaving the others."""
        width = self._text_width()
        for index in {i for i in indexes if i is not None and 0 <= i < self.option_count}:
            self.replace_option_prompt_at_index(index, self._prompt(index, width))
        self.refresh()

    def on_key(self, event: events.Key) -> None:
        action = self.KEYS.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()
            before = self.highlighted
            getattr(self, f"action_{action}")()
            if self.highlighted != before:  # moving is not choosing (see unchosen_note)
                self.browsed = True

    def unchosen_note(self, name: str, button: str) -> str:
        """One line if the person moved to a choice and left it unchosen, so that
        pressing `button` would keep something other than what they were looking at
        ("" if not). `forget_browsing` lets the next press go on."""
        index = self.highlighted
        if not self.browsed or index is None or index >= len(self.choices):
            return ""
        value, label, _ = self.choices[index]
        if self.multiple:
            if self.chosen:
                return ""  # moving past choices not wanted is how a list of ticks is used
            return (
                f"Nothing is ticked for “{name}”. Press Enter or Space to tick “{label}”, "
                f"or {button} again to leave it empty."
            )
        if value in self.chosen:
            return ""
        if not self.chosen:
            return (
                f"Nothing is chosen for “{name}”. Press Enter or Space to choose “{label}”, "
                f"or {button} again to leave it empty."
            )
        was = next(lab for v, lab, _ in self.choices if v in self.chosen)
        return (
            f"“{name}” is still “{was}”. Press Enter or Space to choose “{label}” instead, "
            f"or {button} again to keep “{was}”."
        )

    def forget_browsing(self) -> None:
        self.browsed = False

    def _set(self, chosen: list[Any]) -> None:
        self.chosen = [v for v, _, _ in self.choices if v in chosen]
        self.browsed = False
        self._draw()
        self.post_message(self.Changed(self, list(self.chosen)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        value = self.choices[event.option_index][0]
        if not self.multiple:
            self._set([value])
        elif value in self.chosen:
            self._set([v for v in self.chosen if v != value])
        else:
            self._set([*self.chosen, value])

    # ------------------------------------------------------------ keeping it in sight

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if self._pointing:
            self._redraw(self._pointed, highlighted)  # the pointer moves
        self._pointed = highlighted
        self.call_after_refresh(self.reveal_highlight)

    def on_focus(self) -> None:
        # (has_focus is set only after this handler.)
        self._pointing = True
        self.border_subtitle = self.HINT_MANY if self.multiple else self.HINT
        self._redraw(self.highlighted)
        self.call_after_refresh(self.reveal_highlight)

    def on_blur(self) -> None:
        self._pointing = False
        self.border_subtitle = ""
        self._redraw(self.highlighted)

    def reveal_highlight(self) -> None:
        """Scroll the page holding this list so that the highlighted choice is on
        screen: OptionList only scrolls itself, and a long list on a short screen is
        taller than the page's view, so the highlight could move out of sight."""
        index = self.highlighted
        page = next((a for a in self.ancestors if isinstance(a, ScrollableContainer)), None)
        if index is None or page is None or not self.has_focus or not self.region:
            return  # only the list in use moves the page
        try:
            line = self._index_to_line[index]  # private to Textual 8 (pinned <9), as scroll_to_highlight
            height = self._heights[index]
        except (KeyError, IndexError):
            return
        top = self.region.y + self.gutter.top + line - round(self.scroll_offset.y)
        # Keep the list's border in sight at the end (at the start, the page's top
        # is shown anyway: a question opens scrolled to the top).
        if index == len(self.choices) - 1:
            height += self.gutter.bottom
        view = page.scrollable_content_region
        if top < view.y:
            page.scroll_relative(y=top - view.y, animate=False, immediate=True)
        elif top + height > view.bottom:
            page.scroll_relative(
                y=min(top - view.y, top + height - view.bottom), animate=False, immediate=True
            )

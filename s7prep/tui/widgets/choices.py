"""A list of choices, single or multiple, in one widget.

Textual's RadioSet and SelectionList cut long labels short ("Another relative,
such as an aunt, uncle, brothe…") and show chosen and unchosen with the same
mark in different colours. This list wraps long labels under their text and
marks the state in the text itself: (●) ( ) for one choice, [x] [ ] for many.
A choice's help, where the pack gives one, is shown under its label.
Up and Down move; Enter or Space chooses. The highlighted choice is kept in
sight even when the list is taller than the screen (the page scrolls to it).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
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
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("space", "select", "Choose", show=False)]

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

    def _prompt(self, value: Any, label: str, help_text: str, width: int) -> Content:
        text = "\n".join(textwrap.wrap(self._mark(value) + label, width, subsequent_indent="    ") or [""])
        if not help_text:
            return Content(text)
        below = "\n".join(textwrap.wrap(help_text, width, initial_indent="    ", subsequent_indent="    "))
        return Content.assemble(text, "\n", (below, "italic"))

    def _draw(self) -> None:
        """Wrap each label under its own text, leaving room for a scrollbar."""
        self._width = self.size.width
        width = max(10, (self.size.width or 60) - 3)
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(Option(self._prompt(v, label, h, width)) for v, label, h in self.choices)
        if highlighted is not None and self.choices:
            self.highlighted = min(highlighted, len(self.choices) - 1)

    def _set(self, chosen: list[Any]) -> None:
        self.chosen = [v for v, _, _ in self.choices if v in chosen]
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
        self.call_after_refresh(self.reveal_highlight)

    def on_focus(self) -> None:
        self.call_after_refresh(self.reveal_highlight)

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

"""A list of choices, single or multiple, in one widget.

Textual's RadioSet and SelectionList cut long labels short ("Another relative,
such as an aunt, uncle, brothe…") and show chosen and unchosen with the same
mark in different colours. This list wraps long labels under their text and
marks the state in the text itself: (●) ( ) for one choice, [x] [ ] for many.
Up and Down move; Enter or Space chooses.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class ChoiceList(OptionList):
    DEFAULT_CSS = """
    ChoiceList { height: auto; max-height: 16; }
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
        choices: Sequence[tuple[Any, str]],
        chosen: Sequence[Any] = (),
        *,
        multiple: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(markup=False, id=id)
        self.choices = list(choices)
        self.multiple = multiple
        self.chosen = [v for v, _ in self.choices if v in list(chosen)]
        self._width = 0

    @property
    def value(self) -> Any:
        """The chosen value (one choice), or the list of them (multiple)."""
        if self.multiple:
            return list(self.chosen)
        return self.chosen[0] if self.chosen else None

    def clear(self) -> None:
        self._set([])

    def on_mount(self) -> None:
        self._draw()
        first = next((i for i, (v, _) in enumerate(self.choices) if v in self.chosen), 0)
        self.highlighted = first if self.choices else None

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self._draw()

    def _mark(self, value: Any) -> str:
        on = value in self.chosen
        if self.multiple:
            return "[x] " if on else "[ ] "
        return "(●) " if on else "( ) "

    def _draw(self) -> None:
        """Wrap each label under its own text, leaving room for a scrollbar."""
        self._width = self.size.width
        width = max(10, (self.size.width or 60) - 3)
        prompts = [
            "\n".join(textwrap.wrap(self._mark(v) + label, width, subsequent_indent="    ") or [""])
            for v, label in self.choices
        ]
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(Option(Content(p)) for p in prompts)
        if highlighted is not None and self.choices:
            self.highlighted = min(highlighted, len(self.choices) - 1)

    def _set(self, chosen: list[Any]) -> None:
        self.chosen = [v for v, _ in self.choices if v in chosen]
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

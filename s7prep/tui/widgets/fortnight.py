"""A fortnight of nights as two rows of seven cells, with presets and counts.

Each night shows a letter (M me, O the other party, X someone else, · not set), so
nothing depends on colour; the cell with the cursor is in [brackets] and reversed.
Arrow keys move; m, o or x sets a night and moves on (said under the grid and
on its border); Space turns a night to the next letter; s swaps the
person and the other party. A click sets the cursor and
turns the night. The counts below change as the nights do.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content, Span
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from s7prep.engine import fortnight
from s7prep.tui.widgets.answer_box import AnswerBox

BLANK = fortnight.UNSET * fortnight.NIGHTS
CUSTOM = "custom"
NOTE_LABEL = "A note, if needed: times, who X is, what the nights cannot show."
LABEL_WIDTH = 7  # "Week 1" and a space: with the cells and a border, 44 wide (the app at 80x24)
CELL_WIDTH = 5
SHOWN = {"m": "M", "o": "O", "x": "X", fortnight.UNSET: "·"}
# Letters carry the meaning; weight only helps the eye find the other homes.
STYLE = {"m": "", "o": "bold", "x": "bold italic", fortnight.UNSET: ""}
# A letter sets the night and moves on: said under the grid and on its border while
# it has the focus, or a person sets a night, presses Right as well, and sets the
# wrong one. (Not in the footer: at 80 columns it would push Quick exit out of sight.)
KEYS_HELP = (
    "Keys: m me, o the other party, x someone else: each sets the night in [ ] and moves on "
    "to the next. Arrows move; Space changes a night in place; s swaps the two of you."
)
GRID_HINT = "m, o, x: set this night and move on"


class FortnightGrid(Widget, can_focus=True):
    """Fourteen nights, Monday of week 1 first. Posts Changed on every edit."""

    DEFAULT_CSS = """
    FortnightGrid {
        width: 44; height: 5; border: tall $border-blurred; background: $surface;
        &:focus { border: tall $accent; border-subtitle-color: $text; border-subtitle-style: bold; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Earlier night", show=False),
        Binding("right", "move(1)", "Later night", show=False),
        Binding("up", "move(-7)", "Week 1", show=False),
        Binding("down", "move(7)", "Week 2", show=False),
        Binding("home", "jump(0)", "First night", show=False),
        Binding("end", "jump(13)", "Last night", show=False),
        Binding("m,M", "set('m')", "Me", show=False),
        Binding("o,O", "set('o')", "Other party", show=False),
        Binding("x,X", "set('x')", "Someone else", show=False),
        Binding("space", "turn", "Change night", show=False),
        Binding("s,S", "swap", "Swap", show=False),
    ]

    nights: reactive[str] = reactive(BLANK)
    cursor: reactive[int] = reactive(0)

    class Changed(Message):
        def __init__(self, grid: FortnightGrid, nights: str) -> None:
            super().__init__()
            self.grid = grid
            self.nights = nights

    def __init__(self, nights: str = BLANK, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_reactive(FortnightGrid.nights, nights)

    def render(self) -> Content:
        head = " " * LABEL_WIDTH + "".join(day[:3].center(CELL_WIDTH) for day in fortnight.DAYS)
        rows = [Content(head.rstrip())]
        for week in range(2):
            text = f"Week {week + 1}".ljust(LABEL_WIDTH)
            spans: list[Span] = []
            for day in range(7):
                i = week * 7 + day
                letter = self.nights[i]
                here = i == self.cursor and self.has_focus
                cell = (f"[{SHOWN[letter]}]" if here else SHOWN[letter]).center(CELL_WIDTH)
                start = len(text) + (1 if here else 2)
                style = "reverse bold" if here else STYLE[letter]
                if style:
                    spans.append(Span(start, start + (3 if here else 1), style))
                text += cell
            rows.append(Content(text.rstrip(), spans))
        return Content("\n").join(rows)

    def _edit(self, nights: str) -> None:
        if nights != self.nights:
            self.nights = nights
            self.post_message(self.Changed(self, nights))

    def action_move(self, step: int) -> None:
        self.cursor = max(0, min(fortnight.NIGHTS - 1, self.cursor + step))

    def action_jump(self, to: int) -> None:
        self.cursor = to

    def action_set(self, letter: str) -> None:
        i = self.cursor
        self._edit(self.nights[:i] + letter + self.nights[i + 1 :])
        self.action_move(1)

    def action_turn(self) -> None:
        i = self.cursor
        letters = fortnight.LETTERS
        now = self.nights[i]
        nxt = letters[(letters.index(now) + 1) % len(letters)] if now in letters else letters[0]
        self._edit(self.nights[:i] + nxt + self.nights[i + 1 :])

    def action_swap(self) -> None:
        self._edit(fortnight.swap(self.nights))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        week, day = offset.y - 1, (offset.x - LABEL_WIDTH) // CELL_WIDTH
        if 0 <= week < 2 and offset.x >= LABEL_WIDTH and 0 <= day < 7:
            self.cursor = week * 7 + day
            self.action_turn()

    def on_focus(self) -> None:
        self.border_subtitle = GRID_HINT
        self.refresh()

    def on_blur(self) -> None:
        self.border_subtitle = ""
        self.refresh()


class FortnightAnswer(AnswerBox):
    """A `fortnight` question: a preset to start from, the grid, the counts, a note."""

    DEFAULT_CSS = """
    FortnightAnswer > Select { width: 44; }
    /* Focus must show without colour: the chosen pattern turns bold and reversed. */
    FortnightAnswer > Select:focus > SelectCurrent #label { text-style: bold reverse; }
    FortnightAnswer > .fortnight-help { color: $text-muted; }
    FortnightAnswer > .fortnight-counts { margin: 1 0 0 0; }
    """

    def to_raw(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return None
        return {"nights": value.get("nights", ""), "note": value.get("note", "")}

    def _start(self) -> tuple[str, str]:
        raw = self.to_raw(self.initial) or {}
        nights = raw.get("nights", "")
        return (nights if len(nights) == fortnight.NIGHTS else BLANK), raw.get("note", "")

    def compose(self) -> ComposeResult:
        nights, note = self._start()
        options = [(Content(p.label), p.name) for p in fortnight.PRESETS]
        options.append((Content("Change night by night"), CUSTOM))
        choice = _choice(nights)
        yield Select(
            options, prompt="Choose a pattern", value=Select.NULL if choice is None else choice, compact=True
        )
        yield FortnightGrid(nights)
        yield Static(Content(KEYS_HELP), classes="fortnight-help")
        yield Static(Content(_counts(nights)), classes="fortnight-counts")
        yield Static(Content(NOTE_LABEL), classes="fortnight-help")
        yield Input(
            value=note,
            max_length=self.question.max_length,
            select_on_focus=False,
        )

    def raw(self) -> Any:
        nights = self.query_one(FortnightGrid).nights
        note = self.query_one(Input).value
        if nights == BLANK and not note.strip():
            return None
        return {"nights": nights, "note": note}

    def clear(self) -> None:
        self._show(BLANK)
        self.query_one(Input).value = ""

    def _show(self, nights: str) -> None:
        """Draw `nights` in the grid, the counts and the preset it matches."""
        self.query_one(FortnightGrid).nights = nights
        self.query_one(".fortnight-counts", Static).update(Content(_counts(nights)))
        select: Select[str] = self.query_one(Select)
        with select.prevent(Select.Changed):
            choice = _choice(nights)
            if choice is None:
                select.clear()
            else:
                select.value = choice

    def _changed(self, at_once: bool) -> None:
        raw = self.raw()
        if raw != self._last:
            self._last = raw
            self.post_message(self.Changed(self, raw, at_once))

    @on(Select.Changed)
    def _preset(self, event: Select.Changed) -> None:
        event.stop()
        grid = self.query_one(FortnightGrid)
        if event.value == CUSTOM:
            if event.select.has_focus_within:
                grid.focus()
            return
        if not isinstance(event.value, str):
            return
        chosen = fortnight.preset(event.value)
        if fortnight.preset_for(grid.nights) == chosen:
            return  # already drawn (either way round): the list only caught up with the grid
        nights = chosen.nights
        # Most nights go where the person had them, or, before any, where they said the
        # children should live (a father asking for every other weekend is not the main home).
        elsewhere = grid.nights == BLANK and self._lives_elsewhere()
        if grid.nights.count("o") > grid.nights.count("m") or elsewhere:
            nights = fortnight.swap(nights)
        self._show(nights)
        self._changed(at_once=True)

    def _lives_elsewhere(self) -> bool:
        # Read from the app's open case (a widget is shown inside one), as a theme is.
        case = getattr(getattr(self.app, "session", None), "case", None)
        return case is not None and fortnight.main_home_is_other(case.answers)

    @on(FortnightGrid.Changed)
    def _grid(self, event: FortnightGrid.Changed) -> None:
        event.stop()
        self._show(event.nights)
        # A whole fortnight is saved at once; one half set waits, as typing does.
        self._changed(at_once=fortnight.UNSET not in event.nights)

    @on(Input.Changed)
    def _note(self, event: Input.Changed) -> None:
        event.stop()
        self._changed(at_once=False)


def _choice(nights: str) -> str | None:
    """What the preset list shows for `nights`: its preset, or night by night."""
    if nights == BLANK:
        return None
    found = fortnight.preset_for(nights)
    return found.name if found else CUSTOM


def _counts(nights: str) -> str:
    unset = nights.count(fortnight.UNSET)
    if unset == fortnight.NIGHTS:
        return "No nights set yet. Choose a pattern above, or set each night."
    if unset:
        return f"{unset} of {fortnight.NIGHTS} nights not set yet. Nothing is saved until all are set."
    return ".\n".join(fortnight.counts_words(nights)) + "."

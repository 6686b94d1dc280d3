"""Lists in plain mode: one answer (select) or any number (checkbox), by typing keys.

Lists are numbered and the numbers are keys, so nothing needs the arrow keys:
a screen-reader user or a volunteer types "2" Enter. The question is printed
above the list, and the list erases itself when done: what stays on screen is
the question and one line saying what was answered, broken between words.

Enter only ever takes what the person chose. In a single-choice list nothing
is chosen (and no pointer is drawn) until a key or an arrow picks an item, or
the question already had an answer; Enter before that returns
Command(NOTHING), never the first item. `?` and `:` open a one-line command
prompt holding that character, so `?` then Enter gives the help here as on any
other prompt, and no Enter is left over to answer the question asked again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import questionary
from prompt_toolkit.application import Application
from prompt_toolkit.filters import to_filter
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from questionary.prompts.common import InquirerControl

from s7prep.plain import fit
from s7prep.plain.commands import NOTHING, Command, Interrupted

# Keys for list items, in order: the same as questionary's select shortcuts.
ITEM_KEYS = tuple(InquirerControl.SHORTCUT_KEYS)
TICKED = "Ticked: "
# Plain ASCII: a screen reader says "greater", not the name of a guillemet.
POINTER = ">"
_LEAD = 3  # questionary draws " > " (or three spaces) before every item
Show = Callable[[str], None]


class Screen:
    """What a list needs from the prompter: questionary's options, a way to print
    a wrapped line, the usable width, and the line to show above the list."""

    def __init__(self, common: dict[str, Any], show: Show, width: int, inline: Callable[[str], str]) -> None:
        self.common = common
        self.show = show
        self.width = width
        self.inline = inline


def select(
    screen: Screen,
    message: str,
    options: Sequence[tuple[str, Any]],
    *,
    default: Any = None,
    instruction: str = "",
    keys: Sequence[str] | None = None,
) -> Any:
    """One of `options` (label, value): its value, or a Command / Interrupted."""
    item_keys = list(keys) if keys else list(ITEM_KEYS[: len(options)])
    shortcuts = len(item_keys) == len(options)
    first = _LEAD + (3 if shortcuts else 0)
    choices = [
        questionary.Choice(
            fit.hanging(label, screen.width, first, first),
            value=i,
            shortcut_key=item_keys[i] if shortcuts else None,
        )
        for i, (label, _value) in enumerate(options)
    ]
    start = next((i for i, (_label, value) in enumerate(options) if value == default), None)
    screen.show(message)
    said = instruction or "(Type a number, then Enter.)"
    head = screen.inline(said)
    question = questionary.select(
        head,
        choices,
        default=choices[start] if start is not None else None,
        use_shortcuts=shortcuts,
        use_arrow_keys=True,
        use_jk_keys=False,
        use_emacs_keys=False,
        instruction=" ",  # the instruction is the prompt line itself; " " keeps questionary's own out
        pointer=POINTER,
        **screen.common,
    )
    ic = _inquirer(question.application)
    state = {"chosen": start is not None}
    ic.pointer = POINTER if state["chosen"] else " "

    def choose(i: int) -> None:
        ic.pointed_at = i % len(options)
        ic.pointer = POINTER
        state["chosen"] = True

    kb = KeyBindings()
    _command_keys(kb, lambda: None)
    if shortcuts:
        for i, key in enumerate(item_keys):
            for k in {key, key.upper()} if keys else {key}:
                kb.add(k, eager=True)(lambda event, i=i: choose(i))
    # The first arrow shows where the pointer is; later ones move it.
    kb.add("down", eager=True)(lambda event: choose(ic.pointed_at + 1 if state["chosen"] else 0))
    kb.add("up", eager=True)(lambda event: choose(ic.pointed_at - 1 if state["chosen"] else -1))

    @kb.add("enter", eager=True)
    def _enter(event: KeyPressEvent) -> None:
        event.app.exit(result=ic.pointed_at if state["chosen"] else Command(NOTHING))

    _add_keys(question.application, kb)
    reply = run(question)
    _finish_sentence(screen, said, head)
    if isinstance(reply, Command | Interrupted):
        return reply
    label = options[int(reply)][0]
    screen.show(f"Answer: {label}")
    return options[int(reply)][1]


def checkbox(
    screen: Screen,
    message: str,
    options: Sequence[tuple[str, Any]],
    *,
    ticked: Sequence[Any] = (),
    instruction: str = "",
    alone: Sequence[Any] = (),
) -> Any:
    """Any number of `options`: the values ticked, or a Command / Interrupted. An
    item's key ticks or unticks it (Space does the same for the item the arrow
    keys reached); Enter finishes. Ticking a value in `alone` ("None of these")
    unticks the rest, and ticking another unticks it."""
    keys = [f"{ITEM_KEYS[i]}) " if i < len(ITEM_KEYS) else "" for i in range(len(options))]

    def title(i: int, on: bool) -> str:
        # The state comes first: a long item wraps, and the state is heard first.
        first = _LEAD + len(keys[i])
        return keys[i] + fit.hanging(f"{TICKED if on else ''}{options[i][0]}", screen.width, first, first)

    start = {i for i, (_label, value) in enumerate(options) if value in ticked}
    choices = [
        questionary.Choice(title(i, i in start), value=i, checked=i in start) for i in range(len(options))
    ]
    screen.show(message)
    said = instruction or "(Type the number of each one that applies, then Enter.)"
    head = screen.inline(said)
    question = questionary.checkbox(
        head,
        choices,
        use_jk_keys=False,
        use_emacs_keys=False,
        instruction=" ",
        pointer=POINTER,
        **screen.common,
    )
    ic = _inquirer(question.application)
    ic.use_indicator = False  # the word "Ticked" says it instead of a symbol
    # The pointer only says where Space ticks: drawn once an arrow key moves it.
    ic.pointer = " "

    def point(step: int) -> None:
        if ic.pointer == POINTER:
            ic.pointed_at = (ic.pointed_at + step) % len(options)
        else:
            ic.pointer, ic.pointed_at = POINTER, (0 if step > 0 else len(options) - 1)

    by_itself = {i for i, (_label, value) in enumerate(options) if value in alone}

    def toggle(i: int) -> None:
        if i in ic.selected_options:
            ic.selected_options.remove(i)
        else:
            # "None of these" and any other tick cannot stand together: the newest wins.
            ic.selected_options[:] = [
                j for j in ic.selected_options if not (i in by_itself or j in by_itself)
            ]
            ic.selected_options.append(i)
        for j, choice in enumerate(ic.choices):
            choice.title = title(j, j in ic.selected_options)

    def ticks() -> list[Any]:
        return [options[i][1] for i in sorted(ic.selected_options)]

    kb = KeyBindings()
    _command_keys(kb, ticks)
    for i in range(min(len(options), len(ITEM_KEYS))):
        kb.add(ITEM_KEYS[i], eager=True)(lambda event, i=i: toggle(i))
    for key in ("a", "i"):  # questionary's "all" and "invert": surprising here
        if key not in ITEM_KEYS[: len(options)]:
            kb.add(key, eager=True)(lambda event: None)
    kb.add(" ", eager=True)(lambda event: toggle(ic.pointed_at) if ic.pointer == POINTER else None)
    kb.add("down", eager=True)(lambda event: point(1))
    kb.add("up", eager=True)(lambda event: point(-1))

    @kb.add("enter", eager=True)
    def _done(event: KeyPressEvent) -> None:
        event.app.exit(result=sorted(ic.selected_options))

    _add_keys(question.application, kb)
    reply = run(question)
    _finish_sentence(screen, said, head)
    if isinstance(reply, Command | Interrupted):
        return reply
    labels = "; ".join(options[i][0] for i in reply) or "none ticked"
    screen.show(f"Answer: {labels}")
    return [options[i][1] for i in reply]


def _finish_sentence(screen: Screen, said: str, head: str) -> None:
    """The list's prompt line leaves the screen with the list. When the instruction
    took more than that line, its start stays printed above: the end is printed again,
    so the sentence is not left stopping halfway ("... Enter alone")."""
    if head.strip() != " ".join(said.split()):
        screen.show(head)


def run(question: questionary.Question) -> Any:
    """Ask; Ctrl+D on an empty line, or a terminal gone away, means stop (answers are kept)."""
    try:
        return question.unsafe_ask()
    except EOFError:
        return Command("quit", "ctrl-d")


def _add_keys(app: Application[Any], kb: KeyBindings) -> None:
    # Ours come last, so they win over questionary's for the same key. The list
    # leaves the screen when done: a line saying the answer is printed instead.
    app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), kb])
    app.erase_when_done = True


def _inquirer(app: Application[Any]) -> InquirerControl:
    """The list in a select or checkbox prompt, set to wrap a word longer than the
    line rather than cut it (items are already broken between words)."""
    for window in app.layout.find_all_windows():
        if isinstance(window.content, InquirerControl):
            window.wrap_lines = to_filter(True)
            return window.content
    raise LookupError("no list in this prompt")  # pragma: no cover - questionary always has one


def _command_keys(kb: KeyBindings, partial: Callable[[], Any]) -> None:
    """`?`, `:` and Ctrl+C in a list: the first two open the command prompt."""

    def command(event: KeyPressEvent) -> None:
        event.app.exit(result=Command(":", event.data, partial()))

    kb.add("?", eager=True)(command)
    kb.add(":", eager=True)(command)

    @kb.add("c-c", eager=True)
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(result=Interrupted(partial()))

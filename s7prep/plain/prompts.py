"""The questionary prompts plain mode is built from, adjusted to read well aloud.

Every prompt returns either what was answered or a `Command` / `Interrupted`,
so the question loop treats `?`, `:back`, `:skip`, `:where`, `:clear`, `:quit`
and Ctrl+C the same way whatever the question's type:
- text prompts: the whole answer being a command is the command;
- lists (select, checkbox): `?` and `:` are keys; `:` opens a one-line command
  prompt that already holds the colon, so typing `:back` Enter works there too.

Lists are numbered and the numbers are keys, so nothing needs the arrow keys:
a screen-reader user or a volunteer types "2" Enter. Colour and questionary's
style are off: nothing is conveyed by colour, and a ticked item says "ticked".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import questionary
from prompt_toolkit import print_formatted_text
from prompt_toolkit.application import Application, get_app_session
from prompt_toolkit.filters import to_filter
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style
from questionary.prompts.common import InquirerControl

from s7prep.packs.model import Question
from s7prep.plain.words import INSTRUCTION

COMMANDS = {
    "?": "help",
    ":help": "help",
    ":back": "back",
    ":skip": "skip",
    ":where": "where",
    ":clear": "clear",
    ":quit": "quit",
}
_COMMANDISH = re.compile(r":[a-z]+")
_PLAIN = "fg:ansidefault bg:ansidefault nobold noitalic nounderline noreverse"
# Every class questionary styles, neutralised: the terminal's own colours only.
STYLE = Style(
    [
        (name, _PLAIN)
        for name in (
            "qmark",
            "question",
            "answer",
            "pointer",
            "highlighted",
            "selected",
            "separator",
            "instruction",
            "text",
            "disabled",
            "search_success",
            "search_none",
        )
    ]
)
# Keys for list items, in order: the same as questionary's select shortcuts.
ITEM_KEYS = tuple(InquirerControl.SHORTCUT_KEYS)
TICKED = "Ticked: "
ANSWER = "Answer:"
# Plain ASCII: a screen reader says "greater", not the name of a guillemet.
POINTER = ">"


@dataclass(frozen=True)
class Command:
    """A typed command. `partial` keeps what was in the prompt (text typed or
    items ticked) so the question can be asked again without losing it."""

    name: str  # help, back, skip, where, clear, quit, or "unknown"
    typed: str = ""
    partial: Any = None


@dataclass(frozen=True)
class Interrupted:
    """Ctrl+C. `partial` is what was in the prompt then (None: nothing to keep)."""

    partial: Any = None


def parse_command(text: str) -> Command | None:
    """The command a whole answer spells, if it is one."""
    t = text.strip().lower()
    if t in COMMANDS:
        return Command(COMMANDS[t], t)
    if _COMMANDISH.fullmatch(t):
        return Command("unknown", t)
    return None


class Prompter:
    """Asks one thing at a time. `input`/`output` default to the current
    prompt_toolkit app session (tests pass a pipe input and DummyOutput)."""

    def __init__(self, input: Input | None = None, output: Output | None = None) -> None:
        self._io: dict[str, Any] = {}
        if input is not None:
            self._io["input"] = input
        if output is not None:
            self._io["output"] = output

    def _common(self) -> dict[str, Any]:
        return {"qmark": "", "style": STYLE, "color_depth": ColorDepth.DEPTH_1_BIT, **self._io}

    def ask(self, q: Question, message: str, current: Any, partial: Any = None) -> Any:
        """The right prompt for the question's type (not `list`: see list_answers.py).
        `partial` (what was typed before a retry) wins over the saved answer."""
        instruction = INSTRUCTION.get(q.type, "")
        if len(q.choices) > 10:  # keys run 1-9, 0, then letters
            instruction = instruction.replace("the number", "the number or letter").replace(
                "a number", "a number or letter"
            )
        if q.type == "choice":
            options = [(c.label, c.value) for c in q.choices]
            return self.select(message, options, default=current, instruction=instruction)
        if q.type == "yes_no":
            return self.select(
                message, [("Yes", True), ("No", False)], default=current, instruction=instruction, keys="yn"
            )
        if q.type == "multi_choice":
            ticked = partial if partial is not None else (current or [])
            options = [(c.label, c.value) for c in q.choices]
            return self.checkbox(message, options, ticked=ticked, instruction=instruction)
        if isinstance(partial, str):
            default = partial
        elif current is None or isinstance(current, bool):
            default = ""
        elif isinstance(current, float) and current.is_integer():
            default = str(int(current))
        else:
            default = str(current)
        return self.text(message, default=default, multiline=q.type == "long_text", instruction=instruction)

    # ------------------------------------------------------------ text

    def text(self, message: str, *, default: str = "", multiline: bool = False, instruction: str = "") -> Any:
        """A line of text, or several lines when `multiline`: then Enter on an
        empty line finishes (as does Esc then Enter)."""
        kb = KeyBindings()

        @kb.add("c-c")
        def _interrupt(event: KeyPressEvent) -> None:
            event.app.exit(result=Interrupted(event.app.current_buffer.text))

        if multiline:

            @kb.add("enter")
            def _enter(event: KeyPressEvent) -> None:
                buf = event.app.current_buffer
                text = buf.text
                finished = text == "" or (buf.document.is_cursor_at_the_end and text.endswith("\n"))
                if parse_command(text) is not None or finished:
                    buf.text = text.rstrip("\n")
                    buf.validate_and_handle()
                else:
                    buf.insert_text("\n")

        options: dict[str, Any] = {"instruction": instruction or None}
        if multiline:
            # The question goes above as a printed line, which the terminal wraps:
            # prompt_toolkit would cut a long prompt there, or indent every new
            # line by its whole width. The answer starts on a line of its own.
            self._print(f" {message} {instruction}".rstrip())
            message, options = ANSWER, {"instruction": "", "prompt_continuation": " " * (len(ANSWER) + 2)}
        question = questionary.text(
            message, default=default, multiline=multiline, key_bindings=kb, **options, **self._common()
        )
        answer = _run(question)
        if isinstance(answer, Interrupted | Command):
            return answer
        text = str(answer if answer is not None else "")
        command = parse_command(text)
        if command is not None:
            return command
        return text

    def _print(self, line: str) -> None:
        output = self._io.get("output") or get_app_session().output
        print_formatted_text(line, output=output)

    def command_line(self, partial: Any) -> Any:
        """After `:` in a list: finish typing the command."""
        reply = self.text("Command:", default=":")
        if isinstance(reply, Interrupted):
            return Interrupted(partial)
        if isinstance(reply, Command):
            return Command(reply.name, reply.typed, partial)
        return Command("unknown", reply.strip(), partial)

    # ------------------------------------------------------------ lists

    def select(
        self,
        message: str,
        options: Sequence[tuple[str, Any]],
        *,
        default: Any = None,
        instruction: str = "",
        keys: Sequence[str] | None = None,
    ) -> Any:
        """One of `options` (label, value). Each item's key moves to it; Enter picks."""
        shortcuts = keys is not None or len(options) <= len(ITEM_KEYS)
        choices = [
            questionary.Choice(label, value=i, shortcut_key=keys[i] if keys else True)
            for i, (label, _value) in enumerate(options)
        ]
        start = next((i for i, (_label, value) in enumerate(options) if value == default), None)
        question = questionary.select(
            message,
            choices,
            default=choices[start] if start is not None else None,
            use_shortcuts=shortcuts,
            use_jk_keys=False,
            use_emacs_keys=False,
            instruction=instruction or None,
            pointer=POINTER,
            **self._common(),
        )
        _inquirer(question.application)
        kb = KeyBindings()
        _command_keys(kb, lambda: None)
        question.application.key_bindings = merge_key_bindings(
            [question.application.key_bindings or KeyBindings(), kb]
        )
        reply = _run(question)
        if isinstance(reply, Command) and reply.name == ":":
            return self.command_line(None)
        if isinstance(reply, Command | Interrupted):
            return reply
        return options[int(reply)][1]

    def checkbox(
        self,
        message: str,
        options: Sequence[tuple[str, Any]],
        *,
        ticked: Sequence[Any] = (),
        instruction: str = "",
    ) -> Any:
        """Any number of `options`. An item's key ticks or unticks it (Space does
        the same for the item the arrow keys reached); Enter finishes."""
        keys = [f"{ITEM_KEYS[i]}) " if i < len(ITEM_KEYS) else "" for i in range(len(options))]

        def title(i: int, on: bool) -> str:
            # The state comes first: a long item wraps, and the state is heard first.
            return f"{keys[i]}{TICKED if on else ''}{options[i][0]}"

        start = {i for i, (_label, value) in enumerate(options) if value in ticked}
        choices = [
            questionary.Choice(title(i, i in start), value=i, checked=i in start) for i in range(len(options))
        ]
        question = questionary.checkbox(
            message,
            choices,
            use_jk_keys=False,
            use_emacs_keys=False,
            instruction=instruction or None,
            pointer=POINTER,
            **self._common(),
        )
        ic = _inquirer(question.application)
        ic.use_indicator = False  # the word "Ticked" says it instead of a symbol

        def toggle(i: int) -> None:
            if i in ic.selected_options:
                ic.selected_options.remove(i)
            else:
                ic.selected_options.append(i)
            ic.choices[i].title = title(i, i in ic.selected_options)

        def ticks() -> list[Any]:
            return [options[i][1] for i in sorted(ic.selected_options)]

        kb = KeyBindings()
        _command_keys(kb, ticks)
        for i in range(min(len(options), len(ITEM_KEYS))):
            kb.add(ITEM_KEYS[i], eager=True)(lambda event, i=i: toggle(i))
        for key in ("a", "i"):  # questionary's "all" and "invert": surprising here
            if key not in ITEM_KEYS[: len(options)]:
                kb.add(key, eager=True)(lambda event: None)
        kb.add(" ", eager=True)(lambda event: toggle(ic.pointed_at))

        @kb.add("enter", eager=True)
        def _done(event: KeyPressEvent) -> None:
            for i, choice in enumerate(ic.choices):
                choice.title = options[i][0]
            ic.is_answered = True
            event.app.exit(result=sorted(ic.selected_options))

        question.application.key_bindings = merge_key_bindings(
            [question.application.key_bindings or KeyBindings(), kb]
        )
        reply = _run(question)
        if isinstance(reply, Command) and reply.name == ":":
            return self.command_line(reply.partial)
        if isinstance(reply, Command | Interrupted):
            return reply
        return [options[i][1] for i in reply]


def _run(question: questionary.Question) -> Any:
    try:
        return question.unsafe_ask()
    except EOFError:  # Ctrl+D on an empty line, or the terminal went away: stop, keeping answers
        return Command("quit", "ctrl-d")


def _inquirer(app: Application[Any]) -> InquirerControl:
    """The list in a select or checkbox prompt, set to wrap long items rather
    than cut them at the edge of the terminal."""
    for window in app.layout.find_all_windows():
        if isinstance(window.content, InquirerControl):
            window.wrap_lines = to_filter(True)
            return window.content
    raise LookupError("no list in this prompt")  # pragma: no cover - questionary always has one


def _command_keys(kb: KeyBindings, partial: Callable[[], Any]) -> None:
    """`?`, `:` and Ctrl+C in a list prompt."""

    @kb.add("?", eager=True)
    def _help(event: KeyPressEvent) -> None:
        event.app.exit(result=Command("help", "?", partial()))

    @kb.add(":", eager=True)
    def _colon(event: KeyPressEvent) -> None:
        event.app.exit(result=Command(":", ":", partial()))

    @kb.add("c-c", eager=True)
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(result=Interrupted(partial()))

"""The questionary prompts plain mode is built from, adjusted to read well aloud.

Every prompt returns either what was answered or a `Command` / `Interrupted`
(see commands.py): text prompts take a command as the whole of what was typed;
lists (choose.py) take `?` and `:` as keys that open a one-line command prompt.

An answer box is always empty when it opens. A question that already has an
answer prints it above the box ("The answer now: ..."): Enter on the empty box
keeps it, and whatever is typed replaces it. Nothing is put in the box for the
person to type after, so a command is never glued to the end of an old answer.

Colour and questionary's style are off: nothing is conveyed by colour, and a
ticked item says "ticked". Every line is broken between words to fit the
terminal (fit.py), whatever prompt_toolkit would otherwise do at the edge.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import questionary
from prompt_toolkit import print_formatted_text
from prompt_toolkit.application import get_app_session
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style

from s7prep import engine
from s7prep.packs.model import Question
from s7prep.plain import choose, fit
from s7prep.plain.commands import Command, Interrupted, parse_command
from s7prep.plain.words import ANSWER, ANSWER_NOW, INSTRUCTION, KEEPS, NEW_ANSWER, answer_text

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
# questionary starts every prompt line with a space (its question mark is off).
INDENT = " "
# Columns left to type a short answer after a one-line prompt.
TYPING_ROOM = 25


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

    def _output(self) -> Output:
        output: Output = self._io.get("output") or get_app_session().output
        return output

    def width(self) -> int:
        return fit.usable(self._output().get_size().columns)

    def show(self, text: str, tail: str = "") -> None:
        """Print `text` (it may hold line breaks) in lines that fit, in line with the
        prompts; `tail`, a short instruction, stays whole at the end."""
        for line in fit.with_tail(text, tail, self.width(), INDENT):
            print_formatted_text(line, output=self._output())

    def _inline(self, text: str, tail: str = "", room: int = 0) -> str:
        """Print all but the last line of `text` and `tail`; the last is the prompt
        line itself (questionary adds a space either side). If that line leaves
        fewer than `room` columns to type in, it is printed too and the prompt is
        "Answer:"."""
        width = self.width()
        lines = fit.with_tail(text, tail, width - 2, INDENT)
        if room and len(lines[-1]) > width - room:
            lines.append(INDENT + ANSWER)
        for line in lines[:-1]:
            print_formatted_text(line, output=self._output())
        return lines[-1][len(INDENT) :]

    def _screen(self) -> choose.Screen:
        return choose.Screen(self._common(), self.show, self.width(), self._inline)

    def ask(self, q: Question, message: str, current: Any, partial: Any = None) -> Any:
        """The right prompt for the question's type (not `list`: see list_answers.py).
        `partial` (items ticked before a command) wins over the saved answer."""
        ticked = partial if partial is not None else (current or [])
        kind = "multi_choice_empty" if q.type == "multi_choice" and not ticked else q.type
        instruction = INSTRUCTION.get(kind, "")
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
            options = [(c.label, c.value) for c in q.choices]
            alone = [c.value for c in q.choices if c.alone]
            return self.checkbox(message, options, ticked=ticked, instruction=instruction, alone=alone)
        keep = answer_text(q, current) if engine.is_answered(current) else None
        reply = self.text(message, multiline=q.type == "long_text", instruction=instruction, keep=keep)
        if keep is not None and isinstance(reply, str) and not reply.strip():
            return current  # Enter on the empty box: the answer stays as it is
        return reply

    # ------------------------------------------------------------ text

    def text(
        self,
        message: str,
        *,
        default: str = "",
        multiline: bool = False,
        instruction: str = "",
        keep: str | None = None,
        inline: bool = False,
    ) -> Any:
        """A line of text, or several lines when `multiline`: then Enter on an
        empty line finishes (as does Esc then Enter). The question is printed
        above and the box is labelled "Answer:", whatever the question; `inline`
        (for "Command:" and "Press Enter ...") types on the message's own line.
        With `keep` (an earlier answer, as words) it is shown above an empty box;
        Enter on the empty box returns "" and the caller keeps it. `default` is
        only for the command prompt, which opens holding the key that opened it.

        The box leaves the screen when done and the answer is printed again in
        its place, broken between words (prompt_toolkit breaks it at the edge)."""
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

        options: dict[str, Any] = {"instruction": ""}  # "", not None: None brings questionary's own
        if inline:
            prompt = self._inline(message, instruction, room=TYPING_ROOM)
        else:
            # The question goes above as printed lines: prompt_toolkit would indent
            # every new line of the answer by the prompt's whole width.
            if keep is not None and KEEPS not in message:
                message = f"{message} {KEEPS}"
            self.show(message, instruction)
            if keep is not None:
                self.show(f"{ANSWER_NOW} {keep}")
            prompt = NEW_ANSWER if keep is not None else ANSWER
            options["prompt_continuation"] = " " * (len(prompt) + 2)
        question = questionary.text(
            prompt, default=default, multiline=multiline, key_bindings=kb, **options, **self._common()
        )
        question.application.erase_when_done = True
        answer = choose.run(question)
        typed = answer.partial if isinstance(answer, Interrupted) else answer
        self.show(f"{prompt} {typed if isinstance(typed, str) else ''}".rstrip())
        if isinstance(answer, Interrupted | Command):
            return answer
        text = str(answer if answer is not None else "")
        command = parse_command(text)
        if command is not None:
            return command
        return text

    def command_line(self, typed: str, partial: Any) -> Any:
        """After `?` or `:` in a list: finish typing the command, then Enter."""
        reply = self.text("Command:", default=typed, inline=True)
        if isinstance(reply, Interrupted):
            return Interrupted(partial)
        if isinstance(reply, Command):
            return Command(reply.name, reply.typed, partial)
        return Command("unknown", reply.strip(), partial)

    def pause(self, message: str) -> None:
        """Wait for Enter (anything typed, or Ctrl+C, also goes on)."""
        self.text(message, inline=True)

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
        """One of `options` (label, value). Each item's key moves to it; Enter picks
        it. Enter before anything is chosen returns Command(NOTHING)."""
        reply = choose.select(
            self._screen(), message, options, default=default, instruction=instruction, keys=keys
        )
        if isinstance(reply, Command) and reply.name == ":":
            return self.command_line(reply.typed, reply.partial)
        return reply

    def checkbox(
        self,
        message: str,
        options: Sequence[tuple[str, Any]],
        *,
        ticked: Sequence[Any] = (),
        instruction: str = "",
        alone: Sequence[Any] = (),
    ) -> Any:
        """Any number of `options`: each item's key ticks or unticks it; Enter finishes.
        A value in `alone` ("None of these") is only ever ticked on its own."""
        reply = choose.checkbox(
            self._screen(), message, options, ticked=ticked, instruction=instruction, alone=alone
        )
        if isinstance(reply, Command) and reply.name == ":":
            return self.command_line(reply.typed, reply.partial)
        return reply

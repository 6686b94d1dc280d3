"""Plain mode's edges: what reaches the terminal, the command without a terminal,
and the export offered at the end."""

from __future__ import annotations

import io
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

from s7prep.cli.common import fitted
from s7prep.packs.model import PackSet
from s7prep.plain.export import where_prompt
from s7prep.plain.prompts import Command, Prompter
from s7prep.statement.export import FileExporter
from s7prep.store.passphrase_rules import NO_RECOVERY
from tests.plain_helpers import ENTER, LABEL, NEW_CASE_ONE_CHILD, drive, open_store


def test_prompts_send_no_colour_and_no_symbols_to_read_out() -> None:
    screen = io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=24, columns=80), term="xterm-256color", enable_cpr=False)
    with create_pipe_input() as pipe:
        pipe.send_text("2" + ENTER + "13" + ENTER + "Sam" + ENTER + "one" + ENTER + "two" + ENTER + ENTER)
        p = Prompter(input=pipe, output=output)
        assert p.select("Who?", [("Mother", "m"), ("Father", "f")]) == "f"
        assert p.checkbox("Which?", [("A", "a"), ("B", "b"), ("C", "c")]) == ["a", "c"]
        assert p.text("Name?") == "Sam"
        assert p.text("Story?", multiline=True, instruction="(Press Enter twice to finish.)") == "one\ntwo"
    drawn = screen.getvalue()
    styles = set(re.findall(r"\x1b\[[0-9;]*m", drawn))
    assert styles <= {"\x1b[0m"}, styles  # only "reset": no colour, no bold, no reverse
    assert "Story? (Press Enter twice to finish.)" in drawn
    # What was ticked is said in words, not questionary's "done (2 selections)".
    assert "Answer: A; C" in drawn
    assert "selections" not in drawn
    # questionary's pointer, tick marks and "?" in front of each question are not drawn:
    # a screen reader would read their names before every question and item.
    for symbol in ("»", "●", "○"):
        assert symbol not in drawn
    assert not re.search(r"(^|[\r\n])\? ", drawn)


def test_typed_commands_are_recognised_only_as_a_whole_answer() -> None:
    with create_pipe_input() as pipe:
        pipe.send_text(":Back" + ENTER + "go :back" + ENTER + "?" + ENTER + ":nope" + ENTER)
        p = Prompter(input=pipe)
        assert p.text("A") == Command("back", ":back")
        assert p.text("B") == "go :back"
        assert p.text("C") == Command("help", "?")
        assert p.text("D") == Command("unknown", ":nope")


def test_ask_without_a_terminal_is_one_line_and_exit_2(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "s7prep", "--home", str(tmp_path), "ask"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1
    assert "ask needs a terminal" in out.stderr
    assert not (tmp_path / "store.db").exists()  # nothing asked, nothing made


def test_export_at_the_end_and_replace_is_asked(tmp_path: Path, sample_packset: PackSet) -> None:
    store = open_store(tmp_path / "home")
    folder = tmp_path / "out"
    folder.mkdir()
    exporter = FileExporter(folder)
    answers = ["3" + ENTER, "7" + ENTER, "Stay near school" + ENTER + ENTER, "1" + ENTER]
    first = drive(
        store,
        sample_packset,
        [*NEW_CASE_ONE_CHILD, *answers, "1" + ENTER, "1" + ENTER, ENTER],
        essentials=True,
        exporter=exporter,
    )

    [written] = list(folder.iterdir())
    assert written.suffix == ".html"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "Stay near school" in written.read_text(encoding="utf-8")
    assert first.outcome.code == 0
    assert first.outcome.last[0] == f"Statement saved to {written}"
    assert "not encrypted" in first.outcome.last[1]
    assert first.asked[-1] == where_prompt(written)

    # Every question answered: go straight to the export; the same name is refused
    # unless the person says to replace it, then another name is used.
    other = tmp_path / "mine.html"
    keys = ["2" + ENTER, "1" + ENTER, "1" + ENTER, str(folder) + ENTER, "n" + ENTER]
    keys.append(f"{tmp_path / 'mine.txt'}" + ENTER)
    second = drive(
        store, sample_packset, [*keys, str(other) + ENTER], essentials=True, label=LABEL, exporter=exporter
    )
    assert second.asked[:5] == [
        "Every question here has an answer. What next?",
        "Export the statement now?",
        "Which document?",
        # A second statement of the day is offered a name of its own.
        where_prompt(written.with_stem(written.stem + "-2")),
        "A file with that name is already there. Replace it?",
    ]
    assert "Not exported: the file name must end in .html for --format html." in second.said
    assert second.outcome.last[0] == f"Statement saved to {other}"
    assert written.read_text(encoding="utf-8") == other.read_text(encoding="utf-8")


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ask_clears_the_screen_however_the_run_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A volunteer's next caller must not find this caller's answers on the screen,
    even when the run ended with an error or Ctrl+C; the last message comes after."""
    from s7prep.cli import ask as cli_ask
    from s7prep.cli.main import main
    from s7prep.plain import session as plain_session
    from s7prep.store.errors import StoreBusy

    closed: list[bool] = []

    class FakeStore:
        def close(self) -> None:
            closed.append(True)

    monkeypatch.setattr(cli_ask, "_open", lambda args: FakeStore())
    monkeypatch.setattr(sys, "stdin", _Tty())
    monkeypatch.setenv("TERM", "xterm")
    for error, code, last in [
        (RuntimeError("a bug"), 1, "unexpected error (RuntimeError)"),
        (StoreBusy(), 1, "in use by another copy"),
        (KeyboardInterrupt(), 130, "Stopped. Every answer shown as saved is kept."),
    ]:

        def fail(*args: object, error: BaseException = error, **kw: object) -> None:
            print("Saved. CALLER-ANSWER-MARK")
            raise error

        monkeypatch.setattr(plain_session, "run", fail)
        screen = _Tty()
        monkeypatch.setattr(sys, "stdout", screen)
        assert main(["--home", str(tmp_path), "ask"]) == code
        text = screen.getvalue() + capsys.readouterr().err
        cleared = text.rfind(cli_ask.CLEAR)
        assert text.find("CALLER-ANSWER-MARK") < cleared < text.find(last), (error, text)
    assert closed == [True, True, True]


def test_printed_text_wraps_at_words_not_mid_word(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from s7prep.cli import ask as cli_ask

    monkeypatch.setattr(cli_ask.shutil, "get_terminal_size", lambda: os.terminal_size((50, 24)))
    text = "These first questions say who you are to the children, even if there is only one child."
    cli_ask._say(text + "\nSecond paragraph.")
    out = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 49 for line in out)
    assert " ".join(out[:-1]) == text and out[-1] == "Second paragraph."


def test_last_lines_after_the_clear_wrap_at_words_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from s7prep.cli import ask as cli_ask
    from s7prep.cli.main import main
    from s7prep.plain import session as plain_session

    class FakeStore:
        def close(self) -> None:
            pass

    last = "Advice-line volunteers: at the end of the call, delete the case with: s7prep case delete call-1"
    monkeypatch.setattr(cli_ask, "_open", lambda args: FakeStore())
    monkeypatch.setattr(plain_session, "run", lambda *a, **kw: plain_session.Outcome(0, [last]))
    monkeypatch.setattr(cli_ask.shutil, "get_terminal_size", lambda: os.terminal_size((80, 24)))
    monkeypatch.setattr(sys, "stdin", _Tty())
    monkeypatch.setattr(sys, "stdout", screen := _Tty())
    assert main(["--home", str(tmp_path), "ask"]) == 0
    shown = screen.getvalue().split(cli_ask.CLEAR)[-1].splitlines()
    assert all(len(line) < 80 for line in shown)
    assert " ".join(shown) == last


def test_first_run_warning_is_broken_between_words_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # At 80 columns the terminal broke "w|ords" and "i|n" in the no-recovery warning.
    monkeypatch.setattr("shutil.get_terminal_size", lambda *a, **k: os.terminal_size((80, 24)))
    shown = fitted(NO_RECOVERY, _Tty())
    assert all(len(line) < 80 for line in shown.splitlines())
    assert shown.split() == NO_RECOVERY.split()
    assert fitted(NO_RECOVERY, io.StringIO()) == NO_RECOVERY  # a file gets it whole
    # check's findings: each line under its heading, indented, broken between words.
    finding = fitted(NO_RECOVERY, _Tty(), "  ")
    assert all(line.startswith("  ") and len(line) < 80 for line in finding.splitlines())
    assert finding.split() == NO_RECOVERY.split()
    assert fitted("one line", io.StringIO(), "  ") == "  one line"


def test_a_wrapped_list_instruction_is_left_whole_on_screen() -> None:
    # A volunteer's screen kept "(Type the number ... Enter alone" and lost "skips it.)"
    # with the list (its prompt line leaves the screen): the end is printed again.
    long = (
        "(Type the number or letter of each one that applies, then Enter. Enter alone skips it "
        "and you can come back.)"
    )
    shown: list[str] = []
    with create_pipe_input() as pipe:
        pipe.send_text("1" + ENTER + "2" + ENTER)
        p = Prompter(input=pipe, output=DummyOutput())
        printed = p.show
        p.show = lambda text, *a: (shown.append(text), printed(text, *a))[1]  # type: ignore[method-assign]
        assert p.checkbox("Which?", [("A", "a"), ("B", "b")], instruction=long) == ["a"]
        assert p.select("Who?", [("A", "a"), ("B", "b")], instruction=long) == "b"
    ends = [i for i, text in enumerate(shown) if text.endswith("come back.)")]
    answers = [i for i, text in enumerate(shown) if text.startswith("Answer:")]
    assert len(ends) == 2 and ends[0] < answers[0] < ends[1] < answers[1], shown
    # An instruction on one line leaves with the list, as before.
    shown.clear()
    with create_pipe_input() as pipe:
        pipe.send_text("1" + ENTER)
        p = Prompter(input=pipe, output=DummyOutput())
        p.show = lambda text, *a: (shown.append(text), printed(text, *a))[1]  # type: ignore[method-assign]
        p.checkbox("Which?", [("A", "a")], instruction="(Short.)")
    assert not any("(Short.)" in text for text in shown)


@pytest.mark.parametrize(
    ("argv", "label"),
    [
        (["ask", "call-1"], "call-1"),  # as export and check take it
        (["ask", "--case", "call-1"], "call-1"),
        (["ask", "Call-1", "--case", "call-1", "--essentials"], "Call-1"),  # the same case twice
        (["ask"], None),  # choose, or start a new one
    ],
)
def test_ask_takes_the_case_as_a_word_or_with_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], label: str | None
) -> None:
    from s7prep.cli import ask as cli_ask
    from s7prep.cli.main import main
    from s7prep.plain import session as plain_session

    class FakeStore:
        def close(self) -> None:
            pass

    asked: list[object] = []

    def run(*args: object, **kw: object) -> plain_session.Outcome:
        asked.append(kw["label"])
        return plain_session.Outcome(0, [])

    monkeypatch.setattr(cli_ask, "_open", lambda args: FakeStore())
    monkeypatch.setattr(plain_session, "run", run)
    monkeypatch.setattr(sys, "stdin", _Tty())
    monkeypatch.setattr(sys, "stdout", _Tty())
    assert main(["--home", str(tmp_path), *argv]) == 0
    assert asked == [label]


def test_two_different_cases_for_ask_are_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from s7prep.cli import ask as cli_ask
    from s7prep.cli.main import main

    monkeypatch.setattr(cli_ask, "_open", lambda args: pytest.fail("opened a store"))
    assert main(["--home", str(tmp_path), "ask", "call-1", "--case", "call-2"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "s7prep: two cases given (call-1 and --case call-2): give one"

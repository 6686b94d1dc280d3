"""The Textual app: screens are created here and given the Session (attributes
down); they ask for changes of view with messages (up).

Safety lives here because it must work on every screen: quick exit (F12, or Esc
three times in two seconds) is caught before any widget sees the key; Ctrl+L and
the idle timer lock; a crash prints one line and never a traceback (Textual's
default shows local variables, which would include answer text); the system
clipboard is left alone unless asked for.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from s7prep.store.errors import StoreError
from s7prep.tui.look import HIGH_CONTRAST, breakpoint
from s7prep.tui.screens.unlock import UnlockScreen
from s7prep.tui.session import Session

if TYPE_CHECKING:  # the other screens are imported when first shown, to start faster
    from s7prep.packs.model import AnswerKey, PackSet
    from s7prep.tui.screens.cases import CasesScreen
    from s7prep.tui.widgets.nav import CaseNav

CRASH_MESSAGE = (
    "s7prep stopped because of an unexpected error. Everything shown as Saved is kept. "
    "No details are printed, to keep your answers private."
)
ESCAPES_TO_EXIT = 3
ESCAPE_WINDOW = 2.0  # seconds
DEFAULT_LOCK_AFTER = 600.0  # seconds
GC_RESUME_AFTER = 0.5  # seconds the first screen is up before the collector runs again


class S7App(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "s7prep"
    SUB_TITLE = "prepare for your Cafcass interview"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 - Textual's declaration
    # A screen under 30 rows (80x24) gets compact dialogs that fit without scrolling (app.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012 - Textual's declaration
    # Set by `s7prep` itself, whose process is the app's alone (not in tests): see unlocked.
    freeze_gc = False
    BINDINGS: ClassVar[list[BindingType]] = [
        # Tab moves the focus before the next key is handed out. As a widget's own
        # binding it only moved once that widget got to it, so keys typed right after
        # Tab (fast typing, a paste, a busy moment) went to the field being left.
        Binding("tab", "focus_next", show=False, priority=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True),
        Binding("f1", "help", "Help", priority=True),
        Binding("ctrl+l", "lock", "Lock", priority=True),
        Binding("f12", "quick_exit", "Quick exit", priority=True),
    ]

    def __init__(
        self,
        session: Session,
        passphrase: str | None = None,
        *,
        lock_after: float | None = DEFAULT_LOCK_AFTER,
        high_contrast: bool = False,
        allow_clipboard: bool = False,
        note: str = "",
    ) -> None:
        super().__init__()
        self.session = session
        self._passphrase = passphrase
        self.lock_after = lock_after
        self.allow_clipboard = allow_clipboard
        self.note = note
        self._escapes: list[float] = []
        self._last_input = time.monotonic()
        # Where a lock found the person (case label, view, question), to go back there
        # after the unlock. Labels are stored unencrypted anyway; no answer is kept.
        self._resume: tuple[str, str, AnswerKey | None] | None = None
        self.register_theme(HIGH_CONTRAST)
        if high_contrast:
            self.theme = HIGH_CONTRAST.name

    # ------------------------------------------------------------ start

    def get_default_screen(self) -> Screen[Any]:
        # The classes of the size (-narrow, -short...) from the start: Textual adds them
        # on the first resize, which then styled the whole screen a second time.
        width, height = self.size
        sized = breakpoint(width, self.HORIZONTAL_BREAKPOINTS) + breakpoint(height, self.VERTICAL_BREAKPOINTS)
        return UnlockScreen(self.session, self.note, classes=" ".join(sized))

    def on_mount(self) -> None:
        # A kill or a closed terminal gets the quick exit: what is valid is saved and
        # the terminal is put back, rather than left showing the last screen.
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(getattr(signal, name), self.action_quick_exit)
        if self.lock_after:
            self.set_interval(min(5.0, self.lock_after / 4), self._check_idle, name="idle lock")
        if not gc.isenabled():
            self.set_timer(GC_RESUME_AFTER, self._resume_gc_after_start, name="resume gc")
        passphrase, self._passphrase = self._passphrase, None
        if passphrase is not None:
            self.screen.post_message(UnlockScreen.Auto(passphrase))

    def _resume_gc_after_start(self) -> None:
        if not gc.isenabled():  # an unlock may have come first (and a case be open now)
            self.resume_gc()

    def resume_gc(self) -> None:
        """Collect what is garbage, move what is alive out of later collections' sight
        and turn the collector on (`s7prep` starts with it off: see cli/app.py build_app)."""
        gc.collect()
        gc.freeze()
        gc.enable()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Lock" is offered only when there is something unlocked to lock.
        if action == "lock":
            return self.session.unlocked and len(self.screen_stack) > 1
        return True

    def on_unlock_screen_unlocked(self, event: UnlockScreen.Unlocked) -> None:
        from s7prep.tui.screens.cases import CasesScreen

        if self.freeze_gc:
            # What is alive now lives on (the packs, the store, the app): out of the garbage
            # collector's sight, its full collections, every few answers, no longer walk it
            # (pauses of up to 60 ms with big packs). No case is open, and what a lock left
            # behind is collected first, so nothing decrypted is kept from collection.
            self.resume_gc()
        self._last_input = time.monotonic()
        self.push_screen(CasesScreen(self.session))
        self._go_back_to_where_locked()
        lost, self.session.not_kept = self.session.not_kept, []
        if lost:
            # Shown only now, not on the lock screen: even a question's name says something.
            names = "; ".join(f"“{name}”" for name in lost)
            self.notify(
                f"Typing in {names} was not kept when s7prep locked: it needed a fix before it "
                "could be saved. Please type it again.",
                title="Not kept",
                severity="warning",
                timeout=30,
                markup=False,
            )

    def _where_now(self) -> tuple[str, str, AnswerKey | None] | None:
        from s7prep.tui.screens.base import CaseScreen

        views = [s for s in self.screen_stack if isinstance(s, CaseScreen)]  # under any dialog
        if self.session.case is None or not views:
            return None
        return self.session.label, views[-1].VIEW, views[-1].place()

    def _go_back_to_where_locked(self) -> None:
        resume, self._resume = self._resume, None
        if resume is None:
            return
        label, view, at = resume
        try:
            self.session.open_case(label)
        except StoreError:
            return  # deleted or renamed meanwhile (by another copy): the list it is
        self.push_screen(self.make_view(view, at))

    # ------------------------------------------------------------ safety

    async def on_event(self, event: events.Event) -> None:
        # Seen before any widget, modal or binding: nothing can swallow these keys.
        if isinstance(event, events.InputEvent) and not event.is_forwarded:
            self._last_input = time.monotonic()
            if isinstance(event, events.Key):
                if event.key == "f12":
                    self.action_quick_exit()
                    return
                if event.key == "escape":
                    now = time.monotonic()
                    self._escapes = [t for t in self._escapes if now - t < ESCAPE_WINDOW] + [now]
                    if len(self._escapes) >= ESCAPES_TO_EXIT:
                        self.action_quick_exit()
                        return
        await super().on_event(event)

    def action_quick_exit(self) -> None:
        """Close at once. What can be saved is saved first (a fast write); typing that
        does not pass the checks is dropped, never written unchecked."""
        with contextlib.suppress(Exception):  # leaving now matters more than the last keystrokes
            self.session.store.hurry()
            self._save_before_closing()
        self.exit(0)

    async def action_quit(self) -> None:
        """Ctrl+Q: Textual's quit would drop typing still in its autosave pause and
        an entry open in a dialog; keep them as a quick exit does, then close."""
        self._save_before_closing()
        self.exit(0)

    def _save_before_closing(self) -> list[str]:
        """Keep what open dialogs and answer boxes hold, if valid; returns the
        questions whose typing could not be kept."""
        for screen in reversed(self.screen_stack):  # a dialog first: it may fill a list answer
            keep = getattr(screen, "keep_before_closing", None)
            if keep is not None:
                keep()
        return self.session.save_before_closing()

    async def action_lock(self, reason: str = "Locked. Enter your passphrase to carry on.") -> None:
        if not self.session.unlocked or len(self.screen_stack) <= 1:
            return
        self._resume = self._where_now()
        try:
            self.session.not_kept = self._save_before_closing()
        finally:
            self.session.lock()
            self._clipboard = ""  # private in Textual 8 (pinned <9): App.clipboard has no setter
            self.clear_notifications()
            while len(self.screen_stack) > 1:
                await self.pop_screen()
            screen = self.screen
            if isinstance(screen, UnlockScreen):
                await screen.reset(reason)
            self.refresh_bindings()

    def _check_idle(self) -> None:
        if not self.lock_after or not self.session.unlocked or len(self.screen_stack) <= 1:
            return  # nothing to lock
        if time.monotonic() - self._last_input >= self.lock_after:
            # One lock per idle spell: a second, exclusive worker would cancel the first mid-lock.
            self._last_input = time.monotonic()
            minutes = self.lock_after / 60
            when = f"{minutes:g} minute{'s' if minutes != 1 else ''}" if minutes >= 1 else "a short while"
            self.run_worker(self.action_lock(f"Locked after {when} without use."), exclusive=True)

    def copy_to_clipboard(self, text: str) -> None:
        # Copy and paste work inside the app; the system clipboard (which other
        # programs and people can read) is used only when asked for.
        if self.allow_clipboard:
            super().copy_to_clipboard(text)
        else:
            self._clipboard = text  # private in Textual 8 (pinned <9), as in App.copy_to_clipboard

    def _handle_exception(self, error: Exception) -> None:
        # Replaces Textual's handler, whose traceback shows local variables. Every
        # attribute below is private to Textual 8 (pyproject pins <9): this mirrors its
        # App._handle_exception without the traceback; test_tui_safety checks both.
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._exit_renderables.clear()
        self._exit_renderables.append(Text(CRASH_MESSAGE))
        self._close_messages_no_wait()

    # ------------------------------------------------------------ views

    def action_help(self) -> None:
        from s7prep.tui.screens.base import CaseScreen
        from s7prep.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
        else:
            shown = self.screen.shown_question() if isinstance(self.screen, CaseScreen) else None
            self.push_screen(HelpScreen(shown))

    def on_case_nav_go(self, event: CaseNav.Go) -> None:
        self.show_view(event.view, event.at)

    def on_cases_screen_opened(self, event: CasesScreen.Opened) -> None:
        # A case with nothing in it yet starts with its details.
        case = self.session.case
        first = "setup" if case is not None and not case.children and not case.answers else "questions"
        self.push_screen(self.make_view(first))

    def make_view(self, view: str, at: AnswerKey | None = None) -> Screen[Any]:
        from s7prep.tui.screens.coverage import CoverageScreen
        from s7prep.tui.screens.questions import QuestionsScreen
        from s7prep.tui.screens.setup import SetupScreen
        from s7prep.tui.screens.statement import StatementScreen

        if view == "setup":
            return SetupScreen(self.session)
        if view == "coverage":
            return CoverageScreen(self.session)
        if view == "statement":
            return StatementScreen(self.session)
        return QuestionsScreen(self.session, at=at)

    def show_view(self, view: str, at: AnswerKey | None = None) -> None:
        """Go to a view of the open case, or back to the cases list."""
        from s7prep.tui.screens.cases import CasesScreen

        if self.session.case is None:
            return
        self.session.flush()
        if view == "cases":
            self.session.close_case()
            while len(self.screen_stack) > 1 and not isinstance(self.screen, CasesScreen):
                self.pop_screen()
            refresh = getattr(self.screen, "refresh_cases", None)
            if refresh is not None:
                refresh()
            return
        self.switch_screen(self.make_view(view, at))

    # ------------------------------------------------------------ palette

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # No "Screenshot" command: it would write the screen, answers and all, to a file.
        yield SystemCommand(
            "Quick exit", "Close s7prep at once (also F12, or Esc three times)", self.action_quick_exit
        )
        if self.session.unlocked and len(self.screen_stack) > 1:
            yield SystemCommand("Lock", "Lock now: back to the passphrase (also Ctrl+L)", self.action_lock)
        yield SystemCommand(
            "Help", "Keys, and what quick exit and lock do and do not hide (F1)", self.action_help
        )
        high = self.theme == HIGH_CONTRAST.name
        yield SystemCommand(
            "High contrast " + ("off" if high else "on"),
            "Switch to " + ("the usual colours" if high else "white and yellow on black"),
            self.toggle_contrast,
        )
        yield SystemCommand("Theme", "Choose the colours", self.action_change_theme)
        if self.session.case is not None:
            for view, title, help_text in (
                ("cases", "Cases", "Back to the list of cases (F2)"),
                ("setup", "Case details", "Your role, the other party, the children (F3)"),
                ("questions", "Questions", "Answer the questions (F4)"),
                ("coverage", "Coverage", "Which parts of the welfare checklist are answered (F5)"),
                ("statement", "Statement", "Preview and export the statement (F6)"),
            ):
                yield SystemCommand(title, help_text, self._go(view))
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            yield from commands()

    def _go(self, view: str) -> Callable[[], None]:
        return lambda: self.show_view(view)

    def toggle_contrast(self) -> None:
        self.theme = "textual-dark" if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name


def make_app(
    home: Path,
    passphrase: str | None = None,
    *,
    packset: PackSet | None = None,
    opener: Callable[[Path], Any] | None = None,
    lock_after: float | None = DEFAULT_LOCK_AFTER,
    high_contrast: bool = False,
    allow_clipboard: bool = False,
    note: str = "",
    export_folder: Path | None = None,
) -> S7App:
    """Build the app on the store in `home`.

    With a passphrase, it unlocks (or creates the vault) at start instead of asking.
    `packset` defaults to the shipped packs (loaded while unlocking); `opener`
    opens the store (tests pass one with a fast KDF).
    """
    session = Session(home, packset, opener)
    if export_folder is not None:
        session.export_folder = export_folder
    return S7App(
        session,
        passphrase,
        lock_after=lock_after,
        high_contrast=high_contrast,
        allow_clipboard=allow_clipboard,
        note=note,
    )

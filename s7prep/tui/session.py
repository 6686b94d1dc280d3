"""Everything the app asks of the store, in one place.

Screens receive a Session and never touch the store directly. The Session holds
the one decrypted case that is open, answers typed but not yet saved, and the
rules for when something counts as saved: only after the store returned.
No Textual here, so it is easy to test and to reason about.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s7prep.store.errors import CorruptStore, NotSaved, StoreError
from s7prep.tui.session_values import DAMAGED, NOTHING, CaseRow, Outcome, short_date

# The engine is imported where used (`from s7prep import engine`), not here: the
# passphrase screen needs a Session, and the engine and packs can wait for the unlock.
if TYPE_CHECKING:
    from s7prep.engine import Slot
    from s7prep.packs.model import AnswerKey, Case, Child, PackSet
    from s7prep.statement.checker import Report
    from s7prep.statement.documents import Documents
    from s7prep.statement.interview_day import InterviewDay


class Session:
    """The open store, the open case and pending edits."""

    def __init__(
        self, home: Path, packset: PackSet | None = None, opener: Callable[[Path], Any] | None = None
    ) -> None:
        from s7prep.store.store import Store

        self.home = home
        self._packset = packset
        self.pack_problems = 0  # packs that failed to load (the shipped ones are loaded lazily)
        self.store = (opener or Store.open)(home)
        self.case: Case | None = None
        self.pending: dict[AnswerKey, Any] = {}
        self._order: tuple[tuple[Child, ...], PackSet, list[Slot]] | None = None
        # The questions shown, by essentials: (the order they were picked from, the slots).
        # Kept until an answer that can show or hide questions is saved (engine.steering).
        self._visible: dict[bool, tuple[list[Slot], list[Slot]]] = {}
        self._steering: tuple[PackSet, frozenset[str]] | None = None
        self.today: Callable[[], date] = date.today  # fixed by tests
        self.export_folder = Path.cwd()  # where the export dialog starts
        self.export_document: str | None = None  # exported last: the next export starts on it
        self.export_format = "html"  # the same
        # Questions whose typing was dropped by the last lock because it could not
        # be saved. Only the question's short label (pack text), never what was typed.
        self.not_kept: list[str] = []

    @property
    def packset(self) -> PackSet:
        # The shipped packs load on first use (during the unlock), not at start-up.
        if self._packset is None:
            from s7prep.packs import loader

            loaded = loader.shipped()
            self.pack_problems = len(loaded.errors)
            self._packset = loaded.packset
        return self._packset

    # ------------------------------------------------------------ the vault

    @property
    def is_initialised(self) -> bool:
        return bool(self.store.is_initialised)

    @property
    def unlocked(self) -> bool:
        return bool(self.store.is_unlocked)

    def open_vault(self, passphrase: str) -> None:
        """Unlock, or on first run create the vault (which leaves it unlocked).
        Raises WrongPassphrase or another StoreError; str() of it is for the person."""
        if self.store.is_initialised:
            self.store.unlock(passphrase)
        else:
            self.store.create_vault(passphrase)
        if self.store.list_cases():
            # The cases list shows progress, which needs the packs: load them now, in
            # the unlock's thread. With no case yet they wait until one is opened.
            self.packset  # noqa: B018

    def lock(self) -> None:
        """Drop every decrypted thing we hold, then lock the store."""
        self.case = None
        self._order = None  # it holds the children's names
        self._visible.clear()  # and so does this
        self.pending.clear()
        self.store.lock()

    def close(self) -> None:
        """Lock and close the store (the app is finishing)."""
        self.case = None
        self._order = None
        self._visible.clear()
        self.pending.clear()
        self.store.close()

    # ------------------------------------------------------------ cases

    def cases(self) -> list[CaseRow]:
        rows = []
        for summary in self.store.list_cases():
            rows.append(
                CaseRow(
                    summary.label,
                    summary.children,
                    DAMAGED if summary.damaged else self._progress_of(summary.label),
                    short_date(summary.updated),
                )
            )
        return rows

    def _progress_of(self, label: str) -> str:
        # The store counts stored answers; progress is against the questions shown now.
        try:
            case = self.store.load_case(label)
        except CorruptStore:  # listed all the same, so it can be seen and deleted
            return DAMAGED
        from s7prep import engine

        slots = engine.visible(self.packset, case.children, case.answers)
        total = engine.progress(slots, case.answers).total
        return f"{total.answered} of {total.visible}"

    def new_case(self, label: str) -> str:
        """Returns the label as stored."""
        return str(self.store.create_case(label))

    def rename_case(self, old: str, new: str) -> str:
        new = str(self.store.rename_case(old, new))
        if self.case is not None and self.case.label == old:
            self.case.label = new
        return new

    def delete_case(self, label: str) -> None:
        if self.case is not None and self.case.label == label:
            self.close_case()
        self.store.delete_case(label)

    def what_delete_loses(self, label: str) -> str:
        """Names what deleting a case destroys, for the confirmation."""
        try:
            case = self.store.load_case(label)
        except CorruptStore:
            return (
                f"Case “{label}” is damaged and cannot be read: what is left of it will be "
                "destroyed. This cannot be undone."
            )
        from s7prep import engine

        answered = sum(1 for v in case.answers.values() if engine.is_answered(v))
        kids = len(case.children)
        return (
            # Quoted as typed: repr() would show a backslash twice and some spaces as codes.
            f"Case “{label}” and everything in it will be destroyed: "
            f"{answered} answer{'s' if answered != 1 else ''} and the details of "
            f"{kids} child{'ren' if kids != 1 else ''}. This cannot be undone. "
            "Statements you exported before stay where you saved them."
        )

    def open_case(self, label: str) -> Case:
        self.pending.clear()
        self._visible.clear()
        self.case = self.store.load_case(label)
        return self.case

    def close_case(self) -> None:
        self.flush()
        self.case = None
        self._order = None
        self._visible.clear()

    @property
    def label(self) -> str:
        return self.case.label if self.case else ""

    # ------------------------------------------------------------ questions

    def order(self) -> list[Slot]:
        """Every question in order, for the open case's children. Kept while the
        children stay the same: with many children and big packs it is long."""
        assert self.case is not None
        children = tuple(self.case.children)
        if self._order is None or self._order[0] != children or self._order[1] is not self.packset:
            from s7prep import engine

            self._order = (children, self.packset, engine.all_slots(self.packset, children))
        return self._order[2]

    def slots(self, essentials: bool = False) -> list[Slot]:
        """The questions shown now, in order (the same list until they change: do not
        change it). Worked out again only when an answer can have shown or hidden some."""
        from s7prep import engine

        assert self.case is not None
        order = self.order()
        kept = self._visible.get(essentials)
        if kept is None or kept[0] is not order:
            kept = (
                order,
                engine.visible(self.packset, self.case.children, self.case.answers, essentials, order),
            )
            self._visible[essentials] = kept
        return kept[1]

    def _steers(self, qid: str) -> bool:
        """Whether an answer to `qid` can show or hide questions."""
        if self._steering is None or self._steering[0] is not self.packset:
            from s7prep import engine

            self._steering = (self.packset, engine.steering(self.packset))
        return qid in self._steering[1]

    def value(self, key: AnswerKey) -> Any:
        assert self.case is not None
        return self.case.answers.get(key)

    # ------------------------------------------------------------ saving

    def stage(self, key: AnswerKey, raw: Any) -> None:
        """Remember an edit; it is saved by the next flush(). Ignored when no case is
        open: a late message after a lock must not bring typed text back into memory."""
        if self.case is not None:
            self.pending[key] = raw

    def save_before_closing(self) -> list[str]:
        """Save what can be saved before a lock or quick exit. Typing that does not pass
        the checks is never written anywhere (not even encrypted): returns the short
        labels of the questions it belonged to, so the person can be told."""
        lost = []
        for key in list(self.pending):
            result = self._save(key, self.pending.pop(key))
            question = self.packset.by_id.get(key[0])
            if result.state in ("check", "error") and question is not None:
                lost.append(question.short)
        return lost

    def flush(self) -> Outcome:
        """Save every pending edit. An edit that fails stays pending to retry."""
        outcome = NOTHING
        for key in list(self.pending):
            result = self._save(key, self.pending[key])
            if result.state != "error":
                self.pending.pop(key, None)
            if result.state != "saved" or outcome.state in ("", "saved"):
                outcome = result
        return outcome

    def retry(self) -> Outcome:
        """flush() again after "Not saved" (the disk may have room now, another copy
        may have let go), waiting only a moment for a store that is still busy."""
        with self.store.waiting_briefly():
            return self.flush()

    def _save(self, key: AnswerKey, raw: Any) -> Outcome:
        if self.case is None:
            return Outcome("error", "Not saved: the case is closed")
        question = self.packset.by_id.get(key[0])
        if question is None:
            return NOTHING
        from s7prep import engine

        try:
            value = engine.validate(question, raw)
        except engine.AnswerError as exc:
            return Outcome("check", f"Not saved yet: {exc}")
        if value == self.case.answers.get(key) or (value is None and key not in self.case.answers):
            return Outcome("saved", "Saved")
        try:
            self.store.save_answer(self.case.label, key, value)
        except NotSaved as exc:
            return Outcome("error", str(exc))
        except StoreError as exc:
            return Outcome("error", f"Not saved: {exc}")
        if value is None:
            self.case.answers.pop(key, None)
        else:
            self.case.answers[key] = value
        if self._steers(key[0]):
            self._visible.clear()
        return Outcome("saved", "Saved")

    def save_children(self, children: list[Child]) -> Outcome:
        """The store deletes the answers about a child no longer listed; so do we."""
        assert self.case is not None
        try:
            kept = list(self.store.save_children(self.case.label, children))
        except NotSaved as exc:
            return Outcome("error", str(exc))
        except StoreError as exc:
            return Outcome("error", f"Not saved: {exc}")
        keys = {c.key for c in kept}
        self._visible.clear()
        self.case.children = kept
        self.case.answers = {k: v for k, v in self.case.answers.items() if k[1] is None or k[1] in keys}
        return Outcome("saved", "Saved")

    def answers_about(self, child: Child) -> int:
        from s7prep import engine

        assert self.case is not None
        return sum(1 for k, v in self.case.answers.items() if k[1] == child.key and engine.is_answered(v))

    def new_child_key(self) -> str:
        """A key never used in this case, so old answers never attach to a new child."""
        assert self.case is not None
        used = {c.key for c in self.case.children} | {k[1] for k in self.case.answers if k[1]}
        n = 1
        while f"c{n}" in used:
            n += 1
        return f"c{n}"

    # ------------------------------------------------------------ leave out

    def is_left_out(self, key: AnswerKey) -> bool:
        return self.case is not None and key in self.case.leave_out

    def set_left_out(self, key: AnswerKey, left_out: bool) -> Outcome:
        """Keep an answer out of the statement (it stays in the notes), or put it back."""
        if self.case is None:
            return Outcome("error", "Not saved: the case is closed")
        wanted = set(self.case.leave_out)
        (wanted.add if left_out else wanted.discard)(key)
        if wanted == self.case.leave_out:
            return Outcome("saved", "Saved")
        try:
            self.store.save_leave_out(self.case.label, wanted)
        except NotSaved as exc:
            return Outcome("error", str(exc))
        except StoreError as exc:
            return Outcome("error", f"Not saved: {exc}")
        self.case.leave_out = wanted
        return Outcome("saved", "Saved")

    # ------------------------------------------------------------ documents

    def documents(self) -> Documents:
        """The three documents of the open case, measured."""
        from s7prep.statement import documents

        assert self.case is not None
        return documents.build(self.case, self.packset, self.today())

    def check(self, docs: Documents) -> Report:
        """Advice on the wording of the statement `docs` holds (never changes an answer).
        Raises s7prep.statement.checker.WordingError if the wording file is broken."""
        from s7prep.statement.checker import check

        assert self.case is not None
        return check(self.case, self.packset, docs=docs)

    def interview_day(self) -> InterviewDay:
        """The list for the interview day, shown after the last question."""
        from s7prep.statement.interview_day import interview_day

        assert self.case is not None
        return interview_day(self.case, self.packset, self.today())

    def preview(self, docs: Documents, kind: str = "statement") -> str:
        """One document as Markdown."""
        from s7prep.statement.render import render

        return render(docs.data(kind), "md", kind)

    def default_file_name(self, fmt: str, kind: str = "statement") -> str:
        from s7prep.statement.export import default_name

        return default_name(fmt, self.today(), kind)

    def export(
        self, fmt: str, folder: Path, name: str, replace: bool, document: str = "statement"
    ) -> tuple[tuple[Path, ...], list[str]]:
        """Write one document (or, for "all", the three into `folder`, named by date);
        returns the paths written and warnings to show. Raises
        s7prep.statement.export.ExportError, or FileExistsError when a file is there."""
        from s7prep.statement import export as sx

        assert self.case is not None
        # Absolute, so the person is told exactly where the file went ("." is no help).
        folder = Path(os.path.abspath(folder.expanduser()))
        if document == "all":
            paths = sx.targets(folder, fmt, document, self.today())
        else:
            paths = (sx.target(folder / name, fmt, self.today(), document),)
        done = sx.export(self.case, self.packset, fmt, paths, replace, today=self.today(), document=document)
        self.export_folder, self.export_document, self.export_format = folder, document, fmt
        return done.paths, sx.warnings(done.documents, done.kinds)

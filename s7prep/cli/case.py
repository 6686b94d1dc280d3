"""`s7prep case list|new|delete|export-answers|import-answers` and
`s7prep passphrase change`. Parsing and printing only: the work is in the store."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s7prep.cli.common import CliError, fitted, home_dir

if TYPE_CHECKING:
    from s7prep.store.store import Store

LABEL_NOTE = (
    "Case labels are not encrypted: anyone who can open the data folder can read them. "
    "Use a neutral label such as case-1, not a name."
)
EXPORT_WARNING = (
    "warning: {path} is NOT encrypted. Anyone who can open it can read every answer. "
    "Keep it somewhere safe and delete it when you no longer need it."
)

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> None:
    p = sub.add_parser("case", help="list, start, delete, export and import cases")
    csub = p.add_subparsers(dest="case_command", metavar="ACTION")
    ls = csub.add_parser("list", help="the cases in the store: label, children, progress, last changed")
    ls.set_defaults(handler=cmd_list)
    new = csub.add_parser("new", help="start a new case (labels are not encrypted: choose a neutral one)")
    new.add_argument("label", help="a neutral label, such as case-1")
    new.set_defaults(handler=cmd_new)
    rm = csub.add_parser("delete", help="delete a case and every answer in it, for good")
    rm.add_argument("label")
    rm.add_argument("--yes", action="store_true", help="do not ask before deleting")
    rm.set_defaults(handler=cmd_delete)
    ex = csub.add_parser("export-answers", help="write a case's answers to a JSON file (NOT encrypted)")
    ex.add_argument("label")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json", help="file to write")
    ex.add_argument("--force", action="store_true", help="replace FILE.json if it exists")
    ex.set_defaults(handler=cmd_export)
    im = csub.add_parser("import-answers", help="read answers from a JSON file into a case (all or nothing)")
    im.add_argument("label", help="the case to fill (created if missing)")
    im.add_argument("file", type=Path, metavar="FILE.json")
    im.add_argument("--replace", action="store_true", help="replace the answers of a case that has some")
    im.set_defaults(handler=cmd_import)
    p.set_defaults(default_handler=cmd_list)

    pp = sub.add_parser("passphrase", help="change the passphrase of the case store")
    psub = pp.add_subparsers(dest="passphrase_command", metavar="ACTION")
    ch = psub.add_parser(
        "change", help="set a new passphrase (reads S7PREP_PASSPHRASE and S7PREP_NEW_PASSPHRASE if set)"
    )
    ch.set_defaults(handler=cmd_passphrase_change)


def _store_errors(func: Handler) -> Handler:
    """Store failures become one line and exit 1."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        from s7prep.store.errors import StoreError

        try:
            return func(args)
        except StoreError as exc:
            raise CliError(str(exc)) from None

    return wrapper


def _open(args: argparse.Namespace, create: bool = False) -> Store | None:
    """The unlocked store; None if there is none yet and `create` is False."""
    from s7prep.cli import passphrase
    from s7prep.store.passphrase_rules import NO_RECOVERY
    from s7prep.store.store import Store

    store = Store.open(home_dir(args))
    try:
        if store.is_initialised:
            store.unlock(passphrase.get_passphrase())
            return store
        if not create:
            store.close()
            return None
        secret = passphrase.new_passphrase()
        store.create_vault(secret)
    except BaseException:
        store.close()
        raise
    print(f"Created a new encrypted case store in {store.home}.", file=sys.stderr)
    if os.environ.get(passphrase.ENV):
        print(fitted(NO_RECOVERY, sys.stderr), file=sys.stderr)
    return store


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "-"


@_store_errors
def cmd_list(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from s7prep import engine
    from s7prep.packs import loader
    from s7prep.store.errors import CorruptStore

    store = _open(args)
    if store is None:
        print("No cases yet. Start one with: s7prep case new LABEL")
        return 0
    with store:
        summaries = store.list_cases()
        if not summaries:
            print("No cases yet. Start one with: s7prep case new LABEL")
            return 0
        packset = loader.shipped().packset
        table = Table(title="Cases", title_justify="left")
        for col in ("label", "children", "answered", "last changed"):
            table.add_column(col, justify="right" if col in ("children", "answered") else "left")
        for s in summaries:
            try:
                case = None if s.damaged else store.load_case(s.label)
            except CorruptStore:  # a damaged answer: list it, so it can be deleted, and go on
                case = None
            if case is None:
                table.add_row(Text(s.label), "-", "damaged", "-")
                continue
            total = engine.progress(engine.visible(packset, case.children, case.answers), case.answers).total
            done = f"{total.answered} of {total.visible}" if total.visible else "-"
            # Text(), not str: a label like "[b]x" is shown as typed, never as markup.
            table.add_row(Text(s.label), str(s.children), done, _when(s.updated))
    Console(highlight=False).print(table)
    return 0


@_store_errors
def cmd_new(args: argparse.Namespace) -> int:
    store = _open(args, create=True)
    assert store is not None
    with store:
        label = store.create_case(args.label)
    print(f"Started the case {label!r}.")
    print(fitted(LABEL_NOTE, sys.stderr), file=sys.stderr)
    return 0


def _need(store: Store | None, label: str) -> Store:
    if store is None:
        from s7prep.store.errors import CaseNotFound

        raise CaseNotFound(label)
    return store


@_store_errors
def cmd_delete(args: argparse.Namespace) -> int:
    from s7prep.cli.passphrase import can_ask
    from s7prep.store.errors import CaseNotFound

    with _need(_open(args), args.label) as store:
        if not store.has_case(args.label):
            raise CaseNotFound(args.label)
        if not args.yes:
            if not can_ask():
                raise CliError("add --yes to delete without being asked (there is no terminal to ask on)", 2)
            ask = f"Delete the case {args.label!r} and every answer in it? This cannot be undone. [y/N]"
            sys.stderr.write(fitted(ask, sys.stderr) + " ")
            sys.stderr.flush()
            if sys.stdin.readline().strip().lower() not in ("y", "yes"):
                print("Nothing deleted.")
                return 0
        wiped = store.delete_case(args.label)
    print(f"Deleted the case {args.label!r}.")
    if not wiped:
        note = (
            "note: another copy of s7prep has the store open; old encrypted pages are wiped when it closes."
        )
        print(fitted(note, sys.stderr), file=sys.stderr)
    return 0


@_store_errors
def cmd_export(args: argparse.Namespace) -> int:
    from s7prep.packs import loader
    from s7prep.store import answers_file

    out: Path = args.output
    if out.is_symlink():  # as `export` does, even with --force: never write where a link points or replace it
        raise CliError(f"{out} is a link to somewhere else; choose another name")
    if out.is_dir():
        raise CliError(f"{out} is a folder: give a file name, such as {out / 'answers.json'}")
    if out.exists() and not args.force:
        raise CliError(f"{out} already exists: add --force to replace it")
    with _need(_open(args), args.label) as store:
        case = store.load_case(args.label)
    text = answers_file.dumps(answers_file.to_document(case, loader.shipped().packset))
    try:
        _write_private(out, text.encode("utf-8"), replace=args.force)
    except FileExistsError:
        raise CliError(f"{out} already exists: add --force to replace it") from None
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror}") from None
    print(f"Wrote {out}")
    print(fitted(EXPORT_WARNING.format(path=out), sys.stderr), file=sys.stderr)
    return 0


def _write_private(path: Path, data: bytes, replace: bool) -> None:
    """Write a 0600 file. Without `replace`, never touch an existing file (O_EXCL);
    with it, write beside it and rename over it, so a failure leaves the old one."""
    target = path.with_name(f".{path.name}.{os.getpid()}.tmp") if replace else path
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(target, 0o600)
        if replace:
            os.replace(target, path)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


@_store_errors
def cmd_import(args: argparse.Namespace) -> int:
    from s7prep.packs import loader
    from s7prep.store import answers_file
    from s7prep.store.errors import CaseExists

    loaded = loader.shipped()
    if loaded.errors:
        print("warning: some question packs did not load (see: s7prep packs validate)", file=sys.stderr)
    try:
        data = answers_file.read(args.file, loaded.packset)
    except answers_file.AnswersFileError as exc:
        if len(exc.problems) == 1:
            raise CliError(f"nothing imported from {args.file}: {exc.problems[0]}") from None
        for problem in answers_file.shown_problems(exc.problems):
            print(f"{args.file}: {problem}", file=sys.stderr)
        raise CliError(f"nothing imported: {len(exc.problems)} problem(s) in {args.file}") from None
    store = _open(args, create=True)
    assert store is not None
    with store:
        try:
            label = store.import_case(args.label, data, replace=args.replace)
        except CaseExists as exc:
            raise CliError(f"{exc}: add --replace to replace them (nothing imported)") from None
    print(
        f"Imported {len(data.answers)} answer(s) and {len(data.children)} child(ren) into the case {label!r}."
    )
    return 0


@_store_errors
def cmd_passphrase_change(args: argparse.Namespace) -> int:
    from s7prep.cli import passphrase
    from s7prep.store.store import Store

    with Store.open(home_dir(args)) as store:
        if not store.is_initialised:
            raise CliError("there is no case store here yet: nothing to change")
        old = passphrase.get_passphrase("Current passphrase: ")
        store.unlock(old)  # a wrong one fails here, before the new one is asked for
        new = passphrase.new_passphrase(env=passphrase.ENV_NEW)
        wiped = store.change_passphrase(old, new)
    print("Passphrase changed.")
    if not wiped:
        note = (
            "note: another copy of s7prep has the store open; the old passphrase still opens the "
            "store file until it closes."
        )
        print(fitted(note, sys.stderr), file=sys.stderr)
    backups = "Copies of the store made before now (backups) still open with the old passphrase."
    print(fitted(backups, sys.stderr), file=sys.stderr)
    return 0

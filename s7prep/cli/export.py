"""`s7prep export LABEL --format md|html [-o PATH] [--templates DIR] [--force]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s7prep.cli.common import CliError, home_dir

if TYPE_CHECKING:
    from s7prep.packs.model import Case


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="write the statement of a case as Markdown or printable HTML",
        description="Write the statement of a case to a file, to bring to the interview. "
        "The file is not encrypted. It is never opened for you and never replaces a file "
        "unless you add --force.",
    )
    p.add_argument("label", metavar="LABEL", help="the case")
    p.add_argument(
        "--format", required=True, choices=("md", "html"), help="md: Markdown; html: a page to print"
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="a folder, or a file name ending .md or .html (default: statement-DATE in this folder)",
    )
    p.add_argument(
        "--templates", type=Path, metavar="DIR", help="a folder of templates to use before the shipped ones"
    )
    p.add_argument("--force", action="store_true", help="replace the file if it is already there")
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from s7prep.statement import export as sx

    fmt: str = args.format
    templates: Path | None = args.templates
    if templates is not None and not templates.is_dir():
        raise CliError(f"there is no templates folder {templates}")
    try:
        path = sx.target(args.output, fmt)
    except sx.ExportError as exc:
        raise CliError(str(exc)) from None
    # Said before the passphrase is asked, so nobody types it for nothing.
    if (path.exists() or path.is_symlink()) and not args.force:
        raise CliError(_exists(path))
    case = _load_case(args)

    from s7prep.packs import loader

    loaded = loader.shipped()
    if loaded.errors:
        print(
            f"warning: {len(loaded.errors)} problem(s) in the question packs; "
            "answers to questions that did not load are left out (see: s7prep packs validate)",
            file=sys.stderr,
        )
    try:
        done = sx.export(case, loaded.packset, fmt, path, replace=args.force, templates=templates)
    except FileExistsError:
        raise CliError(_exists(path)) from None
    except sx.ExportError as exc:
        raise CliError(str(exc)) from None
    s = done.statement
    print(f"Wrote {done.path} ({s.word_count} words; about {s.word_budget} fit on two pages).")
    print("The file is not encrypted: keep it somewhere safe and delete it when you no longer need it.")
    for line in sx.warnings(s):
        print(f"warning: {line}", file=sys.stderr)
    return 0


def _exists(path: Path) -> str:
    return f"{path} is already there; add --force to replace it, or choose another name with -o"


def _load_case(args: argparse.Namespace) -> Case:
    from s7prep.cli import passphrase
    from s7prep.store.schema import DB_NAME
    from s7prep.store.store import Store, StoreError

    home = home_dir(args)
    if not (home / DB_NAME).exists():  # an export never makes a data folder
        raise CliError(f"there are no cases in {home} yet")
    try:
        with Store.open(home) as store:
            if not store.is_initialised:
                raise CliError(f"there are no cases in {home} yet")
            store.unlock(passphrase.get_passphrase())
            return store.load_case(args.label)
    except StoreError as exc:
        raise CliError(str(exc)) from None

"""`s7prep export LABEL --format md|html [--document statement|officer|notes|all]
[-o PATH] [--templates DIR] [--force]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from s7prep.cli.common import CliError, fitted
from s7prep.cli.one_case import load_case, shipped_packs


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="write the statement of a case (or the officer's notes, or your notes) as Markdown or HTML",
        description="Write the statement of a case to a file, to bring to the interview; or the "
        "notes for the officer only, or your own interview notes (every answer), or all three. "
        "The files are not encrypted. They are never opened for you and never replace a file "
        "unless you add --force.",
    )
    p.add_argument("label", metavar="LABEL", help="the case")
    p.add_argument(
        "--format", required=True, choices=("md", "html"), help="md: Markdown; html: a page to print"
    )
    p.add_argument(
        "--document",
        default="statement",
        choices=("statement", "officer", "notes", "all"),
        help="statement (default): to hand over; officer: notes for the officer only; "
        "notes: every answer, for you; all: the three, each in its own file",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",  # kept as typed: "out/" names a folder even when it is not there
        help="a folder that is already there, or a file name ending .md or .html (default: statement-DATE "
        "in this folder; with --document all, a folder)",
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
        paths = sx.targets(args.output, fmt, args.document)
    except sx.ExportError as exc:
        raise CliError(str(exc)) from None
    # Said before the passphrase is asked, so nobody types it for nothing.
    for path in paths:
        if (path.exists() or path.is_symlink()) and not args.force:
            raise CliError(_exists(path))
    case = load_case(args)
    packset = shipped_packs("left out")
    try:
        done = sx.export(
            case, packset, fmt, paths, replace=args.force, templates=templates, document=args.document
        )
    except FileExistsError as exc:  # appeared since the check above
        raise CliError(_exists(Path(exc.filename or paths[0]))) from None
    except sx.ExportError as exc:
        raise CliError(str(exc)) from None
    for kind, path in zip(done.kinds, done.paths, strict=True):
        m = done.documents.measures[kind]
        pages = f"{m.whole_pages} page{'s' if m.whole_pages != 1 else ''}"
        limit = f" (fits on {m.target})" if m.target and not m.over else ""
        print(fitted(f"Wrote {path}: {sx.TITLES[kind]}, {m.words} words, about {pages}{limit}.", sys.stdout))
    one = len(done.paths) == 1
    it, them = ("The file is", "it") if one else ("The files are", "them")
    kept = f"{it} not encrypted: keep {them} somewhere safe and delete {them} when you no longer need {them}."
    print(fitted(kept, sys.stdout))
    for line in sx.warnings(done.documents, done.kinds):
        print(fitted(f"warning: {line}", sys.stderr), file=sys.stderr)
    return 0


def _exists(path: Path) -> str:
    return f"{path} is already there; add --force to replace it, or choose another name with -o"

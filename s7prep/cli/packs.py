"""`s7prep packs list | validate | schema`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("packs", help="list, check and describe question packs")
    psub = p.add_subparsers(dest="packs_command", metavar="ACTION")
    ls = psub.add_parser("list", help="show the packs that are installed")
    ls.set_defaults(handler=cmd_list)
    val = psub.add_parser("validate", help="check pack files (default: the shipped packs)")
    val.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="pack files or folders")
    val.add_argument(
        "--alone",
        action="store_true",
        help="check the files as a set of their own, not as additions to the installed packs",
    )
    val.set_defaults(handler=cmd_validate)
    sch = psub.add_parser("schema", help="print the JSON Schema of the pack format")
    sch.set_defaults(handler=cmd_schema)
    p.set_defaults(default_handler=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from s7prep.packs import loader
    from s7prep.packs.model import CHECKLIST

    result = loader.shipped()
    table = Table(title="Question packs", title_justify="left")
    for col in ("id", "title", "questions", "per child", "checklist", "reviewed"):
        table.add_column(col, justify="right" if col in ("questions", "per child") else "left")
    for pack in result.packset.packs:
        qs = pack.questions()
        letters = {letter for q in qs for letter in q.checklist}
        table.add_row(
            pack.id,
            pack.title,
            str(len(qs)),
            str(sum(q.per_child for q in qs)),
            " ".join(x for x in CHECKLIST if x in letters) or "-",
            pack.reviewed.isoformat(),
        )
    console = Console(highlight=False)
    console.print(table, markup=False)
    for err in result.errors:
        print(f"error: {err}", file=sys.stderr)
    return 1 if result.errors else 0


def cmd_validate(args: argparse.Namespace) -> int:
    from s7prep.packs import loader

    paths: list[Path] = args.paths
    for path in paths:
        if not path.exists():
            print(f"{path}: no such file or folder", file=sys.stderr)
            return 1
    if paths:
        # The files are checked as additions to (or edited copies of) the installed
        # packs: conditions may name installed questions, and ids must not clash.
        context = None if args.alone else loader.shipped().packset
        result = loader.load(paths, context=context)
    else:
        result = loader.shipped()
    for err in result.errors:
        print(err, file=sys.stderr)
    n_packs = len(result.packset.packs)
    n_q = sum(len(p.questions()) for p in result.packset.packs)
    if result.errors:
        print(f"{len(result.errors)} error(s); {n_packs} pack(s) valid", file=sys.stderr)
        return 1
    print(f"ok: {n_packs} pack(s), {n_q} question(s)")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from s7prep.packs.schema import json_schema

    json.dump(json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0

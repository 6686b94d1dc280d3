"""`s7prep check LABEL [--format text|json]`: advice on the wording of the statement.

Advice is not an error: the exit status is 0 whatever is found, and 1 only when the
case (or the wording file) cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from s7prep.cli.common import CliError, fitted
from s7prep.cli.one_case import load_case, shipped_packs

FORMAT = "s7prep.check/1"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="advice on the wording of a case's statement, before you export it",
        description="Point out what an officer may stumble on in the statement: 'always' and "
        "'never', words for the other adult rather than what they did, addresses and phone "
        "numbers, steps you took to stay safe, answers much longer than needed, things said "
        "twice, a child's words without when or to whom, and answers about a child that are "
        "about an adult. When you asked for your address to be kept private, contact details "
        "in the notes for the officer get a reminder. Nothing is changed. Exits 0 whatever "
        "it finds.",
    )
    p.add_argument("label", metavar="LABEL", help="the case")
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one finding per line, under its section (default); json: for scripts",
    )
    p.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from s7prep.statement.checker import WordingError, check
    from s7prep.statement.checker.wording import shipped

    try:
        shipped()  # a broken wording file is said before the passphrase is asked
    except WordingError as exc:
        raise CliError(_wording_problem(exc)) from None
    case = load_case(args)
    report = check(case, shipped_packs("not checked"))
    if args.format == "json":
        out = {
            "format": FORMAT,
            "case": case.label,
            "words": report.words,
            "findings": [f.as_dict() for f in report.findings],
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    stream = sys.stdout

    def say(text: str, indent: str = "") -> None:
        print(fitted(text, stream, indent), file=stream)

    if not report.findings:
        say(f"Nothing to point out in the wording of the statement ({_checked(report.words, 'it')}).")
        return 0
    say(f"{report.summary()}.")
    say(f"{_checked(report.words)}.")
    say("Nothing has been changed: these are suggestions.")
    for heading, findings in report.groups():
        print(file=stream)
        say(heading)
        for f in findings:
            say(f.line, "  ")
    return 0


def _checked(words: int, document: str = "the statement") -> str:
    return f"{words:,} word{'s' if words != 1 else ''} of your answers are in {document}"


def _wording_problem(exc: Exception) -> str:
    problems = str(exc).splitlines()
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"the wording file cannot be used: {problems[0]}{more}"

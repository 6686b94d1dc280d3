"""Export speed of the statement. Prints figures; asserts nothing.

    python benchmarks/bench_export.py

Target on the project machine: exporting the invented three-child sample case
(tests/fixtures/cases/three_children.json) in-process, from a decrypted case to the
file on disk, <= 50 ms. The first export in a process also compiles the templates,
so it is given on its own.

Each figure is also given as a ratio to a baseline measured in the same run, since
shared machines are noisy: a plain Jinja template that prints every answer of the
same case in a <p> (the least any HTML page of the answers could cost).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from jinja2 import Environment

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for the invented cases in tests/fixtures

from timing import median_ms  # noqa: E402

from s7prep.statement import build as statement  # noqa: E402
from s7prep.statement import export as statement_export  # noqa: E402
from s7prep.statement import render as statement_render  # noqa: E402
from tests.fixtures.cases import load, packset  # noqa: E402

DAY = date(2026, 11, 22)
BASELINE = "<!DOCTYPE html><title>x</title>{% for k, v in answers %}<p>{{ k }}: {{ v }}</p>{% endfor %}"


def main() -> None:
    ps = packset()
    case = load("three_children", ps)
    pairs = [(f"{q}/{c or '-'}", v) for (q, c), v in case.answers.items()]
    plain = Environment(autoescape=True).from_string(BASELINE)
    base = median_ms(lambda: plain.render(answers=pairs))

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        statement_render.environment.cache_clear()
        start = time.perf_counter()
        statement_export.export(case, ps, "html", out / "cold.html", today=DAY)
        cold = (time.perf_counter() - start) * 1000

        s = statement.build(case, ps, DAY)
        t_build = median_ms(lambda: statement.build(case, ps, DAY))
        t_md = median_ms(lambda: statement_render.render(s, "md"))
        t_html = median_ms(lambda: statement_render.render(s, "html"))
        n = iter(range(10_000))
        t_export = median_ms(
            lambda: statement_export.export(case, ps, "html", out / f"s{next(n)}.html", today=DAY)
        )

    print(f"three-child sample case: {len(case.answers)} answers, {s.word_count} words")
    print(f"baseline (plain Jinja page of the answers): {base:.2f} ms")
    rows = [
        ("build statement data", t_build),
        ("render Markdown", t_md),
        ("render HTML", t_html),
        ("export HTML to a file (build + render + write 0600 + fsync)", t_export),
        ("first export in a process (compiles the templates)", cold),
    ]
    for name, ms in rows:
        print(f"{name}: {ms:.2f} ms  ({ms / base:.1f}x baseline)")
    print(f"target: export <= 50 ms -> {'met' if max(t_export, cold) <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()

"""Export speed of the three documents. Prints figures; asserts nothing.

    python benchmarks/bench_export.py

The fully answered two-child case (tests/fixtures/cases/two_children_full.json, on
the shipped packs): building the three documents (the statement fitted to its two
pages, each measured), rendering each, and exporting each in-process, from a
decrypted case to the file on disk (and, apart, without the disk: writing 0600
and fsync take what the disk takes). Target on the project machine: each in-process
export <= 20 ms. The first export in a fresh process also loads the templates (the
shipped ones compiled ahead of time, templates/compiled/, and laid out once);
it runs in a child process and is given on its own.

Each figure is also given as a ratio to a baseline measured in the same run, since
shared machines are noisy: a plain Jinja template that prints every answer of the
same case in a <p> (the least any HTML page of the answers could cost). The last
line is `ratios: name=x ...`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from jinja2 import Environment

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for the invented cases in tests/fixtures

from timing import median_ms  # noqa: E402

from s7prep.statement import documents  # noqa: E402
from s7prep.statement import export as statement_export  # noqa: E402
from s7prep.statement.render import render  # noqa: E402
from tests.fixtures.cases import load, packset  # noqa: E402

DAY = date(2026, 11, 22)
CASE = "two_children_full"
BASELINE = "<!DOCTYPE html><title>x</title>{% for k, v in answers %}<p>{{ k }}: {{ v }}</p>{% endfor %}"

# The first export in a fresh process: packs and the case loaded first, then timed.
FIRST = """
import json, sys, tempfile, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from s7prep.statement import export
from tests.fixtures.cases import load, packset
ps = packset()
case = load(sys.argv[2], ps)
with tempfile.TemporaryDirectory() as tmp:
    start = time.perf_counter()
    export.export(case, ps, "html", Path(tmp) / "s.html", today=date(2026, 11, 22))
    print(json.dumps((time.perf_counter() - start) * 1000))
"""


def first_export_ms() -> float:
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", FIRST, str(ROOT), CASE], capture_output=True, text=True, check=True
        )
        runs.append(float(json.loads(out.stdout)))
    return sorted(runs)[1]


def main() -> None:
    ps = packset()
    case = load(CASE, ps)
    pairs = [(f"{q}/{c or '-'}", v) for (q, c), v in case.answers.items()]
    plain = Environment(autoescape=True).from_string(BASELINE)
    base = median_ms(lambda: plain.render(answers=pairs))

    docs = documents.build(case, ps, DAY)
    t_build = median_ms(lambda: documents.build(case, ps, DAY))
    rows = [("build the three documents (fit, measure)", "build", t_build)]
    for kind in documents.DOCUMENTS:
        for fmt in ("md", "html"):
            data = docs.data(kind)
            ms = median_ms(lambda data=data, kind=kind, fmt=fmt: render(data, fmt, kind))  # type: ignore[misc]
            rows.append((f"render {kind} {fmt}", f"render_{kind}_{fmt}", ms))

    for kind in documents.DOCUMENTS:
        ms = median_ms(
            lambda kind=kind: render(documents.build(case, ps, DAY).data(kind), "html", kind)  # type: ignore[misc]
        )
        rows.append((f"export {kind} as HTML in memory (build + render)", f"memory_{kind}", ms))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        n = iter(range(100_000))
        for kind in documents.DOCUMENTS:
            ms = median_ms(
                lambda kind=kind: statement_export.export(  # type: ignore[misc]
                    case, ps, "html", out / f"{next(n)}.html", today=DAY, document=kind
                )
            )
            rows.append((f"export {kind} as HTML to a file (+ write 0600, fsync)", f"export_{kind}", ms))
        ms = median_ms(
            lambda: statement_export.export(
                case,
                ps,
                "html",
                statement_export.targets(out / _folder(out, next(n)), "html", "all"),
                today=DAY,
                document="all",
            )
        )
        rows.append(("export all three as HTML", "export_all", ms))
    cold = first_export_ms()
    rows.append(("first export in a fresh process (templates compiled ahead of time)", "first_export", cold))

    m = docs.measures
    print(
        f"{CASE}: {len(case.answers)} answers; statement {m['statement'].words} words, "
        f"{m['statement'].pages:.2f} pages ({len(docs.moved)} answers moved to the notes to fit); "
        f"officer {m['officer'].words} words, {m['officer'].pages:.2f} pages; "
        f"notes {m['notes'].words} words, {m['notes'].pages:.2f} pages"
    )
    print(f"baseline (plain Jinja page of the answers): {base:.2f} ms")
    for name, _key, ms in rows:
        print(f"{name}: {ms:.2f} ms  ({ms / base:.1f}x baseline)")
    exports = [ms for _name, key, ms in rows if key.startswith("export_") and key != "export_all"]
    in_memory = [ms for _name, key, ms in rows if key.startswith("memory_")]
    print(
        f"target: each in-process export <= 20 ms -> {'met' if max(exports) <= 20 else 'NOT met'} "
        f"(longest {max(exports):.1f} ms to a file, {max(in_memory):.1f} ms before the disk)"
    )
    print("ratios: " + " ".join(f"{key}={ms / base:.2f}" for _name, key, ms in rows))


def _folder(root: Path, n: int) -> str:
    (root / f"all{n}").mkdir()
    return f"all{n}"


if __name__ == "__main__":
    main()

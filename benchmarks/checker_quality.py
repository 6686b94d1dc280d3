"""Precision and recall of the statement checker on the planted set. Prints figures;
asserts nothing (tests/test_checker_planted.py does).

    python benchmarks/checker_quality.py

The set (tests/fixtures/checker/planted.yaml) holds sentences with a planted problem
and clean sentences that look like problems ("he has never missed a handover", a child
quoted, "unfit for human habitation"), each a case of its own against the shipped
packs. A hit is a planted problem reported by its rule; a false alarm is any other
finding. Precision = hits / (hits + false alarms); recall = hits / planted problems.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from s7prep.packs import loader  # noqa: E402
from tests.checker_planted import items, score  # noqa: E402


def main() -> None:
    ps = loader.shipped().packset
    planted = items(ps)
    found: dict[str, set[str]] = {}
    result = score(ps, found)
    problems = [i for i in planted if i.expect]
    clean = len(planted) - len(problems)
    print(f"planted set: {len(planted)} items, {len(problems)} with a problem, {clean} clean")
    for rule in sorted({r for i in problems for r in i.expect}):
        with_rule = [i for i in problems if rule in i.expect]
        hit = sum(rule in found[i.id] for i in with_rule)
        print(f"  {rule}: {hit} of {len(with_rule)} found")
    clean_quiet = sum(not found[i.id] for i in planted if not i.expect)
    print(f"  clean items with no finding: {clean_quiet} of {clean}")
    for item, rule in result.misses:
        print(f"missed: {item} ({rule})")
    for item, rule in result.alarms:
        print(f"false alarm: {item} ({rule})")
    print(f"precision {result.precision:.3f}, recall {result.recall:.3f}")
    print(f"ratios: precision={result.precision:.2f} recall={result.recall:.2f}")


if __name__ == "__main__":
    main()

"""Speed of the statement checker. Prints figures; asserts nothing.

    python benchmarks/bench_check.py

Target on the project machine: checking the fully answered two-child case
(tests/fixtures/cases/two_children_full.json, on the shipped packs) in-process
<= 20 ms. The app and plain mode check documents they have already built (to show
and export them), so the target is the check itself; the check that builds the
documents too (what `s7prep check` does) is given beside it.

Each figure is also a ratio to a baseline measured in the same run, since shared
machines are noisy: reading every typed answer of the same case into words and
sentences with two regular expressions (the least a wording check could do; pure
Python over the same text, so it slows down with the check when the machine is busy).
The last line is `ratios: name=x ...`.
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for the invented cases in tests/fixtures

from timing import median_ms  # noqa: E402

from s7prep.statement import documents  # noqa: E402
from s7prep.statement.checker import check, wording  # noqa: E402
from tests.fixtures.cases import load, packset  # noqa: E402

TARGET_MS = 20
CASE = "two_children_full"
DAY = date(2026, 11, 22)
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def typed(value: object) -> list[str]:
    """Every piece of text in an answer (list entries' fields too)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for v in value for t in typed(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in typed(v)]
    return []


def main() -> None:
    ps = packset()
    case = load(CASE, ps)
    texts = [t for v in case.answers.values() for t in typed(v)]

    def baseline() -> object:
        return [(_SENTENCE.split(t), _WORD.findall(t.lower())) for t in texts]

    base = median_ms(baseline, repeat=31)

    start = time.perf_counter()
    wording.shipped.cache_clear()
    first = check(case, ps, today=DAY)
    cold = (time.perf_counter() - start) * 1000

    docs = documents.build(case, ps, DAY)
    t_given = median_ms(lambda: check(case, ps, docs=docs), repeat=31)
    t_build = median_ms(lambda: documents.build(case, ps, DAY), repeat=31)
    t_whole = median_ms(lambda: check(case, ps, today=DAY), repeat=31)

    print(
        f"{CASE}: {len(case.answers)} answers, {first.answer_words} words typed, "
        f"{first.words} of them in the statement ({len(docs.moved)} answers moved to fit), "
        f"{len(first.findings)} findings"
    )
    print(f"baseline (split every typed answer into sentences and words): {base:.2f} ms")
    rows = [
        ("check, documents already built (the app and plain mode)", "check", t_given),
        ("build the three documents (for comparison)", "build_documents", t_build),
        ("check building the documents too (s7prep check)", "check_and_build", t_whole),
        ("first check in a process (reads the wording file, builds)", "first_check", cold),
    ]
    for name, _key, ms in rows:
        print(f"{name}: {ms:.2f} ms  ({ms / base:.1f}x baseline)")
    met = "met" if t_given <= TARGET_MS else "NOT met"
    print(f"target: check <= {TARGET_MS} ms -> {met} ({t_given:.1f} ms)")
    print("ratios: " + " ".join(f"{key}={ms / base:.2f}" for _name, key, ms in rows))


if __name__ == "__main__":
    main()

"""Speed of the encrypted case store. Prints figures; asserts nothing.

    python benchmarks/bench_store.py [--dir DIR]

Targets: saving one answer (commit included, with the case's seal brought up to
date) <= 1.3x a plain SQLite insert-and-commit of the same bytes with the same
pragmas, measured in the same run and interleaved with it; loading a 500-answer case
after unlock (every answer and the seal checked) <= 20 ms; unlock (the KDF,
production cost) about 0.3-1 s by design. The store goes in a temporary folder on the
same disk as DIR (default: the system temp folder) - fsync cost depends on the disk.
Ends with one line: `ratios: save=...`.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from s7prep.packs.model import Child
from s7prep.store import schema as store_schema
from s7prep.store import vault
from s7prep.store.store import Store

PASS = "correct horse battery staple"
TYPICAL = (
    "At the handover on Saturday the children were upset and did not want to leave. "
    "Robin said she wanted to stay for tea; J. held on to the door. "
) * 3  # about 400 characters: a typical long_text answer


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def baseline_connection(path: Path) -> sqlite3.Connection:
    """Plain SQLite with exactly the store's pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    store_schema.configure(conn, 3.0)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k BLOB, v BLOB)")
    return conn


def save_vs_plain(store: Store, base: sqlite3.Connection, n: int) -> tuple[float, float]:
    store.create_case("bench-save")
    payload = TYPICAL.encode("utf-8")
    ours: list[float] = []
    plain: list[float] = []
    for i in range(n):  # interleaved, so drift in the disk hits both alike
        key = (f"q{i % 50}", None)  # a mix of new answers and changed ones, as when typing
        start = time.perf_counter()
        store.save_answer("bench-save", key, TYPICAL)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        base.execute("BEGIN IMMEDIATE")
        base.execute("INSERT INTO t (k, v) VALUES (?, ?)", (key[0].encode(), payload))
        base.execute("COMMIT")
        plain.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(plain)


def answers_500() -> tuple[list[Child], dict[tuple[str, str | None], Any]]:
    children = [Child("c1", "Robin", born="2018-05"), Child("c2", "J.", age=4), Child("c3", "K", age=12)]
    answers: dict[tuple[str, str | None], Any] = {}
    for i in range(500):
        child = None if i < 200 else f"c{i % 3 + 1}"
        kind = i % 5
        if kind == 0:
            value: Any = TYPICAL * (1 + i % 4)
        elif kind == 1:
            value = "mother"
        elif kind == 2:
            value = i % 2 == 0
        elif kind == 3:
            value = ["domestic_abuse", "conflict"]
        else:
            value = [{"when": "2024-03", "what": "Shouting at handover", "ongoing": True}] * 3
        answers[(f"q{i}", child)] = value
    return children, answers


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", type=Path, default=None, help="put the temporary store under DIR")
    parser.add_argument("--saves", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        home = Path(tmp) / "home"
        store = Store.open(home)  # production Argon2id cost
        start = time.perf_counter()
        store.create_vault(PASS)
        t_create = time.perf_counter() - start
        unlocks = []
        for _ in range(3):
            store.lock()
            start = time.perf_counter()
            store.unlock(PASS)
            unlocks.append(time.perf_counter() - start)

        base = baseline_connection(Path(tmp) / "plain.db")
        t_ours, t_plain = save_vs_plain(store, base, args.saves)
        base.close()

        children, answers = answers_500()
        store.import_case("bench-load", store_data(children, answers))
        first_loads = []
        for _ in range(7):  # the first load after each unlock (the case key is unwrapped again)
            store.lock()
            store.unlock(PASS)
            start = time.perf_counter()
            case = store.load_case("bench-load")
            first_loads.append(time.perf_counter() - start)
        assert len(case.answers) == 500
        warm = []
        for _ in range(15):
            start = time.perf_counter()
            store.load_case("bench-load")
            warm.append(time.perf_counter() - start)
        store.close()
        conn = sqlite3.connect(home / store_schema.DB_NAME)
        kdf = vault.Header.parse(conn.execute("SELECT header FROM vault").fetchone()[0], "store").kdf
        conn.close()

    print(
        f"store in {home.parent}; Argon2id m={kdf.memory_kib // 1024} MiB, t={kdf.time_cost}, "
        f"p={kdf.parallelism} (the floor, with passes added for this machine)"
    )
    print(f"save one answer (~{len(TYPICAL)} chars), median of {args.saves}, commit included:")
    print(f"  store.save_answer  {ms(t_ours)}")
    print(f"  baseline: plain SQLite insert+commit of the same bytes, same pragmas {ms(t_plain)}")
    print(f"  ratio {t_ours / t_plain:.2f}x  (target <= 1.3x)")
    print("load a case of 500 answers (3 children) after unlock:")
    print(f"  first load after unlock, median of 7  {ms(statistics.median(first_loads))}  (target <= 20 ms)")
    print(f"  later loads, median of 15             {ms(statistics.median(warm))}")
    print("unlock (Argon2id key derivation and master key unwrap):")
    print(f"  unlock, median of 3  {ms(statistics.median(unlocks))}  (by design ~0.3-1 s)")
    print(f"  create_vault         {ms(t_create)}")
    print(f"ratios: save={t_ours / t_plain:.2f}")


def store_data(children: list[Child], answers: dict[tuple[str, str | None], Any]) -> Any:
    from s7prep.store.store import CaseData

    return CaseData(tuple(children), answers)


if __name__ == "__main__":
    main()

"""Run by test_store_kill.py and killed with SIGKILL at a random moment.

Saves answers in a loop through the real store and prints one line per operation
only after it returned (that is, after COMMIT). The operations are a pure function
of (run, i), so the parent knows what each printed line promises.

    python tests/killer_child.py HOME RUN
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

PASS = "correct horse battery staple"
LABEL = "kill-test"


def operation(run: int, i: int) -> tuple[str, tuple[str, str | None], Any]:
    """("save", key, value) or ("clear", key, None). Values span one to several pages."""
    if i % 7 == 6:
        return "clear", key_of(run, i - 1), None
    return "save", key_of(run, i), f"run {run} answer {i} " + "lorem ipsum " * ((i * 131) % 400)


def key_of(run: int, i: int) -> tuple[str, str | None]:
    return (f"r{run}_{i}", "c1" if i % 5 == 4 else None)


def main(home: Path, run: int) -> None:
    from s7prep.packs.model import Child
    from s7prep.store.store import Store

    store = Store.open(home, insecure_fast_kdf_for_tests=True)
    if store.is_initialised:
        store.unlock(PASS)
    else:
        store.create_vault(PASS)
    if not store.has_case(LABEL):
        store.create_case(LABEL)
        store.save_children(LABEL, [Child("c1", "Test child")])
    print("ready", flush=True)
    i = 0
    while True:
        kind, key, value = operation(run, i)
        store.save_answer(LABEL, key, value)
        print(f"{kind} {i}", flush=True)
        i += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))

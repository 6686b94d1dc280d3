"""Run by test_store_full_disk.py on a disk that is really full: a small tmpfs it
mounted in a mount namespace of its own (`unshare`), or with the file size limit
(RLIMIT_FSIZE) standing in for one. Prints one JSON object of what it saw.

    python tests/full_disk_child.py tmpfs|rlimit HOME OUTSIDE
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

PASS = "correct horse battery staple"
SAVED = "That both children stay at their school."


def files(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir())


def fill(folder: Path) -> None:
    """Write until the disk says it is full."""
    with (folder / "filler").open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    assert os.statvfs(folder).f_bavail == 0


def cli(home: Path, *argv: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "s7prep", "--home", str(home), *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "S7PREP_PASSPHRASE": PASS},
        stdin=subprocess.DEVNULL,
    )
    return {"code": done.returncode, "out": done.stdout, "err": done.stderr}


def attempt(action: Any) -> str:
    try:
        action()
    except Exception as exc:  # the test compares the message
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def tmpfs(home: Path, outside: Path) -> dict[str, Any]:
    from s7prep.store.store import Store

    seen: dict[str, Any] = {}
    with Store.open(home) as store:  # production key settings: the command line reads it too
        store.create_vault(PASS)
        store.create_case("case-1")
        store.save_answer("case-1", ("what_matters_most", None), SAVED)
    # A store of the version before seals: it must be updated before it can be read.
    old = home.parent / "old"
    old.mkdir(mode=0o700)
    (old / "store.db").write_bytes((Path(__file__).parent / "fixtures" / "stores" / "v1.db").read_bytes())
    fill(home.parent)
    seen["old store"] = cli(old, "case", "list")
    seen["list"] = cli(home, "case", "list")
    seen["export"] = cli(home, "export", "case-1", "--format", "md", "-o", str(outside / "statement.md"))
    seen["export-answers"] = cli(
        home, "case", "export-answers", "case-1", "-o", str(outside / "answers.json")
    )
    seen["new"] = cli(home, "case", "new", "case-2")
    seen["files after commands"] = files(home)

    store = Store.open(home)
    store.unlock(PASS)
    seen["exclusive"] = store.exclusive
    seen["read"] = store.load_case("case-1").answers == {("what_matters_most", None): SAVED}
    seen["save on a full disk"] = attempt(lambda: store.save_answer("case-1", ("your_role", None), "mother"))
    (home.parent / "filler").unlink()  # the disk frees
    seen["save once freed"] = attempt(lambda: store.save_answer("case-1", ("your_role", None), "mother"))
    seen["exclusive once freed"] = store.exclusive
    store.close()
    seen["files at the end"] = files(home)
    return seen


def rlimit(home: Path, outside: Path) -> dict[str, Any]:
    """No file may grow past 8 KiB: SQLite can neither make its -shm nor add to its WAL."""
    from s7prep.store.store import Store

    seen: dict[str, Any] = {}
    with Store.open(home, insecure_fast_kdf_for_tests=True) as store:
        store.create_vault(PASS)
        store.create_case("case-1")
        store.save_answer("case-1", ("what_matters_most", None), SAVED)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, resource.RLIM_INFINITY))
    store = Store.open(home, insecure_fast_kdf_for_tests=True)
    store.unlock(PASS)
    seen["exclusive"] = store.exclusive
    seen["read"] = store.load_case("case-1").answers == {("what_matters_most", None): SAVED}
    seen["save"] = attempt(lambda: store.save_answer("case-1", ("your_role", None), "mother" * 2000))
    seen["read after"] = store.load_case("case-1").answers == {("what_matters_most", None): SAVED}
    store.close()
    seen["files at the end"] = files(home)
    return seen


if __name__ == "__main__":
    kind, home, outside = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    print(json.dumps(tmpfs(home, outside) if kind == "tmpfs" else rlimit(home, outside)))

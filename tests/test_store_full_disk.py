"""A full disk: the store still opens to read and export, says "the disk is full"
rather than "Not saved" for a read, refuses saves with "Not saved: the disk is full"
and carries on once there is room, and leaves no stray -wal or -shm file behind.

Tested on a real full file system: a 2 MiB tmpfs mounted in a mount namespace of
the test's own (`unshare -rm`: no root needed where user namespaces are allowed),
and, where that is not possible, with the file size limit (RLIMIT_FSIZE) making
every file unable to grow, which SQLite meets in the same places."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests import full_disk_child
from tests.store_helpers import child_env

CHILD = Path(full_disk_child.__file__).resolve()


def _unshare() -> list[str] | None:
    exe = shutil.which("unshare")
    if exe is None or not sys.platform.startswith("linux"):
        return None
    probe = subprocess.run([exe, "-rm", "true"], capture_output=True)
    return [exe, "-rm"] if probe.returncode == 0 else None


def _run(argv: list[str]) -> dict[str, Any]:
    # The timeout only keeps a hang from stalling the suite; nothing here is timed.
    done = subprocess.run(argv, capture_output=True, text=True, env=child_env(), timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    seen: dict[str, Any] = json.loads(done.stdout)
    return seen


def test_a_really_full_disk(tmp_path: Path) -> None:
    unshare = _unshare()
    if unshare is None:
        pytest.skip("cannot mount a small file system here (no unshare -rm)")
    disk, outside = tmp_path / "disk", tmp_path / "outside"
    disk.mkdir()
    outside.mkdir()
    script = 'mount -t tmpfs -o size=2m,mode=0700 s7prep-test "$1" && exec "$2" "$3" tmpfs "$1/home" "$4"'
    seen = _run([*unshare, "sh", "-c", script, "sh", str(disk), sys.executable, str(CHILD), str(outside)])
    saved = full_disk_child.SAVED
    # The commands that read still work, and write their files elsewhere.
    assert seen["list"]["code"] == 0 and "case-1" in seen["list"]["out"], seen["list"]
    assert seen["export"]["code"] == 0, seen["export"]
    assert saved in (outside / "statement.md").read_text(encoding="utf-8")
    assert seen["export-answers"]["code"] == 0, seen["export-answers"]
    assert saved in (outside / "answers.json").read_text(encoding="utf-8")
    # A write says why, in one line; a read that cannot be done says the disk is full.
    assert seen["new"] == {"code": 1, "out": "", "err": "s7prep: Not saved: the disk is full\n"}
    old = f"{disk}/old/store.db"
    assert seen["old store"]["err"] == (
        f"s7prep: cannot open {old} to read it: the disk is full; free some space and try again\n"
    )
    assert seen["files after commands"] == ["store.db"]  # no -shm or -wal left behind
    # The app's way: one store kept open while the disk fills and frees.
    assert seen["exclusive"] is True and seen["read"] is True
    assert seen["save on a full disk"] == "NotSaved: Not saved: the disk is full"
    assert seen["save once freed"] == "ok" and seen["exclusive once freed"] is False
    assert seen["files at the end"] == ["store.db"]


def test_files_that_cannot_grow(tmp_path: Path) -> None:
    seen = _run([sys.executable, str(CHILD), "rlimit", str(tmp_path / "home"), str(tmp_path)])
    assert seen["exclusive"] is True and seen["read"] is True
    assert seen["save"].startswith("NotSaved: Not saved: the disk could not be written or read")
    assert seen["read after"] is True
    assert seen["files at the end"] == ["store.db"]

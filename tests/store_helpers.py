"""Helpers for the store tests: a fast-KDF store on a real disk, an invented case,
and a search of every file in the data folder for text that must not be there."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from s7prep.packs.model import Child
from s7prep.store.store import Store

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parent.parent


def open_store(home: Path, **kwargs: Any) -> Store:
    """The store with the test-only cheap KDF (the production cost is tested on its own)."""
    return Store.open(home, insecure_fast_kdf_for_tests=True, **kwargs)


def new_store(home: Path, **kwargs: Any) -> Store:
    store = open_store(home, **kwargs)
    store.create_vault(PASS)
    return store


def fill_case(store: Store, label: str, marker: str) -> dict[tuple[str, str | None], Any]:
    """An invented case for the sample pack with `marker` in every piece of free text."""
    store.create_case(label)
    store.save_children(
        label,
        [
            Child("c1", f"Robin {marker}", born="2018-05", lives_with=f"me {marker}"),
            Child("c2", f"J.{marker}", age=4),
        ],
    )
    answers: dict[tuple[str, str | None], Any] = {
        ("role", None): "grandparent",
        ("your_name", None): f"Sam {marker}",
        ("concern_types", None): ["domestic_abuse", "substance"],
        ("abuse_details", None): f"At handover last spring {marker}\nthere was shouting.",
        ("incidents", None): [
            {"when": "2024-03", "what": f"Shouting {marker}", "ongoing": True},
            {"when": "2024", "ongoing": False},
        ],
        ("child_age", "c1"): 7,
        ("child_age", "c2"): 4,
        ("child_said", "c1"): f"Wants to stay at school {marker} 🙂",
        ("child_sen", "c1"): True,
        ("child_ehcp", "c1"): "2023-09-01",
        ("lives_with", None): "me",
    }
    for key, value in answers.items():
        store.save_answer(label, key, value)
    return answers


def files_containing(home: Path, needle: str) -> list[str]:
    """Every file under `home` holding `needle` in UTF-8 or UTF-16 (either byte order)."""
    forms = [needle.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = []
    for path in sorted(home.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(form in data for form in forms):
                hits.append(path.name)
    return hits


def no_root_powers() -> list[str] | None:
    """A command prefix that runs a child without root's power to ignore file
    permissions (so a read-only folder is read-only to it), or None if we cannot."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run(
        [setpriv, "--bounding-set=-dac_override,-dac_read_search", sys.executable, "-c", "pass"],
        capture_output=True,
    )
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"] if probe.returncode == 0 else None


def child_env() -> dict[str, str]:
    """Environment for a child Python that must import s7prep from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def sql_rows(db: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """Read the store file behind its back, as someone with the file could."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def sql_write(db: Path, sql: str, *args: object) -> None:
    """Change the store file behind its back, as someone with write access could."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            conn.execute(sql, args)
    finally:
        conn.close()


def reopen(db: Path) -> Store:
    """The store of `db`'s folder, opened again and unlocked."""
    store = open_store(db.parent)
    store.unlock(PASS)
    return store


def hold_store(db: Path) -> subprocess.Popen[bytes]:
    """Another process holding the store's write lock until it is killed (or its
    input is closed): never for a set time, which a slow machine could outlast."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
    return holder

"""kill -9 at random moments: every answer the child reported saved is there, and
SQLite's integrity check passes after each kill."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests import killer_child
from tests.store_helpers import PASS, child_env, open_store

RUNS = 60
MAX_SAVES_BEFORE_KILL = 30
CHILD = Path(killer_child.__file__).resolve()
Key = tuple[str, str | None]


def state_after(run: int, last: int) -> dict[Key, Any]:
    """What the answers of `run` are once operations 0..last have committed."""
    state: dict[Key, Any] = {}
    for i in range(last + 1):
        kind, key, value = killer_child.operation(run, i)
        if kind == "clear":
            state.pop(key, None)
        else:
            state[key] = value
    return state


def read_back(home: Path, run: int) -> dict[Key, Any] | None:
    """The case's answers after an integrity check; None if the child died before
    the vault or the case was committed."""
    store = open_store(home)
    try:
        if not store.is_initialised:
            return None
        store.unlock(PASS)
        assert store.integrity_check(), f"run {run}: integrity_check failed"
        if not store.has_case(killer_child.LABEL):
            return None
        return store.load_case(killer_child.LABEL).answers
    finally:
        store.close()


def kill_at(proc: subprocess.Popen[bytes], rng: random.Random) -> list[str]:
    """Kill the child at a moment chosen by what it has reported, never by the clock
    alone, so a slow machine shifts the moment but not what is tested: mostly after
    a random number of saves (then within the next one), sometimes during start-up
    (opening or creating the vault). Returns every whole line it printed."""
    assert proc.stdout is not None
    lines: list[bytes] = []
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0.0, 0.2))  # wherever start-up has got to
    else:
        after = 1 + rng.randrange(MAX_SAVES_BEFORE_KILL)  # "ready", then this many saves
        while len(lines) < after and (line := proc.stdout.readline()):
            lines.append(line)
        time.sleep(rng.uniform(0.0, 0.002))  # into the next save
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    text = b"".join(lines).decode() + out.decode()
    return text.split("\n")[:-1]  # a line cut by the kill is not a report


def test_kill_9_never_loses_a_saved_answer(tmp_path: Path) -> None:
    home = tmp_path / "home"
    rng = random.Random(20261122)
    earlier: dict[Key, Any] = {}  # the settled answers of the runs before this one
    kills = reported_runs = 0
    for run in range(RUNS):
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(home), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_env(),
        )
        lines = kill_at(proc, rng)
        kills += proc.returncode == -signal.SIGKILL
        done = [int(line.split()[1]) for line in lines if line != "ready"]
        assert done == list(range(len(done)))
        last = done[-1] if done else -1
        reported_runs += bool(done)

        answers = read_back(home, run)
        if answers is None:
            assert "ready" not in lines, f"run {run}: the child was ready but its case is gone"
            continue
        this_run = {k: v for k, v in answers.items() if k[0].startswith(f"r{run}_")}
        # Committed then killed before printing: the next operation may be there too.
        assert this_run in (state_after(run, last), state_after(run, last + 1)), f"run {run}, last {last}"
        assert answers == {**earlier, **this_run}, f"run {run}: an earlier answer changed"
        earlier.update(this_run)
    assert kills == RUNS
    assert reported_runs >= RUNS // 2  # most kills landed in the middle of saving
    assert len(earlier) > 200
    print(f"{kills} kills, {reported_runs} mid-save, {len(earlier)} answers checked")

"""Speed of the Textual app. Prints figures; asserts nothing. Every figure is a
ratio against a bare Textual app measured in the same run (the machine is shared
and noisy); the last line gives them all: `ratios: start=.. next=.. scale=.. rss=..`.

    python benchmarks/bench_tui.py [--runs N] [--questions N] [--no-scale]

1. start: spawning the process to the unlock screen painted (headless Textual),
   against a bare Textual app (Header, Label, Input, Footer) started the same way,
   interleaved. Target: <= 1.2x.
2. next: an answer typed, then Next, to the next question painted (saved with its
   commit, the visible questions worked out again, the question drawn), on the
   shipped packs with two children, against a bare app swapping one Label and
   Input. The app is set up as `s7prep` runs it (its garbage collector frozen at
   the unlock). Both pause between answers, as a person reads (the sidebar's counts are
   drawn in that pause, a frame after the question), and take turns four times.
   Target: median <= 1.5x.
3. scale: the same with ten children and the generated 2000-question pack of
   bench_packs.py on top of the shipped packs (the sidebar's size is printed).
   Target: the same ratio.
4. rss: memory (resident set) after a real unlock (production KDF), against the
   bare app. Target: <= 1.3x.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 4  # the next question: ours and the bare swap take turns this many times
PASS = "correct horse battery staple"

# Each child prints one line when its first screen is ready, then exits.
SHOWN = textwrap.dedent(
    """
    import asyncio

    async def shown(app, selector):
        # The first screen is composed and painted (not merely the app ready).
        while not app.screen.query(selector):
            await asyncio.sleep(0.001)
        painted = asyncio.get_running_loop().create_future()
        app.screen.call_after_refresh(lambda: painted.set_result(None))
        await painted
    """
)
OURS = SHOWN + textwrap.dedent(
    """
    import sys
    from s7prep.cli import main as cli
    args = cli.parse_args(["--home", sys.argv[1]])
    from s7prep.cli import app as cli_ui
    app = cli_ui.build_app(args)  # what `s7prep` runs, less the terminal check (Textual loads here)
    from s7prep.tui.screens.unlock import UnlockScreen
    unlock = sys.argv[2] == "unlock"

    def rss():
        fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])

    async def ready(pilot):
        await shown(app, "#pass1")
        assert isinstance(app.screen, UnlockScreen)
        if unlock:
            app.screen.query_one("#pass1").value = sys.argv[3]
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.session.unlocked
            print("rss %d %d" % rss(), flush=True)
        else:
            print("ready", flush=True)
        app.exit()

    app.run(headless=True, size=(80, 24), auto_pilot=ready)
    """
)
BARE = SHOWN + textwrap.dedent(
    """
    import sys
    from textual.app import App
    from textual.widgets import Footer, Header, Input, Label

    class Bare(App):
        def compose(self):
            yield Header()
            yield Label("Passphrase")
            yield Input(password=True)
            yield Footer()

    def rss():
        fields = dict(line.split(":", 1) for line in open("/proc/self/status"))
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])

    async def ready(pilot):
        await shown(pilot.app, "Input")
        print("rss %d %d" % rss() if sys.argv[2] == "unlock" else "ready", flush=True)
        pilot.app.exit()

    Bare().run(headless=True, size=(80, 24), auto_pilot=ready)
    """
)


def child_env(pycache: Path) -> dict[str, str]:
    """The children keep their compiled modules (.pyc) in `pycache` and read them on
    later starts, as an installed s7prep and Textual do: PYTHONDONTWRITEBYTECODE, if
    set, would make s7prep (but not Textual, compiled when installed) compile every
    module on every start."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def start_once(script: str, home: Path, mode: str = "start") -> tuple[float, str]:
    """Seconds from spawning the process to its first screen, and the line it printed."""
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(home), mode, PASS],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=child_env(home.parent / "pycache"),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - begin
    proc.wait(timeout=60)
    return elapsed, line


def startup(home: Path, runs: int) -> float:
    ours: list[float] = []
    bare: list[float] = []
    start_once(OURS, home)  # warm the file cache and write the .pyc files
    start_once(BARE, home)
    for _ in range(runs):
        ours.append(start_once(OURS, home)[0])
        bare.append(start_once(BARE, home)[0])
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"start to unlock screen   s7prep {o * 1000:7.1f} ms   bare Textual {b * 1000:7.1f} ms")
    print(f"                         ratio {o / b:.2f}x (target <= 1.2x), median of {runs}")
    return o / b


def memory(home: Path, runs: int = 3) -> float:
    ours = [start_once(OURS, home, "unlock")[1].split() for _ in range(runs)]
    bare = [start_once(BARE, home, "unlock")[1].split() for _ in range(runs)]
    o = statistics.median(int(x[1]) for x in ours) / 1024
    b = statistics.median(int(x[1]) for x in bare) / 1024
    peak = statistics.median(int(x[2]) for x in ours) / 1024
    print(
        f"memory after unlock      s7prep {o:6.1f} MiB resident "
        f"(peak {peak:.1f} MiB, the KDF's 64 MiB included)"
    )
    print(f"                         bare Textual {b:6.1f} MiB resident; ratio {o / b:.2f}x (target <= 1.3x)")
    return o / b


async def next_question(
    home: Path, n: int, label: str, children: int, packset: Any
) -> tuple[list[float], int]:
    """Times answering `n` questions in a row (and the sidebar's size)."""
    from s7prep.packs.model import Child
    from s7prep.store import demo
    from s7prep.store.store import Store
    from s7prep.tui.app import make_app
    from s7prep.tui.screens.questions import QuestionsScreen
    from s7prep.tui.widgets.nav import SectionNav

    store = Store.open(home)
    store.unlock(PASS)
    store.create_case(label)
    kids = [Child(f"c{i}", f"K{i}.", age=3 + i) for i in range(1, children + 1)]
    store.save_children(label, kids)
    store.close()
    app = make_app(home, PASS, packset=packset, lock_after=None)
    app.freeze_gc = True  # as `s7prep` runs it (cli/app.py build_app)
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        cases = app.screen.query_one("DataTable")
        cases.move_cursor(row=app.screen.labels.index(label))  # type: ignore[attr-defined]
        await pilot.press("enter", "f4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionsScreen)
        loop = asyncio.get_running_loop()
        for _ in range(n):
            slot, view = screen.current, screen.view
            if slot is None or view is None:
                break
            value = demo.sample_value(slot.question)
            if view.answer.reload(slot.question, value):  # as if typed into the box
                app.session.stage(slot.key, view.answer.raw())
            painted: asyncio.Future[float] = loop.create_future()
            begin = time.perf_counter()
            await screen.action_next()
            screen.call_after_refresh(lambda f=painted: f.set_result(time.perf_counter()))
            times.append(await painted - begin)
            await pilot.pause()  # a person reads the question before the next answer
        entries = len(screen.query_one(SectionNav).entries)
    gc.unfreeze()  # this process goes on to other apps
    return times, entries


async def bare_swap(n: int) -> list[float]:
    from textual.app import App, ComposeResult
    from textual.containers import VerticalScroll
    from textual.widgets import Input, Label

    class Swap(App[None]):
        def compose(self) -> ComposeResult:
            yield VerticalScroll()

    app = Swap()
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        box = app.query_one(VerticalScroll)
        loop = asyncio.get_running_loop()
        for i in range(n):
            painted: asyncio.Future[float] = loop.create_future()
            begin = time.perf_counter()
            await box.remove_children()
            await box.mount(Label(f"Question {i}"), Input())
            box.query_one(Input).focus()
            app.call_after_refresh(lambda f=painted: f.set_result(time.perf_counter()))
            times.append(await painted - begin)
            await pilot.pause()  # as above
    return times


def answering(home: Path, n: int, scale: bool) -> dict[str, float]:
    """The next question, shipped packs and two children; with --scale also ten
    children and the generated 2000-question pack. Each against the bare swap,
    run in turns so that a busy neighbour weighs on both alike."""
    from s7prep import resources
    from s7prep.packs import loader as packs

    shipped = packs.load([resources.questions_dir()]).packset
    runs = [("next", "bench-next", 2, shipped)]
    if scale:
        from bench_packs import generated_pack

        big = Path(tempfile.mkdtemp(prefix="s7prep-bench-pack-")) / "generated.yaml"
        big.write_text(generated_pack(2000), encoding="utf-8")
        result = packs.load([resources.questions_dir(), big])
        assert not result.errors, result.errors[:3]
        runs.append(("scale", "bench-scale", 10, result.packset))
    ratios = {}
    for name, label, children, packset in runs:
        ours: list[float] = []
        bare: list[float] = []
        entries = 0
        for turn in range(ROUNDS):
            times, entries = asyncio.run(
                next_question(home, n // ROUNDS, f"{label}-{turn}", children, packset)
            )
            ours += times
            bare += asyncio.run(bare_swap(n // ROUNDS))
        o, b = statistics.median(ours) * 1000, statistics.median(bare) * 1000
        q = statistics.quantiles(ours, n=10)[-1] * 1000
        print(
            f"answer to next shown     {name}: {children} children, {len(packset.by_id)} questions, "
            f"{entries} sidebar entries"
        )
        print(f"{'':25}s7prep median {o:6.1f} ms (90th percentile {q:.1f} ms), {len(ours)} answers")
        print(f"                         bare Textual swap of a Label and Input: median {b:.1f} ms")
        print(f"                         ratio {o / b:.2f}x (target <= 1.5x)")
        ratios[name] = o / b
    return ratios


def main(argv: Any = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="start-ups of each app (default 9)")
    parser.add_argument("--questions", type=int, default=60, help="questions answered (default 60)")
    parser.add_argument(
        "--no-scale", action="store_true", help="skip ten children with the generated 2000-question pack"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="s7prep-bench-") as tmp:
        home = Path(tmp) / "home"
        from s7prep.store.store import Store

        store = Store.open(home)
        store.create_vault(PASS)  # production KDF: the unlock below is a real one
        store.close()
        start = startup(home, args.runs)
        rss = memory(home)
        nexts = answering(home, args.questions, not args.no_scale)
    line = " ".join(f"{k}={v:.2f}" for k, v in {"start": start, **nexts, "rss": rss}.items())
    print(f"ratios: {line}")


if __name__ == "__main__":
    main()

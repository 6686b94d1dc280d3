"""Speed of the Textual app. Prints figures; asserts nothing.

    python benchmarks/bench_tui.py [--runs N]

1. Start to the unlock screen, in a fresh process each time (headless Textual),
   against a bare Textual app (Header, Label, Input, Footer) started the same way,
   interleaved. Target: <= 1.5x the bare app.
2. Answering a question to the next one shown (saved with its commit, the visible
   questions worked out again, the new question mounted and painted), on the
   shipped packs with two children. Target: median <= 50 ms. For scale, the same
   run times a bare app swapping one Label and Input.
3. Memory (resident set) after a real unlock (production KDF), against the bare app.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
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
    args = cli.build_parser().parse_args(["--home", sys.argv[1]])
    from s7prep.cli import app as cli_ui
    from s7prep.tui.screens.unlock import UnlockScreen
    app = cli_ui.build_app(args)  # what `s7prep` runs, less the terminal check
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


def start_once(script: str, home: Path, mode: str = "start") -> tuple[float, str]:
    """Seconds from spawning the process to its first screen, and the line it printed."""
    begin = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(home), mode, PASS],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - begin
    proc.wait(timeout=60)
    return elapsed, line


def startup(home: Path, runs: int) -> None:
    ours: list[float] = []
    bare: list[float] = []
    start_once(OURS, home)  # warm the file cache and the .pyc files
    start_once(BARE, home)
    for _ in range(runs):
        ours.append(start_once(OURS, home)[0])
        bare.append(start_once(BARE, home)[0])
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"start to unlock screen   s7prep {o * 1000:7.1f} ms   bare Textual {b * 1000:7.1f} ms")
    print(f"                         ratio {o / b:.2f}x (target <= 1.5x), median of {runs}")


def memory(home: Path) -> None:
    ours = start_once(OURS, home, "unlock")[1].split()
    bare = start_once(BARE, home, "unlock")[1].split()
    print(
        f"memory after unlock      s7prep {int(ours[1]) / 1024:6.1f} MiB resident "
        f"(peak {int(ours[2]) / 1024:.1f} MiB, the KDF's 64 MiB included)"
    )
    print(f"                         bare Textual {int(bare[1]) / 1024:6.1f} MiB resident")


async def next_question(home: Path, n: int) -> list[float]:
    from s7prep.packs import loader as packs
    from s7prep.packs.model import Child
    from s7prep.store import demo
    from s7prep.store.store import Store
    from s7prep.tui.app import make_app
    from s7prep.tui.screens.questions import QuestionsScreen

    store = Store.open(home)
    store.unlock(PASS)
    store.create_case("bench-next")
    store.save_children("bench-next", [Child("c1", "A.B.", age=9), Child("c2", "C.D.", born="2019")])
    store.close()
    app = make_app(home, PASS, packset=packs.shipped().packset, lock_after=None)
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter", "f4")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionsScreen)
        loop = asyncio.get_running_loop()
        for _ in range(n):
            slot = screen.current
            if slot is None:
                break
            app.session.stage(slot.key, demo.sample_value(slot.question))  # as if typed
            painted: asyncio.Future[float] = loop.create_future()
            begin = time.perf_counter()
            await screen.action_next()
            screen.call_after_refresh(lambda f=painted: f.set_result(time.perf_counter()))
            times.append(await painted - begin)
    return times


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
    return times


def answering(home: Path, n: int) -> None:
    ours = asyncio.run(next_question(home, n))
    bare = asyncio.run(bare_swap(n))
    q = statistics.quantiles(ours, n=10)
    print(
        f"answer to next shown     median {statistics.median(ours) * 1000:6.1f} ms (target <= 50 ms), "
        f"90th percentile {q[-1] * 1000:.1f} ms, {len(ours)} questions"
    )
    bare_ms = statistics.median(bare) * 1000
    print(f"                         bare Textual swap of a Label and Input: median {bare_ms:.1f} ms")


def main(argv: Any = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="start-ups of each app (default 9)")
    parser.add_argument("--questions", type=int, default=60, help="questions answered (default 60)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="s7prep-bench-") as tmp:
        home = Path(tmp) / "home"
        from s7prep.store.store import Store

        store = Store.open(home)
        store.create_vault(PASS)  # production KDF: the unlock below is a real one
        store.close()
        startup(home, args.runs)
        memory(home)
        answering(home, args.questions)


if __name__ == "__main__":
    main()

"""After "Not saved", the app tries again by itself: once the disk has room or the
other copy of s7prep lets go, the status turns to "Saved" without a key pressed."""

from __future__ import annotations

import asyncio
import functools
from pathlib import Path
from typing import Any

from textual.widgets import Static

from s7prep.store.errors import NotSaved
from s7prep.store.store import Store
from s7prep.tui.app import make_app
from tests.store_helpers import hold_store
from tests.tui_helpers import PASS, TODAY, open_case, packset, seed, stored, type_text, wait_until


def _status(app: Any) -> str:
    return str(app.screen.query_one("#status", Static).render())


def test_not_saved_clears_once_the_other_copy_lets_go(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, answers={("role", None): "mother"})
    opener = functools.partial(Store.open, insecure_fast_kdf_for_tests=True, busy_timeout=0.2)
    app = make_app(home, PASS, packset=ps, opener=opener, lock_after=None)
    app.session.today = lambda: TODAY

    async def run() -> None:
        async with app.run_test(size=(100, 40)) as pilot:
            await open_case(pilot, view="")
            holder = hold_store(home / "store.db")
            try:
                await type_text(pilot, "Sam")
                await wait_until(pilot, lambda: _status(app).startswith("Not saved:"))
                assert "in use by another copy" in _status(app)
            finally:
                holder.kill()
                holder.wait()
            await wait_until(pilot, lambda: _status(app) == "Saved")
            assert _status(app) == "Saved"

    asyncio.run(run())
    assert stored(home)[("your_name", None)] == "Sam"


def test_not_saved_clears_once_the_disk_has_room(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, answers={("role", None): "mother"})
    app = make_app(
        home, PASS, packset=ps, opener=functools.partial(Store.open, insecure_fast_kdf_for_tests=True)
    )
    app.session.today = lambda: TODAY

    async def run() -> None:
        async with app.run_test(size=(100, 40)) as pilot:
            await open_case(pilot, view="")
            real = app.session.store.save_answer

            def full(*args: object) -> None:
                raise NotSaved("the disk is full", disk=True)

            app.session.store.save_answer = full  # type: ignore[method-assign]
            await type_text(pilot, "Sam")
            await wait_until(pilot, lambda: _status(app) == "Not saved: the disk is full")
            app.session.store.save_answer = real  # type: ignore[method-assign]
            await wait_until(pilot, lambda: _status(app) == "Saved")
            assert _status(app) == "Saved"

    asyncio.run(run())
    assert stored(home)[("your_name", None)] == "Sam"

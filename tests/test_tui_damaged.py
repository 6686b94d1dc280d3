"""A case that fails its integrity check (an answer row removed behind the app's
back) is listed as damaged beside the others, and can be deleted; never a crash,
never an empty list."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Button, Static

from s7prep.tui.screens.cases import CasesScreen
from s7prep.tui.widgets.dialog import ConfirmDialog
from tests.store_helpers import sql_write
from tests.tui_helpers import app_for, packset, screen_text, seed, settle


def test_a_damaged_case_is_listed_and_can_be_deleted(tmp_path: Path) -> None:
    ps = packset(tmp_path)
    home = tmp_path / "home"
    seed(home, "alpha", answers={("role", None): "mother", ("your_name", None): "Sam"})
    seed(home, "beta", answers={("role", None): "father"})
    db = home / "store.db"
    sql_write(
        db,
        "DELETE FROM answers WHERE id = (SELECT min(id) FROM answers"
        " WHERE case_id = (SELECT id FROM cases WHERE label = 'alpha'))",
    )

    async def run() -> None:
        app = app_for(home, ps, "correct horse battery staple")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            assert app.screen.labels == ["alpha", "beta"]
            shown = screen_text(app)
            assert "damaged" in shown and "beta" in shown
            app.screen.query_one("#delete", Button).press()  # alpha is selected first
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            body = str(app.screen.query_one(".dialog-body Static", Static).render())
            assert body.startswith("Case “alpha” is damaged")
            app.screen.query_one("#ok", Button).press()
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
            assert app.screen.labels == ["beta"]

    asyncio.run(run())

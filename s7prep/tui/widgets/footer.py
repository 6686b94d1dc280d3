"""The footer of every screen (its own module: the first screen imports only this)."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class QuietFooter(Footer):
    """Textual's footer rebuilds itself whenever the focus moves; this one only
    when the keys it shows have changed (moving between questions stays fast)."""

    _shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen and screen.app.app_focus:
            shown = tuple(
                (b.key, b.description, enabled)
                for (_, b, enabled, _) in screen.active_bindings.values()
                if b.show
            )
            if shown == self._shown:
                return
            self._shown = shown
        super().bindings_changed(screen)

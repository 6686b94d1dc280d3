"""How the app looks beyond its stylesheet: the high-contrast theme, and the class a
screen gets for its size."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="s7prep-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1a1a1a",
    success="#00ff00",
    warning="#ffaf00",
    error="#ff5f5f",
    dark=True,
    variables={
        "text-muted": "#d0d0d0",
        "block-cursor-background": "#ffff00",
        "block-cursor-foreground": "#000000",
        "input-selection-background": "#ffff00 60%",
        "footer-key-foreground": "#ffff00",
    },
)


def breakpoint(size: int, breakpoints: list[tuple[int, str]]) -> tuple[str, ...]:
    """The class Textual gives a screen of this width or height (App.*_BREAKPOINTS)."""
    for least, name in sorted(breakpoints, reverse=True):
        if size >= least:
            return (name,)
    return ()

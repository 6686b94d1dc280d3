"""Where the shipped content lives: inside the wheel, or beside the package in a
source checkout (editable installs)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_HERE / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"s7prep is installed without its {name}/ folder")


def questions_dir() -> Path:
    return _find("questions")


def templates_dir() -> Path:
    return _find("templates")

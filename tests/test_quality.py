"""ruff and mypy are part of the tests, so CI fails on what they find."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    # Prefer the tool installed beside this interpreter (the venv's).
    local = Path(sys.executable).parent / name
    return [str(local)] if local.exists() else [shutil.which(name) or name]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint() -> None:
    out = run(*_tool("ruff"), "check", "s7prep", "tests", "benchmarks")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format() -> None:
    out = run(*_tool("ruff"), "format", "--check", "s7prep", "tests", "benchmarks")
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy() -> None:
    out = run(*_tool("mypy"))
    assert out.returncode == 0, out.stdout + out.stderr

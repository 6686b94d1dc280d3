"""The core never imports a front end: checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "s7prep"
# Everything but the front ends (the command line, plain mode, the TUI and its demo).
FRONT = ("cli", "plain", "demo", "__main__")
CORE = sorted(
    f"s7prep.{p.stem}" for p in PACKAGE.glob("*.py") if not p.stem.startswith(FRONT) and p.stem != "__init__"
)


def test_core_leaves_front_ends_unimported() -> None:
    present = CORE
    assert {"s7prep.packs", "s7prep.engine", "s7prep.store", "s7prep.statement"} <= set(present)
    code = (
        "import json, sys\n"
        f"for m in {present!r}: __import__(m)\n"
        "from s7prep import packs, engine\n"
        "ps = packs.shipped().packset\n"
        "engine.visible(ps, [], {})\n"
        "front = ('textual', 'questionary', 'prompt_toolkit')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in front)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []

"""The core never imports a front end: checked in a fresh interpreter."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

CORE = [
    "s7prep.model",
    "s7prep.yamlsafe",
    "s7prep.pack_schema",
    "s7prep.conditions",
    "s7prep.packs",
    "s7prep.engine",
    "s7prep.resources",
    "s7prep.vault",
    "s7prep.store",
    "s7prep.answers_file",
    "s7prep.statement",
]


def test_core_leaves_front_ends_unimported() -> None:
    present = [m for m in CORE if importlib.util.find_spec(m) is not None]
    assert {"s7prep.packs", "s7prep.engine", "s7prep.conditions"} <= set(present)
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

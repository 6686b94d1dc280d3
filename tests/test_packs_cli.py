"""`s7prep packs ...` as a person runs it: exit codes, one-line errors, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import SAMPLE_PACKS


def s7prep(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "s7prep", *args], capture_output=True, text=True, cwd=cwd)


def test_help_and_version() -> None:
    out = s7prep("--help")
    assert out.returncode == 0 and "packs" in out.stdout
    out = s7prep("--version")
    assert out.returncode == 0 and out.stdout.startswith("s7prep ")


def test_validate_shipped_packs() -> None:
    out = s7prep("packs", "validate")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok: ")


def test_validate_sample_pack() -> None:
    out = s7prep("packs", "validate", "--alone", str(SAMPLE_PACKS / "sample.yaml"))
    assert out.returncode == 0, out.stderr
    assert "1 pack(s), 12 question(s)" in out.stdout


BROKEN = {
    "unknown_key.yaml": (
        "id: p\ntitle: T\nversion: '1'\nreviewed: 2026-01-01\nsources: [x]\norder: 1\n"
        "sections: []\nshape: round\n",
        8,
    ),
    "alias.yaml": ("a: &a [1, 2]\nb: *a\n", 1),
    "bad_yaml.yaml": ("id: p\n  title: : :\n", 2),
}


def test_broken_packs_each_give_exit_1_with_file_and_line(tmp_path: Path) -> None:
    for name, (text, line) in BROKEN.items():
        path = tmp_path / name
        path.write_text(text)
        out = s7prep("packs", "validate", str(path))
        assert out.returncode == 1, name
        assert f"{path}:{line}:" in out.stderr, (name, out.stderr)
        assert "Traceback" not in out.stderr


def test_every_error_is_listed(tmp_path: Path) -> None:
    for name, (text, _line) in BROKEN.items():
        (tmp_path / name).write_text(text)
    out = s7prep("packs", "validate", str(tmp_path))
    assert out.returncode == 1
    for name in BROKEN:
        assert name in out.stderr


def test_missing_path(tmp_path: Path) -> None:
    out = s7prep("packs", "validate", str(tmp_path / "nope.yaml"))
    assert out.returncode == 1 and "no such file" in out.stderr and "Traceback" not in out.stderr


def test_condition_may_name_a_shipped_question(tmp_path: Path) -> None:
    # An edited pack checked on its own may depend on questions in the shipped packs.
    from s7prep.packs import loader as packs

    shipped = packs.shipped().packset
    if not shipped.by_id:
        return
    target = next(iter(shipped.by_id.values()))
    cond = f"answered({target.id})"
    text = textwrap.dedent(f"""\
        id: extra
        title: Extra
        version: "1"
        reviewed: 2026-11-01
        sources: [x]
        order: 99
        sections:
          - id: s
            title: S
            questions:
              - id: extra_q
                type: text
                prompt: Anything else?
                statement: none
                show_if: "{cond}"
        """)
    (tmp_path / "extra.yaml").write_text(text)
    out = s7prep("packs", "validate", str(tmp_path / "extra.yaml"))
    assert out.returncode == 0, out.stderr


def test_schema_is_json_and_describes_questions() -> None:
    out = s7prep("packs", "schema")
    schema = json.loads(out.stdout)
    question = schema["$defs"]["question"]
    assert question["additionalProperties"] is False
    assert {"id", "type", "prompt", "statement"} <= set(question["required"])
    assert question["properties"]["checklist"]["items"]["enum"] == list("abcdefg")
    assert "fields" not in schema["$defs"]["field"]["properties"]
    # The keys that steer the documents.
    assert "officer" in question["properties"]["statement"]["enum"]
    assert question["properties"]["priority"]["enum"] == ["top", "high", "normal", "low"]
    assert question["properties"]["meaningful"]["type"] == "boolean"
    assert schema["$defs"]["choice"]["properties"]["short"]["type"] == "string"


def test_list_shows_a_table() -> None:
    out = s7prep("packs", "list")
    assert out.returncode == 0, out.stderr
    assert "Question packs" in out.stdout


def test_a_new_pack_may_not_reuse_an_installed_question_id(tmp_path: Path) -> None:
    from s7prep.packs import loader as packs

    shipped = packs.shipped().packset
    pack = shipped.packs[0]
    text = Path(pack.path).read_text()
    # The same file under its own id is an edited copy: it replaces the installed pack.
    (tmp_path / "edited.yaml").write_text(text)
    assert s7prep("packs", "validate", str(tmp_path / "edited.yaml")).returncode == 0
    # Under a new id it would add a second question with each id.
    (tmp_path / "copy.yaml").write_text(text.replace(f"\nid: {pack.id}\n", f"\nid: {pack.id}_copy\n", 1))
    out = s7prep("packs", "validate", str(tmp_path / "copy.yaml"))
    assert out.returncode == 1
    first = pack.questions()[0].id
    assert f"question id {first!r} is already used in the installed pack {pack.id!r}" in out.stderr
    assert f"{tmp_path / 'copy.yaml'}:" in out.stderr

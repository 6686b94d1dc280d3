"""Find, load and validate question packs into the frozen model.

Every problem is a PackError naming the file, the line and the field. A broken
pack is reported and left out; the others still load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from s7prep import resources
from s7prep.packs import yamlsafe
from s7prep.packs.build import build_pack
from s7prep.packs.errors import PackError
from s7prep.packs.model import Pack, PackSet
from s7prep.packs.refs import check_references
from s7prep.packs.signposts import read_signposts
from s7prep.packs.yamlsafe import YList, YMap

__all__ = ["LoadResult", "PackError", "load", "read_pack", "shipped"]

SIGNPOSTS_FILE = "_signposts.yaml"


@dataclass
class LoadResult:
    packset: PackSet
    errors: list[PackError] = field(default_factory=list)


def _question_lines(data: Any) -> dict[str, int]:
    """Line of each question id and of the keys that name others, for cross-pack messages."""
    out: dict[str, int] = {}
    sections = data.get("sections") if isinstance(data, YMap) else None
    for s in sections if isinstance(sections, YList) else []:
        questions = s.get("questions") if isinstance(s, YMap) else None
        for q in questions if isinstance(questions, YList) else []:
            if isinstance(q, YMap) and isinstance(q.get("id"), str):
                out[q["id"]] = q.lines["id"]
                for key in ("show_if", "essential_if", "signpost", "overrides", "keep_with", "fold_into"):
                    if key in q:
                        out[f"{q['id']}.{key}"] = q.lines[key]
    return out


def read_pack(path: Path) -> tuple[Pack | None, list[PackError], dict[str, int]]:
    """Load one pack file on its own (no cross-pack checks)."""
    name = str(path)
    try:
        data = yamlsafe.load(resources.read_limited(path, yamlsafe.MAX_BYTES))
    except resources.Unreadable as exc:
        return None, [PackError(name, 1, "", f"file {exc}")], {}
    except yamlsafe.YamlError as exc:
        return None, [PackError(name, exc.line, "", str(exc))], {}
    pack, errors = build_pack(data, name)
    return pack, errors, _question_lines(data)


def _read_pack_or_report(path: Path) -> tuple[Pack | None, list[PackError], dict[str, int]]:
    """read_pack, and a last guard: whatever a file holds, it is reported as one error
    and the other packs still load (every command and the app depend on that)."""
    try:
        return read_pack(path)
    except Exception as exc:
        return None, [_unexpected(path, exc)], {}


def _unexpected(path: Path, exc: Exception) -> PackError:
    # The type only: an exception's text could quote the file.
    return PackError(str(path), 1, "", f"could not be read ({type(exc).__name__})")


def pack_files(paths: Iterable[Path]) -> tuple[list[Path], Path | None]:
    """Expand folders into their pack files; find the signposts file if any."""
    files: list[Path] = []
    signposts: Path | None = None
    for path in paths:
        if path.is_dir():
            for f in sorted(path.glob("*.yaml")):
                if f.name == SIGNPOSTS_FILE:
                    signposts = f
                elif not f.name.startswith("_"):
                    files.append(f)
        elif path.name == SIGNPOSTS_FILE:
            signposts = path
        else:
            files.append(path)
    return files, signposts


def load(paths: Iterable[Path] | None = None, context: PackSet | None = None) -> LoadResult:
    """Load packs from files or folders (default: the shipped packs).

    `context` supplies questions that conditions may name without being
    validated here (used when checking a single edited pack).
    """
    files, sp_file = pack_files(list(paths) if paths is not None else [resources.questions_dir()])
    errors: list[PackError] = []
    if sp_file is None:
        sp_file = resources.questions_dir() / SIGNPOSTS_FILE
    try:
        signposts, sp_errors = read_signposts(sp_file) if sp_file.exists() else ((), [])
    except Exception as exc:  # the same guard as for packs: report it, load the rest
        signposts, sp_errors = (
            (),
            [PackError(str(sp_file), 1, "", f"could not be read ({type(exc).__name__})")],
        )
    errors.extend(sp_errors)
    packs: list[Pack] = []
    lines: dict[str, dict[str, int]] = {}
    for f in files:
        pack, errs, qlines = _read_pack_or_report(f)
        errors.extend(errs)
        if pack is not None:
            packs.append(pack)
            lines[pack.path] = qlines
    # A file with the id of an installed pack is an edited copy of it: it replaces
    # that pack's questions. Every other installed question stays in force.
    replaced = {p.id for p in packs}
    ctx = {qid: q for qid, q in (context.by_id.items() if context else ()) if q.pack_id not in replaced}
    good, ref_errors = check_references(packs, lines, ctx, {s.id for s in signposts})
    errors.extend(ref_errors)
    good.sort(key=lambda p: (p.order, p.id))
    return LoadResult(PackSet(tuple(good), signposts), errors)


_cache: LoadResult | None = None


def shipped() -> LoadResult:
    """The shipped packs, loaded once per process."""
    global _cache
    if _cache is None:
        _cache = load()
    return _cache

"""Read the helplines file (questions/_signposts.yaml) that questions may offer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from s7prep.packs import yamlsafe
from s7prep.packs.errors import PackError
from s7prep.packs.model import Signpost
from s7prep.packs.yamlsafe import YList, YMap
from s7prep.resources import Unreadable, read_limited


def read_signposts(path: Path) -> tuple[tuple[Signpost, ...], list[PackError]]:
    name = str(path)
    try:
        data = yamlsafe.load(read_limited(path, yamlsafe.MAX_BYTES))
    except Unreadable as exc:
        return (), [PackError(name, 1, "", f"file {exc}")]
    except yamlsafe.YamlError as exc:
        return (), [PackError(name, exc.line, "", str(exc))]
    errors: list[PackError] = []
    items = data.get("signposts") if isinstance(data, YMap) else None
    if not isinstance(items, YList):
        return (), [PackError(name, 1, "signposts", "must be a list of helplines")]
    out: list[Signpost] = []
    keys = {"id", "name", "number", "for", "hours", "source", "checked"}
    for i, (item, line) in enumerate(zip(items, items.lines, strict=True)):
        where = f"signposts[{i}]"
        if not isinstance(item, YMap):
            errors.append(PackError(name, line, where, "must be a mapping"))
            continue
        bad = [k for k in item if k not in keys] + [
            k
            for k in sorted(keys - {"hours"})
            if not (isinstance(item.get(k), str | date) and str(item.get(k)).strip())
        ]
        for key in bad:
            errors.append(
                PackError(
                    name,
                    item.lines.get(key, line),
                    f"{where}.{key}",
                    "unknown key" if key not in keys else "missing or empty",
                )
            )
        if not bad:
            checked = item["checked"]
            if not isinstance(checked, date) and yamlsafe.iso_date(str(checked)) is None:
                errors.append(
                    PackError(
                        name, item.lines["checked"], f"{where}.checked", "must be a date like 2026-11-01"
                    )
                )
                continue
            out.append(
                Signpost(
                    item["id"],
                    item["name"],
                    str(item["number"]),
                    item["for"],
                    item["source"],
                    yamlsafe.as_date(checked),
                    item.get("hours", ""),
                )
            )
    return tuple(out), errors

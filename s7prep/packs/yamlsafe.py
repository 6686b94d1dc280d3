"""Read YAML safely and remember the line of every key and item.

Anchors, aliases and explicit tags are refused before anything is built, so an
alias bomb costs one linear scan. libyaml is used when present.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import yaml

try:  # libyaml is several times faster; fall back quietly where it is missing.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1_000_000
MAX_DEPTH = 24  # a pack nests about nine deep; more is a mistake or an attack on the stack
_STR_TAG = "tag:yaml.org,2002:str"
_TOO_DEEP = f"nested too deeply (more than {MAX_DEPTH} levels)"


class YamlError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


class YMap(dict[str, Any]):
    """A mapping that knows the line of itself and of each of its keys."""

    line: int = 0
    lines: dict[str, int]


class YList(list[Any]):
    """A sequence that knows the line of itself and of each item."""

    line: int = 0
    lines: list[int]


def _line(node_or_event: Any) -> int:
    return int(node_or_event.start_mark.line) + 1


def _check_events(text: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlError(_TOO_DEEP, _line(event))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, yaml.AliasEvent):
            raise YamlError("aliases (*name) are not allowed", _line(event))
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlError(f"anchors (&{anchor}) are not allowed", _line(event))
        tag = getattr(event, "tag", None)
        if tag is not None and not isinstance(event, yaml.DocumentStartEvent):
            raise YamlError(f"tags ({tag}) are not allowed", _line(event))


def _build(node: yaml.Node, loader: Any) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = YMap()
        out.line = _line(node)
        out.lines = {}
        for key_node, value_node in node.value:
            key = _build(key_node, loader)
            if not isinstance(key, str):
                raise YamlError(f"keys must be words, not {key!r}", _line(key_node))
            if key in out:
                raise YamlError(f"{key}: given twice", _line(key_node))
            out[key] = _build(value_node, loader)
            out.lines[key] = _line(key_node)
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = YList(_build(item, loader) for item in node.value)
        seq.line = _line(node)
        seq.lines = [_line(item) for item in node.value]
        return seq
    if node.tag == _STR_TAG:
        return node.value  # most scalars are text: skip the constructor's dispatch
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, OverflowError):
        # Looks like a date or number but is not one (2026-02-31): keep the text, so
        # the schema names the field and line ("must be a date like 2026-11-01").
        return str(node.value)


def load(text: str | bytes) -> Any:
    """Parse one YAML document into plain values with line numbers attached."""
    if len(text) > MAX_BYTES:
        raise YamlError(f"file is larger than {MAX_BYTES // 1_000_000} MB", 1)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise YamlError("file is not UTF-8 text", 1) from exc
    try:
        _check_events(text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            return None if node is None else _build(node, loader)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = str(exc.problem or exc.context)
        if "nesting depth" in problem:  # libyaml's own limit, met before ours in flow style
            raise YamlError(_TOO_DEEP, line) from None
        raise YamlError(f"not valid YAML: {problem}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"not valid YAML: {exc}", 1) from None


def iso_date(text: str) -> date | None:
    """A date written as 2026-11-01, or None."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def as_date(value: Any) -> date:
    """A YAML date: already a date (unquoted), or ISO text (quoted); a time is dropped."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(value)

"""Render the documents' data through the Jinja templates.

Two environments, both sandboxed (a template someone passed on cannot reach into
Python) and strict about undefined names:
- HTML: `autoescape=True` for every template. `select_autoescape()` would match on
  the file name and miss `.html.j2`, so it is not used.
- Markdown: `finalize=md` escapes every `{{ value }}`, so typed text stays literal.

Templates are looked up in a user folder first (`--templates DIR`), then in the
shipped `templates/` folder, so one partial can be replaced on its own. Each
document is `<kind>.<format>.j2` (statement.html.j2, officer.md.j2, notes.html.j2).
Compiled templates are kept for the life of the process.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import re
from collections.abc import Callable
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, StrictUndefined, Template
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from s7prep import resources
from s7prep.statement import model
from s7prep.statement.escape import md
from s7prep.statement.interview_day import DayPart, InterviewDay
from s7prep.statement.model import DOCUMENTS, Data, Heading
from s7prep.statement.precompiled import PrecompiledLoader
from s7prep.statement.strips import Strip
from s7prep.statement.values import Piece, wording

FORMATS = ("md", "html")
SUFFIXES = {"md": ".md", "html": ".html"}
_CSS_UNSAFE = re.compile(r'[\\"<>\x00-\x1f\x7f]')


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source for an inline <style> with exactly this text."""
    digest = hashlib.sha256(str(text).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def css_string(text: str) -> Markup:
    """Text as a quoted CSS string (for the page footer): nothing in it can end the
    string, the rule or the <style> element."""
    return Markup('"' + _CSS_UNSAFE.sub(lambda m: f"\\{ord(m.group()):x} ", str(text)) + '"')


def number(text: str, head: Heading) -> str:
    """The documents' own wording in the number of the case ("the child" for one)."""
    return wording(str(text), len(head.children))


# Bounds on what a template may make while rendering, so an edited template cannot
# hang the export or fill the memory: no number over LARGEST passed to a function or
# filter, no sequence over LARGEST items made by `*`, and at most RANGE_BUDGET items
# from every range() of one render together.
LARGEST = 100_000
RANGE_BUDGET = 200_000
_budget: ContextVar[list[int]] = ContextVar("range_budget")


def _data_attributes() -> dict[type, frozenset[str]]:
    """What templates read of the documents' own data: each class's fields and public
    properties. Their values are plain data (text, numbers, tuples, more of these
    classes), so the sandbox's checks of each read, most of the cost of rendering the
    notes, are skipped for them; any other attribute of anything is checked as usual."""
    classes = [c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)]
    classes += [Piece, InterviewDay, DayPart, Strip]
    out = {}
    for cls in classes:
        names = {f.name for f in dataclasses.fields(cls)}
        names |= {n for n, v in vars(cls).items() if isinstance(v, property | functools.cached_property)}
        out[cls] = frozenset(n for n in names if not n.startswith("_"))
    return out


_DATA_ATTRIBUTES = _data_attributes()


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox (no reaching into Python), with the bounds above."""

    intercepted_binops = frozenset(("*", "**"))

    def getattr(self, obj: Any, attribute: str) -> Any:
        if attribute in _DATA_ATTRIBUTES.get(type(obj), ()):
            return getattr(obj, attribute)
        return super().getattr(obj, attribute)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and (_big(left, 10**6) or _big(right, 64)):
            raise SecurityError("a power that is too large")
        if operator == "*":
            sized = [x for x in (left, right) if isinstance(x, str | list | tuple)]
            count = [x for x in (left, right) if isinstance(x, int)]
            if sized and count and len(sized[0]) * max(count[0], 0) > LARGEST * 10:
                raise SecurityError("a repeat that is too long")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_sizes(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def _big(value: Any, limit: int) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > limit


def _check_sizes(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if any(_big(v, LARGEST) for v in (*args, *kwargs.values())):
        raise SecurityError("a number that is too large")


def _bounded_range(*args: int) -> range:
    _check_sizes(args, {})
    made = range(*args)
    left = _budget.get(None)
    if left is not None:
        left[0] -= len(made)
        if left[0] < 0:
            raise SecurityError("too many repeats")
    return made


def _bounded_filter(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)  # keeps Jinja's pass_context / pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_sizes(args[1:], kwargs)
        return fn(*args, **kwargs)

    return bounded


def template_name(kind: str, fmt: str) -> str:
    return f"{kind}.{fmt}.j2"


def _loader(fmt: str, templates: Path | None) -> BaseLoader:
    shipped = PrecompiledLoader(fmt, resources.templates_dir())
    if templates is None:
        return shipped
    return ChoiceLoader([FileSystemLoader(str(templates)), shipped])


@lru_cache(maxsize=8)
def environment(fmt: str, templates: Path | None = None) -> SandboxedEnvironment:
    """The environment for a format ('md' or 'html'), cached per template folder."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    options: dict[str, Any] = {
        "loader": _loader(fmt, templates),
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        # The shipped templates do not change while we run; a user's may be edited.
        "auto_reload": templates is not None,
    }
    if fmt == "html":
        env = BoundedSandbox(autoescape=True, **options)
    else:
        env = BoundedSandbox(autoescape=False, finalize=md, **options)
    env.filters = {name: _bounded_filter(fn) for name, fn in env.filters.items()}
    env.globals.pop("lipsum", None)
    env.globals["range"] = _bounded_range
    env.filters["csp_hash"] = csp_hash
    env.filters["css_string"] = css_string
    env.filters["number"] = number
    return env


def template(kind: str, fmt: str, templates: Path | None = None) -> Template:
    if kind not in DOCUMENTS:
        raise ValueError(f"unknown document {kind!r}")
    return environment(fmt, templates).get_template(template_name(kind, fmt))


def render(data: Data, fmt: str, kind: str = "statement", templates: Path | None = None) -> str:
    """One document as Markdown or HTML text. A template that fails raises what it
    raised (see template_errors.render_safely for a message fit to show)."""
    token = _budget.set([RANGE_BUDGET])
    try:
        return template(kind, fmt, templates).render(s=data, kind=kind)
    finally:
        _budget.reset(token)

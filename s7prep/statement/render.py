"""Render statement data through the Jinja templates.

Two environments, both sandboxed (a template someone passed on cannot reach into
Python) and strict about undefined names:
- HTML: `autoescape=True` for every template. `select_autoescape()` would match on
  the file name and miss `.html.j2`, so it is not used.
- Markdown: `finalize=md` escapes every `{{ value }}`, so typed text stays literal.

Templates are looked up in a user folder first (`--templates DIR`), then in the
shipped `templates/` folder, so one partial can be replaced on its own.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from s7prep import resources
from s7prep.statement.build import Statement
from s7prep.statement.escape import md

FORMATS = {"md": "statement.md.j2", "html": "statement.html.j2"}
SUFFIXES = {"md": ".md", "html": ".html"}


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source for an inline <style> with exactly this text."""
    digest = hashlib.sha256(str(text).encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _loader(templates: Path | None) -> BaseLoader:
    shipped = FileSystemLoader(str(resources.templates_dir()))
    if templates is None:
        return shipped
    return ChoiceLoader([FileSystemLoader(str(templates)), shipped])


@lru_cache(maxsize=8)
def environment(fmt: str, templates: Path | None = None) -> SandboxedEnvironment:
    """The environment for a format ('md' or 'html'), cached per template folder."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    options: dict[str, Any] = {
        "loader": _loader(templates),
        "undefined": StrictUndefined,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "keep_trailing_newline": True,
        # The shipped templates do not change while we run; a user's may be edited.
        "auto_reload": templates is not None,
    }
    if fmt == "html":
        env = SandboxedEnvironment(autoescape=True, **options)
    else:
        env = SandboxedEnvironment(autoescape=False, finalize=md, **options)
    env.filters["csp_hash"] = csp_hash
    return env


def render(statement: Statement, fmt: str, templates: Path | None = None) -> str:
    """The statement as Markdown or HTML text."""
    template = environment(fmt, templates).get_template(FORMATS[fmt])
    return template.render(s=statement)

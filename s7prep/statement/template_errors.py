"""Rendering with templates someone may have edited (`--templates DIR`): any failure
becomes one line naming the template file and line, never a value from the case.

Jinja puts the template files into the traceback of an error raised while rendering
(as frames whose file name is the template's), so the line is taken from there, not
from the message: a message can quote a value (`{% include s.children[0].name %}`
says "template <the child's name> not found").
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from s7prep import resources
from s7prep.statement import render as renderer
from s7prep.statement.model import Data

_WHAT = (
    (TemplateNotFound, "includes or imports a template that is not there"),
    (UndefinedError, "uses a name that is not in the document's data"),
    (SecurityError, "tries to do something templates may not do"),
    (RecursionError, "calls itself too deeply"),
    (MemoryError, "makes something too large"),
)


class TemplateProblem(Exception):
    """A template could not be used. The message is one line and holds no answer text."""


def render_safely(data: Data, fmt: str, kind: str, templates: Path | None = None) -> str:
    """renderer.render, with every failure of a template turned into TemplateProblem."""
    try:
        return renderer.render(data, fmt, kind, templates)
    except TemplateSyntaxError as exc:
        # The message quotes the template's own text, never a value.
        where = _name(exc.filename or exc.name or "", templates)
        raise TemplateProblem(
            f"template {where}, line {exc.lineno}: {_one_line(exc.message or '')}"
        ) from None
    except Exception as exc:  # a template can raise anything: reported, never shown
        raise TemplateProblem(problem(exc, templates, renderer.template_name(kind, fmt))) from None


def problem(exc: BaseException, templates: Path | None, top: str) -> str:
    """One line about a template that failed while rendering: where, and what kind of
    failure, from the traceback and the error's type alone."""
    where = _where(exc.__traceback__, templates) or (top, 0)
    what = next((text for kind, text in _WHAT if isinstance(exc, kind)), f"failed ({type(exc).__name__})")
    line = f", line {where[1]}" if where[1] else ""
    return f"template {where[0]}{line}: {what}"


def _where(tb: TracebackType | None, templates: Path | None) -> tuple[str, int] | None:
    """The innermost template frame of a traceback: (file name, line)."""
    found = None
    roots = [str(p) for p in (templates, resources.templates_dir()) if p is not None]
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or any(filename.startswith(r + os.sep) for r in roots):
            found = (_name(filename, templates), tb.tb_lineno)
        tb = tb.tb_next
    return found


def _name(filename: str, templates: Path | None) -> str:
    """A template's name as the person would find it: its path inside the templates
    folder it came from."""
    for root in (templates, resources.templates_dir()):
        if root is None:
            continue
        try:
            return str(Path(filename).resolve().relative_to(Path(root).resolve()))
        except (ValueError, OSError):
            continue
    return Path(filename).name


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:200]

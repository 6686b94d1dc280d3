"""The shipped templates, compiled ahead of time, so a fresh process does not spend
most of its first export turning them into Python (Jinja's parser and code
generator cost several times the render itself).

`python -m s7prep.statement.compile_templates` writes, for each format, the Python Jinja
makes of each shipped template into templates/compiled/<format>/<name>.py, with the
SHA-256 of the template and the Jinja version it was made from at the end. Installing
the wheel byte-compiles them like any module. The loader below uses a compiled file
only when both still match; otherwise (a template edited and not compiled again, a
different Jinja) it compiles the template as usual, so a stale file costs speed,
never correctness. A user's own templates (`--templates DIR`) are always compiled
as they are read. tests/test_statement_render.py checks that the files are current
(and writes them with S7PREP_UPDATE_GOLDEN=1).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import BaseLoader, Environment, FileSystemLoader, Template

from s7prep import resources

FOLDER = "compiled"
_STAMP = (
    "\n# Made from the template with this SHA-256, by this Jinja:\nSOURCE = {digest!r}\nJINJA = {jinja!r}\n"
)


def compiled_path(root: Path, fmt: str, name: str) -> Path:
    return root / FOLDER / fmt / f"{name}.py"


def shipped_names(root: Path, fmt: str) -> Iterator[str]:
    """The shipped templates a format's environment loads: its own (statement.md.j2)
    and the shared ones (_words.j2), not the other format's."""
    others = [f".{other}." for other in ("md", "html") if other != fmt]
    for path in sorted(root.iterdir()):
        if path.is_file() and path.name.endswith(".j2") and not any(o in path.name for o in others):
            yield path.name


def made(environment: Environment, root: Path, name: str) -> str:
    """The compiled file for one template: Jinja's Python, then its stamp."""
    source = (root / name).read_bytes()
    code = environment.compile(source.decode("utf-8"), name, str(root / name), raw=True)
    return code + _STAMP.format(digest=_digest(source), jinja=jinja2.__version__)


def write_all(environment_for: Callable[[str], Environment], formats: tuple[str, ...]) -> list[Path]:
    """Compile every shipped template for each format; returns the files written."""
    root = resources.templates_dir()
    written = []
    for fmt in formats:
        env = environment_for(fmt)
        (root / FOLDER / fmt).mkdir(parents=True, exist_ok=True)
        for stale in (root / FOLDER / fmt).glob("*.py"):
            stale.unlink()
        for name in shipped_names(root, fmt):
            path = compiled_path(root, fmt, name)
            path.write_text(made(env, root, name), encoding="utf-8")
            written.append(path)
    return written


class PrecompiledLoader(BaseLoader):
    """Shipped templates from their compiled files where those are current, else
    from the templates themselves."""

    def __init__(self, fmt: str, root: Path) -> None:
        self.fmt = fmt
        self.root = root
        self.files = FileSystemLoader(str(root))
        # Only these names are looked for among the compiled files: an include made of
        # "../" parts can never reach a Python file elsewhere.
        self.names = frozenset(shipped_names(root, fmt))

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool]]:
        return self.files.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return self.files.list_templates()

    def load(
        self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> Template:
        if name not in self.names:
            return self.files.load(environment, name, globals)
        source_path = self.root / name
        module = f"s7prep_compiled_{self.fmt}"
        try:
            digest = _digest(source_path.read_bytes())
            # The byte-compiled file when there is one (a wheel install makes them).
            code = importlib.machinery.SourceFileLoader(module, str(compiled_path(self.root, self.fmt, name)))
            found = code.get_code(module)
        except (OSError, ImportError, SyntaxError, ValueError):
            found = None
        if found is None:
            return self.files.load(environment, name, globals)
        # A fresh namespace for each environment: the template keeps its environment
        # there, as Jinja's own from_code does.
        namespace: dict[str, Any] = {"environment": environment, "__file__": str(source_path)}
        exec(found, namespace)
        if namespace.get("SOURCE") != digest or namespace.get("JINJA") != jinja2.__version__:
            return self.files.load(environment, name, globals)
        return environment.template_class.from_module_dict(environment, namespace, globals or {})


def _digest(source: bytes) -> str:
    return hashlib.sha256(source).hexdigest()

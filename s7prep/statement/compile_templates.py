"""`python -m s7prep.statement.compile_templates`: compile the shipped templates ahead
of time into templates/compiled/ (see precompiled.py). Run it after changing a template."""

from __future__ import annotations

import sys

from s7prep import resources
from s7prep.statement.precompiled import FOLDER, write_all
from s7prep.statement.render import FORMATS, environment


def main() -> int:
    written = write_all(environment, FORMATS)
    print(f"{len(written)} compiled templates in {resources.templates_dir() / FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

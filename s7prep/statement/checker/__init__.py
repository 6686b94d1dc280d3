"""The statement checker: advice on the wording of a case's statement (absolutes,
labels, contact details, safety steps, length, repeats, a child's words, keeping to the
child).
Reads answers and never changes them; word lists come from questions/_wording.yaml.
Imports the statement, the engine and packs; never the store or a front end."""

from s7prep.statement.checker.check import Report, check
from s7prep.statement.checker.finding import Finding, Place
from s7prep.statement.checker.wording import WordingError

__all__ = ["Finding", "Place", "Report", "WordingError", "check"]

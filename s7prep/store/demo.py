"""The invented case behind `s7prep demo` (the command line runs the app on it).

The answers tell one story (s7prep.store.demo_story): a grandmother caring for her two
grandchildren. Only answers that fit the packs installed are kept: an answer to a
question the packs do not have, or one that does not validate, is left out, and so is
one that the other answers hide. `sample_value` makes a plausible answer from a
question's own hint, for benchmarks that need to type into any question."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from s7prep import engine
from s7prep.engine import fortnight
from s7prep.packs.model import AnswerKey, Child, PackSet, Question
from s7prep.store.demo_story import DEMO_CHILDREN, STORY

DEMO_PASSPHRASE = "demo only passphrase"
DEMO_LABEL = "demo-case"
NOTE = f"This is the demo, with an invented case. Its passphrase is: {DEMO_PASSPHRASE}. Nothing is kept."

__all__ = ["DEMO_CHILDREN", "DEMO_LABEL", "DEMO_PASSPHRASE", "NOTE", "fill", "sample_answers", "sample_value"]


def sample_value(q: Question) -> Any:
    """A plausible answer for `q` made from its hint, in the raw form engine.validate takes."""
    hint = q.hint.strip()
    lower = hint.lower()
    if q.type in ("text", "long_text"):
        return hint or "An invented example answer."
    if q.type == "choice":
        named = [c.value for c in q.choices if c.label.lower() in lower]
        return (named or list(q.choice_values))[0]
    if q.type == "multi_choice":
        return [c.value for c in q.choices if c.label.lower() in lower] or [q.choices[0].value]
    if q.type == "yes_no":
        return not lower.startswith("no")
    if q.type == "date":
        try:
            return engine.parse_when(hint)
        except engine.AnswerError:
            return "2024-03"
    if q.type == "number":
        found = re.search(r"\d+(\.\d+)?", hint)
        return found.group(0) if found else (q.min if q.min is not None else 1)
    if q.type == "fortnight":
        return {"nights": fortnight.preset("every_other_weekend").nights, "note": hint}
    return [{f.id: sample_value(f) for f in q.fields}]


def sample_answers(packset: PackSet, children: list[Child]) -> dict[AnswerKey, Any]:
    """The story's answers that fit `packset` and `children`, as they would be stored."""
    keys = {c.key for c in children}
    answers: dict[AnswerKey, Any] = {}
    for qid, value in STORY.items():
        q = packset.by_id.get(qid)
        if q is None:
            continue
        given = value.items() if q.per_child else [(None, value)]
        for child, v in given:
            if child is not None and child not in keys:
                continue
            try:
                kept = engine.validate(q, v)
            except engine.AnswerError:
                continue
            if kept is not None:
                answers[(qid, child)] = kept
    hidden = set(engine.hidden_answers(packset, children, answers))
    return {k: v for k, v in answers.items() if k not in hidden}


def open_store(home: Path) -> Any:
    from s7prep.store.store import Store

    # A throw-away vault of invented answers with a published passphrase: the slow
    # key derivation would protect nothing, so the demo skips it.
    return Store.open(home, insecure_fast_kdf_for_tests=True)


def fill(home: Path, packset: PackSet) -> None:
    """Create the demo vault and case in `home`."""
    store = open_store(home)
    try:
        store.create_vault(DEMO_PASSPHRASE)
        store.create_case(DEMO_LABEL)
        store.save_children(DEMO_LABEL, list(DEMO_CHILDREN))
        for key, value in sample_answers(packset, list(DEMO_CHILDREN)).items():
            store.save_answer(DEMO_LABEL, key, value)
    finally:
        store.close()

"""The invented case behind `s7prep demo` (the command line runs the app on it).

The sample answers are made from each question's own `hint` (an example answer
the packs carry), so the demo follows the packs as they change. About two in
three questions are answered, so coverage shows gaps too."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from s7prep import engine
from s7prep.packs.model import Child, PackSet, Question

DEMO_PASSPHRASE = "demo only passphrase"
DEMO_LABEL = "demo-case"
DEMO_CHILDREN = (
    Child("c1", "A.B.", born="2016-05", lives_with="me"),
    Child("c2", "C.B.", age=6, lives_with="me"),
)
# The invented person: a grandmother caring for two grandchildren.
CHOSEN = {"your_role": "grandmother", "other_party_role": "mother"}
NOTE = f"This is the demo, with an invented case. Its passphrase is: {DEMO_PASSPHRASE}. Nothing is kept."


def sample_value(q: Question) -> Any:
    """A plausible answer for `q`, in the raw form engine.validate takes."""
    hint = q.hint.strip()
    lower = hint.lower()
    if q.type in ("text", "long_text"):
        return hint or "An invented example answer."
    if q.type == "choice":
        wanted = CHOSEN.get(q.id)
        named = [c.value for c in q.choices if c.label.lower() in lower]
        return wanted if wanted in q.choice_values else (named or list(q.choice_values))[0]
    if q.type == "multi_choice":
        return [c.value for c in q.choices if c.label.lower() in lower] or [q.choices[0].value]
    if q.type == "yes_no":
        return not lower.startswith("no")
    if q.type == "date":
        try:
            return engine.parse_partial_date(hint)
        except engine.AnswerError:
            return "2024-03"
    if q.type == "number":
        found = re.search(r"\d+(\.\d+)?", hint)
        return found.group(0) if found else (q.min if q.min is not None else 1)
    return [{f.id: sample_value(f) for f in q.fields}]


def sample_answers(packset: PackSet, children: list[Child]) -> dict[tuple[str, str | None], Any]:
    """Answers for about two in three visible questions (every essential one)."""
    answers: dict[tuple[str, str | None], Any] = {}
    place = {s.key: n for n, s in enumerate(engine.all_slots(packset, children))}
    for _ in range(6):  # answers reveal more questions: go round until none are new
        added = False
        for slot in engine.visible(packset, children, answers):
            if slot.key in answers or not (slot.question.essential or place[slot.key] % 3):
                continue
            try:
                value = engine.validate(slot.question, sample_value(slot.question))
            except engine.AnswerError:
                continue
            if value is not None:
                answers[slot.key] = value
                added = True
        if not added:
            break
    return answers


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

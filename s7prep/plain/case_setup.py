"""Plain mode's first steps: choose or start a case, then say who the children are.

A new case gets a neutral label the app suggests (call-2026-11-22-1): labels
are the one thing stored unencrypted, and a volunteer starts one per caller.
Only labels are ever listed here, never anything inside another case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from s7prep import engine
from s7prep.packs.model import Child
from s7prep.plain.commands import Command, Interrupted
from s7prep.plain.prompts import Prompter
from s7prep.store.errors import CaseExists, StoreError
from s7prep.store.input_checks import AGE_MAX

NAME_MAX = 80
LIVES_MAX = 200
NEW = object()


def case_labels(cases: Iterable[Any]) -> list[str]:
    """Labels from Store.list_cases(), whether it gives labels or summaries."""
    return [c if isinstance(c, str) else str(c.label) for c in cases]


def suggest_label(existing: Iterable[str], today: date) -> str:
    """call-YYYY-MM-DD-N with the smallest N not used yet."""
    stem = f"call-{today.isoformat()}-"
    used = {int(m.group(1)) for x in existing if (m := re.fullmatch(re.escape(stem) + r"(\d+)", x))}
    n = 1
    while n in used:
        n += 1
    return f"{stem}{n}"


class CaseSetup:
    """Choosing the case and entering its children. Raises plain.Stop to leave."""

    def __init__(self, store: Any, prompter: Prompter, say: Any, today: date) -> None:
        self.store = store
        self.p = prompter
        self.say = say
        self.today = today

    def stop(self, reply: Command | Interrupted, note: str) -> None:
        from s7prep.plain.questions import Stop

        raise Stop(130 if isinstance(reply, Interrupted) else 0, note)

    def pick(self) -> str:
        """The label of the case to work on: an existing one or a new one."""
        labels = case_labels(self.store.list_cases())
        if not labels:
            return self.create(labels)
        options: list[tuple[str, Any]] = [("Start a new case", NEW), *((label, label) for label in labels)]
        while True:
            reply = self.p.select(
                "Which case? Start a new one for a new caller.",
                options,
                instruction="(Type a number, then Enter.)",
            )
            if isinstance(reply, Interrupted) or (isinstance(reply, Command) and reply.name == "quit"):
                self.stop(reply, "Stopped. Nothing was changed.")
            if isinstance(reply, Command):
                self.say(
                    "Choose a case from the list: type its number, then press Enter. Type :quit to stop."
                )
                continue
            return self.create(labels) if reply is NEW else str(reply)

    def create(self, labels: list[str]) -> str:
        suggested = suggest_label(labels, self.today)
        self.say("A new case. Its label is not encrypted, so do not use a name: a neutral label is best.")
        while True:
            reply = self.p.text(f"Label for the new case. Press Enter to use {suggested}.", default="")
            if isinstance(reply, Interrupted) or (isinstance(reply, Command) and reply.name == "quit"):
                self.stop(reply, "Stopped. No case was started.")
            if isinstance(reply, Command):
                self.say(f"Type a label such as {suggested}, or press Enter to use it. Type :quit to stop.")
                continue
            label = reply.strip() or suggested
            try:
                self.store.create_case(label)
            except CaseExists:
                self.say("There is already a case with that label. Choose another.")
                suggested = suggest_label([*labels, label], self.today)
                continue
            except StoreError as exc:
                self.say(f"That label cannot be used: {exc}.")
                continue
            self.say(f"Started the case {label}.")
            return label

    # ------------------------------------------------------------ children

    def children(self, label: str, children: list[Child]) -> list[Child]:
        """Ask for the children, one at a time, saving each when complete."""
        kids = list(children)
        self.say("")
        self.say("Now the children this case is about. A first name or initials is enough.")
        while True:
            child = self.one_child(len(kids) + 1, _next_key(kids))
            if child is None:
                if kids:
                    break
                self.say(
                    "No children were added. Questions about each child are asked once a child is added."
                )
                return kids
            kids.append(child)
            try:
                self.store.save_children(label, kids)
            except StoreError as exc:
                kids.pop()
                self.say(f"{exc}. Please enter that child again.")
                continue
            self.say(f"Saved child {len(kids)}.")
            if not self.another():
                break
        return kids

    def another(self) -> bool:
        """Is there another child? Nothing is chosen for the person: Enter alone asks again."""
        while True:
            more = self.p.select(
                "Is there another child in this case?",
                [("Yes", True), ("No", False)],
                instruction="(Type y or n, then Enter.)",
                keys="yn",
            )
            if isinstance(more, Interrupted) or (isinstance(more, Command) and more.name == "quit"):
                self.stop(more, CHILDREN_STOPPED)
            if isinstance(more, Command) and more.name != "skip":
                self.say(ANOTHER_HELP)
                continue
            return more is True

    def one_child(self, n: int, key: str) -> Child | None:
        """Name, then born or age, then who they live with. None: no more children."""
        parts: dict[str, Any] = {}
        steps = ("name", "born", "lives_with")
        i = 0
        while i < len(steps):
            step = steps[i]
            who = parts.get("name") or f"child {n}"
            prompt = {
                "name": f"Child {n}: name or initials.",
                "born": f"{who}: date of birth or age?",
                "lives_with": f"Who does {who} live with now?",
            }[step]
            instruction = CHILD_INSTRUCTION.get(step, "")
            # After :back, what was given is shown above an empty box: Enter keeps it.
            keep = str(parts[step]) if parts.get(step) not in (None, "") else None
            reply = self.p.text(prompt, instruction=instruction, keep=keep)
            if isinstance(reply, Interrupted) or (isinstance(reply, Command) and reply.name == "quit"):
                self.stop(reply, CHILDREN_STOPPED)
            if isinstance(reply, Command):
                if reply.name == "back" and i > 0:
                    i -= 1
                elif reply.name == "skip" and step == "name" and n == 1:
                    return None
                elif reply.name == "skip" and step != "name":
                    parts.pop(step, None)
                    i += 1
                else:
                    self.say(CHILD_HELP[step])
                continue
            if not reply.strip() and (keep is not None or step != "name"):
                # Enter alone: the answer given before stays, or the part is left empty.
                if keep is None:
                    self.say("Skipped.")
                i += 1
                continue
            try:
                value = _child_part(step, reply)
            except engine.AnswerError as exc:
                self.say(f"{exc}. Please try again.")
                continue
            if step == "name" and not value:
                if n > 1:
                    return None
                self.say(CHILD_HELP["first"])
                continue
            parts[step] = value
            i += 1
        born = parts.get("born")
        return Child(
            key=key,
            name=parts["name"],
            born=born if isinstance(born, str) else "",
            age=born if isinstance(born, int) else None,
            lives_with=parts.get("lives_with") or "",
        )


CHILDREN_STOPPED = (
    "Stopped. Each child you finished adding is saved. To add another child later, use the app: s7prep"
)
# Said after the question every time: what to type, and that Enter alone skips it.
CHILD_INSTRUCTION = {
    "born": "(Type an age like 7, or a date like March 2019. Enter to skip.)",
    "lives_with": "(Type, for example: with me, or with their mother. Enter to skip.)",
}
ANOTHER_HELP = "Nothing chosen yet. Type y if there is another child, or n if not, then press Enter."
CHILD_HELP = {
    "first": "A name or initials lets each question say which child it is about. Type one, "
    "or type :skip to go on without children.",
    "name": "Type the child's first name or initials, then Enter. Type :quit to stop.",
    "born": "Type the child's age, like 7, or their date of birth, like 2019, March 2019 or 14/03/2019. "
    "Type :skip to leave it, or :back to change the name.",
    "lives_with": "Say who the child lives with now, for example: with me, or half the week with each of us. "
    "Type :skip to leave it, or :back to go back.",
}


def _child_part(step: str, text: str) -> Any:
    if step == "name":
        return engine.clean_text(text, NAME_MAX).strip()
    if step == "lives_with":
        return engine.clean_text(text, LIVES_MAX).strip()
    t = text.strip().lower().removesuffix("years old").removesuffix("years").strip()
    if not t:
        return None
    if t.isdigit() and len(t) <= 2:
        if int(t) > AGE_MAX:
            raise engine.AnswerError(f"Type an age from 0 to {AGE_MAX}, or a date of birth")
        return int(t)
    try:
        return engine.parse_partial_date(t)
    except engine.AnswerError as exc:
        if str(exc) != engine.DATE_MESSAGE:
            raise  # a date, but not a real one: say what is wrong with it
        raise engine.AnswerError("Type an age like 7, or a date of birth like 2019 or March 2019") from None


def _next_key(children: list[Child]) -> str:
    used = {c.key for c in children}
    n = len(children) + 1
    while f"c{n}" in used:
        n += 1
    return f"c{n}"

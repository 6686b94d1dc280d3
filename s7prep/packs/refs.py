"""Checks across packs: unique question ids, conditions that fit the questions
they name, helplines that exist and overrides of a question that fits."""

from __future__ import annotations

from collections.abc import Sequence

from s7prep.packs import conditions
from s7prep.packs.errors import PackError
from s7prep.packs.model import NOT_IN_STATEMENT, Pack, Question


def check_references(
    packs: Sequence[Pack],
    lines: dict[str, dict[str, int]],
    context: dict[str, Question],
    signpost_ids: set[str],
) -> tuple[list[Pack], list[PackError]]:
    """Checks across packs: unique ids, conditions and signposts that fit."""
    errors: list[PackError] = []
    known: dict[str, Question] = dict(context)
    # A question of another installed pack keeps its id: a new pack may not reuse it.
    first_seen: dict[str, str] = {qid: f"the installed pack {q.pack_id!r}" for qid, q in context.items()}
    bad_packs: set[str] = set()
    for pack in packs:
        for q in pack.questions():
            if q.id in first_seen:
                errors.append(
                    PackError(
                        pack.path,
                        lines[pack.path].get(q.id, 1),
                        f"{q.id}.id",
                        f"question id {q.id!r} is already used in {first_seen[q.id]}",
                    )
                )
                bad_packs.add(pack.path)
            first_seen.setdefault(q.id, pack.path)
            known[q.id] = q
    for pack in packs:
        for q in pack.questions():
            for key, cond in (("show_if", q.show_if), ("essential_if", q.essential_if)):
                line = lines[pack.path].get(f"{q.id}.{key}", 1)
                for leaf in conditions.comparisons(cond) if cond is not None else ():
                    problem = _leaf_problem(q, leaf, known)
                    if problem:
                        errors.append(PackError(pack.path, line, f"{q.id}.{key}", problem))
                        bad_packs.add(pack.path)
            for sid in q.signpost:
                if sid not in signpost_ids:
                    errors.append(
                        PackError(
                            pack.path,
                            lines[pack.path].get(q.id + ".signpost", 1),
                            f"{q.id}.signpost",
                            f"unknown helpline {sid!r}",
                        )
                    )
                    bad_packs.add(pack.path)
            for key, problem in (
                ("overrides", _override_problem(q, known)),
                ("keep_with", _pair_problem(q, q.keep_with, known)),
                ("fold_into", _fold_problem(q, known)),
            ):
                if problem:
                    line = lines[pack.path].get(f"{q.id}.{key}", 1)
                    errors.append(PackError(pack.path, line, f"{q.id}.{key}", problem))
                    bad_packs.add(pack.path)
    return [p for p in packs if p.path not in bad_packs], errors


def _override_problem(q: Question, known: dict[str, Question]) -> str | None:
    if not q.overrides:
        return None
    target = known.get(q.overrides)
    if target is None:
        return f"unknown question id {q.overrides!r}"
    if target.per_child or target.overrides:
        return f"{target.id!r} must be a question about the whole case (not per_child)"
    if target.type != q.type or target.choice_values != q.choice_values:
        return f"{target.id!r} is {target.type}: an override must be the same type, with the same choices"
    return None


def _pair_problem(q: Question, other_id: str, known: dict[str, Question]) -> str | None:
    """Two answers that go into the statement together: both there, both asked the
    same way (for each child, or once)."""
    if not other_id:
        return None
    other = known.get(other_id)
    if other is None:
        return f"unknown question id {other_id!r}"
    if other.id == q.id:
        return "a question cannot go with itself"
    for found in (q, other):
        if found.statement in NOT_IN_STATEMENT:
            return f"{found.id!r} does not go into the statement (statement: {found.statement})"
    if other.per_child != q.per_child:
        return f"{other.id!r} must be asked the same way (per_child, or once for the case)"
    return None


def _fold_problem(q: Question, known: dict[str, Question]) -> str | None:
    problem = _pair_problem(q, q.fold_into, known)
    if problem or not q.fold_into:
        return problem
    target = known[q.fold_into]
    if target.type not in ("text", "long_text"):
        return f"{target.id!r} is {target.type}: a fact can only follow a text answer"
    if target.fold_into:
        return f"{target.id!r} follows another answer itself"
    return None


def _leaf_problem(
    q: Question, leaf: conditions.Compare | conditions.Answered, known: dict[str, Question]
) -> str | None:
    target = known.get(leaf.qid)
    if target is None:
        return f"unknown question id {leaf.qid!r}"
    if target.id == q.id:
        return "a question cannot depend on itself"
    if target.per_child and not q.per_child:
        pass  # allowed: true when it holds for any child
    if isinstance(leaf, conditions.Answered):
        return None
    op, value, t = leaf.op, leaf.value, target.type
    values = value if isinstance(value, tuple) else (value,)
    if op == "contains":
        if t != "multi_choice":
            return f"'contains' needs a multi_choice question, but {target.id!r} is {t}"
    elif op in ("<", "<=", ">", ">="):
        if t != "number":
            return f"{op!r} compares numbers, but {target.id!r} is {t}"
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            return f"{op!r} needs a number"
        return None
    elif t == "multi_choice":
        return f"{target.id!r} may hold several choices: use 'contains'"
    elif t in ("list", "fortnight"):
        return f"{target.id!r} is a {t}: only answered({target.id}) can be used"
    if t in ("choice", "multi_choice"):
        for v in values:
            if v not in target.choice_values:
                return f"{target.id!r} cannot be {v!r} (its choices: {', '.join(target.choice_values)})"
    elif t == "yes_no":
        if not all(isinstance(v, bool) for v in values):
            return f"{target.id!r} is yes_no: compare it with true or false"
    elif t == "number":
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            return f"{target.id!r} is a number: compare it with a number"
    elif not all(isinstance(v, str) for v in values):
        return f"{target.id!r} is {t}: compare it with text in quotes"
    return None

"""Load and visibility speed of the question packs. Prints figures; asserts nothing.

    python benchmarks/bench_packs.py

Targets on the project machine: shipped packs <= 50 ms; a generated 2000-question
pack <= 300 ms; visible questions for three children and every pack <= 5 ms.
Each figure is also given as a ratio to a baseline measured in the same run
(parsing the same bytes with plain yaml.load and CSafeLoader; the visible questions
against all_slots without conditions), since shared machines are noisy. Ends with
one line: `ratios: packs=... generated=... visible=...`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from timing import median_ms

from s7prep import engine, resources
from s7prep.packs import loader as packs
from s7prep.packs.model import Child

try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader  # type: ignore[assignment]


def generated_pack(n: int) -> str:
    lines = [
        "id: generated",
        "title: Generated",
        'version: "1"',
        "reviewed: 2026-11-01",
        "sources: [generated]",
        "order: 1",
        "sections:",
    ]
    per_section = 50
    for s in range(n // per_section):
        lines += [f"  - id: s{s}", f"    title: Section {s}", "    questions:"]
        for i in range(per_section):
            qid = f"q{s}_{i}"
            lines += [
                f"      - id: {qid}",
                "        type: choice" if i % 5 == 0 else "        type: long_text",
                "        prompt: What has the child said about this part of their week?",
                "        hint: They said they like Saturdays.",
                "        help: The court must consider the child's wishes and feelings.",
                "        statement: wishes",
                "        checklist: [a, b]",
                f"        per_child: {'true' if i % 2 else 'false'}",
            ]
            if i % 5 == 0:
                lines += ["        choices: [{value: 'yes', label: 'Yes'}, {value: 'no', label: 'No'}]"]
            elif i % 5 == 1:
                lines += [f"        show_if: \"q{s}_{i - 1} == 'yes' and not answered(q{s}_{i + 1})\""]
    return "\n".join(lines) + "\n"


def main() -> None:
    shipped_dir = resources.questions_dir()
    shipped_bytes = [p.read_bytes() for p in sorted(shipped_dir.glob("*.yaml"))]
    base_shipped = median_ms(lambda: [yaml.load(b, Loader=Loader) for b in shipped_bytes])
    t_shipped = median_ms(lambda: packs.load([shipped_dir]))
    result = packs.load([shipped_dir])
    n_q = sum(len(p.questions()) for p in result.packset.packs)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated.yaml"
        text = generated_pack(2000)
        path.write_text(text)
        base_gen = median_ms(lambda: yaml.load(text, Loader=Loader), repeat=7)
        t_gen = median_ms(lambda: packs.load([path]), repeat=7)
        gen = packs.load([path])
        assert not gen.errors, gen.errors[:3]

    kids = [Child("c1", "A", age=4), Child("c2", "B", age=9), Child("c3", "C", age=14)]
    answers = {
        (q.id, None if not q.per_child else "c1"): (q.choice_values[0] if q.choices else "x")
        for q in result.packset.by_id.values()
        if q.type in ("choice", "text")
    }
    t_vis = median_ms(lambda: engine.visible(result.packset, kids, answers), repeat=50)
    t_all = median_ms(lambda: engine.all_slots(result.packset, kids), repeat=50)
    n_vis = len(engine.visible(result.packset, kids, answers))

    print(f"shipped packs: {len(result.packset.packs)} packs, {n_q} questions")
    print(f"  load+validate  {t_shipped:7.2f} ms  (target <= 50 ms)")
    ratio = t_shipped / base_shipped
    print(f"  baseline: bare yaml.load of the same files {base_shipped:.2f} ms; ratio {ratio:.2f}x")
    print("generated pack: 2000 questions")
    print(f"  load+validate  {t_gen:7.2f} ms  (target <= 300 ms)")
    print(f"  baseline: bare yaml.load {base_gen:.2f} ms; ratio {t_gen / base_gen:.2f}x")
    print(f"visible questions, 3 children, every shipped pack: {n_vis} slots")
    print(f"  visible()      {t_vis:7.3f} ms  (target <= 5 ms)")
    print(f"  baseline: all_slots() without conditions {t_all:.3f} ms; ratio {t_vis / t_all:.2f}x")
    print(f"ratios: packs={ratio:.2f} generated={t_gen / base_gen:.2f} visible={t_vis / t_all:.2f}")


if __name__ == "__main__":
    main()

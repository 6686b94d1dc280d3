"""The shipped question packs: complete, plain, neutral, and shaped as the content guide asks.

Each rule is a function that lists the problems it finds. The tests run every rule on the
shipped packs (it must find none) and on a copy with a fault planted (it must find it),
so no rule can pass by accident.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from s7prep import engine
from s7prep.packs import loader as packs
from s7prep.packs.model import CHECKLIST, Child, Pack, PackSet, Question, Section

Grade = Callable[[str], float]

# Words that presume a gender or a family role. They may appear only in choice labels,
# where the person picks the one that fits them.
_ROLE_WORDS = """
    mother mothers mum mums mom moms mummy father fathers dad dads daddy
    he she his her hers him himself herself
    husband husbands wife wives boyfriend boyfriends girlfriend girlfriends ex
    son sons daughter daughters grandmother grandfather grandma grandpa grandad granddad
    granny nan nana stepmother stepfather stepmum stepdad
    man men woman women lady ladies gentleman guy
"""
ROLE_WORDS = frozenset(_ROLE_WORDS.split())
ROLES = (
    "mother",
    "father",
    "parent",
    "grandmother",
    "grandfather",
    "step_parent",
    "other_relative",
    "special_guardian",
    "other",
)
# Harm sections and the concern_areas choice that opens each one.
AREA_SECTIONS = {
    "domestic_abuse": "domestic_abuse",
    "conflict": "harmful_conflict",
    "resistance": "refusal_resistance",
    "harmful_parenting": "harmful_parenting",
    "abduction": "abduction",
}
# Helplines that mark a question as being about abuse.
ABUSE_LINES = {"refuge", "live_fear_free", "mens_advice_line", "galop"}
QUOTE = re.compile(r"[\"“]([^\"”]+)[\"”]")
STATUTE_QUOTE = re.compile(r"s1\(3\)(?:\(([a-g])\))?[^\".“]*?[\"“]([^\"”]+)[\"”]")


@pytest.fixture(scope="module")
def shipped() -> PackSet:
    return packs.shipped().packset


@pytest.fixture(scope="module")
def grade() -> Iterator[Grade]:
    import textstat

    mp = pytest.MonkeyPatch()
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # older textstat counts syllables with pyphen only
        pass
    else:
        # Newer textstat looks words up in NLTK's cmudict and downloads it on first use.
        # Tests must not need the network, and pyphen gives the same grade everywhere.
        mp.setattr(_count_syllables, "get_cmudict", lambda lang: None)
    yield textstat.flesch_kincaid_grade
    mp.undo()


# ---------------------------------------------------------------- walking the packs


def questions(ps: PackSet) -> Iterator[tuple[Pack, Section, Question]]:
    for pack in ps.packs:
        for section in pack.sections:
            for q in section.questions:
                yield pack, section, q


def asked(ps: PackSet) -> Iterator[tuple[str, Question]]:
    """Every question and every part of a list record, with a name for messages."""
    for _, _, q in questions(ps):
        yield q.id, q
        for f in q.fields:
            yield f"{q.id}.{f.id}", f


def texts(ps: PackSet) -> Iterator[tuple[str, str]]:
    """Every piece of text a person reads, except choice labels."""
    for pack in ps.packs:
        for section in pack.sections:
            yield f"{pack.id}/{section.id}.intro", section.intro
    for name, q in asked(ps):
        for attr in ("prompt", "hint", "help", "label"):
            yield f"{name}.{attr}", getattr(q, attr)
        for c in q.choices:
            yield f"{name}.{c.value}.help", c.help


def without_statute(text: str) -> str:
    """The text with exact quotations of s1(3) removed: the law's own words may say 'his'."""
    for wording in CHECKLIST.values():
        text = text.replace(f'"{wording}"', "").replace(f"“{wording}”", "")
    return text


def visible_ids(ps: PackSet, children: list[Child], answers: dict[Any, Any]) -> set[tuple[str, str | None]]:
    return {s.key for s in engine.visible(ps, children, answers)}


# ---------------------------------------------------------------- the rules


def help_hint_problems(ps: PackSet) -> list[str]:
    return [
        f"{name}: needs {attr}" for name, q in asked(ps) for attr in ("help", "hint") if not getattr(q, attr)
    ]


def label_problems(ps: PackSet) -> list[str]:
    out = [
        f"{q.id}: feeds the statement but has no label"
        for _, _, q in questions(ps)
        if q.statement != "none" and not q.label
    ]
    out += [
        f"{q.id}.{f.id}: part of a record in the statement but has no label"
        for _, _, q in questions(ps)
        if q.statement != "none"
        for f in q.fields
        if not f.label
    ]
    return out


def letter_problems(ps: PackSet, minimum: int = 3) -> list[str]:
    served = Counter(letter for _, _, q in questions(ps) if q.per_child for letter in q.checklist)
    return [f"({x}) is served by {served[x]} per-child question(s)" for x in CHECKLIST if served[x] < minimum]


def grade_problems(ps: PackSet, grade: Grade) -> list[str]:
    grades = {name: grade(q.prompt) for name, q in asked(ps)}
    out = [
        f"{name}: grade {g:.1f} is above 10: {q.prompt!r}"
        for (name, q), g in zip(asked(ps), grades.values(), strict=True)
        if g > 10
    ]
    median = statistics.median(grades.values())
    if median > 7:
        out.append(f"median grade {median:.1f} is above 7")
    return out


def one_question_problems(ps: PackSet) -> list[str]:
    return [f"{name}: asks more than one question" for name, q in asked(ps) if q.prompt.count("?") > 1]


def role_word_problems(ps: PackSet) -> list[str]:
    out = []
    for where, text in texts(ps):
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", without_statute(text))}
        out += [f"{where}: {w!r} presumes a gender or role" for w in sorted(words & ROLE_WORDS)]
    return out


def metadata_problems(ps: PackSet) -> list[str]:
    out = []
    for p in ps.packs:
        if not p.version.strip():
            out.append(f"{p.id}: no version")
        if not p.sources or not all(s.strip() for s in p.sources):
            out.append(f"{p.id}: no sources")
        # Reviewed after the October 2025 announcement about s1(2A), so that it is reflected.
        if p.reviewed < date(2025, 10, 1):
            out.append(f"{p.id}: reviewed {p.reviewed} is before October 2025")
    return out


def quote_problems(ps: PackSet) -> list[str]:
    out = []
    for name, q in asked(ps):
        for letter, quoted in STATUTE_QUOTE.findall(q.help):
            wanted = [CHECKLIST[letter]] if letter else list(CHECKLIST.values())
            if quoted not in wanted:
                out.append(f"{name}: quotes s1(3){f'({letter})' if letter else ''} inexactly: {quoted!r}")
        # A quotation in the law's voice ("his ...") must be the law's exact words.
        for quoted in QUOTE.findall(q.help):
            if re.search(r"\bhis\b", quoted) and quoted not in CHECKLIST.values():
                out.append(f"{name}: {quoted!r} reads like s1(3) but is not its exact wording")
    return out


def presumption_problems(ps: PackSet) -> list[str]:
    """Content resting on the s1(2A) presumption says its repeal was announced on 22 October
    2025 and that it is law until then; help quotes it with s1(6)'s "whatever the form of
    the involvement"."""
    sources = [(f"{p.id}.sources", s) for p in ps.packs for s in p.sources]
    out = []
    for where, text in [*texts(ps), *sources]:
        if not re.search(r"s1\(2A\)|presum", text, re.I):
            continue
        if not ("22 October 2025" in text and "repeal" in text):
            out.append(f"{where}: mentions the s1(2A) presumption without the 22 October 2025 announcement")
        if where.endswith(".sources"):
            continue
        if not re.search(r"still the law|law until", text):
            out.append(f"{where}: does not say the presumption is still the law until repealed")
        if '"whatever the form of the involvement"' not in text:
            out.append(f"{where}: does not quote s1(6) (whatever the form of the involvement)")
    return out


def help_grade_problems(ps: PackSet, grade: Grade, most: float = 8) -> list[str]:
    """Every help text, a question's, a list part's or a choice's, at reading grade 8 or below."""
    helps = [(f"{name}.help", q.help) for name, q in asked(ps)]
    helps += [(f"{name}.{c.value}.help", c.help) for name, q in asked(ps) for c in q.choices]
    return [f"{where}: grade {g:.1f} is above {most:g}" for where, h in helps if h and (g := grade(h)) > most]


def sensitive_problems(ps: PackSet) -> list[str]:
    return [
        f"{name}: sensitive, but help does not say it may be skipped"
        for name, q in asked(ps)
        if q.sensitive and "skip" not in q.help.lower()
    ]


def abuse_warning_problems(ps: PackSet) -> list[str]:
    """Hard questions about harm warn that they may upset and say where answers stay;
    any question offering an abuse helpline is marked sensitive."""
    out = []
    for pack, section, q in questions(ps):
        if set(q.signpost) & ABUSE_LINES and not q.sensitive:
            out.append(f"{q.id}: offers an abuse helpline, but is not marked sensitive")
        if pack.id != "harm" or not q.sensitive:
            continue
        if "upsetting" not in (q.help + " " + section.intro).lower():
            out.append(f"{q.id}: about harm, but does not warn it may be upsetting")
        if "stay on this computer" not in q.help:
            out.append(f"{q.id}: about harm, but does not say answers stay on this computer")
    return out


def signpost_problems(ps: PackSet) -> list[str]:
    known = {s.id for s in ps.signposts}
    return [
        f"{q.id}: unknown helpline {sid!r}"
        for _, _, q in questions(ps)
        for sid in q.signpost
        if sid not in known
    ]


# What a case with one child must never read (after engine.wording's rewording): several
# children named, a question about how they differ, or "the child" with a plural verb.
SEVERAL = re.compile(  # lower case after the first letter: "the Children Act" is a name
    r"\b[Tt]he children\b|\b(?:[Ee]ach|[Ee]very|[Bb]oth|[Aa]ll|[Aa]ny) (?:of the )?child(?:ren)?\b|"
    r"\bdiffer\w*\b[^.?]*\b(?:between|for) the child\b|\b[Tt]he others\b[^.?]*\bnot\b"
)
PLURAL_VERB = re.compile(
    r"\b(\w+) the child (are|were|have|do|don't|live|stay|spend|go|get|see|feel|need|like|want|say|keep)\b"
    r"|\b(do|are|were|have) the child\b(?!')|\bthe child's (lives)\b|\bchild (Act)\b",
    re.IGNORECASE,
)
# Words after which "the child <verb>" is right: "should the child spend", "help the child keep".
BEFORE_A_BARE_VERB = {"does", "did", "will", "would", "should", "could", "can", "may", "might", "must"}
BEFORE_A_BARE_VERB |= {"help", "helps", "let", "make", "makes", "to"}


def reads_badly(text: str) -> str:
    for m in PLURAL_VERB.finditer(text):
        if m.group(3) or m.group(4) or m.group(5) or (m.group(1) or "").lower() not in BEFORE_A_BARE_VERB:
            return m.group(0)
    return ""


def one_child_problems(ps: PackSet) -> list[str]:
    """Every question as a case with one child is asked it, in every part a person reads."""
    out = []
    for slot in engine.all_slots(ps, [Child("c1", "Sam")]):
        q = slot.question
        parts = [("intro", slot.section.intro), ("section", slot.section.title)]
        parts += [(attr, getattr(q, attr)) for attr in ("prompt", "help", "hint", "label")]
        parts += [(f"{c.value}.{attr}", getattr(c, attr)) for c in q.choices for attr in ("label", "help")]
        parts += [
            (f"{f.id}.{a}", getattr(f, a)) for f in q.fields for a in ("prompt", "help", "hint", "label")
        ]
        for where, text in parts:
            if found := SEVERAL.search(text):
                out.append(f"{q.id}.{where}: with one child, speaks of several children: {found.group(0)!r}")
            if bad := reads_badly(text):
                out.append(f"{q.id}.{where}: with one child, reads badly: {bad!r}")
    return sorted(set(out))


# Sections left off the short path so that it stays under 20 minutes (test below): each
# is about more detail of what the short path already asks.
OFF_THE_SHORT_PATH = {"child/child_adults", "capability/cap_together", "arrangements/arr_handovers"}
OFF_THE_SHORT_PATH |= {"arrangements/arr_services", "arrangements/arr_holidays"}


def section_essential_problems(ps: PackSet) -> list[str]:
    return [
        f"{p.id}/{s.id}: nothing on the short path"
        for p in ps.packs
        for s in p.sections
        if f"{p.id}/{s.id}" not in OFF_THE_SHORT_PATH and not any(q.essential for q in s.questions)
    ]


def main_branches(children: list[Child]) -> dict[Any, Any]:
    """Answers a typical contested case gives: abuse raised, concerns raised in reply, one
    child with extra needs, conditions and safety needs at the interview."""
    answers: dict[Any, Any] = {
        ("your_role", None): "grandmother",
        ("applicant", None): "me",
        ("other_party_role", None): "mother",
        ("stage", None): "before_interview",
        ("existing_orders", None): ["non_molestation"],
        ("agencies", None): ["police", "childrens_services"],
        ("concern_areas", None): ["domestic_abuse"],
        ("concerns_raised", None): "yes",
        ("lives_with_plan", None): "me",
        ("conditions", None): ["contact_centre"],
        ("safety_needs", None): ["separate_waiting"],
        ("interpreter", None): True,
    }
    answers[("child_additional_needs", children[0].key)] = "yes"
    return answers


def essential_sizes(ps: PackSet, children: list[Child], answers: dict[Any, Any]) -> Counter[str | None]:
    return Counter(
        s.child.key if s.child else None for s in engine.visible(ps, children, answers, essentials=True)
    )


# Minutes to read a question and answer it in a sentence or two, by type: an estimate for
# someone who knows their case and is short of time, not a measurement.
MINUTES = {
    "choice": 0.25,
    "yes_no": 0.25,
    "multi_choice": 0.4,
    "date": 0.5,
    "number": 0.5,
    "text": 0.5,
    "long_text": 0.75,
    "list": 1.5,
    "fortnight": 1.0,  # a pattern picked, a night or two changed
}


def essential_minutes(ps: PackSet, children: list[Child], answers: dict[Any, Any]) -> float:
    return sum(MINUTES[s.question.type] for s in engine.visible(ps, children, answers, essentials=True))


def essential_problems(
    ps: PackSet, n_children: int, case: range = range(15, 33), each: range = range(4, 13)
) -> list[str]:
    kids = [Child(f"c{i}", f"Child {i}") for i in range(1, n_children + 1)]
    out = []
    for name, answers in (("no answers", {}), ("main branches open", main_branches(kids))):
        sizes = essential_sizes(ps, kids, answers)
        if sizes[None] not in case:
            out.append(
                f"{name}: {sizes[None]} case questions on the short path, want {case.start}-{case.stop - 1}"
            )
        out += [
            f"{name}: {sizes[k.key]} questions for {k.key}, want {each.start}-{each.stop - 1}"
            for k in kids
            if sizes[k.key] not in each
        ]
    return out


# ---------------------------------------------------------------- the shipped packs


def test_shipped_packs_load_without_errors() -> None:
    result = packs.shipped()
    assert [str(e) for e in result.errors] == []
    assert [p.id for p in result.packset.packs] == [
        "about",
        "child",
        "harm",
        "concerns",
        "capability",
        "arrangements",
        "interview",
    ]


def test_question_count_is_in_range(shipped: PackSet) -> None:
    assert 120 <= sum(1 for _ in questions(shipped)) <= 200


@pytest.mark.parametrize(
    "rule",
    [
        help_hint_problems,
        label_problems,
        letter_problems,
        one_question_problems,
        role_word_problems,
        metadata_problems,
        quote_problems,
        presumption_problems,
        sensitive_problems,
        abuse_warning_problems,
        signpost_problems,
        section_essential_problems,
        one_child_problems,
    ],
)
def test_rule_holds_for_shipped_packs(shipped: PackSet, rule: Callable[[PackSet], list[str]]) -> None:
    assert rule(shipped) == []


def test_prompts_are_plain(shipped: PackSet, grade: Grade) -> None:
    assert grade_problems(shipped, grade) == []


def test_every_help_text_is_at_grade_8_or_below(shipped: PackSet, grade: Grade) -> None:
    assert help_grade_problems(shipped, grade) == []


def test_help_grade_rule_catches_a_hard_help(shipped: PackSet, grade: Grade) -> None:
    hard = "Notwithstanding organisational complexity, characterise the child's communicated preferences."
    assert help_grade_problems(_change(shipped, _one("stage"), help=hard), grade)


def test_interview_tomorrow_essentials_take_under_20_minutes(shipped: PackSet) -> None:
    # A parent whose interview is tomorrow, with one child: the short path, to the list
    # for the day at its end, even with abuse, concerns raised and extra needs to cover.
    one = [Child("c1", "Sam")]
    assert essential_minutes(shipped, one, {}) <= 15
    assert essential_minutes(shipped, one, main_branches(one)) <= 20
    for qid in ("interview_date", "interview_format", "interview_where", "interview_supporter"):
        assert shipped.question(qid).essential, qid
    for qid in ("adjustments", "documents", "safety_needs", "interpreter"):
        assert shipped.question(qid).essential, qid


@pytest.mark.parametrize("n_children", [1, 3])
def test_essential_path_is_short(shipped: PackSet, n_children: int) -> None:
    assert essential_problems(shipped, n_children) == []


def test_essential_path_covers_every_letter(shipped: PackSet) -> None:
    letters = {x for _, _, q in questions(shipped) if q.essential for x in q.checklist}
    assert letters == set(CHECKLIST)


def test_help_quotes_the_law(shipped: PackSet) -> None:
    # The quote rule is only worth having if the packs quote s1(3); they do for (a) to (f).
    quoted = {letter for _, q in asked(shipped) for letter, _ in STATUTE_QUOTE.findall(q.help)}
    assert quoted >= set("abcdef")


def test_role_ids_follow_the_conventions(shipped: PackSet) -> None:
    by_id = shipped.by_id
    for qid in ("your_role", "other_party_role"):
        assert by_id[qid].type == "choice"
        assert by_id[qid].choice_values == ROLES
        assert not by_id[qid].per_child
        other = by_id[f"{qid}_other"]
        assert other.type == "text"
        assert other.show_if_text.replace('"', "'") == f"{qid} == 'other'"
    assert by_id["what_matters_most"].type == "long_text"
    assert by_id["what_matters_most"].statement == "summary"
    assert by_id["stage"].type == "choice"
    assert {"before_safeguarding", "before_interview", "after_report"} <= set(by_id["stage"].choice_values)


def test_harm_areas_open_only_when_chosen(shipped: PackSet) -> None:
    kids = [Child("c1", "A"), Child("c2", "B")]
    harm = next(p for p in shipped.packs if p.id == "harm")
    by_section = {s.id: {q.id for q in s.questions} for s in harm.sections}
    for answer in ([], ["none"]):
        shown = {qid for qid, _ in visible_ids(shipped, kids, {("concern_areas", None): answer})}
        assert shown & set().union(*by_section.values()) == {"concern_areas"}
    for section, area in AREA_SECTIONS.items():
        shown = {qid for qid, _ in visible_ids(shipped, kids, {("concern_areas", None): [area]})}
        assert by_section[section] & shown, section
        for other, other_area in AREA_SECTIONS.items():
            if other_area != area:
                assert not by_section[other] & shown, (area, other)
        assert {"incidents", "child_harm_effect", "harm_safety_asks"} <= shown


def test_refusal_follow_ups_are_per_child(shipped: PackSet) -> None:
    kids = [Child("c1", "A"), Child("c2", "B")]
    answers = {
        ("concern_areas", None): ["refusal_resistance"],
        ("rr_child", "c1"): "other_party",
        ("rr_child", "c2"): "no",
    }
    shown = visible_ids(shipped, kids, answers)
    assert ("rr_child_says", "c1") in shown
    assert ("rr_child_says", "c2") not in shown


def test_concerns_about_you_only_when_raised(shipped: PackSet) -> None:
    kids = [Child("c1", "A")]
    section = {q.id for p in shipped.packs if p.id == "concerns" for q in p.questions()}
    for answer in (None, "no", "not_sure"):
        shown = {qid for qid, _ in visible_ids(shipped, kids, {("concerns_raised", None): answer})}
        assert shown & section == {"concerns_raised"}
    shown = {qid for qid, _ in visible_ids(shipped, kids, {("concerns_raised", None): "yes"})}
    # The support details follow a choice of support; the programme question, a concern about abuse.
    assert section - {"concerns_support_detail", "concerns_programme"} <= shown
    # Steps as a carer are asked in the capability pack only when not already asked here.
    assert "cap_you_steps" not in shown


def test_extra_needs_follow_ups_only_for_that_child(shipped: PackSet) -> None:
    kids = [Child("c1", "A"), Child("c2", "B"), Child("c3", "C")]
    answers = {("child_additional_needs", "c1"): "yes", ("child_additional_needs", "c2"): "no"}
    shown = visible_ids(shipped, kids, answers)
    for qid in ("child_needs_kind", "child_ehcp", "child_needs_detail", "child_needs_change"):
        assert (qid, "c1") in shown
        assert (qid, "c2") not in shown
        assert (qid, "c3") not in shown


def test_incident_records_hold_what_the_officer_needs(shipped: PackSet) -> None:
    incidents = shipped.question("incidents")
    assert incidents.type == "list" and incidents.statement == "chronology"
    kinds = {f.id: f.type for f in incidents.fields}
    assert kinds == {
        "what": "long_text",
        "when": "date",
        "child": "text",
        "who_saw": "text",
        "ongoing": "yes_no",
        "help_sought": "text",
        "evidence": "text",
    }


def test_response_to_concerns_offers_every_position(shipped: PackSet) -> None:
    position = {f.id: f for f in shipped.question("concerns_list").fields}["position"]
    assert position.choice_values == ("accepted", "partly", "disputed")


# ---------------------------------------------------------------- each rule can fail


def _change(ps: PackSet, pick: Callable[[Question], bool], **changes: Any) -> PackSet:
    """A copy of the packs with every question that `pick` selects changed."""

    def fix(s: Section) -> Section:
        return replace(s, questions=tuple(replace(q, **changes) if pick(q) else q for q in s.questions))

    return PackSet(
        tuple(replace(p, sections=tuple(fix(s) for s in p.sections)) for p in ps.packs), ps.signposts
    )


def _one(qid: str) -> Callable[[Question], bool]:
    return lambda q: q.id == qid


PLANTED: list[tuple[Callable[[PackSet], list[str]], Callable[[Question], bool], dict[str, Any]]] = [
    (help_hint_problems, _one("child_said"), {"hint": ""}),
    (help_hint_problems, _one("stage"), {"help": ""}),
    (label_problems, _one("nights_plan"), {"label": ""}),
    (letter_problems, lambda q: q.per_child and "d" in q.checklist, {"checklist": ("b",)}),
    (one_question_problems, _one("child_said"), {"prompt": "What did the child say? When?"}),
    (role_word_problems, _one("child_said"), {"prompt": "What has the child said to Mum?"}),
    (role_word_problems, _one("cap_other_good"), {"hint": "He helps with homework"}),
    (
        quote_problems,
        _one("child_health"),
        {"help": 'Under s1(3)(b) the court must consider "his physical needs".'},
    ),
    (quote_problems, _one("child_health"), {"help": 'The court looks at "his needs, whatever they are".'}),
    (
        presumption_problems,
        _one("time_with_other"),
        {"help": "The law presumes each parent's involvement helps."},
    ),
    (sensitive_problems, _one("child_shown"), {"sensitive": True}),
    (abuse_warning_problems, _one("da_summary"), {"help": "Say what happened. You may skip this."}),
    (abuse_warning_problems, _one("da_summary"), {"sensitive": False}),
    (signpost_problems, _one("child_said"), {"signpost": ("no_such_line",)}),
    (section_essential_problems, lambda q: q.pack_id == "interview", {"essential": False}),
    (one_child_problems, _one("child_rel_you"), {"prompt": "What do the children think of you?"}),
    (one_child_problems, _one("role_by_child"), {"several_children": False}),
    (one_child_problems, _one("cap_you_home"), {"hint": "The children share a room"}),
]


@pytest.mark.parametrize(("rule", "pick", "changes"), PLANTED)
def test_rule_catches_a_planted_fault(
    shipped: PackSet,
    rule: Callable[[PackSet], list[str]],
    pick: Callable[[Question], bool],
    changes: dict[str, Any],
) -> None:
    assert rule(_change(shipped, pick, **changes))


def test_grade_rule_catches_hard_prompts(shipped: PackSet, grade: Grade) -> None:
    hard = "Notwithstanding organisational complexity, characterise the child's communicated preferences."
    assert any(
        "above 10" in p for p in grade_problems(_change(shipped, _one("child_said"), prompt=hard), grade)
    )
    assert any("median" in p for p in grade_problems(_change(shipped, lambda q: True, prompt=hard), grade))


def test_metadata_rule_catches_a_pack_without_sources(shipped: PackSet) -> None:
    first, *rest = shipped.packs
    bare = PackSet((replace(first, sources=()), *rest), shipped.signposts)
    old = PackSet((replace(first, reviewed=date(2025, 1, 1)), *rest), shipped.signposts)
    assert metadata_problems(bare) and metadata_problems(old)


def test_essential_rule_catches_a_long_or_empty_path(shipped: PackSet) -> None:
    everything = _change(shipped, lambda q: q.per_child, essential=True)
    assert essential_problems(everything, 1)
    nothing = _change(shipped, lambda q: True, essential=False)
    assert essential_problems(nothing, 3)


def test_permission_to_apply_is_asked_of_relatives_not_parents(shipped: PackSet) -> None:
    kids = [Child("c1", "A")]
    for role, expected in (
        ("grandmother", True),
        ("other_relative", True),
        ("father", False),
        ("mother", False),
    ):
        answers = {("your_role", None): role, ("applicant", None): "me"}
        assert (("court_permission", None) in visible_ids(shipped, kids, answers)) is expected, role


def test_essential_questions_never_wait_on_a_question_off_the_short_path() -> None:
    # Someone with an interview tomorrow only sees essential questions: an essential
    # question whose condition names a non-essential one would never be shown.
    from s7prep.packs import conditions

    ps = packs.shipped().packset
    problems = [
        f"{q.id} depends on {leaf.qid}"
        for q in ps.by_id.values()
        if q.essential and q.show_if is not None
        for leaf in conditions.comparisons(q.show_if)
        if not ps.by_id[leaf.qid].essential
    ]
    assert problems == []


def test_a_daytime_plan_on_the_short_path_says_when_and_stays_under_20_minutes(shipped: PackSet) -> None:
    one = [Child("c1", "Sam")]
    answers = main_branches(one) | {
        ("lives_with_plan", None): "other_party",
        ("time_with_you", None): "daytime",
    }
    short = {s.question.id for s in engine.visible(shipped, one, answers, essentials=True)}
    assert "day_time" in short and "nights_plan" not in short
    assert essential_minutes(shipped, one, answers) <= 20

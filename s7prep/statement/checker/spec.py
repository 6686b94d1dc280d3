"""The keys each rule of the wording file (questions/_wording.yaml) may have, of what
kind, whether required, and the {names} each rule's advice may use. Read by wording.py."""

from __future__ import annotations

# Each rule's keys: (kind, required). Kinds are checked by wording._Reader.value.
_ADVICE = {"consider": ("text", True), "example": ("text", True)}
_WORDS = {"words": ("phrases", True), "fine": ("fine", False), "fine_before": ("phrases", False)}
PEOPLE = ("child", "child_male", "child_female", "adult", "adult_male", "adult_female")
SPEC: dict[str, dict[str, tuple[str, bool]]] = {
    "absolutes": {
        **_ADVICE,
        **_WORDS,
        "routine_parts": ("parts", False),
        "own_parts": ("parts", False),
        "fine_in": ("ids", False),
        "proposal_parts": ("parts", False),
    },
    "labels": {**_ADVICE, **_WORDS},
    "diagnoses": {**_ADVICE, **_WORDS, "qualified_by": ("phrases", False)},
    "contacts": {
        **_ADVICE,
        "not_a_phone_after": ("phrases", False),
        "officer_consider": ("text", False),
        "officer_example": ("text", False),
        "asks_privacy": ("phrases", False),
    },
    "length": {
        **_ADVICE,
        "guidance": ("sizes", True),
        "questions": ("sizes", False),
        "far_over": ("factor", True),
    },
    "pages": {**_ADVICE, "over": ("text", True)},
    "repeats": {
        **_ADVICE,
        "min_words": ("count", True),
        "similar": ("share", True),
        "common": ("words", False),
        "apart": ("part_pairs", False),
    },
    "child_words": {
        **_ADVICE,
        "said": ("phrases", True),
        "said_to_someone": ("words", False),
        "when": ("phrases", True),
        "to_whom": ("phrases", True),
        "said_what": ("phrases", False),
        "fine_in": ("ids", False),
    },
    "child_focus": {
        **_ADVICE,
        "parts": ("parts", True),
        "child_things": ("phrases", False),
        **{k: ("phrases", k == "child") for k in PEOPLE},
    },
    "safety_steps": {**_ADVICE, "words": ("phrases", True), "fine": ("fine", False)},
}
# The {names} each rule's advice may use.
PLACES: dict[str, frozenset[str]] = {
    "absolutes": frozenset({"words"}),
    "labels": frozenset({"words"}),
    "diagnoses": frozenset({"words"}),
    "contacts": frozenset({"kind"}),
    "length": frozenset({"words", "guide"}),
    "pages": frozenset({"words", "pages", "printed", "moved", "which", "longest"}),
    "repeats": frozenset({"other"}),
    "child_words": frozenset({"child"}),
    "child_focus": frozenset({"child", "part"}),
    "safety_steps": frozenset({"words"}),
}

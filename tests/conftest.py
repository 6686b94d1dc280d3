"""Fixtures shared by the whole suite. Test files may add their own beside them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet

# Property tests never fail by chance: no deadline and no "too slow" check (a loaded
# machine is slow, not wrong), and the same examples every run. S7PREP_FUZZ=1 looks
# further: new random examples (and more of them in tests/test_fuzz.py).
settings.register_profile(
    "suite", deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True, database=None
)
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("explore" if os.environ.get("S7PREP_FUZZ") else "suite")

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_PACKS = FIXTURES / "packs"


@pytest.fixture(scope="session")
def sample_packset() -> PackSet:
    """The invented sample pack that uses every type and condition."""
    result = packs.load([SAMPLE_PACKS])
    assert result.errors == []
    return result.packset

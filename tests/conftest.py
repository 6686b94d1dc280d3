"""Fixtures shared by the whole suite. Test files may add their own beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from s7prep.packs import loader as packs
from s7prep.packs.model import PackSet

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_PACKS = FIXTURES / "packs"


@pytest.fixture(scope="session")
def sample_packset() -> PackSet:
    """The invented sample pack that uses every type and condition."""
    result = packs.load([SAMPLE_PACKS])
    assert result.errors == []
    return result.packset

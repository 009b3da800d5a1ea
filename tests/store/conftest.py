"""Fixtures shared by the store's tests."""

from __future__ import annotations

import pytest

from briefing.analysis.topics.themes import Theme, load_theme
from briefing.resources import themes_dir


@pytest.fixture
def theme() -> Theme:
    """The shipped theme."""
    return load_theme(themes_dir())

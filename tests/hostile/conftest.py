"""Fixtures shared by the store's tests."""

from __future__ import annotations

import pytest

from briefing.resources import themes_dir
from briefing.themes import Theme, load_theme


@pytest.fixture
def theme() -> Theme:
    """The shipped theme."""
    return load_theme(themes_dir())

"""The app on the seed, ready for Pilot."""

from __future__ import annotations

import pytest

from briefing.analysis.topics.themes import load_theme
from briefing.resources import themes_dir
from briefing.tui.app import BriefingApp
from tests.conftest import SEEDS


@pytest.fixture
def make_app():
    def make(paths=None, date=None, settings=None):
        return BriefingApp(paths or [SEEDS], load_theme(themes_dir()), date, settings)

    return make

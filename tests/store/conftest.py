"""Fixtures shared by the store's tests."""

from __future__ import annotations

import pytest

from briefing.analysis.topics.themes import Theme, load_theme
from briefing.resources import themes_dir
from briefing.store import Store


@pytest.fixture
def theme() -> Theme:
    """The shipped theme."""
    return load_theme(themes_dir())


@pytest.fixture
def record_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The row ids of the analyses' records every store reads from now on."""
    reads: list[int] = []
    record = Store.record

    def counted(self: Store, row_id: int, *args):
        reads.append(row_id)
        return record(self, row_id, *args)

    monkeypatch.setattr(Store, "record", counted)
    return reads

"""Shared fixtures: the bundled seed and an isolated config/data directory."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "us-japan-investment-deal.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own config and database out of every test."""
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(scope="session")
def seed_article():
    """The seed article, ingested."""
    from briefing.ingest import read_article

    return read_article(SEED, "seed")

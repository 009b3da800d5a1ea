"""Where the bundled seeds and themes live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE / f"_{name}"
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / name


def seeds_dir() -> Path:
    """The folder of seed articles that opens when no path is given."""
    return _bundled("seeds")


def themes_dir() -> Path:
    """The folder of default topic themes."""
    return _bundled("themes")

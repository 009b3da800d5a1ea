"""The engine never imports the UI libraries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ENGINE_PACKAGES = ("ingest", "analysis", "export", "store", "library")
ENGINE_MODULES = ("model", "presentation", "safe_text", "resources", "config")


def engine_modules() -> list[str]:
    """Every module of the engine, found on disk (a new one is checked without listing it)."""
    import briefing

    root = Path(briefing.__file__).parent
    found = [f"briefing.{name}" for name in ENGINE_MODULES]
    for package in ENGINE_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            found.append(".".join(("briefing", *parts)).removesuffix(".__init__"))
    return found


@pytest.mark.parametrize("module", engine_modules())
def test_engine_does_not_import_textual_or_rich(module):
    code = (
        f"import sys, {module}; "
        "bad = [m for m in ('textual', 'rich', 'briefing.tui') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

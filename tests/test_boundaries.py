"""The engine never imports the UI libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "briefing.ingest",
        "briefing.analysis.pipeline",
        "briefing.export.json",
        "briefing.model",
    ],
)
def test_engine_does_not_import_textual_or_rich(module):
    code = (
        f"import sys, {module}; "
        "bad = [m for m in ('textual', 'rich', 'briefing.tui') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

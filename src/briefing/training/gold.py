"""The gold documents of a corpus folder: each ``<stem>.md`` with its ``<stem>.gold.json``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def gold_files(folder: Path, pattern: str = "*.md") -> Iterator[tuple[Path, dict]]:
    """(article path, gold record) of every document of ``folder`` that has its gold file,
    in name order."""
    for path in sorted(folder.glob(pattern)):
        gold_path = path.with_name(path.stem + ".gold.json")
        if gold_path.exists():
            yield path, json.loads(gold_path.read_text(encoding="utf-8"))

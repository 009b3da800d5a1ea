"""Shared helpers for benchmarks: read a gold folder of the development corpus."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.ingest import read_article
from briefing.model import Article


@dataclass
class GoldDocument:
    """An article read by briefing, and the gold annotations of the same body."""

    article: Article
    gold: dict[str, Any]


def gold_documents(folder: str | Path, pattern: str = "*.md") -> Iterator[GoldDocument]:
    """Every document of a gold folder whose body briefing reads exactly as annotated."""
    root = Path(folder)
    if not root.is_dir():
        sys.exit(f"{root}: not a folder")
    for path in sorted(root.rglob(pattern)):
        gold_path = path.with_name(path.name[: -len(path.suffix)] + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = read_article(path, gold.get("id", path.stem))
        digest = hashlib.sha256(article.body.encode("utf-8")).hexdigest()
        if digest != gold["body_sha256"]:
            print(f"warning: {path.name}: body differs from the annotated one", file=sys.stderr)
            continue
        yield GoldDocument(article, gold)


def prf(correct: float, predicted: float, gold: float) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def match_overlapping(
    predicted: list[tuple[int, int]], gold: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index) of overlapping spans, greedy by overlap."""
    pairs = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0:
                pairs.append((-overlap, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    return matched

"""Every pass is linear in its input: eight times the text costs about eight times the time,
never the 64 times a pass that grows with the square would cost. The bound is generous
(24), and each size is timed at its fastest of three runs, so a busy machine passes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.analysis.pipeline import analyze_article, assemble_corpus
from briefing.export.json import corpus_to_json
from briefing.export.markdown import render_brief
from briefing.ingest import parse_article
from tests.hostile.shapes import SHAPES

SMALL = 600  # words
GROWTH = 8
BOUND = 24


def _whole_engine(text: str, theme) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        article = analyze_article(parse_article(text, Path("x.txt"), "x"), theme)
        corpus = assemble_corpus([article])
        corpus_to_json(corpus)
        render_brief(corpus, theme)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_eight_times_the_text_costs_about_eight_times_the_time(shape, theme):
    build = SHAPES[shape]
    small = _whole_engine(build(SMALL), theme)
    large = _whole_engine(build(SMALL * GROWTH), theme)
    assert large / max(small, 1e-3) < BOUND, f"{shape}: {small:.4f} s -> {large:.4f} s"

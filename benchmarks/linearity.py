"""Growth of the whole engine's cost on hostile texts, and its cost beside ordinary ones.

Usage: python benchmarks/linearity.py [--words N] [--runs N]

For each hostile shape (``tests/hostile/shapes.py``): the time to read, analyse, assemble
and export it at N and 4N words (fastest of --runs), the growth exponent between the two
(1.0 is linear, 2.0 grows with the square), and the cost at 4N beside the same words
written as ordinary paragraphs of 40 words.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.hostile.shapes import SHAPES, as_paragraphs  # noqa: E402

from briefing.analysis.pipeline import analyze_article, assemble_corpus  # noqa: E402
from briefing.analysis.topics.themes import load_theme  # noqa: E402
from briefing.export.json import corpus_to_json  # noqa: E402
from briefing.export.markdown import render_brief  # noqa: E402
from briefing.ingest import parse_article  # noqa: E402
from briefing.resources import themes_dir  # noqa: E402


def seconds(text: str, theme, runs: int) -> float:
    """The whole engine on one text, fastest of ``runs``."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        corpus = assemble_corpus([analyze_article(parse_article(text, Path("x.txt"), "x"), theme)])
        corpus_to_json(corpus)
        render_brief(corpus, theme)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    theme = load_theme(themes_dir())
    print(f"{'shape':28} {'N s':>8} {'4N s':>8} {'exponent':>9} {'vs paragraphs':>14}")
    worst = 0.0
    for name, build in SHAPES.items():
        small = seconds(build(args.words), theme, args.runs)
        large_text = build(args.words * 4)
        large = seconds(large_text, theme, args.runs)
        plain = seconds(as_paragraphs(large_text), theme, args.runs)
        exponent = math.log(max(large, 1e-6) / max(small, 1e-6), 4)
        worst = max(worst, exponent)
        print(f"{name:28} {small:8.3f} {large:8.3f} {exponent:9.2f} {large / plain:13.1f}x")
    print(f"highest growth exponent: {worst:.2f}")


if __name__ == "__main__":
    main()

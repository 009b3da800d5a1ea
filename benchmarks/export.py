"""Time to export the brief (and the JSON) of a whole folder.

Usage: python benchmarks/export.py FOLDER [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from briefing.analysis.pipeline import build_corpus
from briefing.analysis.topics.themes import load_theme
from briefing.export.json import corpus_to_json
from briefing.export.markdown import render_brief
from briefing.ingest import load_articles
from briefing.resources import themes_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    theme = load_theme(themes_dir())
    started = time.perf_counter()
    articles, _failures = load_articles([args.folder])
    corpus = build_corpus(articles, theme=theme)
    analysed = time.perf_counter() - started
    print(f"{len(corpus.articles)} articles, {len(corpus.timeline)} events; "
          f"loaded and analysed in {analysed:.1f} s")  # fmt: skip
    for name, render in (("markdown brief", lambda: render_brief(corpus, theme)),
                         ("briefing/1 json", lambda: corpus_to_json(corpus))):  # fmt: skip
        times, size = [], 0
        for _ in range(args.runs):
            begun = time.perf_counter()
            size = len(render())
            times.append(time.perf_counter() - begun)
        print(f"{name:16} {statistics.median(times):6.2f} s (median of {args.runs}), "
              f"{size / 1e6:.1f} MB")  # fmt: skip


if __name__ == "__main__":
    main()

"""Throughput of each analysis pass, and of the whole engine, on a folder of articles.

Usage: python benchmarks/engine.py FOLDER [--runs N] [--limit N]

Prints words per second on one core (median of N runs) for: time expressions, names,
names + quotes + figures (the "who said what" analysis), topics, and the whole pipeline.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace

from briefing.analysis.figures import find_figures
from briefing.analysis.names.aliases import resolve_entities
from briefing.analysis.names.entities import find_mentions
from briefing.analysis.pipeline import build_corpus
from briefing.analysis.quotes.finder import find_quotes
from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import RefDate
from briefing.analysis.topics.filing import assign_topics
from briefing.analysis.topics.themes import load_theme
from briefing.ingest import load_articles
from briefing.resources import themes_dir


def who_said_what(articles):
    named = [replace(a, mentions=tuple(find_mentions(a))) for a in articles]
    resolved, _entities = resolve_entities(named)
    for article in resolved:
        find_quotes(article)
        find_figures(article.body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    articles, failures = load_articles([args.folder])
    if args.limit:
        articles = articles[: args.limit]
    words = sum(len(a.body.split()) for a in articles)
    theme = load_theme(themes_dir())
    print(f"{len(articles)} articles, {words:,} words ({len(failures)} failed to load)")
    passes = {
        "time expressions": lambda: [
            find_time_expressions(a.body, RefDate.parse(a.date)) for a in articles
        ],
        "names": lambda: [find_mentions(a) for a in articles],
        "names + quotes + figures": lambda: who_said_what(articles),
        "topics": lambda: [assign_topics(a, theme) for a in articles],
        "whole pipeline": lambda: build_corpus(articles, theme=theme),
    }
    for name, run in passes.items():
        rates = []
        for _ in range(args.runs):
            started = time.perf_counter()
            run()
            rates.append(words / (time.perf_counter() - started))
        print(
            f"{name:26} {statistics.median(rates):>10,.0f} words/s  "
            f"(median of {args.runs}; min {min(rates):,.0f}, max {max(rates):,.0f})"
        )


if __name__ == "__main__":
    main()

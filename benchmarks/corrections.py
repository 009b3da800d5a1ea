"""What the reader's corrections of the entities cost on a folder opened warm.

Usage: python benchmarks/corrections.py FOLDER --db DB [--runs 5]

Opens FOLDER through the database DB as ``briefing export`` does (index it first with
``briefing index FOLDER --db DB`` so that the open is warm and its articles lazy), then,
``--runs`` times each, makes the corrections a reader makes most: the second most mentioned
person merged into the most mentioned, and the most mentioned person's first alias split
off it. Prints the median seconds of each, how many articles each read, and the entities'
counts before and after. Nothing is written into the database.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from briefing.analysis.names.corrections import apply_corrections
from briefing.analysis.topics.themes import load_theme
from briefing.library.open_folder import stored_corpus
from briefing.model import MERGE, SPLIT, Corpus, Correction
from briefing.resources import themes_dir
from briefing.store import Store


def timed(
    open_warm: Callable[[], Corpus], corrections: list[Correction], runs: int
) -> tuple[float, int, Corpus]:
    """Median seconds of making ``corrections`` on a corpus opened warm (each run opens it
    afresh: no article read yet), the articles the last run read, and its corpus."""
    seconds = []
    for _ in range(runs):
        base = open_warm()
        start = time.perf_counter()
        corrected = apply_corrections(base, corrections)
        seconds.append(time.perf_counter() - start)
    read = getattr(base.articles, "opened", len(base.articles))
    return statistics.median(seconds), read, corrected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    theme = load_theme(themes_dir())
    store = Store(args.db)

    def open_warm() -> Corpus:
        return stored_corpus([args.folder], theme, store)

    start = time.perf_counter()
    corpus = open_warm()
    print(f"warm open: {time.perf_counter() - start:.2f} s, {len(corpus.articles)} articles, "
          f"{len(corpus.entities)} entities")  # fmt: skip
    people = [e for e in corpus.entities if e.type == "PER"]
    top, second = people[0], people[1]
    merge = [Correction(MERGE, second.id, top.id)]
    seconds, read, merged = timed(open_warm, merge, args.runs)
    print(f"merge {second.name} ({second.mention_count}) into {top.name} "
          f"({top.mention_count}): {seconds * 1000:.1f} ms median of {args.runs}, "
          f"{read} articles read, {len(merged.entities)} entities")  # fmt: skip
    if top.aliases:
        alias = top.aliases[0]
        split = [Correction(SPLIT, top.id, alias)]
        seconds, read, parted = timed(open_warm, split, args.runs)
        made = next(e for e in parted.entities if e.name == alias or alias in e.aliases)
        print(f"split {alias} off {top.name} (in {len(top.articles)} articles): "
              f"{seconds * 1000:.1f} ms median of {args.runs}, {read} articles read, "
              f"{alias} now {made.mention_count} mentions")  # fmt: skip
    store.close()


if __name__ == "__main__":
    main()

"""Article-topic figures on a Reuters gold folder, under the theme's Reuters mapping.

Usage: python benchmarks/topics.py GOLD_DIR [--themes PATH] [--all | --cv] [--runs N]

By default only the held-back fifth of the documents (never used to fit the shipped weights,
see briefing.training.fit_themes.held_back) is measured; --all measures every document;
--cv refits the weights five times (5-fold cross-validation) and measures each fold on the
weights fitted without it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gold_documents, prf  # noqa: E402
from briefing.analysis.topics.filing import assign_topics  # noqa: E402
from briefing.analysis.topics.themes import load_theme  # noqa: E402
from briefing.resources import themes_dir  # noqa: E402
from briefing.training.fit_themes import (  # noqa: E402
    REUTERS_LABELS,
    fit_theme,
    fold_of,
    held_back,
    load_documents,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("--themes", default=str(themes_dir()))
    parser.add_argument("--all", action="store_true", help="measure every document")
    parser.add_argument("--cv", action="store_true", help="5-fold cross-validation of the fit")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    theme = load_theme(args.themes)
    documents = [
        d
        for d in gold_documents(args.gold_dir)
        if d.gold.get("topics") is not None and (args.all or held_back(d.gold["id"]))
    ]
    scope = "all documents" if args.all else "the held-back fifth"
    print(f"{len(documents)} documents ({scope}) of {args.gold_dir}")
    counts = {key: [0, 0, 0] for key in REUTERS_LABELS}  # correct, predicted, gold
    fold_themes = {}
    if args.cv:
        everything = load_documents(Path(args.gold_dir))
        for fold in range(5):
            print(f"fitting without fold {fold}...", file=sys.stderr)
            training = [d for d in everything if fold_of(d[3]) != fold]
            fold_themes[fold] = fit_theme(training, theme)
        documents = [d for d in gold_documents(args.gold_dir) if d.gold.get("topics") is not None]
        print(f"5-fold cross-validation over {len(documents)} documents")
    for document in documents:
        used = fold_themes[fold_of(document.gold["id"])] if args.cv else theme
        predicted = set(assign_topics(document.article, used).topics)
        gold_labels = set(document.gold["topics"])
        for key, labels in REUTERS_LABELS.items():
            is_gold = bool(gold_labels & set(labels))
            is_predicted = key in predicted
            counts[key][0] += is_gold and is_predicted
            counts[key][1] += is_predicted
            counts[key][2] += is_gold
    print(f"{'topic':14} {'P':>6} {'R':>6} {'F1':>6}  gold")
    for key, (correct, predicted, gold) in counts.items():
        p, r, f = prf(correct, predicted, gold)
        print(f"{key:14} {p:6.3f} {r:6.3f} {f:6.3f}  {gold}")
    totals = [sum(column) for column in zip(*counts.values(), strict=True)]
    p, r, f = prf(*totals)
    print(f"{'micro':14} {p:6.3f} {r:6.3f} {f:6.3f}  {totals[2]}")
    paragraphs = sum(len(d.article.paragraphs) for d in documents)
    rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        for document in documents:
            assign_topics(document.article, theme)
        rates.append(paragraphs / (time.perf_counter() - started))
    print(
        f"speed: {statistics.median(rates):,.0f} paragraphs/s (median of {args.runs} runs, "
        f"{paragraphs:,} paragraphs)"
    )


if __name__ == "__main__":
    main()

"""Article-topic figures on Reuters-21578 (tune and check), sport and entertainment on BBC,
and the speed of filing paragraphs.

Usage: python benchmarks/topics.py REUTERS_DIR [--bbc BBC_DIR] [--themes PATH] [--runs N]

The Reuters documents are split by date (briefing.training.train_topics.split_by_date): the
latest fifth is check, the rest tune. "tune" is 5-fold cross-validation inside the tune part
(folds by a hash of the document id): a model trained on four folds files the fifth. "check"
is a model trained on the whole tune part filing the check part, which it never saw. Both go
through the engine's own path (a theme file naming the trained model, assign_topics). The
shipped model trained on every document, check included: its check figure is printed for
comparison only. Training needs scikit-learn (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import prf  # noqa: E402
from briefing.analysis.topics.filing import assign_topics  # noqa: E402
from briefing.analysis.topics.themes import Theme, load_theme  # noqa: E402
from briefing.ingest import read_article  # noqa: E402
from briefing.resources import themes_dir  # noqa: E402
from briefing.training.folds import fold_of  # noqa: E402
from briefing.training.train_topics import (  # noqa: E402
    REUTERS_LABELS,
    Example,
    fit,
    load_examples,
    split_by_date,
)

FOLDS = 5


def theme_with_model(theme_dir: Path, examples: list[Example], folder: Path) -> Theme:
    """The default theme with its model trained on ``examples`` instead of the shipped one."""
    import json

    model = folder / "model.json"
    model.write_text(json.dumps(fit(examples, load_theme(theme_dir))), encoding="utf-8")
    for source in sorted(theme_dir.glob("*.toml")):
        text = source.read_text(encoding="utf-8")
        text = text.replace('model = "builtin"', f"model = {json.dumps(str(model))}")
        (folder / source.name).write_text(text, encoding="utf-8")
    return load_theme(folder)


def count(examples: list[Example], theme: Theme, counts: dict[str, list[int]]) -> None:
    """Add each topic's (correct, predicted, gold) over ``examples`` filed under ``theme``."""
    for example in examples:
        predicted = set(assign_topics(example.article, theme).topics)
        for key in REUTERS_LABELS:
            counts[key][0] += key in predicted and key in example.topics
            counts[key][1] += key in predicted
            counts[key][2] += key in example.topics


def report(label: str, counts: dict[str, list[int]]) -> None:
    """One line: micro P/R/F1, then F1 per topic."""
    totals = [sum(column) for column in zip(*counts.values(), strict=True)]
    p, r, f = prf(*totals)
    parts = " ".join(f"{key} {prf(*c)[2]:.3f}" for key, c in counts.items())
    print(f"{label:34} micro P {p:.3f} R {r:.3f} F1 {f:.3f}  ({parts})")


def empty() -> dict[str, list[int]]:
    return {key: [0, 0, 0] for key in REUTERS_LABELS}


def sport_and_entertainment(folder: Path, theme: Theme) -> None:
    """The share of BBC articles of each category under any topic, and which topics."""
    under: Counter[str] = Counter()
    total: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    for path in sorted(folder.glob("bbc-*.md")):
        category = path.name.split("-")[1]
        filed = assign_topics(read_article(path, path.stem), theme).topics
        total[category] += 1
        under[category] += bool(filed)
        if category in ("sport", "entertainment"):
            topics.update(filed)
    for category in sorted(total):
        n, out_of = under[category], total[category]
        print(f"BBC {category:14} under any topic {n:4}/{out_of:<4} {n / out_of:.3f}")
    both = under["sport"] + under["entertainment"]
    out_of = total["sport"] + total["entertainment"]
    named = ", ".join(f"{key} {n}" for key, n in sorted(topics.items()))
    share = both / out_of
    print(f"BBC sport+entertainment under any topic {both}/{out_of} = {share:.3f} ({named})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reuters", type=Path)
    parser.add_argument("--bbc", type=Path, help="the BBC folder, for sport and entertainment")
    parser.add_argument("--themes", type=Path, default=themes_dir())
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tune, check = split_by_date(load_examples(args.reuters))
    print(
        f"{len(tune)} tune documents (to {tune[-1].article.date}), {len(check)} check "
        f"(from {check[0].article.date})"
    )
    started = time.perf_counter()
    tune_counts = empty()
    with tempfile.TemporaryDirectory() as temporary:
        for fold in range(FOLDS):
            folder = Path(temporary) / f"fold{fold}"
            folder.mkdir()
            trained = [e for e in tune if fold_of(e.article.id, FOLDS) != fold]
            held = [e for e in tune if fold_of(e.article.id, FOLDS) == fold]
            count(held, theme_with_model(args.themes, trained, folder), tune_counts)
        folder = Path(temporary) / "tune"
        folder.mkdir()
        check_counts = empty()
        count(check, theme_with_model(args.themes, tune, folder), check_counts)
    report("tune (5-fold CV inside tune)", tune_counts)
    report("check (trained on tune only)", check_counts)
    shipped = load_theme(args.themes)
    shipped_counts = empty()
    count(check, shipped, shipped_counts)
    report("check, shipped model (saw check)*", shipped_counts)
    print(f"trained and measured in {time.perf_counter() - started:.0f} s")
    if args.bbc:
        sport_and_entertainment(args.bbc, shipped)
    articles = [e.article for e in check]
    paragraphs = sum(len(a.paragraphs) for a in articles)
    rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        for article in articles:
            assign_topics(article, shipped)
        rates.append(paragraphs / (time.perf_counter() - started))
    print(
        f"speed: {statistics.median(rates):,.0f} paragraphs/s (median of {args.runs} runs, "
        f"{paragraphs:,} paragraphs of {len(articles):,} check articles)"
    )
    print("* trained on every document, check ones among them: not a fair figure")


if __name__ == "__main__":
    main()

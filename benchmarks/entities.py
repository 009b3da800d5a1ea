"""Name-tagging figures on a gold folder: exact-span P/R/F1 per type, and speed.

Usage: python benchmarks/entities.py GOLD_DIR --parts [--runs N]
       python benchmarks/entities.py GOLD_DIR [--prefix conll2003-testa-] [--runs N]
       [--model PATH] [--tune-fold] [--errors FILE]

``--parts`` prints the figures that decide: it trains the tune model
(``python -m briefing.training.train_ner GOLD_DIR --tune``: the training documents without
the tune fold), then measures the tune fold and the check part (testa) with it, neither of
which it saw, and the words/s. The shipped model trains on testa too, so its own testa
figure is no check (the benchmark says so). Read errors (``--errors``) from the tune part
only: ``--model PATH --prefix conll2003-train- --tune-fold``.

The names measured are an article's as the engine gives them (``briefing/1`` mentions): the
tagger's, then the article's own alias rules ("Pirelli" of "Pirelli SpA" is the company). The
tagger alone is measured too, on one line.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gold_documents, prf  # noqa: E402
from briefing.analysis.names import entities  # noqa: E402
from briefing.analysis.names.aliases import resolve_entities  # noqa: E402
from briefing.analysis.names.entities import find_mentions  # noqa: E402
from briefing.model import Article, Mention  # noqa: E402
from briefing.training import train_ner  # noqa: E402
from briefing.training.train_ner import tune_fold  # noqa: E402

TYPES = ("PER", "ORG", "LOC", "MISC")


def engine_mentions(article: Article) -> tuple[Mention, ...]:
    """An article's names as one article's analysis gives them: tagged, then resolved."""
    (resolved,), _entities = resolve_entities(
        [replace(article, mentions=tuple(find_mentions(article)))]
    )
    return resolved.mentions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("--prefix", default="conll2003-testa-", help="file-name prefix to measure")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--errors", help="write misses and false alarms to this file")
    parser.add_argument("--model", help="tagger weights other than the shipped (train_ner --out)")
    parser.add_argument(
        "--tune-fold",
        action="store_true",
        help="measure only the tune fold (briefing.training.train_ner.tune_fold)",
    )
    parser.add_argument(
        "--parts",
        action="store_true",
        help="train the tune model (train_ner --tune, about a minute), then print the tune "
        "fold's and the check part's (testa) figures with it",
    )
    args = parser.parse_args()
    if args.parts:
        with tempfile.TemporaryDirectory() as folder:
            model = Path(folder) / "tune-weights.gz"
            train_ner.main([args.gold_dir, "--tune", "--out", str(model)])
            use_model(model)
            print("tune part: the training documents' tune fold")
            measure(args, select(args.gold_dir, "conll2003-train-", only_tune_fold=True), 0)
            print("check part: testa, which the tune model never saw")
            measure(args, select(args.gold_dir, "conll2003-testa-"), args.runs)
        return
    if args.model:
        use_model(Path(args.model))
    documents = select(args.gold_dir, args.prefix, args.tune_fold)
    print(f"{len(documents)} documents ({args.prefix}*) of {args.gold_dir}")
    if not args.model:
        print("(the shipped model, which trained on all the development data: no check figure)")
    measure(args, documents, args.runs)


def use_model(path: Path) -> None:
    """Tag with the model at ``path`` instead of the shipped one."""
    entities.WEIGHTS_PATH = path
    entities._tagger.cache_clear()


def select(gold_dir: str, prefix: str, only_tune_fold: bool = False) -> list:
    """The gold documents whose names start with ``prefix`` (of the tune fold only)."""
    return [
        d
        for d in gold_documents(gold_dir, f"{prefix}*.md")
        if d.gold.get("entities") is not None and (not only_tune_fold or tune_fold(d.gold["id"]))
    ]


def measure(args: argparse.Namespace, documents: list, runs: int) -> None:
    """Print exact-span P/R/F1 per type, the tagger alone, and (with ``runs``) words/s."""
    correct: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    errors = []
    tagger_correct = tagger_predicted = 0
    for document in documents:
        tagged = {(m.start, m.end, m.type) for m in find_mentions(document.article)}
        found = {(m.start, m.end, m.type) for m in engine_mentions(document.article)}
        gold = {(e["start"], e["end"], e["type"]) for e in document.gold["entities"]}
        body = document.article.body
        for start, end, kind in found:
            predicted[kind] += 1
            if (start, end, kind) in gold:
                correct[kind] += 1
            else:
                errors.append(f"FP {kind} {body[start:end]!r}")
        tagger_predicted += len(tagged)
        tagger_correct += len(tagged & gold)
        for start, end, kind in gold:
            gold_count[kind] += 1
            if (start, end, kind) not in found:
                errors.append(f"FN {kind} {body[start:end]!r}")
    print(f"{'type':6} {'P':>6} {'R':>6} {'F1':>6}  gold  ({len(documents)} documents)")
    for kind in TYPES:
        p, r, f = prf(correct[kind], predicted[kind], gold_count[kind])
        print(f"{kind:6} {p:6.3f} {r:6.3f} {f:6.3f}  {gold_count[kind]}")
    p, r, f = prf(sum(correct.values()), sum(predicted.values()), sum(gold_count.values()))
    print(f"{'all':6} {p:6.3f} {r:6.3f} {f:6.3f}  {sum(gold_count.values())}")
    p, r, f = prf(tagger_correct, tagger_predicted, sum(gold_count.values()))
    print(f"tagger alone, before the alias rules: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.errors and not args.parts:  # errors are read from the tune part only
        Path(args.errors).write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")
    if not runs:
        return
    words = sum(len(d.article.body.split()) for d in documents)
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for document in documents:
            engine_mentions(document.article)
        rates.append(words / (time.perf_counter() - started))
    print(f"speed: {statistics.median(rates):,.0f} words/s (median of {runs} runs)")


if __name__ == "__main__":
    main()

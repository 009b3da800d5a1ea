"""Train the name tagger (a CRF) on CoNLL-2003 and write the model the package ships.

Usage: python -m briefing.training.train_ner CONLL_DIR [--out PATH] [--tune]

CRFsuite trains the CRF; its weights are then written as the package reads them
(``window_tagger.write_weights``), so the tagger needs no CRFsuite at run time.

The shipped model trains on all the development data: the ``conll2003-train-*`` and
``conll2003-testa-*`` documents (CoNLL-2003 English, Reuters RCV1 news of 1996, research
use). ``--tune`` trains the model the figures are measured with instead: the training
documents without the tune fold (a fifth, by a hash of the id), so that the tune fold and
testa (the check part) are both unseen. The settings were chosen on the tune fold.
Deterministic: the same data gives the same model. CI does not retrain; the model is
committed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from briefing.analysis.names.entities import WEIGHTS_PATH, sentence_tokens
from briefing.analysis.names.tagger_features import document_context, sentence_features
from briefing.analysis.names.window_tagger import weights_from_crfsuite, write_weights
from briefing.ingest import read_article
from briefing.training.folds import fold_of

PARAMS = {
    "c1": 0.05,
    "c2": 0.1,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


def bio_labels(tokens, entities) -> list[str]:
    """BIO tags of tokens from gold entity spans."""
    labels = []
    for _word, start, end in tokens:
        tag = "O"
        for entity in entities:
            if entity["start"] <= start and end <= entity["end"]:
                tag = ("B-" if start == entity["start"] else "I-") + entity["type"]
                break
        labels.append(tag)
    return labels


TRAIN, CHECK = "conll2003-train-", "conll2003-testa-"


def tune_fold(document_id: str) -> bool:
    """True for the fifth of the training documents (by a hash of the id) kept out of the
    tune model, to measure settings on: the check part is CoNLL's testa."""
    return fold_of(document_id) == 0


def training_sequences(folder: Path, prefixes: Sequence[str], without_tune_fold: bool = False):
    """(features, labels) of every sentence of the CoNLL documents whose names start so."""
    paths = sorted(path for prefix in prefixes for path in folder.glob(f"{prefix}*.md"))
    for path in paths:
        gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
        if without_tune_fold and tune_fold(gold["id"]):
            continue
        article = read_article(path, gold["id"])
        sentences = sentence_tokens(article)
        document = document_context([[w for w, _, _ in tokens] for tokens in sentences])
        for tokens in sentences:
            inside = [e for e in gold["entities"] if tokens[0][1] <= e["start"] < tokens[-1][2]]
            words = [word for word, _, _ in tokens]
            yield sentence_features(words, document), bio_labels(tokens, inside)


def main(argv: list[str] | None = None) -> int:
    """Train and write the model's weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("conll_dir", type=Path)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument(
        "--tune",
        action="store_true",
        help="train on the training documents without the tune fold (to measure with)",
    )
    args = parser.parse_args(argv)
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    prefixes = (TRAIN,) if args.tune else (TRAIN, CHECK)
    for features, labels in training_sequences(args.conll_dir, prefixes, args.tune):
        trainer.append(features, labels)
        count += 1
    trainer.set_params(PARAMS)
    started = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "ner.crfsuite"
        trainer.train(str(model))
        write_weights(weights_from_crfsuite(model), args.out)
    print(
        f"trained on {count} sentences in {time.perf_counter() - started:.0f} s; "
        f"model {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the direction model of open dates on TimeML news and write the weights it ships.

Usage: python -m briefing.training.train_time_direction TEMPEVAL_DIR [--out PATH] [--force]

Every weekday, month or day of a month the resolvers meet without a year or a "last" or
"next" (:mod:`briefing.analysis.time.direction`) is a decision between its reading at or
before the document's date and the one after it. Resolving each gold document with the
hand rules records those decisions and their features; a decision is labelled where the
gold value of an overlapping TIMEX3 is one of its two readings. An L2-regularised logistic
regression learns "ahead" from them; its strength is the one with the best accuracy under
5-fold cross-validation by document (folds by a hash of the id).

The documents are split by source, as ``benchmarks/temporal.py`` splits them: TimeBank is
the tune part, AQUAINT the check part. The model is trained on the tune part only, so the
check figures stay figures on documents it never saw; the script prints the rules' and the
model's accuracy on both, and writes the weights only when the model's cross-validated
accuracy on tune beats the rules' (``--force`` writes them anyway). scikit-learn is needed
here only, at build time. Deterministic: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.time import direction
from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import RefDate
from briefing.ingest import read_article
from briefing.training.folds import fold_of
from briefing.training.gold import gold_files

MIN_DOCUMENTS = 2  # a feature must occur in this many training documents
STRENGTHS = (0.03, 0.1, 0.3, 1.0, 3.0)  # scikit-learn's C, tried under cross-validation


@dataclass(frozen=True)
class Example:
    document: str
    features: tuple[str, ...]
    ahead: bool  # the gold reading
    rule_ahead: bool


def gold_examples(folder: Path) -> dict[str, list[Example]]:
    """The labelled decisions of each part ("tune", "check") of a TempEval-3 folder."""
    parts: dict[str, list[Example]] = {"tune": [], "check": []}
    for path, gold in gold_files(folder):
        article = read_article(path, gold.get("id", path.stem))
        if hashlib.sha256(article.body.encode("utf-8")).hexdigest() != gold["body_sha256"]:
            print(f"warning: {path.name}: body differs from the annotated one", file=sys.stderr)
            continue
        part = "check" if str(gold.get("id", path.stem)).startswith("aquaint") else "tune"
        parts[part].extend(_labelled(article.id, article.body, article.date, gold["timex"]))
    return parts


def _labelled(document: str, body: str, date: str | None, timexes: list[dict]) -> list[Example]:
    direction.recording = []
    try:
        find_time_expressions(body, RefDate.parse(date))
        decisions = direction.recording
    finally:
        direction.recording = None
    examples = []
    for decision in decisions:
        values = [
            t["value"] for t in timexes if t["start"] < decision.end and decision.start < t["end"]
        ]
        for value in values:
            if value.startswith(decision.back) != value.startswith(decision.ahead):
                ahead = value.startswith(decision.ahead)
                examples.append(Example(document, decision.features, ahead, decision.rule_ahead))
                break
    return examples


def train(examples: list[Example], strength: float) -> dict[str, float]:
    """Weights of a logistic regression over the features seen in enough documents."""
    from sklearn.linear_model import LogisticRegression

    vocabulary = _vocabulary(examples)
    rows = [[1.0 if f in set(e.features) else 0.0 for f in vocabulary] for e in examples]
    labels = [int(e.ahead) for e in examples]
    if len(set(labels)) < 2:
        raise SystemExit("the training decisions all point one way: nothing to learn")
    model = LogisticRegression(C=strength, max_iter=5000, fit_intercept=False)
    model.fit(rows, labels)
    return {f: round(float(w), 6) for f, w in zip(vocabulary, model.coef_[0], strict=True) if w}


def _vocabulary(examples: list[Example]) -> list[str]:
    documents: dict[str, set[str]] = {}
    for example in examples:
        for feature in example.features:
            documents.setdefault(feature, set()).add(example.document)
    return sorted(f for f, seen in documents.items() if len(seen) >= MIN_DOCUMENTS or f == "bias")


def accuracy(examples: list[Example], weights: dict[str, float] | None) -> float:
    """The share of decisions the model (None: the rules) gets right."""
    if not examples:
        return 0.0
    right = 0
    for example in examples:
        guess = (
            example.rule_ahead
            if weights is None
            else direction.score(example.features, weights) > 0.0
        )
        right += guess == example.ahead
    return right / len(examples)


def cross_validated(examples: list[Example], strength: float, folds: int = 5) -> float:
    """Accuracy under ``folds``-fold cross-validation by document."""
    right = 0
    for fold in range(folds):
        held = [e for e in examples if fold_of(e.document, folds) == fold]
        rest = [e for e in examples if fold_of(e.document, folds) != fold]
        if held and rest:
            right += round(accuracy(held, train(rest, strength)) * len(held))
    return right / len(examples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tempeval_dir", type=Path)
    parser.add_argument("--out", type=Path, default=direction.MODEL_FILE)
    parser.add_argument("--force", action="store_true", help="write weights that lose to the rules")
    args = parser.parse_args()
    parts = gold_examples(args.tempeval_dir)
    tune, check = parts["tune"], parts["check"]
    for name, examples in parts.items():
        kinds = Counter(next(f for f in e.features if f.startswith("kind=")) for e in examples)
        counted = ", ".join(f"{kind} {number}" for kind, number in sorted(kinds.items()))
        print(f"{name}: {len(examples)} labelled decisions ({counted}); "
              f"ahead {sum(e.ahead for e in examples)}")  # fmt: skip
    scores = {strength: cross_validated(tune, strength) for strength in STRENGTHS}
    for strength, score in scores.items():
        print(f"  C={strength}: cross-validated accuracy on tune {score:.3f}")
    best = max(STRENGTHS, key=lambda strength: (scores[strength], -strength))
    weights = train(tune, best)
    print(f"rules: tune {accuracy(tune, None):.3f}, check {accuracy(check, None):.3f}")
    print(f"model (C={best}): tune cross-validated {scores[best]:.3f}, "
          f"check {accuracy(check, weights):.3f}")  # fmt: skip
    rules = accuracy(tune, None)
    if scores[best] <= rules and not args.force:
        print(f"not written: the model does not beat the rules on tune ({scores[best]:.3f} "
              f"against {rules:.3f}); the rules decide (--force writes it anyway)")  # fmt: skip
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"format": direction.FORMAT, "strength": best, "weights": weights}
    args.out.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(weights)} weights to {args.out}")


if __name__ == "__main__":
    main()

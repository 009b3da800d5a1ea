"""A learned topic classifier measured beside the shipped themes, on a split by date.

Usage: python benchmarks/topic_model.py REUTERS_DIR [--check-fifth]

The Reuters-21578 training documents are split by date: the latest fifth is the check part
(the held-out news is later still), the rest is tune. On tune, per topic, a linear model
(logistic regression over TF-IDF word 1-2-grams, the title counted twice) is fitted and its
threshold chosen by 5-fold cross-validation; the check part is then scored once. The shipped
themes are scored on the same check documents. scikit-learn is needed (build time only:
``pip install scikit-learn``); nothing here is shipped yet.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefing.analysis.topics.filing import assign_topics  # noqa: E402
from briefing.analysis.topics.themes import load_theme  # noqa: E402
from briefing.ingest import read_article  # noqa: E402
from briefing.resources import themes_dir  # noqa: E402
from briefing.training.fit_themes import (  # noqa: E402
    REUTERS_LABELS,
    fit_theme,
    labelled,
    load_documents,
)


def load(folder: Path):
    """(article, mapped topics) of every labelled Reuters document."""
    return [
        (read_article(path, document_id),
         {key for key, fine in REUTERS_LABELS.items() if set(fine) & labels})
        for path, document_id, labels in labelled(folder)
    ]  # fmt: skip


def text_of(article) -> str:
    title = article.title or ""
    return f"{title} {title} {article.body}"


def micro(gold: list[set[str]], predicted: list[set[str]]) -> tuple[float, dict[str, float]]:
    per = {}
    tp = fp = fn = 0
    for key in REUTERS_LABELS:
        t = sum(1 for g, p in zip(gold, predicted, strict=True) if key in g and key in p)
        f = sum(1 for g, p in zip(gold, predicted, strict=True) if key not in g and key in p)
        n = sum(1 for g, p in zip(gold, predicted, strict=True) if key in g and key not in p)
        per[key] = 2 * t / (2 * t + f + n) if t else 0.0
        tp, fp, fn = tp + t, fp + f, fn + n
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), per


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("reuters", type=Path)
    args = parser.parse_args()
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    documents = load(args.reuters)
    documents.sort(key=lambda item: (item[0].date or "", item[0].id))
    cut = int(len(documents) * 0.8)
    tune, check = documents[:cut], documents[cut:]
    print(f"{len(tune)} tune documents (to {tune[-1][0].date}), {len(check)} check (from "
          f"{check[0][0].date})")  # fmt: skip
    words = r"(?u)\b[a-zA-Z][a-zA-Z]+\b"
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=words
    )
    started = time.perf_counter()
    x_tune = vectorizer.fit_transform([text_of(a) for a, _ in tune])
    x_check = vectorizer.transform([text_of(a) for a, _ in check])
    predicted_tune: list[set[str]] = [set() for _ in tune]
    predicted_check: list[set[str]] = [set() for _ in check]
    for key in REUTERS_LABELS:
        y = np.array([key in topics for _, topics in tune])
        model = LogisticRegression(C=20.0, class_weight="balanced", max_iter=2000)
        folds = StratifiedKFold(5, shuffle=True, random_state=0)
        scores = cross_val_predict(model, x_tune, y, cv=folds, method="decision_function")
        candidates = np.quantile(scores, np.linspace(0.5, 0.999, 200))
        best = max(candidates, key=lambda t: _f1(y, scores >= t))
        for index in np.flatnonzero(scores >= best):
            predicted_tune[index].add(key)
        model.fit(x_tune, y)
        for index in np.flatnonzero(model.decision_function(x_check) >= best):
            predicted_check[index].add(key)
    fitted = time.perf_counter() - started
    theme = load_theme(themes_dir())
    shipped = [set(assign_topics(a, theme).topics) & set(REUTERS_LABELS) for a, _ in check]
    tune_ids = {a.id for a, _ in tune}
    refit = fit_theme([d for d in load_documents(args.reuters) if d[3] in tune_ids], theme)
    themes_on_tune = [set(assign_topics(a, refit).topics) & set(REUTERS_LABELS) for a, _ in check]
    gold_tune = [topics for _, topics in tune]
    gold_check = [topics for _, topics in check]
    for label, gold, predicted in (("model, tune (5-fold CV)", gold_tune, predicted_tune),
                                   ("model, check", gold_check, predicted_check),
                                   ("shipped themes, check*", gold_check, shipped),
                                   ("themes fitted on tune, check", gold_check,
                                    themes_on_tune)):  # fmt: skip
        score, per = micro(gold, predicted)
        parts = " ".join(f"{k} {v:.3f}" for k, v in per.items())
        print(f"{label:30} micro-F1 {score:.3f}  ({parts})")
    print(f"fitted in {fitted:.1f} s; {x_tune.shape[1]:,} features")
    print(
        "* the shipped weights were fitted on four fifths of all documents by hash, check ones "
        "among them: not a fair figure"
    )


def _f1(y, predicted) -> float:
    tp = int((y & predicted).sum())
    fp = int((~y & predicted).sum())
    fn = int((y & ~predicted).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    main()

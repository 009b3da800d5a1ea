"""Train the learned topic model on Reuters-21578 and write the weights the package ships.

Usage: python -m briefing.training.train_topics REUTERS_DIR [--out PATH] [--tune-only]

Each topic mapped to Reuters labels (:data:`REUTERS_LABELS`: the fine labels crude, nat-gas,
gold, copper, trade, ship... gathered into the themes' topics) gets an L2-regularised
logistic regression over the sublinear TF-IDF of word and word-pair features
(:mod:`briefing.analysis.topics.features`), read from the text the engine scores: the
headline and the lead count twice, plus one feature more: the topic's phrase score under
the theme's hand-written phrases, so that what the phrases know beyond 1987 news (rare
earths, LNG) still counts, by a learned weight. A topic's threshold is the margin with the
best F1 under 5-fold cross-validation on the training documents. Paragraphs have no labels
of their own: each takes its article's (distant supervision), and the paragraph threshold
is the margin with the best F0.6 over the training paragraphs so labelled.

The documents are split by date (:func:`split_by_date`): the latest fifth is the check
part. ``--tune-only`` trains on the tune part alone, for measuring on check
(``benchmarks/topics.py`` does); by default the shipped model trains on every document.
scikit-learn is needed here only, at build time. Deterministic: the same data gives the
same file.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.topics.features import feature_counts
from briefing.analysis.topics.filing import article_stream, paragraph_streams, phrase_scores
from briefing.analysis.topics.linear import FORMAT, MODEL_FILE, phrase_feature, word_count
from briefing.analysis.topics.themes import Theme, load_theme
from briefing.ingest import read_article
from briefing.model import Article
from briefing.resources import themes_dir
from briefing.training.gold import gold_files

REUTERS_LABELS: dict[str, tuple[str, ...]] = {
    "tariffs": ("trade",),
    "minerals": ("gold", "silver", "copper", "iron-steel", "alum", "zinc", "nickel", "tin",
                 "lead", "platinum", "palladium", "strategic-metal"),
    "energy": ("crude", "nat-gas", "fuel", "gas", "heat", "propane", "naphtha", "jet"),
    "shipbuilding": ("ship",),
}  # fmt: skip
CHECK_FRACTION = 0.2
MIN_DOCUMENTS = 2  # a feature must occur in this many training documents
REGULARISATION = 20.0  # scikit-learn's C: larger fits the training data more closely
FOLDS = 5
# Paragraph labels are their article's, and an article of a topic has paragraphs on other
# things: the paragraph threshold weighs precision above recall (F0.6: the most precise that keeps
# the seed's tariff paragraphs), since
# every article topic gets its best paragraph anyway (see filing.assign_topics).
PARAGRAPH_BETA = 0.6
MIN_WEIGHT = 1e-3  # smaller weights are not shipped
VOCABULARY = 5_000  # features kept: those with the largest weight in a first fit
DESCRIPTION = (
    "Logistic regression per topic over TF-IDF word and word-pair features, trained on the "
    "Reuters-21578 ModApte training split (free distribution for research purposes) by "
    "briefing.training.train_topics"
)


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled document: its article, its date and the topics its Reuters labels map to."""

    article: Article
    topics: frozenset[str]


def reuters_topics(labels: set[str]) -> frozenset[str]:
    """The themes' topics that a document's Reuters labels map to."""
    return frozenset(key for key, fine in REUTERS_LABELS.items() if set(fine) & labels)


def labelled(folder: Path) -> Iterator[tuple[Path, str, set[str]]]:
    """(path, id, Reuters labels) of every document with topic labels in a Reuters folder."""
    for path, gold in gold_files(folder):
        if gold.get("topics") is not None:
            yield path, gold["id"], set(gold["topics"])


def load_examples(folder: Path) -> list[Example]:
    """Every labelled document of a Reuters folder, oldest first (ties by id)."""
    examples = [
        Example(read_article(path, document_id), reuters_topics(labels))
        for path, document_id, labels in labelled(folder)
    ]
    examples.sort(key=lambda e: (e.article.date or "", e.article.id))
    return examples


def split_by_date(examples: Sequence[Example]) -> tuple[list[Example], list[Example]]:
    """The tune part (older) and the check part (the latest fifth) of date-sorted examples."""
    cut = len(examples) - int(len(examples) * CHECK_FRACTION)
    return list(examples[:cut]), list(examples[cut:])


def idf_table(rows: Sequence[dict[str, int]]) -> dict[str, float]:
    """Smoothed idf of every feature in at least MIN_DOCUMENTS rows, in sorted order."""
    df: dict[str, int] = {}
    for row in rows:
        for feature in row:
            df[feature] = df.get(feature, 0) + 1
    total = len(rows)
    return {
        feature: math.log((1 + total) / (1 + count)) + 1.0
        for feature, count in sorted(df.items())
        if count >= MIN_DOCUMENTS
    }


def matrix(rows: Sequence[dict[str, int]], idf: dict[str, float]):
    """Unit-length sublinear TF-IDF rows as a sparse matrix (columns in ``idf`` order)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    column = {feature: index for index, feature in enumerate(idf)}
    data: list[float] = []
    indices: list[int] = []
    pointers = [0]
    for row in rows:
        values = [
            (column[f], (1.0 + math.log(count)) * idf[f]) for f, count in row.items() if f in idf
        ]
        values.sort()
        norm = math.sqrt(sum(v * v for _, v in values)) or 1.0
        indices.extend(i for i, _ in values)
        data.extend(v / norm for _, v in values)
        pointers.append(len(indices))
    return csr_matrix(
        (np.array(data), np.array(indices, dtype=np.int64), np.array(pointers)),
        shape=(len(rows), len(idf)),
    )


def best_threshold(margins, labels, beta: float = 1.0) -> float:
    """The margin cut-off with the best F-beta (midway between two neighbouring margins)."""
    order = sorted(zip(margins, labels, strict=True), key=lambda item: -item[0])
    total = sum(labels)
    best, best_f1, hits = order[0][0], -1.0, 0
    square = beta * beta
    for position, (value, label) in enumerate(order, start=1):
        hits += label
        following = order[position][0] if position < len(order) else value - 1.0
        f1 = (1 + square) * hits / (position + square * total)
        if following < value and f1 > best_f1:
            best, best_f1 = (value + following) / 2, f1
    return float(best)


def _classifier():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=REGULARISATION, class_weight="balanced", max_iter=5000, solver="liblinear"
    )


def chosen_features(
    rows: Sequence[dict[str, int]], examples: Sequence[Example]
) -> dict[str, float]:
    """The idf of the VOCABULARY features that weigh most in a first fit of every topic."""
    import numpy as np

    idf = idf_table(rows)
    if len(idf) <= VOCABULARY:
        return idf
    x = matrix(rows, idf)
    largest = np.zeros(len(idf))
    for key in REUTERS_LABELS:
        y = np.array([key in e.topics for e in examples])
        largest = np.maximum(largest, np.abs(_classifier().fit(x, y).coef_[0]))
    order = np.argsort(-largest, kind="stable")[:VOCABULARY]
    kept = {int(i) for i in order}
    return {f: value for i, (f, value) in enumerate(idf.items()) if i in kept}


def phrase_column(found, streams, index: int):
    """The phrase feature of topic ``index`` for each span, as a one-column sparse matrix."""
    from scipy.sparse import csr_matrix

    scores = [
        [phrase_feature(phrases.get(index, (0.0, []))[0], word_count(stream))]
        for phrases, stream in zip(found, streams, strict=True)
    ]
    return csr_matrix(scores)


def fit(examples: Sequence[Example], theme: Theme) -> dict:
    """The model file's content, trained on ``examples``; the phrases of ``theme``'s topics
    are one more feature each, whose weight is learned too."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    streams = [article_stream(e.article) for e in examples]
    rows = [feature_counts(stream) for stream in streams]
    idf = chosen_features(rows, examples)
    x = matrix(rows, idf)
    found = [phrase_scores(stream, theme) for stream in streams]
    paragraphs = [
        (position, stream)
        for position, e in enumerate(examples)
        for stream in paragraph_streams(e.article)
        if stream
    ]
    owners = np.array([position for position, _ in paragraphs])
    paragraph_x = matrix([feature_counts(stream) for _, stream in paragraphs], idf)
    paragraph_found = [phrase_scores(stream, theme) for _, stream in paragraphs]
    features = list(idf)
    topics = {}
    for key in REUTERS_LABELS:
        index = next(i for i, topic in enumerate(theme.topics) if topic.key == key)
        with_phrases = hstack([x, phrase_column(found, streams, index)]).tocsr()
        y = np.array([key in e.topics for e in examples])
        folds = StratifiedKFold(FOLDS, shuffle=True, random_state=0)
        held_out = cross_val_predict(
            _classifier(), with_phrases, y, cv=folds, method="decision_function"
        )
        model = _classifier().fit(with_phrases, y)
        weights = model.coef_[0][:-1]
        kept = np.flatnonzero(np.abs(weights) >= MIN_WEIGHT)
        paragraph_phrases = phrase_column(paragraph_found, [st for _, st in paragraphs], index)
        paragraph_margins = model.decision_function(
            hstack([paragraph_x, paragraph_phrases]).tocsr()
        )
        topics[key] = {
            "intercept": round(float(model.intercept_[0]), 6),
            "phrase_weight": round(float(model.coef_[0][-1]), 6),
            "threshold": round(best_threshold(held_out, y), 6),
            "paragraph_threshold": round(
                best_threshold(paragraph_margins, y[owners], PARAGRAPH_BETA), 6
            ),
            "indices": [int(i) for i in kept],
            "weights": [round(float(weights[i]), 6) for i in kept],
        }
    return {
        "format": FORMAT,
        "description": DESCRIPTION,
        "documents": len(examples),
        "features": features,
        "idf": [round(value, 6) for value in idf.values()],
        "topics": topics,
    }


def main(argv: list[str] | None = None) -> int:
    """Train and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("reuters_dir", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--tune-only", action="store_true", help="train on the tune part only")
    parser.add_argument("--themes", type=Path, default=themes_dir(), help="phrases to learn on")
    args = parser.parse_args(argv)
    examples = load_examples(args.reuters_dir)
    if args.tune_only:
        examples, _check = split_by_date(examples)
    print(f"training on {len(examples)} documents", file=sys.stderr)
    content = fit(examples, load_theme(args.themes))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(content, separators=(",", ":")) + "\n", encoding="utf-8")
    size = args.out.stat().st_size / 1024
    print(f"wrote {args.out} ({len(content['features']):,} features, {size:,.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

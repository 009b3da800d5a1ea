"""Fit the phrase weights of theme topics on Reuters-21578 and write them into the theme.

Usage: python -m briefing.training.fit_themes REUTERS_DIR THEME_FILE

For each topic mapped to Reuters labels (below), candidate phrases are mined from the
training documents (one- and two-word phrases much more frequent in the topic's documents
than in the others), the hand-written phrases are kept, and an L2-regularised logistic
regression over log2(1 + occurrences) gives each phrase its weight; the article threshold
is the score that maximises F1 on the training documents. One fifth of the documents (by a
hash of their id, see :func:`held_back`) is never used, so the benchmark can measure on it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from briefing.analysis.topics.filing import article_stream as scored_tokens
from briefing.analysis.topics.filing import compile_theme, occurrences
from briefing.analysis.topics.theme_format import format_theme, read_header
from briefing.analysis.topics.themes import Theme, Topic, load_theme
from briefing.ingest import read_article

REUTERS_LABELS: dict[str, tuple[str, ...]] = {
    "tariffs": ("trade",),
    "minerals": ("gold", "silver", "copper", "iron-steel", "alum", "zinc", "nickel", "tin",
                 "lead", "platinum", "palladium", "strategic-metal"),
    "energy": ("crude", "nat-gas", "fuel", "gas", "heat", "propane", "naphtha", "jet"),
    "shipbuilding": ("ship",),
}  # fmt: skip
MINED_PER_TOPIC = 120
MIN_DOCUMENTS = 2
MIN_LOG_ODDS = 1.0
L2 = 2.0
PRIOR_L2 = 100.0
EPOCHS = 400
NEGATIVE_PER_TOPIC = 40
MIN_WEIGHT = 0.05
THRESHOLD_SHRINK = 1.0
_STOP = frozenset(
    "the a an and or of to in on for at by with from as is are was were be been it its this "
    "that these those he she they we said says say would will could should may might has have "
    "had not but also than which who whom into over under after before about more most mln "
    "dlrs dlr pct cts shr qtr billion million reuter reuters year last week month new one two "
    "three four five january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday".split()
)
_WORD = re.compile(r"[a-z]{3,}")


def fold_of(document_id: str, folds: int = 5) -> int:
    """The cross-validation fold of a document, from a hash of its id."""
    return int(hashlib.sha256(document_id.encode("utf-8")).hexdigest()[:8], 16) % folds


def held_back(document_id: str) -> bool:
    """True for the fifth of documents kept out of fitting, for measurement."""
    return fold_of(document_id) == 0


def document_tokens(path: Path, document_id: str) -> tuple[list[tuple[str, int, int]], str]:
    """The stemmed tokens of an article's filed paragraphs (as topic scoring sees them)."""
    article = read_article(path, document_id)
    return scored_tokens(article), article.body


def labelled(folder: Path) -> Iterator[tuple[Path, str, set[str]]]:
    """(path, id, Reuters labels) of every document with topic labels in a Reuters folder."""
    for path in sorted(folder.glob("*.md")):
        gold_path = path.with_name(path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold.get("topics") is not None:
            yield path, gold["id"], set(gold["topics"])


def load_documents(folder: Path) -> list[tuple[list[tuple[str, int, int]], set[str], str, str]]:
    """(tokens, labels, body, id) of every document with topic labels in a Reuters folder."""
    documents = []
    for path, document_id, labels in labelled(folder):
        stream, body = document_tokens(path, document_id)
        documents.append((stream, labels, body, document_id))
    return documents


def fit_theme(documents, theme: Theme) -> Theme:
    """The theme with every Reuters-mapped topic fitted on ``documents``."""
    training = [(stream, labels, body) for stream, labels, body, _id in documents]
    topics = tuple(
        fit_topic(training, theme, topic.key) if topic.key in REUTERS_LABELS else topic
        for topic in theme.topics
    )
    return replace(theme, topics=topics)


def mine_phrases(documents, positive: list[bool], limit: int = MINED_PER_TOPIC) -> list[str]:
    """Phrases whose document frequency most favours the topic's documents."""
    pos_df: Counter[tuple[str, ...]] = Counter()
    neg_df: Counter[tuple[str, ...]] = Counter()
    surface: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    capitals: Counter[tuple[str, ...]] = Counter()
    in_body: Counter[tuple[str, ...]] = Counter()
    for (stream, _labels, body), is_positive in zip(documents, positive, strict=True):
        grams: set[tuple[str, ...]] = set()
        stems = [token for token, _, _ in stream]
        words = [body[start:end] if start >= 0 else token for token, start, end in stream]
        for index, token in enumerate(stems):
            if token in _STOP or not _WORD.fullmatch(token):
                continue
            size = 2 if index + 1 < len(stems) and stems[index + 1] not in _STOP else 1
            for length in range(1, size + 1):
                if length == 2 and not _WORD.fullmatch(stems[index + 1]):
                    break
                gram = tuple(stems[index : index + length])
                grams.add(gram)
                if is_positive:
                    text = " ".join(words[index : index + length])
                    surface[gram][text.lower()] += 1
                    if stream[index][1] >= 0 and not text.isupper():  # case tells
                        in_body[gram] += 1
                        capitals[gram] += text[:1].isupper()
        (pos_df if is_positive else neg_df).update(grams)
    n_pos = sum(positive)
    n_neg = len(positive) - n_pos
    scored = []
    for gram, count in pos_df.items():
        if count < MIN_DOCUMENTS:
            continue
        if capitals[gram] * 2 > in_body[gram]:
            continue  # mostly a name: it would not carry over to other news
        odds = math.log((count + 0.5) / (n_pos + 1)) - math.log((neg_df[gram] + 0.5) / (n_neg + 1))
        if odds > MIN_LOG_ODDS:
            scored.append((odds * math.sqrt(count), gram))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [surface[gram].most_common(1)[0][0] for _, gram in scored[:limit]]


def features(documents, theme: Theme, topic_index: int) -> list[dict[str, float]]:
    """log2(1 + occurrences) of each phrase of one topic, per document."""
    lexicon = compile_theme(theme)
    rows = []
    for stream, _labels, _body in documents:
        found = occurrences(stream, lexicon).get(topic_index, {})
        rows.append({phrase: math.log2(1 + len(spans)) for phrase, spans in found.items()})
    return rows


def fit_logistic(
    rows: list[dict[str, float]], labels: list[bool], prior: dict[str, float] | None = None
) -> tuple[dict[str, float], float]:
    """Weights and bias of a regularised logistic regression (AdaGrad, deterministic).

    Phrases in ``prior`` start at, and are pulled strongly back towards, the weight given
    there (PRIOR_L2); the others are pulled towards zero (L2).
    """
    prior = prior or {}
    weights: dict[str, float] = defaultdict(float, prior)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    bias, bias_square = 0.0, 1e-8
    rate = 0.5
    count = len(rows)
    for _ in range(EPOCHS):
        gradient: dict[str, float] = defaultdict(float)
        bias_gradient = 0.0
        for row, label in zip(rows, labels, strict=True):
            margin = bias + sum(weights[p] * x for p, x in row.items())
            probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, margin))))
            error = probability - (1.0 if label else 0.0)
            bias_gradient += error
            for phrase, x in row.items():
                gradient[phrase] += error * x
        for phrase in sorted(set(gradient) | set(weights)):
            if phrase in prior:
                pull = PRIOR_L2 * (weights[phrase] - prior[phrase])
            else:
                pull = L2 * weights[phrase]
            g = (gradient[phrase] + pull) / count
            squares[phrase] += g * g
            weights[phrase] -= rate * g / math.sqrt(squares[phrase])
        g = bias_gradient / count
        bias_square += g * g
        bias -= rate * g / math.sqrt(bias_square)
    return dict(weights), bias


def best_threshold(scores: list[float], labels: list[bool]) -> float:
    """The score cut-off with the best F1 on these documents."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda item: -item[0])
    total = sum(labels)
    best, best_f1, true_pos = ranked[0][0], -1.0, 0
    for position, (score, label) in enumerate(ranked, start=1):
        true_pos += label
        f1 = 2 * true_pos / (position + total)
        next_score = ranked[position][0] if position < len(ranked) else score - 1
        if f1 > best_f1 and next_score < score:
            best, best_f1 = (score + max(next_score, 0.0)) / 2, f1
    return max(best, 0.1)


def fit_topic(documents, theme: Theme, key: str) -> Topic:
    """The topic ``key`` with learned phrases and weights, and its article threshold.

    The hand-written phrases keep their weights; phrases mined from the topic's documents,
    then from the documents a first round wrongly filed (so the model can learn to count
    against them), get weights from a logistic regression around them.
    """
    index = next(i for i, topic in enumerate(theme.topics) if topic.key == key)
    topic = replace(theme.topics[index], learned=())
    positive = [bool(labels & set(REUTERS_LABELS[key])) for _, labels, _ in documents]
    known = {phrase for phrase, _ in topic.phrases}
    mined = [phrase for phrase in mine_phrases(documents, positive) if phrase not in known]
    learned = tuple((p, 1.0) for p in mined)
    weights, scores = _fit(documents, theme, index, topic, learned, positive)
    threshold = best_threshold(scores, positive)
    wrong = [
        (document, not label)
        for document, label, score in zip(documents, positive, scores, strict=True)
        if score >= threshold
    ]
    taken = known | set(mined)
    negatives = [
        phrase
        for phrase in mine_phrases([d for d, _ in wrong], [w for _, w in wrong], NEGATIVE_PER_TOPIC)
        if phrase not in taken
    ]
    learned = learned + tuple((p, 1.0) for p in negatives)
    weights, scores = _fit(documents, theme, index, topic, learned, positive)
    kept = tuple(
        (phrase, weights[phrase])
        for phrase, _ in learned
        if abs(weights.get(phrase, 0.0)) >= MIN_WEIGHT
    )
    hand = tuple((phrase, weights.get(phrase, weight)) for phrase, weight in topic.phrases)
    threshold = round(best_threshold(scores, positive) * THRESHOLD_SHRINK, 2)
    return replace(topic, phrases=hand, learned=kept, threshold=threshold)


def _fit(documents, theme: Theme, index: int, topic: Topic, learned, positive: list[bool]):
    trial_topic = replace(topic, learned=tuple(learned))
    trial = replace(theme, topics=theme.topics[:index] + (trial_topic,) + theme.topics[index + 1 :])
    rows = features(documents, trial, index)
    weights, _bias = fit_logistic(rows, positive, dict(topic.phrases))
    rounded = {phrase: round(weight, 2) for phrase, weight in weights.items()}
    scores = [
        sum(
            rounded.get(p, 0.0) * x
            for p, x in row.items()
            if abs(rounded.get(p, 0.0)) >= MIN_WEIGHT
        )
        for row in rows
    ]
    return rounded, scores


def main(argv: list[str] | None = None) -> int:
    """Fit every mapped topic of the theme file and rewrite it in place."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("reuters_dir", type=Path)
    parser.add_argument("theme_file", type=Path)
    args = parser.parse_args(argv)
    theme = load_theme(args.theme_file)
    documents = [d for d in load_documents(args.reuters_dir) if not held_back(d[3])]
    print(f"{len(documents)} training documents", file=sys.stderr)
    topics = list(fit_theme(documents, theme).topics)
    text = args.theme_file.read_text(encoding="utf-8")
    args.theme_file.write_text(format_theme(read_header(text), text, topics), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

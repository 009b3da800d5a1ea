"""A learned linear topic model: TF-IDF features, one weight vector per topic, a dot product.

The weights are data (a JSON file written by ``briefing.training.train_topics``); applying
them needs only the standard library. A span's vector is the sublinear TF-IDF of its
features (1 + ln count, times the feature's idf), scaled to unit length over the features
the model knows; a topic's margin is its intercept plus the dot product of that vector with
its weights, plus the topic's phrase score (from the theme's phrases) times a learned
weight; a probability is the logistic function of the margin. The phrase score is scaled
to the span's length (:func:`phrase_feature`) as the TF-IDF vector is, so that a long
article does not gather topics merely by being long.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.analysis.topics.features import Token, feature_positions

FORMAT = "briefing-topic-model/1"
REFERENCE_WORDS = 100  # a span of this many words keeps its phrase score as it is
MIN_WORDS = 10
MODEL_FILE = Path(__file__).resolve().parent / "data" / "reuters-topics.json"


class ModelError(Exception):
    """A topic model file that cannot be used; the message names the file and the fault."""


@dataclass(frozen=True, slots=True, eq=False)
class LinearTopic:
    """One topic of a model: its weights and where its margin files an article or paragraph."""

    key: str
    intercept: float
    weights: dict[str, float]
    threshold: float  # margin at which an article is filed
    paragraph_threshold: float  # margin at which a paragraph is filed
    phrase_weight: float = 1.0  # what one point of the theme's phrase score adds


@dataclass(frozen=True, slots=True, eq=False)
class TopicModel:
    """The feature weights (idf) and the topics of one model file."""

    path: str
    idf: dict[str, float]
    topics: dict[str, LinearTopic]
    description: str = ""

    def vector(self, stream: Sequence[Token]) -> dict[str, tuple[float, list[int]]]:
        """Each known feature of the stream: its unit-length TF-IDF value and positions."""
        idf = self.idf
        raw = {
            feature: ((1.0 + math.log(len(where))) * idf[feature], where)
            for feature, where in feature_positions(stream, idf).items()
        }
        norm = math.sqrt(sum(value * value for value, _ in raw.values()))
        if not norm:
            return {}
        return {feature: (value / norm, where) for feature, (value, where) in raw.items()}


def word_count(stream: Sequence[Token]) -> int:
    """The words of a token stream (separators between paragraphs are not words)."""
    return sum(1 for stem, _, _ in stream if stem)


def phrase_feature(score: float, words: int) -> float:
    """A phrase score scaled by the square root of the span's length in words, as
    unit-length vectors scale repeated words: a span twice as long needs about 1.4 times the
    score."""
    return score * math.sqrt(REFERENCE_WORDS / max(words, MIN_WORDS))


def margin(
    topic: LinearTopic, vector: dict[str, tuple[float, list[int]]], phrase_score: float = 0.0
) -> float:
    """The topic's intercept, plus the dot product of its weights with the vector, plus its
    weighted phrase feature (see :func:`phrase_feature`)."""
    weights = topic.weights
    return (
        topic.intercept
        + topic.phrase_weight * phrase_score
        + sum(weights.get(feature, 0.0) * value for feature, (value, _) in vector.items())
    )


def strongest(
    topic: LinearTopic, vector: dict[str, tuple[float, list[int]]], count: int
) -> list[tuple[str, float, list[int]]]:
    """The ``count`` features that add most to the topic's margin: (feature, share, where)."""
    weights = topic.weights
    shares = [
        (feature, weights[feature] * value, where)
        for feature, (value, where) in vector.items()
        if weights.get(feature, 0.0) > 0.0
    ]
    shares.sort(key=lambda item: (-item[1], item[0]))
    return shares[:count]


def probability(value: float) -> float:
    """The logistic function, safe for large margins."""
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, value))))


@lru_cache(maxsize=8)
def load_model(path: str | Path = MODEL_FILE) -> TopicModel:
    """Read a model file (cached: model files are read once)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"{path}: cannot be read as a topic model ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{path}: not a topic model (format {FORMAT!r} expected)")
    try:
        features = data["features"]
        idf = {feature: float(value) for feature, value in zip(features, data["idf"], strict=True)}
        topics = {
            key: LinearTopic(
                key,
                float(raw["intercept"]),
                {
                    features[int(index)]: float(weight)
                    for index, weight in zip(raw["indices"], raw["weights"], strict=True)
                },
                float(raw["threshold"]),
                float(raw["paragraph_threshold"]),
                float(raw.get("phrase_weight", 1.0)),
            )
            for key, raw in data["topics"].items()
        }
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise ModelError(f"{path}: a topic model with a missing or bad field ({error})") from None
    return TopicModel(str(path), idf, topics, str(data.get("description", "")))

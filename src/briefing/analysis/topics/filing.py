"""Topics of paragraphs and articles, with the evidence behind each, and sections.

A topic's phrase score over a span is the sum, over its phrases found there, of the phrase's
weight times log2(1 + occurrences): one mention counts its weight, repeats count less.
Phrases listed under ``exclude`` hide the words they cover from that topic. A topic with
learned weights scores the probability of its model's margin, to which its phrase score
adds; its evidence is then the features that add most to the margin, and its phrases.
Paragraphs and the whole article are scored by the same function, so each of an
article's topics has a section.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from briefing.analysis.span_mask import SpanMask
from briefing.analysis.topics.linear import (
    LinearTopic,
    TopicModel,
    margin,
    phrase_feature,
    probability,
    strongest,
    word_count,
)
from briefing.analysis.topics.phrases import find_phrases, phrase_key, tokens
from briefing.analysis.topics.themes import Theme
from briefing.model import Article, Evidence, Paragraph, Section, TopicScore

UNFILED_KINDS = ("byline", "caption", "boilerplate")
Token = tuple[str, int, int]
STRONGEST_FEATURES = 6  # a learned topic's evidence: the features that add most
SHOWN_FRACTION = 0.5  # a learned topic is listed from this fraction of its lower threshold


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A theme turned into lookup tables keyed by stemmed phrase."""

    phrases: dict[tuple[str, ...], tuple[tuple[int, str, float], ...]]
    excludes: dict[tuple[str, ...], tuple[int, ...]]
    keys: dict[tuple[str, ...], None]
    weights: dict[tuple[int, str], float]
    starts: frozenset[str]  # first words of the phrases
    models: dict[int, TopicModel]  # topic index -> the learned model that scores it


@lru_cache(maxsize=16)
def compile_theme(theme: Theme) -> Lexicon:
    """Lookup tables for a theme (cached: themes are immutable)."""
    phrases: dict[tuple[str, ...], list[tuple[int, str, float]]] = defaultdict(list)
    excludes: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, topic in enumerate(theme.topics):
        for phrase, weight in topic.phrases:
            key = phrase_key(phrase)
            if key:
                phrases[key].append((index, phrase, weight))
        for phrase in topic.exclude:
            key = phrase_key(phrase)
            if key:
                excludes[key].append(index)
    keys = dict.fromkeys(list(phrases) + list(excludes))
    weights = {
        (index, phrase): weight for entries in phrases.values() for index, phrase, weight in entries
    }
    models = {
        index: model
        for index, topic in enumerate(theme.topics)
        for model in theme.models
        if topic.model is not None and model.topics.get(topic.key) is topic.model
    }
    return Lexicon(
        {key: tuple(value) for key, value in phrases.items()},
        {key: tuple(value) for key, value in excludes.items()},
        keys,
        weights,
        frozenset(key[0] for key in keys),
        models,
    )


def occurrences(
    stream: Sequence[Token], lexicon: Lexicon
) -> dict[int, dict[str, list[tuple[int, int]]]]:
    """Per topic index, each phrase's occurrences as character spans, exclusions applied."""
    found = list(find_phrases(stream, lexicon.keys, lexicon.starts))  # type: ignore[arg-type]
    size = len(stream)
    blocked: dict[int, SpanMask] = defaultdict(lambda: SpanMask(size))
    for key, first, last in found:
        for topic in lexicon.excludes.get(key, ()):
            blocked[topic].claim(first, last)
    covered: dict[int, SpanMask] = defaultdict(lambda: SpanMask(size))
    kept: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for key, first, last in sorted(found, key=lambda item: (item[1] - item[2], item[1])):
        for topic, phrase, _weight in lexicon.phrases.get(key, ()):
            if topic in blocked and blocked[topic].overlaps(first, last):
                continue
            if covered[topic].overlaps(first, last):
                continue  # a longer phrase of the same topic already covers these words
            covered[topic].claim(first, last)
            kept[topic].append((first, last, phrase))
    result: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for topic, spans in kept.items():
        for first, last, phrase in sorted(spans):
            result[topic][phrase].append((stream[first][1], stream[last - 1][2]))
    return result


def phrase_scores(stream: Sequence[Token], theme: Theme) -> dict[int, tuple[float, list[Evidence]]]:
    """Per topic index with phrases found in the stream: its phrase score and evidence."""
    lexicon = compile_theme(theme)
    weights = lexicon.weights
    found: dict[int, tuple[float, list[Evidence]]] = {}
    for index, phrases in occurrences(stream, lexicon).items():
        score = 0.0
        evidence: list[Evidence] = []
        for phrase, spans in phrases.items():
            weight = weights[(index, phrase)]
            score += weight * math.log2(1 + len(spans))
            evidence.extend(Evidence(phrase, start, end, weight) for start, end in spans)
        found[index] = (score, evidence)
    return found


def score_stream(stream: Sequence[Token], theme: Theme) -> list[TopicScore]:
    """Every topic with evidence in the token stream, strongest (relative to threshold) first."""
    lexicon = compile_theme(theme)
    found = phrase_scores(stream, theme)
    vectors = {id(model): model.vector(stream) for model in theme.models}
    words = word_count(stream)
    scores = []
    for index, topic in enumerate(theme.topics):
        score, evidence = found.get(index, (0.0, []))
        if topic.model is not None:
            vector = vectors[id(lexicon.models[index])]
            score = probability(margin(topic.model, vector, phrase_feature(score, words)))
            if score < min(topic.threshold, topic.paragraph_threshold) * SHOWN_FRACTION:
                continue
            evidence = evidence + _feature_evidence(stream, topic.model, vector)
            if not evidence:
                continue
        elif index not in found:
            continue
        evidence.sort(key=lambda item: (item.start, -item.weight))
        scores.append(TopicScore(topic.key, score, tuple(evidence)))
    scores.sort(key=lambda s: (-s.score / _topic_threshold(theme, s.topic), s.topic))
    return scores


def _feature_evidence(stream: Sequence[Token], learned: LinearTopic, vector) -> list[Evidence]:
    """The features that add most to a learned topic's margin, at each place in the text."""
    evidence = []
    for feature, share, where in strongest(learned, vector, STRONGEST_FEATURES):
        size = 1 + (" " in feature)
        for first in where:
            start, end = stream[first][1], stream[first + size - 1][2]
            if start >= 0:  # not a word of the title, which is not in the body
                evidence.append(Evidence(feature, start, end, round(share, 4), "model"))
    return evidence


def _topic_threshold(theme: Theme, key: str, paragraph: bool = False) -> float:
    topic = theme.topic(key)
    if topic is None:
        return 1.0
    return topic.paragraph_threshold if paragraph else topic.threshold


def assign_topics(article: Article, theme: Theme) -> Article:
    """File paragraphs under topics, rank the article's topics and build its sections."""
    paragraph_scores: list[tuple[TopicScore, ...]] = []
    paragraphs: list[Paragraph] = []
    streams = paragraph_streams(article)
    for paragraph, stream in zip(article.paragraphs, streams, strict=True):
        if stream is None:
            paragraph_scores.append(())
            paragraphs.append(replace(paragraph, topics=()))
            continue
        scores = tuple(score_stream(stream, theme))
        paragraph_scores.append(scores)
        filed = tuple(
            s.topic
            for s in scores
            if s.score >= _topic_threshold(theme, s.topic, paragraph=True)
            and paragraph.kind != "heading"
        )
        paragraphs.append(replace(paragraph, topics=filed))
    coverage: dict[str, int] = defaultdict(int)
    for paragraph in paragraphs:
        for key in paragraph.topics:
            coverage[key] += 1
    ranked = sorted(
        (
            s
            for s in score_stream(article_stream(article, streams), theme)
            if s.score >= _topic_threshold(theme, s.topic)
        ),
        key=lambda s: (-coverage[s.topic], -s.score, s.topic),
    )
    article_topics = tuple(s.topic for s in ranked)
    for key in article_topics:
        if not coverage[key]:
            _file_strongest(paragraphs, paragraph_scores, key)
    return replace(
        article,
        paragraphs=tuple(paragraphs),
        topic_scores=tuple(paragraph_scores),
        topics=article_topics,
        sections=tuple(build_sections(paragraphs, article_topics, theme)),
    )


def _file_strongest(
    paragraphs: list[Paragraph], scores: Sequence[tuple[TopicScore, ...]], key: str
) -> None:
    """File under ``key`` the paragraph that scores highest for it, when none reached the
    paragraph threshold: an article's topic always has a section where the text gives one."""
    best: tuple[float, int] | None = None
    for position, paragraph_scores in enumerate(scores):
        if paragraphs[position].kind == "heading":
            continue
        for score in paragraph_scores:
            if score.topic == key and (best is None or score.score > best[0]):
                best = (score.score, position)
    if best is not None:
        paragraph = paragraphs[best[1]]
        paragraphs[best[1]] = replace(paragraph, topics=paragraph.topics + (key,))


def paragraph_streams(article: Article) -> list[list[Token] | None]:
    """The tokens of each paragraph that can be filed under topics (None for the others)."""
    return [
        None
        if paragraph.kind in UNFILED_KINDS
        else tokens(article.body, paragraph.start, paragraph.end)
        for paragraph in article.paragraphs
    ]


def article_stream(
    article: Article, streams: Sequence[list[Token] | None] | None = None
) -> list[Token]:
    """The tokens an article's topics are scored on: its headline and its lead paragraph
    count twice (news puts what a story is about there), then the rest of the text."""
    streams = paragraph_streams(article) if streams is None else streams
    filed = [stream for stream in streams if stream]
    result = title_tokens(article)
    if filed:
        result += filed[0] + [("", -1, -1)]
    for stream in filed:
        result += stream + [("", -1, -1)]
    return result


def title_tokens(article: Article) -> list[Token]:
    """Tokens of a title that is not also the text's first paragraph (offsets -1: not in body)."""
    title = article.title or ""
    if not title or article.body.lstrip().startswith(title[:40].rstrip("\u2026")):
        return []
    words = [(token, -1, -1) for token, _, _ in tokens(title)]
    return words + [("", -1, -1)] + words  # a headline counts twice


def build_sections(
    paragraphs: Sequence[Paragraph], article_topics: Sequence[str], theme: Theme
) -> list[Section]:
    """One section per topic that files any paragraph: the article's topics first."""
    order = list(article_topics) + [
        topic.key for topic in theme.topics if topic.key not in article_topics
    ]
    sections = []
    for key in order:
        members = tuple(p.index for p in paragraphs if key in p.topics)
        if members:
            sections.append(Section(key, theme.label(key), members))
    return sections

"""Articles and assembled corpora to plain JSON-ready data and back, for the cache.

Both round trips are lossless. A corpus snapshot holds what assembling the corpus adds to
its cached articles (entities, the timeline, each mention's entity and each quote's
speaker), so a warm start can skip the assembly and open articles one at a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from briefing.model import (
    Article,
    ArticleHeader,
    Corpus,
    Entity,
    Event,
    Evidence,
    Figure,
    LoadFailure,
    Mention,
    Paragraph,
    Quote,
    Section,
    Sentence,
    TimeExpr,
    TopicScore,
)


def article_json(article: Article) -> str:
    """An article as a JSON object of its fields, nested objects and lists."""
    return _ARTICLE_ENCODER.encode(article)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _fields(value: Any) -> dict[str, Any]:
    """A dataclass's fields by name, for the encoder to write (it writes the tuples and
    strings inside itself, in C)."""
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
    return {name: getattr(value, name) for name in names}


_ARTICLE_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_fields)


def _tuple(values: Any) -> tuple:
    return tuple(values or ())


def article_from_record(record: dict[str, Any]) -> Article:
    """The article a record was made from."""
    data = dict(record)
    data["authors"] = _tuple(data.get("authors"))
    data["metadata"] = tuple(tuple(pair) for pair in data.get("metadata", ()))
    data["topics"] = _tuple(data.get("topics"))
    data["paragraphs"] = tuple(
        Paragraph(**{**p, "topics": _tuple(p.get("topics"))}) for p in data["paragraphs"]
    )
    data["sentences"] = tuple(Sentence(**s) for s in data.get("sentences", ()))
    data["timexes"] = tuple(TimeExpr(**t) for t in data.get("timexes", ()))
    data["mentions"] = tuple(
        Mention(**{**m, "roles": tuple(m["roles"]) if m.get("roles") is not None else None})
        for m in data.get("mentions", ())
    )
    data["quotes"] = tuple(
        Quote(**{**q, "speaker_span": tuple(q["speaker_span"]) if q.get("speaker_span") else None})
        for q in data.get("quotes", ())
    )
    data["figures"] = tuple(Figure(**f) for f in data.get("figures", ()))
    data["topic_scores"] = tuple(
        tuple(
            TopicScore(s["topic"], s["score"], tuple(Evidence(**e) for e in s["evidence"]))
            for s in scores
        )
        for scores in data.get("topic_scores", ())
    )
    data["sections"] = tuple(
        Section(s["topic"], s["label"], _tuple(s["paragraphs"])) for s in data.get("sections", ())
    )
    return Article(**data)


Links = tuple[tuple[tuple[str, str | None], ...], tuple[str | None, ...]]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An assembled corpus without its articles: what the panes need to open at once."""

    entities: tuple[Entity, ...]
    timeline: tuple[Event, ...]
    headers: tuple[ArticleHeader, ...]
    links: tuple[Links, ...]
    failures: tuple[LoadFailure, ...] = ()


def links_of(article: Article) -> Links:
    """What assembly set in an article: each mention's type and entity, each quote's speaker."""
    return (
        tuple((m.type, m.entity) for m in article.mentions),
        tuple(q.speaker for q in article.quotes),
    )


def apply_links(article: Article, links: Links) -> Article:
    """The cached article as the assembled corpus has it."""
    mentions, speakers = links
    if len(mentions) != len(article.mentions) or len(speakers) != len(article.quotes):
        raise ValueError(f"{article.id}: the snapshot does not fit this analysis")
    return replace(
        article,
        mentions=tuple(
            replace(m, type=kind, entity=entity)
            for m, (kind, entity) in zip(article.mentions, mentions, strict=True)
        ),
        quotes=tuple(
            replace(q, speaker=speaker) for q, speaker in zip(article.quotes, speakers, strict=True)
        ),
    )


def snapshot_to_record(corpus: Corpus) -> dict[str, Any]:
    """The snapshot of an assembled corpus, as lists (compact JSON)."""
    return {
        "entities": [
            [e.id, e.name, e.type, e.aliases, e.roles, e.articles, e.mention_count]
            for e in corpus.entities
        ],
        "timeline": [
            [
                e.id,
                e.article,
                e.date,
                e.timex,
                e.sentence,
                e.text,
                e.topics,
                e.entities,
                e.sources,
                e.mod,
                e.inferred,
                e.year_offset,
                e.background,
                e.quoted,
            ]
            for e in corpus.timeline
        ],  # fmt: skip
        "headers": [[h.id, h.path, h.title, h.date, h.source, h.topics] for h in corpus.headers],
        "links": [links_of(article) for article in corpus.articles],
        "failures": [[f.path, f.reason] for f in corpus.failures],
    }


def snapshot_from_record(record: dict[str, Any]) -> Snapshot:
    """The snapshot a record was made from."""
    return Snapshot(
        entities=tuple(
            Entity(i, name, kind, tuple(aliases), tuple(roles), tuple(articles), count)
            for i, name, kind, aliases, roles, articles, count in record["entities"]
        ),
        timeline=tuple(
            Event(
                i,
                article,
                date,
                tuple(timex),
                tuple(sentence),
                text,
                tuple(topics),
                tuple(entities),
                tuple(sources),
                mod,
                inferred,
                year_offset,
                background,
                quoted,
            )
            for (
                i,
                article,
                date,
                timex,
                sentence,
                text,
                topics,
                entities,
                sources,
                mod,
                inferred,
                year_offset,
                background,
                quoted,
            ) in record["timeline"]
        ),  # fmt: skip
        headers=tuple(
            ArticleHeader(i, path, title, date, source, tuple(topics))
            for i, path, title, date, source, topics in record["headers"]
        ),
        links=tuple(
            (tuple((kind, entity) for kind, entity in mentions), tuple(speakers))
            for mentions, speakers in record["links"]
        ),
        failures=tuple(LoadFailure(path, reason) for path, reason in record["failures"]),
    )

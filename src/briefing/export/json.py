"""The ``briefing/1`` JSON contract."""

from __future__ import annotations

import json
from typing import Any

from briefing.model import Article, Corpus, Entity, Event
from briefing.on_demand import pass_over

SCHEMA = "briefing/1"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def article_to_dict(article: Article) -> dict[str, Any]:
    """One article in the contract's shape; ``metadata`` (what a page, a feed item or a
    Markdown file says of itself beyond the fixed fields, as [key, value] pairs) only when
    there is some."""
    shaped = _article_fields(article)
    if article.metadata:
        shaped["metadata"] = [list(pair) for pair in article.metadata]
    return shaped


def _article_fields(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "source": article.source,
        "authors": list(article.authors),
        "url": article.url,
        "date": article.date,
        "date_basis": article.date_basis,
        "date_reference": article.date_reference,
        "body": article.body,
        "topics": list(article.topics),
        "paragraphs": [
            {
                "index": p.index,
                "start": p.start,
                "end": p.end,
                "kind": p.kind,
                "topics": list(p.topics),
            }
            for p in article.paragraphs
        ],
        "sentences": [
            {"start": s.start, "end": s.end, "paragraph": s.paragraph} for s in article.sentences
        ],
        "sections": [
            {"topic": s.topic, "label": s.label, "paragraphs": list(s.paragraphs)}
            for s in article.sections
        ],
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "year_offset": t.year_offset,
            }
            for t in article.timexes
        ],
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "entity": m.entity}
            for m in article.mentions
        ],
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "cue": q.cue,
                "speaker_text": q.speaker_text,
                "speaker_span": None
                if q.speaker_span is None
                else {"start": q.speaker_span[0], "end": q.speaker_span[1]},
                "partial": q.partial,
            }
            for q in article.quotes
        ],
        "figures": [
            {
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "kind": f.kind,
                "value": _number(f.value),
                "unit": f.unit,
                "high": None if f.high is None else _number(f.high),
            }
            for f in article.figures
        ],
        "topic_evidence": [
            [
                {
                    "topic": score.topic,
                    "score": round(score.score, 4),
                    "evidence": [
                        {
                            "phrase": e.phrase,
                            "start": e.start,
                            "end": e.end,
                            "weight": round(e.weight, 4),
                            "source": e.source,
                        }
                        for e in score.evidence
                    ],
                }
                for score in scores
            ]
            for scores in article.topic_scores
        ],
    }


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """One entity in the contract's shape."""
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "articles": list(entity.articles),
        "mention_count": entity.mention_count,
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    """One timeline event in the contract's shape."""
    return {
        "id": event.id,
        "article": event.article,
        "date": event.date,
        "timex": {"start": event.timex[0], "end": event.timex[1]},
        "sentence": {"start": event.sentence[0], "end": event.sentence[1]},
        "text": event.text,
        "topics": list(event.topics),
        "entities": list(event.entities),
        "sources": list(event.sources),
        "mod": event.mod,
        "year_offset": event.year_offset,
        "background": event.background,
    }


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    """The whole corpus as a ``briefing/1`` object."""
    return {
        "schema": SCHEMA,
        "articles": [article_to_dict(article) for article in pass_over(corpus.articles)],
        "entities": [entity_to_dict(entity) for entity in corpus.entities],
        "timeline": [event_to_dict(event) for event in corpus.timeline],
    }


def corpus_to_json(corpus: Corpus) -> str:
    """The ``briefing/1`` object as deterministic JSON text."""
    return json.dumps(corpus_to_dict(corpus), ensure_ascii=False, indent=2) + "\n"

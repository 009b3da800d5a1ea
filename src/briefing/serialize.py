"""Articles to plain JSON-ready dicts and back, for the cache (lossless round trip)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from briefing.model import (
    Article,
    Evidence,
    Figure,
    Mention,
    Paragraph,
    Quote,
    Section,
    Sentence,
    TimeExpr,
    TopicScore,
)


def article_to_record(article: Article) -> dict[str, Any]:
    """An article as nested dicts and lists."""
    return asdict(article)


def _tuple(values: Any) -> tuple:
    return tuple(values or ())


def article_from_record(record: dict[str, Any]) -> Article:
    """The article a record was made from."""
    data = dict(record)
    data["authors"] = _tuple(data.get("authors"))
    data["topics"] = _tuple(data.get("topics"))
    data["paragraphs"] = tuple(
        Paragraph(**{**p, "topics": _tuple(p.get("topics"))}) for p in data["paragraphs"]
    )
    data["sentences"] = tuple(Sentence(**s) for s in data.get("sentences", ()))
    data["timexes"] = tuple(TimeExpr(**t) for t in data.get("timexes", ()))
    data["mentions"] = tuple(Mention(**m) for m in data.get("mentions", ()))
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

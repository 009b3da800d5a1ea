"""Articles and assembled corpora to plain JSON-ready data and back, for the cache.

Both round trips are lossless. A corpus snapshot holds what assembling the corpus adds to
its cached articles (entities, the timeline, each mention's entity and each quote's
speaker), so a warm start can skip the assembly and open articles one at a time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from briefing.model import (
    Article,
    ArticleHeader,
    AssemblyPart,
    Corpus,
    DatedSentence,
    Entity,
    Event,
    Evidence,
    Figure,
    Links,
    LoadFailure,
    Mention,
    Paragraph,
    Quote,
    Section,
    Sentence,
    Snapshot,
    TimeExpr,
    TopicScore,
)


def article_json(article: Article) -> str:
    """An article as a JSON object of its fields, nested objects and lists."""
    return _ARTICLE_ENCODER.encode(article)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(value: Any) -> tuple[str, ...]:
    """The names of a dataclass's fields, in order (found once a class)."""
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
    return names


def _fields(value: Any) -> dict[str, Any]:
    """A dataclass's fields by name, for the encoder to write (it writes the tuples and
    strings inside itself, in C)."""
    return {name: getattr(value, name) for name in _field_names(value)}


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


def assembly_article_from_record(record: dict[str, Any], shared: dict[Any, Any]) -> Article:
    """The article a record was made from, with only what assembling a corpus reads: no
    topic scores, figures or metadata. Its numbers and repeated strings are the ones in
    ``shared`` (kept by the caller for a whole corpus), so tens of thousands of articles held
    for one assembly take about half the memory of whole ones.

    ``briefing.analysis.pipeline.assemble_corpus`` gives such articles the same entities,
    timeline, headers and links as whole ones (a test holds it to that)."""
    one = shared.setdefault

    def same(value: Any) -> Any:
        kind = type(value)
        if kind is int or kind is str:
            return one(value, value)
        if kind is list:
            return tuple(map(same, value))
        return value  # None, True or False (True would find 1)

    # the fields in order, not by name: this runs for every span of tens of thousands
    paragraphs = tuple(
        Paragraph(
            same(p["index"]), same(p["start"]), same(p["end"]), same(p["kind"]), same(p["topics"])
        )  # fmt: skip
        for p in record["paragraphs"]
    )
    sentences = tuple(
        Sentence(same(s["start"]), same(s["end"]), same(s["paragraph"]))
        for s in record["sentences"]
    )
    timexes = tuple(
        TimeExpr(
            same(t["start"]),
            same(t["end"]),
            same(t["text"]),
            same(t["type"]),
            same(t["value"]),
            same(t["mod"]),
            same(t["year_offset"]),
        )  # fmt: skip
        for t in record["timexes"]
    )
    mentions = tuple(
        Mention(
            same(m["start"]),
            same(m["end"]),
            same(m["text"]),
            same(m["type"]),
            same(m["entity"]),
            same(m["roles"]),
        )  # fmt: skip
        for m in record["mentions"]
    )
    quotes = tuple(
        Quote(
            same(q["start"]),
            same(q["end"]),
            q["text"],
            same(q["kind"]),
            same(q["speaker"]),
            same(q["cue"]),
            same(q["speaker_text"]),
            same(q["speaker_span"]),
            q["partial"],
        )  # fmt: skip
        for q in record["quotes"]
    )
    sections = tuple(
        Section(same(s["topic"]), same(s["label"]), same(s["paragraphs"]))
        for s in record["sections"]
    )
    return Article(
        id=record["id"], path=record["path"], body=record["body"], paragraphs=paragraphs,
        title=record.get("title"), source=same(record.get("source")),
        authors=_tuple(record.get("authors")), url=record.get("url"),
        date=same(record.get("date")), date_basis=same(record.get("date_basis")),
        date_reference=same(record.get("date_reference")), sentences=sentences,
        timexes=timexes, mentions=mentions, quotes=quotes,
        topics=tuple(map(same, record.get("topics") or ())), sections=sections,
    )  # fmt: skip


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


def field_values(value: Any) -> list[Any]:
    """A dataclass's field values in order: how a snapshot writes each entity, event and
    header (the encoder asks for one at a time, so no copy of the whole is built)."""
    return [getattr(value, name) for name in _field_names(value)]


_SNAPSHOT_ENCODER = json.JSONEncoder(separators=(",", ":"), default=field_values)
_PIECE = 2048  # entities, events or headers written in one piece


def snapshot_pieces(assembled: Corpus | Snapshot) -> list[bytes]:
    """The snapshot of an assembled corpus as compact JSON of lists, not objects, in pieces
    that together are one document: the store writes them one after another, and no copy
    of the whole is ever made."""
    corpus = assembled if isinstance(assembled, Snapshot) else Snapshot.of(assembled)
    parts: list[tuple[str, Sequence[Any]]] = [
        ("entities", corpus.entities),
        ("timeline", corpus.timeline),
        ("headers", corpus.headers),
        ("links", corpus.links),
        ("failures", [[f.path, f.reason] for f in corpus.failures]),
    ]
    pieces: list[bytes] = []
    for name, values in parts:
        pieces.append(f'{"," if pieces else "{"}"{name}":['.encode())
        for start in range(0, len(values), _PIECE):
            text = _SNAPSHOT_ENCODER.encode(values[start : start + _PIECE])[1:-1]  # no [ ]
            pieces.append(("," if start else "").encode() + text.encode())
        pieces.append(b"]")
    pieces.append(b"}")
    return pieces


def snapshot_from_record(record: dict[str, Any]) -> Snapshot:
    """The snapshot a record was made from."""
    return Snapshot(
        entities=tuple(
            Entity(i, name, kind, tuple(aliases), tuple(roles), tuple(articles), count)
            for i, name, kind, aliases, roles, articles, count in record["entities"]
        ),
        timeline=tuple(event_from_fields(fields) for fields in record["timeline"]),
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


_PART_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=field_values)


def part_json(part: AssemblyPart) -> str:
    """An assembly part as the cache stores it: JSON of lists, in field order."""
    return _PART_ENCODER.encode(part)


def part_from_record(record: list[Any], shared: dict[Any, Any]) -> AssemblyPart:
    """The assembly part a record was made from; its repeated strings and numbers are the
    ones in ``shared`` (kept by the caller for a whole corpus)."""
    one = shared.setdefault
    header, basis, reference, mentions, cues, quotes, dated = record
    i, path, title, date, source, topics = header
    return AssemblyPart(
        header=ArticleHeader(
            i, path, title, one(date, date), one(source, source), tuple(one(t, t) for t in topics)
        ),  # fmt: skip
        date_basis=one(basis, basis),
        date_reference=one(reference, reference),
        mentions=tuple(
            Mention(
                one(start, start),
                one(end, end),
                one(text, text),
                one(kind, kind),
                one(entity, entity),
                tuple(roles) if roles is not None else None,
            )  # fmt: skip
            for start, end, text, kind, entity, roles in mentions
        ),
        cues=tuple(cues),
        quotes=tuple((one(speaker, speaker), one(said, said)) for speaker, said in quotes),
        dated=tuple(_dated_sentence(item) for item in dated),
    )


def _dated_sentence(record: list[Any]) -> DatedSentence:
    event, low, high = record
    return DatedSentence(event_from_fields(event), low, high)


def event_from_fields(fields: list[Any]) -> Event:
    """An event from its record: its fields in order."""
    (i, article, date, timex, sentence, text, topics, entities, sources, mod, inferred,
     year_offset, background, quoted) = fields  # fmt: skip
    return Event(i, article, date, tuple(timex), tuple(sentence), text, tuple(topics),
                 tuple(entities), tuple(sources), mod, inferred, year_offset, background,
                 quoted)  # fmt: skip

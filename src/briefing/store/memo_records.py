"""An assembly's memo (:class:`briefing.analysis.reassembly.AssemblyMemo`) as the cache keeps
it: a record for the corpus (its sets of names, and where each identity ended) and one for
each article, so that assembling again writes the records of the articles it made again
and no other. Both are compact JSON of lists; an article's mentions are parallel lists.

The round trip is lossless: assembling from a decoded memo gives the bytes that assembling
from the memo itself gives.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from briefing.analysis.names.aliases import ArticleNames, written_form
from briefing.analysis.names.name_tallies import CorpusNameSets
from briefing.analysis.reassembly import ArticleMemo, AssemblyMemo
from briefing.model import ArticleHeader
from briefing.store.records import event_from_fields, field_values

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def source_key(source: tuple[str, str, str]) -> str:
    """The key an article's record is kept under: its analysis, id and path."""
    return "\0".join(source)


def corpus_memo_json(memo: AssemblyMemo) -> bytes:
    """The memo's corpus record: its sets of names, and each identity with its end."""
    sets = memo.sets
    record = {
        "sets": [sorted(sets.not_people), sorted(sets.not_places), sorted(sets.works)],
        "identities": [[*identity, *target] for identity, target in memo.targets.items()],
    }
    return _ENCODER.encode(record).encode()


def article_memo_json(article: ArticleMemo) -> str:
    """An article's record: its header, its mentions (each identity written once), its
    speakers and events."""
    names = article.names
    places: dict[tuple[str, str], int] = {}
    for identity in names.named:
        places.setdefault(identity, len(places))
    return _ENCODER.encode([
        field_values(article.header),
        article.date_basis,
        article.date_reference,
        [text for text, _, _ in article.written],
        [kind for _, kind, _ in article.written],
        names.cues,
        list(places),
        list(map(places.__getitem__, names.named)),
        names.roles,
        article.speakers,
        [field_values(event) for event in article.events],
    ])  # fmt: skip


def memo_from_records(
    corpus: dict[str, Any], articles: Iterable[tuple[tuple[str, str, str], list[Any]]]
) -> AssemblyMemo:
    """The memo of a corpus record and of the (source, record) of some of its articles."""
    not_people, not_places, works = corpus["sets"]
    targets = {}
    interned: dict[tuple[str, str], tuple[str, str]] = {}
    for kind, name, target_kind, target_id in corpus["identities"]:
        identity = (kind, name)
        interned[identity] = identity
        targets[identity] = (target_kind, target_id)
    kept = tuple(_article(source, record, interned) for source, record in articles)
    sets = CorpusNameSets(frozenset(not_people), frozenset(not_places), frozenset(works))
    return AssemblyMemo(sets, targets, kept)


def _article(
    source: tuple[str, str, str],
    record: list[Any],
    interned: dict[tuple[str, str], tuple[str, str]],
) -> ArticleMemo:
    header, basis, reference, texts, kinds, cues, identities, named, roles, speakers, events = (
        record
    )
    i, path, title, date, outlet, topics = header
    cues = tuple(cues)
    own = [interned.setdefault((kind, name), (kind, name)) for kind, name in identities]
    return ArticleMemo(
        source=source,
        header=ArticleHeader(i, path, title, date, outlet, tuple(topics)),
        date_basis=basis,
        date_reference=reference,
        written=tuple(zip(texts, kinds, cues, strict=True)),
        names=ArticleNames(
            source[1],
            tuple(map(own.__getitem__, named)),
            tuple(map(written_form, texts)),
            tuple(tuple(found) if found is not None else None for found in roles),
            cues,
        ),
        speakers=tuple(speakers),
        events=tuple(map(event_from_fields, events)),
    )

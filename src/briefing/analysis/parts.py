"""An analysed article as corpus assembly reads it, and the corpus assembled from those.

Assembly used to read every article whole (its body, sentences, quotes and time
expressions) each time one file of a folder changed. Everything it reads of an article is
a function of that article's analysis alone: each mention's cues (:mod:`.names.evidence`),
its quotes' speakers, its dated sentences, its header. An :class:`AssemblyPart` holds just
that, made once per analysis (the store keeps it beside the analysis), so a corpus with a
few new or changed files assembles from the parts of the rest without decoding them.

Only two rare steps read more: a person's title not found when the article was analysed
(a name the article alone took for a company) and a pronoun speaker chosen again (its
antecedent's type changed across the corpus). Those ask ``article_of`` for the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from briefing.analysis.mention_index import MentionIndex
from briefing.analysis.names.aliases import resolve_evidence
from briefing.analysis.names.evidence import NameEvidence, mention_cues
from briefing.analysis.quotes.speakers import PRONOUNS, pronoun_pools, pronoun_speaker
from briefing.analysis.time.timeline import find_events, order_events
from briefing.cycles import no_cycle_collection
from briefing.model import (
    Article,
    ArticleHeader,
    AssemblyPart,
    DatedSentence,
    Event,
    Links,
    LoadFailure,
    Mention,
    Snapshot,
)


def part_of(article: Article) -> AssemblyPart:
    """The part of an analysed article (whole, or as assembly decodes it)."""
    starts = [m.start for m in article.mentions]  # in reading order, as ``mentions_in`` reads
    dated = []
    for event in find_events(article):
        start, end = event.sentence
        low = bisect_left(starts, start)
        high = bisect_left(starts, end, lo=low)
        dated.append(DatedSentence(replace(event, entities=()), low, high))
    return AssemblyPart(
        header=ArticleHeader.of(article),
        date_basis=article.date_basis,
        date_reference=article.date_reference,
        mentions=article.mentions,
        cues=mention_cues(article),
        quotes=tuple((q.speaker, q.speaker_text) for q in article.quotes),
        dated=tuple(dated),
    )


def assemble_parts(
    parts: Sequence[AssemblyPart],
    failures: Sequence[LoadFailure] = (),
    article_of: Callable[[int], Article] | None = None,
) -> Snapshot:
    """The snapshot of the corpus of these parts, in their order: merged entities, each
    article's links and its events on the timeline. ``article_of(i)`` gives the article of
    ``parts[i]`` as analysed, for the rare step that reads its text."""

    def body_of(index: int) -> Callable[[], str]:
        return lambda: _article(article_of, parts, index).body

    with no_cycle_collection():  # many long-lived objects, none freed in cycles
        evidence = [
            NameEvidence(part.id, part.mentions, part.cues, body_of(index))
            for index, part in enumerate(parts)
        ]
        entities, resolved = resolve_evidence(evidence)
        del evidence
        found: list[list[Event]] = []
        links: list[Links] = []
        pairs: dict[tuple[str, str | None], tuple[str, str | None]] = {}  # one of each kept
        for index, (part, merged) in enumerate(zip(parts, resolved, strict=True)):
            speakers = _speakers(part, merged, partial(_article, article_of, parts, index))
            found.append(_events(part, merged))
            mentions = tuple(pairs.setdefault(pair, pair) for pair in _pairs(merged))
            links.append((mentions, speakers))
        return Snapshot(
            entities=tuple(entities),
            timeline=tuple(order_events(parts, found)),
            headers=tuple(part.header for part in parts),
            links=tuple(links),
            failures=tuple(failures),
        )


def _article(
    article_of: Callable[[int], Article] | None, parts: Sequence[AssemblyPart], index: int
) -> Article:
    if article_of is None:
        raise LookupError(f"{parts[index].id}: assembly needs the article's text")
    return article_of(index)


def _pairs(mentions: Sequence[Mention]) -> tuple[tuple[str, str | None], ...]:
    return tuple((m.type, m.entity) for m in mentions)


def _events(part: AssemblyPart, merged: Sequence[Mention]) -> list[Event]:
    """The part's events as :func:`find_events` gives them for the assembled article."""
    article_id = part.id
    events = []
    for number, dated in enumerate(part.dated, start=1):
        named = {m.entity for m in merged[dated.low : dated.high] if m.entity}
        events.append(
            replace(
                dated.event,
                id=f"{article_id}:e{number}",
                article=article_id,
                entities=tuple(sorted(named)),
                sources=(article_id,),
            )
        )
    return events


def _speakers(
    part: AssemblyPart, merged: Sequence[Mention], article: Callable[[], Article]
) -> tuple[str | None, ...]:
    """Each quote's speaker, pointed from the article's own entities at the corpus's."""
    return corpus_speakers(part.mentions, merged, part.quotes, _repicker(merged, article))


def corpus_speakers(
    local: Sequence[Mention],
    merged: Sequence[Mention],
    quotes: Sequence[tuple[str | None, str | None]],
    repick: Callable[[int], str | None],
) -> tuple[str | None, ...]:
    """Quotes (speaker, speaker's words) were attributed to the article's own entities;
    point them at the corpus's. A pronoun speaker whose entity the corpus gave another type
    ("he" of a name it showed to be a club) is chosen again by ``repick(quote index)``."""
    mapping = {old.entity: new.entity for old, new in zip(local, merged, strict=True) if old.entity}
    kinds = {m.entity: m.type for m in merged if m.entity}
    speakers: list[str | None] = []
    for index, (speaker, words) in enumerate(quotes):
        if speaker:
            now = mapping.get(speaker, speaker)
            wanted = PRONOUNS.get((words or "").lower())
            if wanted is not None and now is not None and kinds.get(now) != wanted:
                now = repick(index)
            speaker = now
        speakers.append(speaker)
    return tuple(speakers)


def _repicker(
    merged: Sequence[Mention], article: Callable[[], Article]
) -> Callable[[int], str | None]:
    """Chooses a quote's pronoun speaker again in the assembled article (made once)."""
    made: list[tuple[Article, MentionIndex, MentionIndex]] = []

    def repick(index: int) -> str | None:
        if not made:
            assembled = replace(article(), mentions=tuple(merged))
            made.append((assembled, *pronoun_pools(assembled)))
        assembled, mentions, unquoted = made[0]
        return pronoun_speaker(assembled.body, assembled.quotes[index], mentions, unquoted)

    return repick

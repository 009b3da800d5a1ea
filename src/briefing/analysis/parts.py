"""An analysed article as corpus assembly reads it, and the corpus assembled from those.

Assembly used to read every article whole (its body, sentences, quotes and time
expressions) each time one file of a folder changed. Everything it reads of an article is
a function of that article's analysis alone: each mention's cues (:mod:`.names.evidence`),
its quotes' speakers, its dated sentences, its header. An :class:`AssemblyPart` holds just
that, made once per analysis (the store keeps it beside the analysis), so a corpus with a
few new or changed files assembles without decoding the rest (and, with the last
assembly's memo, reads only the parts of what changed: :mod:`.reassembly`).

Only two rare steps read more: a person's title not found when the article was analysed
(a name the article alone took for a company) and a pronoun speaker chosen again (its
antecedent's type changed across the corpus). Those ask ``article_of`` for the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from briefing.analysis.names.evidence import mention_cues
from briefing.analysis.reassembly import Source, assemble
from briefing.analysis.time.timeline import find_events
from briefing.model import (
    Article,
    ArticleHeader,
    AssemblyPart,
    DatedSentence,
    LoadFailure,
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
    """The snapshot of the corpus of these parts, in their order, assembled whole: merged
    entities, each article's links and its events on the timeline. ``article_of(i)`` gives
    the article of ``parts[i]`` as analysed, for the rare step that reads its text."""
    sources = [
        Source(
            ("", part.id, part.header.path),
            None,
            partial(_given, part),
            partial(_article, article_of, parts, index),
        )
        for index, part in enumerate(parts)
    ]
    snapshot, _memo = assemble(sources, failures)
    return snapshot


def _given(part: AssemblyPart) -> AssemblyPart:
    return part


def _article(
    article_of: Callable[[int], Article] | None, parts: Sequence[AssemblyPart], index: int
) -> Article:
    if article_of is None:
        raise LookupError(f"{parts[index].id}: assembly needs the article's text")
    return article_of(index)

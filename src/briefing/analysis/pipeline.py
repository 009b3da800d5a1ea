"""Run the analysis passes over articles, in order, and assemble the corpus.

Per article: the document date, time expressions, topics, names, figures, and quotes
attributed to the article's own entities. Then, over the corpus: names merged into
entities (ids shared across articles), quote speakers pointed at them, and the timeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from briefing.analysis.figures import find_figures
from briefing.analysis.mention_index import MentionIndex
from briefing.analysis.names.aliases import resolve_entities
from briefing.analysis.names.entities import find_mentions
from briefing.analysis.parts import assemble_parts, part_of
from briefing.analysis.quotes.finder import find_quotes
from briefing.analysis.quotes.speakers import pronoun_pools, pronoun_speaker
from briefing.analysis.reassembly import corpus_speakers
from briefing.analysis.time.document_date import document_date
from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.timeline import build_timeline
from briefing.analysis.titles import article_title
from briefing.analysis.topics.filing import assign_topics
from briefing.analysis.topics.themes import Theme
from briefing.analysis.version import ENGINE_VERSION as ENGINE_VERSION
from briefing.cycles import no_cycle_collection
from briefing.model import (
    Article,
    ArticleHeader,
    Corpus,
    LoadFailure,
    Snapshot,
)


def analyze_article(
    article: Article, theme: Theme | None = None, default_date: str | None = None
) -> Article:
    """Every pass that needs only the article itself, in order."""
    dated = document_date(article, default_date)
    timexes = (
        dated.timexes
        if dated.timexes is not None
        else find_time_expressions(article.body, dated.reference)
    )
    article = replace(
        article,
        title=article_title(article),
        date=dated.date,
        date_basis=dated.basis,
        date_reference=dated.reference.value() if dated.basis else None,
        timexes=tuple(timexes),
        mentions=tuple(find_mentions(article)),
        figures=tuple(find_figures(article.body, [(t.start, t.end) for t in timexes])),
    )
    (article,), _local = resolve_entities([article])
    article = replace(article, quotes=tuple(find_quotes(article)))
    if theme is not None:
        article = assign_topics(article, theme)
    return article


def build_corpus(
    articles: Iterable[Article],
    failures: Iterable[LoadFailure] = (),
    default_date: str | None = None,
    theme: Theme | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Corpus:
    """Analyse every article and assemble entities, quotes and the timeline."""
    pending = list(articles)
    done: list[Article] = []
    for position, article in enumerate(pending, start=1):
        if should_stop and should_stop():
            break
        done.append(analyze_article(article, theme, default_date))
        if on_progress:
            on_progress(position, len(pending))
    return assemble_corpus(done, failures)


def assemble_corpus(articles: Iterable[Article], failures: Iterable[LoadFailure] = ()) -> Corpus:
    """The corpus of analysed articles: merged entities, attributed quotes, the timeline."""
    with no_cycle_collection():  # it builds many long-lived objects and frees none in cycles
        before = list(articles)
        resolved, entities = resolve_entities(before)
        quoted = tuple(
            _corpus_speakers(old, new) for old, new in zip(before, resolved, strict=True)
        )
        return Corpus(
            articles=quoted,
            entities=tuple(entities),
            timeline=tuple(build_timeline(quoted)),
            failures=tuple(failures),
            headers=tuple(ArticleHeader.of(article) for article in quoted),
        )


def assemble_snapshot(
    articles: Iterable[Article], failures: Iterable[LoadFailure] = ()
) -> Snapshot:
    """The snapshot of :func:`assemble_corpus`, made from each article's assembly part
    (:func:`briefing.analysis.parts.assemble_parts`), without holding assembled articles."""
    before = list(articles)
    with no_cycle_collection():
        parts = [part_of(article) for article in before]
    return assemble_parts(parts, tuple(failures), before.__getitem__)


def _corpus_speakers(local: Article, merged: Article) -> Article:
    """Quotes were attributed to the article's own entities; point them at the corpus's."""
    pools: list[tuple[MentionIndex, MentionIndex]] = []  # only for a "he" chosen again

    def repick(index: int) -> str | None:
        if not pools:
            pools.append(pronoun_pools(merged))
        return pronoun_speaker(merged.body, local.quotes[index], *pools[0])

    said = tuple((q.speaker, q.speaker_text) for q in local.quotes)
    speakers = corpus_speakers(local.mentions, merged.mentions, said, repick)
    quotes = tuple(
        q if q.speaker == speaker else replace(q, speaker=speaker)
        for q, speaker in zip(local.quotes, speakers, strict=True)
    )
    return replace(merged, quotes=quotes)

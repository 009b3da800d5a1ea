"""Run the analysis passes over articles, in order, and assemble the corpus."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from briefing.analysis.document_date import document_date
from briefing.analysis.temporal import find_time_expressions
from briefing.analysis.timeline import build_timeline
from briefing.analysis.topics import assign_topics
from briefing.model import Article, Corpus, LoadFailure
from briefing.themes import Theme

ENGINE_VERSION = "1"


def analyze_article(
    article: Article, theme: Theme | None = None, default_date: str | None = None
) -> Article:
    """Every analysis pass over one article, in order."""
    dated = document_date(article, default_date)
    timexes = find_time_expressions(article.body, dated.reference)
    article = replace(
        article,
        date=dated.date,
        date_basis=dated.basis,
        date_reference=dated.reference.value() if dated.basis else None,
        timexes=tuple(timexes),
    )
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
    """Analyse every article and assemble entities and the timeline."""
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
    """The corpus of analysed articles: merged entities and the timeline."""
    done = tuple(articles)
    return Corpus(articles=done, timeline=tuple(build_timeline(done)), failures=tuple(failures))

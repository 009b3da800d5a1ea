"""Run the analysis passes over articles, in order, and assemble the corpus."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from briefing.model import Article, Corpus, LoadFailure


def analyze_article(article: Article, default_date: str | None = None) -> Article:
    """Every analysis pass over one article."""
    if article.date is None and default_date:
        from dataclasses import replace

        article = replace(article, date=default_date, date_basis="option")
    return article


def build_corpus(
    articles: Iterable[Article],
    failures: Iterable[LoadFailure] = (),
    default_date: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Corpus:
    """Analyse every article and assemble entities and the timeline."""
    pending = list(articles)
    done: list[Article] = []
    for position, article in enumerate(pending, start=1):
        if should_stop and should_stop():
            break
        done.append(analyze_article(article, default_date))
        if on_progress:
            on_progress(position, len(pending))
    return Corpus(articles=tuple(done), failures=tuple(failures))

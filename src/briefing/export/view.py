"""What an export covers: the topic, entity and date filters applied alike to every part of
it (the articles and sources, the events, the quotes, the entities, the JSON)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from briefing.model import Article, Corpus, Event, Quote
from briefing.on_demand import pass_over


@dataclass(frozen=True)
class BriefView:
    """What the brief covers: topic and entity filters, a date range, pinned items."""

    topics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    pinned: frozenset[str] = field(default_factory=frozenset)
    notes: tuple[tuple[str, str], ...] = ()  # (article path#p<index>, the reader's text)
    full: bool = False  # every claim, quote and source; else a digest

    @property
    def filtered(self) -> bool:
        """Whether any filter narrows the view."""
        return bool(self.topics or self.entities or self.since or self.until)


def entity_ids(corpus: Corpus, wanted: Iterable[str]) -> set[str]:
    """The ids of the entities named (by id, name or alias, in any case)."""
    ids = set()
    for want in wanted:
        lower = want.lower()
        for entity in corpus.entities:
            names = {entity.id, entity.name.lower(), *(a.lower() for a in entity.aliases)}
            if lower in names:
                ids.add(entity.id)
    return ids


def in_range(value: str | None, view: BriefView) -> bool:
    """Whether a TimeML date value (or an article's date) falls in the view's range; a
    value without a year falls in no range."""
    if not (view.since or view.until):
        return True
    if not value or not value[:4].isdigit():
        return False
    if view.since and value < view.since[: len(value)]:
        return False
    return not (view.until and value[: len(view.until)] > view.until)


def select_events(corpus: Corpus, view: BriefView, ids: set[str] | None = None) -> list[Event]:
    """The timeline events the view covers."""
    ids = entity_ids(corpus, view.entities) if ids is None else ids
    return [
        event
        for event in corpus.timeline
        if (not view.topics or set(view.topics) & set(event.topics))
        and (not view.entities or ids & set(event.entities))
        and in_range(event.date, view)
    ]


def article_in_view(article: Article, view: BriefView, ids: set[str], dated: set[str]) -> bool:
    """An article the view covers: one with an event in it (``dated``: their articles),
    or one that meets every filter itself (its topics, its names, its date)."""
    if article.id in dated:
        return True
    if view.topics and not set(view.topics) & set(article.topics):
        return False
    if view.entities and not any(m.entity in ids for m in article.mentions):
        return False
    return in_range(article.date, view)


def quote_in_view(article: Article, quote: Quote, view: BriefView, ids: set[str]) -> bool:
    """A quotation the view covers: said by a named entity when entities filter, in a
    paragraph under a topic when topics do, in an article of the date range when a range
    does (a quotation has no date of its own)."""
    if view.entities and quote.speaker not in ids:
        return False
    if view.topics:
        paragraph = article.paragraph_at(quote.start)
        if paragraph is None or not set(view.topics) & set(paragraph.topics):
            return False
    return in_range(article.date, view)


def covers_an_article(corpus: Corpus, view: BriefView) -> bool:
    """Whether the view covers any article: one look that stops at the first (an article
    with an event the view covers is known from the timeline alone)."""
    ids = entity_ids(corpus, view.entities)
    dated = {event.article for event in select_events(corpus, view, ids)}
    if dated:
        return True
    return any(article_in_view(a, view, ids, dated) for a in pass_over(corpus.articles))


def narrowed(corpus: Corpus, view: BriefView) -> Corpus:
    """The corpus as the view covers it: its articles, events and entities (for JSON)."""
    if not view.filtered:
        return corpus
    ids = entity_ids(corpus, view.entities)
    events = select_events(corpus, view, ids)
    dated = {event.article for event in events}
    articles = tuple(a for a in pass_over(corpus.articles) if article_in_view(a, view, ids, dated))
    kept = {a.id for a in articles}
    named = {m.entity for a in articles for m in a.mentions if m.entity}
    return replace(
        corpus,
        articles=articles,
        timeline=tuple(events),
        entities=tuple(e for e in corpus.entities if e.id in named),
        headers=tuple(h for h in corpus.headers if h.id in kept),
    )

"""A corpus as the reader asks about it: articles by id, the events and quotes under its
filters, and where a search text occurs. Only the articles an answer needs are opened."""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from itertools import accumulate

from briefing.model import Article, Corpus, Event, Quote
from briefing.on_demand import OnDemand
from briefing.presentation import focus_year
from briefing.store import article_key
from briefing.store.interface import AnalysisCache

QuoteRef = tuple[Article, Quote]
Match = tuple[int, int, int]  # article index, start, end


class EventQuotes(OnDemand[QuoteRef]):
    """The quotes in the sentences of some events, in the events' order. Each event says how
    many quotes its sentence holds (``Event.quoted``), so the count and the place of every
    quote are known without opening an article; an article is opened when one of its quotes
    is asked for (a list on the screen asks for the rows it shows)."""

    def __init__(self, events: Iterable[Event], article_by_id: Callable[[str], Article]) -> None:
        self._events = [event for event in events if event.quoted]
        self._ends = list(accumulate(event.quoted for event in self._events))
        self._article_by_id = article_by_id
        self._opened: dict[int, list[QuoteRef]] = {}  # event's place: its quotes
        super().__init__(self._ends[-1] if self._ends else 0)

    def make(self, index: int) -> QuoteRef:
        place = bisect_right(self._ends, index)
        quotes = self._opened.get(place)
        if quotes is None:
            event = self._events[place]
            article = self._article_by_id(event.article)
            start, end = event.sentence
            quotes = [(article, q) for q in article.quotes if start <= q.start < end]
            self._opened[place] = quotes
        return quotes[index - (self._ends[place - 1] if place else 0)]


class Reading:
    """Lookups over one corpus, made once."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.index_by_id = {header.id: index for index, header in enumerate(corpus.headers)}
        self.entities_by_id = {entity.id: entity for entity in corpus.entities}
        self.names = {entity.id: entity.name for entity in corpus.entities}
        self.events_by_date: dict[str, list[Event]] = {}
        self.events_by_article: dict[str, list[Event]] = {}
        self._quotes_on: dict[str, EventQuotes] = {}
        self._index_keys: set[str] | None = None
        for event in corpus.timeline:
            self.events_by_date.setdefault(event.date, []).append(event)
            for source in event.sources:
                self.events_by_article.setdefault(source, []).append(event)

    @cached_property
    def focus(self) -> str | None:
        """The year most articles are dated in (dates in it are shown without it)."""
        return focus_year(self.corpus.headers)

    @cached_property
    def labels(self) -> dict[str, str]:
        """How to name an article beside its events and quotes: its title (a source's name
        says nothing when every row has it, nor a dataset's category)."""
        return {h.id: h.title or h.id for h in self.corpus.headers}

    def article_by_id(self, article_id: str) -> Article:
        """An article by its id."""
        return self.corpus.articles[self.index_by_id[article_id]]

    def articles_under(self, topic: str) -> list[Article]:
        """The articles with a section on ``topic``."""
        return [
            self.corpus.articles[index]
            for index, header in enumerate(self.corpus.headers)
            if topic in header.topics
        ]

    def events_in(
        self, article_id: str, topic: str | None = None, entity: str | None = None
    ) -> list[Event]:
        """The events of one article, under a topic and an entity when given, in timeline
        order (looked up by article: a key in the reader costs the article, not the corpus)."""
        return [
            event
            for event in self.events_by_article.get(article_id, ())
            if (topic is None or topic in event.topics)
            and (entity is None or entity in event.entities)
        ]

    def events(self, topic: str | None = None, entity: str | None = None) -> list[Event]:
        """Timeline events, under a topic and an entity when given."""
        return [
            event
            for event in self.corpus.timeline
            if (topic is None or topic in event.topics)
            and (entity is None or entity in event.entities)
        ]

    def quotes_of(self, entity_id: str) -> list[QuoteRef]:
        """What an entity is quoted saying, in the articles it appears in."""
        entity = self.entities_by_id.get(entity_id)
        speaking = [self.article_by_id(i) for i in (entity.articles if entity else ())]
        return [(a, q) for a in speaking for q in a.quotes if q.speaker == entity_id]

    def quotes_on(self, date: str) -> EventQuotes:
        """Quotes in the sentences of the events dated ``date``, each article opened only
        when one of its quotes is asked for (kept: the corpus does not change under a
        reading)."""
        known = self._quotes_on.get(date)
        if known is None:
            events = self.events_by_date.get(date, ())
            known = self._quotes_on[date] = EventQuotes(events, self.article_by_id)
        return known

    def quotes_under(self, topic: str) -> list[QuoteRef]:
        """Quotes in paragraphs filed under ``topic``."""
        return [
            (article, quote)
            for article in self.articles_under(topic)
            for quote in article.quotes
            if (p := article.paragraph_at(quote.start)) is not None and topic in p.topics
        ]

    def find(self, query: str, store: AnalysisCache | None = None) -> list[Match]:
        """Every place ``query`` occurs (case-insensitive), in article order."""
        candidates, bodies = self.candidate_bodies(query, store)
        return self.find_in(query, candidates, bodies=bodies)

    def find_in(
        self,
        query: str,
        candidates: Iterable[int],
        stop: Callable[[], bool] = lambda: False,
        bodies: Mapping[int, str] | None = None,
    ) -> list[Match]:
        """Every place ``query`` occurs in the articles ``candidates``, read from ``bodies``
        where it has them (the full-text index's text), else from the articles; ``stop`` is
        asked before each article (a search the reader cancelled ends there)."""
        needle = query.lower()
        matches: list[Match] = []
        if not needle:
            return matches
        bodies = bodies or {}
        for index in candidates:
            if stop():
                break
            text = bodies.get(index)
            body = (text if text is not None else self.corpus.articles[index].body).lower()
            position = body.find(needle)
            while position != -1:
                matches.append((index, position, position + len(needle)))
                position = body.find(needle, position + len(needle))
        return matches

    def candidates(self, query: str, store: AnalysisCache | None) -> list[int]:
        """Articles that may hold ``query``: those the full-text index finds with all its
        words (their inflections, the last one as the start of a word: "tarif", "U.S."),
        and those the index does not hold; every article without an index."""
        return self.candidate_bodies(query, store)[0]

    def candidate_bodies(
        self, query: str, store: AnalysisCache | None
    ) -> tuple[list[int], dict[int, str]]:
        """The :meth:`candidates`, and the text the index holds of those it found, by
        article index (so that a search decodes no article to read it)."""
        everything = range(len(self.corpus.headers))
        if store is None or not query.strip():
            return list(everything), {}
        try:
            found = store.matching_bodies(query)
            indexed = self._indexed(store)
        except sqlite3.Error:
            return list(everything), {}
        keys = self._keys
        chosen = [i for i in everything if keys[i] in found or keys[i] not in indexed]
        return chosen, {i: found[keys[i]] for i in chosen if keys[i] in found}

    def _indexed(self, store: AnalysisCache) -> set[str]:
        """Keys the store's full-text index holds (asked once per reading)."""
        if self._index_keys is None:
            self._index_keys = store.indexed()
        return self._index_keys

    @cached_property
    def _keys(self) -> list[str]:
        """How the store names each article (resolving paths once, not per search)."""
        return [article_key(header.path) for header in self.corpus.headers]

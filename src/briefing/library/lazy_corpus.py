"""A corpus opened from its saved snapshot: each article loads when it is first asked for.

A warm start reads and hashes the files (so a changed file is never shown stale), checks
that every analysis is cached and that the assembled corpus of exactly these analyses was
saved, and then opens at once: the timeline, entities and headers come from the snapshot,
an article's full analysis from the cache when the reader opens it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace

from briefing.analysis.topics.themes import Theme
from briefing.analysis.version import ENGINE_VERSION
from briefing.library.index import Entry, analyse_file, corpus_key, theme_hash
from briefing.model import Article, Corpus, Links, LoadFailure, Snapshot
from briefing.on_demand import OnDemand
from briefing.store.interface import AnalysisCache
from briefing.store.records import apply_links


class LazyArticles(OnDemand[Article]):
    """The corpus's articles, each read from the cache (and linked) on first use."""

    def __init__(
        self,
        opener: Callable[[], AnalysisCache],
        rows: Sequence[int],
        entries: Sequence[Entry],
        links: Sequence[Links],
        theme: Theme,
    ) -> None:
        super().__init__(len(rows))
        self._opener = opener  # the store opens on first use, in the thread that reads
        self._rows = list(rows)
        self._entries = list(entries)
        self._links = list(links)
        self._theme = theme
        self._store: AnalysisCache | None = None
        self._lock = threading.Lock()

    @property
    def opened(self) -> int:
        """How many articles have been loaded so far."""
        return len(self._made)

    def make(self, index: int) -> Article:
        entry = self._entries[index]
        with self._lock:
            if self._store is None:
                self._store = self._opener()
            cached = self._store.record(self._rows[index])
        if cached is None:  # the cache row went (another briefing re-indexed): analyse again
            cached = analyse_file(entry, self._theme)
        article = replace(cached, id=entry.article_id, path=str(entry.path))
        return apply_links(article, self._links[index])


def open_snapshot(
    entries: Sequence[Entry], failures: Sequence[LoadFailure], theme: Theme, store: AnalysisCache
) -> Corpus | None:
    """The corpus of these files (see :func:`briefing.library.index.walk`) from its snapshot, or
    None when the snapshot of exactly these files, or an analysis it needs, is missing.

    Files that could not be analysed when the snapshot was made are failures again."""
    snapshot = store.snapshot(corpus_key(entries, theme_hash(theme)))
    if snapshot is None:
        return None
    return corpus_of_snapshot(snapshot, entries, failures, theme, store)


def corpus_of_snapshot(
    snapshot: Snapshot,
    entries: Sequence[Entry],
    failures: Sequence[LoadFailure],
    theme: Theme,
    store: AnalysisCache,
) -> Corpus | None:
    """The corpus of ``snapshot``, assembled from these files, with its articles read from
    the cache as they are asked for; None when it is not the snapshot of exactly these
    files, or an analysis it needs is not cached."""
    themes = theme_hash(theme)
    failed = {f.path: f for f in snapshot.failures}
    analysed = [entry for entry in entries if str(entry.path) not in failed]
    if [h.id for h in snapshot.headers] != [e.article_id for e in analysed]:
        return None
    found = store.cached_ids([(e.key, e.digest, e.option) for e in analysed], ENGINE_VERSION,
                             themes)  # fmt: skip
    rows = [row for row in found if row is not None]
    if len(rows) != len(found):
        return None
    unread = [failed[str(e.path)] for e in entries if str(e.path) in failed]
    return Corpus(
        articles=LazyArticles(store.another, rows, analysed, snapshot.links, theme),
        entities=snapshot.entities,
        timeline=snapshot.timeline,
        failures=tuple(failures) + tuple(unread),
        headers=snapshot.headers,
    )


def save_snapshot(
    entries: Sequence[Entry], theme: Theme, store: AnalysisCache, corpus: Corpus | Snapshot
) -> bool:
    """Save ``corpus`` (or its snapshot), assembled from exactly these files, for the next
    warm start.

    Nothing is saved (False) when the corpus does not account for every file."""
    failed = {f.path for f in corpus.failures}
    analysed = [e.article_id for e in entries if str(e.path) not in failed]
    if [h.id for h in corpus.headers] != analysed:
        return False
    store.save_snapshot(corpus_key(entries, theme_hash(theme)), corpus)
    return True


def up_to_date(entries: Sequence[Entry], theme: Theme, store: AnalysisCache) -> bool:
    """Whether every one of these files has its analysis cached and the corpus of exactly
    them is saved: a warm index has nothing to do, and decodes nothing to learn it."""
    themes = theme_hash(theme)
    if not entries or not store.has_snapshot(corpus_key(entries, themes)):
        return False
    files = [(e.key, e.digest, e.option) for e in entries]
    return None not in store.cached_ids(files, ENGINE_VERSION, themes)


def ensure_snapshot(
    entries: Sequence[Entry],
    theme: Theme,
    store: AnalysisCache,
    assemble: Callable[[], Corpus | Snapshot],
) -> bool:
    """Save the snapshot of these files unless it is there already (``assemble`` is only
    called when it is not); False when it could not be saved."""
    if store.has_snapshot(corpus_key(entries, theme_hash(theme))):
        return True
    return save_snapshot(entries, theme, store, assemble())

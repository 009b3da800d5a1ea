"""Open a folder of articles for reading: from the snapshot when nothing changed, else
through the cache with corpora assembled in growing batches (the first at once).

Only the batches shown while the folder loads hold their articles (the first
``HELD_WHOLE``); the whole corpus is assembled as ``briefing index`` assembles it, from the
assembly parts the cache keeps (:mod:`briefing.library.assembly`): its snapshot is made and
saved, and the articles are read from the cache when the reader asks for them. So the
reader opening 20,000 new articles holds about what the index does.

No user interface here: the reader's worker turns what :func:`open_corpus` yields into
messages for its screen.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.names.corrections import apply_corrections
from briefing.analysis.pipeline import analyze_article, assemble_corpus
from briefing.analysis.topics.themes import Theme
from briefing.ingest import load_articles
from briefing.library.assembly import assemble_stored
from briefing.library.index import Entry, Step, in_input_order, index_paths, iter_index, walk
from briefing.library.lazy_corpus import corpus_of_snapshot, open_snapshot, save_snapshot
from briefing.model import Article, Corpus, Correction, LoadFailure
from briefing.store import Store, StoreError

FIRST_BATCH = 20  # the first articles reach the screen at once
BATCH_GROWTH = 4  # later batches grow, so the corpus is assembled only a few times
PROGRESS_EVERY = 0.05  # seconds between progress reports
HELD_WHOLE = FIRST_BATCH * BATCH_GROWTH**3  # 1,280: the last batch shown while loading


@dataclass(frozen=True)
class Opened:
    """A corpus to show: a first batch, a bigger one, or (``done == total``) all of it;
    ``corpus`` has the reader's corrections made, ``base`` is as assembled (None: the same)."""

    corpus: Corpus
    done: int
    total: int
    base: Corpus | None = None

    @property
    def assembled(self) -> Corpus:
        """The corpus as assembled, before the reader's corrections."""
        return self.base if self.base is not None else self.corpus


@dataclass(frozen=True)
class Notice:
    """Something the reader should be told about the database (it is read from the files)."""

    text: str


@dataclass(frozen=True)
class Progress:
    """How far opening has got."""

    done: int
    total: int


def open_corpus(
    paths: Sequence[str | Path],
    theme: Theme,
    db: Path | None,
    default_date: str | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    corrections: Callable[[], Sequence[Correction]] = tuple,
    checked: bool = False,
    batches: bool = True,
) -> Iterator[Opened | Progress | Notice]:
    """What to show while ``paths`` open, each corpus with the reader's corrections made
    (``corrections`` is asked each time: one made while the folder opens holds too); the
    last item is the whole corpus (with its failures), unless ``should_stop`` says to give
    up first. ``checked``: the caller has just opened the database ``db`` itself (see
    :class:`briefing.store.Store`). ``batches=False``: only the whole corpus is wanted (a
    corpus opened again behind the one shown), so no article is held whole for a batch."""
    whole = HELD_WHOLE if batches else 0  # articles held whole for the batches shown
    for item in _opened(paths, theme, db, default_date, should_stop, checked, whole):
        if isinstance(item, Opened) and (made := corrections()):
            item = Opened(apply_corrections(item.corpus, made), item.done, item.total,
                          base=item.corpus)  # fmt: skip
        yield item


def _opened(
    paths: Sequence[str | Path],
    theme: Theme,
    db: Path | None,
    default_date: str | None,
    should_stop: Callable[[], bool],
    checked: bool,
    whole: int,
) -> Iterator[Opened | Progress | Notice]:
    store = _open_store(db, checked)
    if store is None:
        yield from _assembled(_analysed_here(paths, theme, default_date), should_stop,
                              whole=whole)  # fmt: skip
        return
    seen = len(store.notices)  # the screen's own store has told those already
    try:
        try:
            yield from _through_store(paths, theme, store, default_date, should_stop, whole)
        except StoreError as error:  # a cache that fails mid-way: read the files instead
            yield Notice(f"{error}; reading the files without the cache")
            yield from _assembled(_analysed_here(paths, theme, default_date), should_stop,
                                  whole=whole)  # fmt: skip
        for notice in store.notices[seen:]:  # never in ``finally``: a closed generator
            yield Notice(notice)  # (the reader gave up opening) may not yield again
    finally:
        store.close()


def _through_store(
    paths: Sequence[str | Path],
    theme: Theme,
    store: Store,
    default_date: str | None,
    should_stop: Callable[[], bool],
    whole: int = HELD_WHOLE,
) -> Iterator[Opened | Progress | Notice]:
    walked = walk(paths, store, default_date)
    opened = open_snapshot(*walked, theme, store)
    if opened is not None:  # a warm start: nothing changed since the last assembly
        total = len(opened.articles) + len(opened.failures)
        yield Opened(opened, total, total)
        return
    jobs = os.cpu_count() or 1  # every core, as ``briefing index`` uses them
    if not store.read_only:  # the analyses are kept: the articles can be held lean
        yield from _assembled_through(walked, theme, store, default_date, should_stop, jobs, whole)
        return
    steps = iter_index(paths, theme, store, default_date, jobs=jobs, should_stop=should_stop,
                       walked=walked)  # fmt: skip
    yield from _assembled(steps, should_stop, walked[0], whole=whole)


def _assembled_through(
    walked: tuple[list[Entry], list[LoadFailure]],
    theme: Theme,
    store: Store,
    default_date: str | None,
    should_stop: Callable[[], bool],
    jobs: int,
    whole: int = HELD_WHOLE,
) -> Iterator[Opened | Progress | Notice]:
    """Batches of the first ``whole`` articles while the files are analysed and cached,
    then the whole corpus assembled from the parts kept in the cache (its snapshot saved
    for the next open), its articles read from the cache on demand."""
    entries, unreadable = walked
    steps = iter_index([], theme, store, default_date, jobs=jobs, should_stop=should_stop,
                       walked=walked, keep=whole)  # fmt: skip
    held: list[Article] = []
    failures: list[LoadFailure] = []
    yield from _assembled(steps, should_stop, entries, held, failures, whole)
    if should_stop():
        return
    held.clear()  # let go as the snapshot is made
    snapshot = assemble_stored(entries, failures, theme, store)
    try:
        save_snapshot(entries, theme, store, snapshot)
    except StoreError as error:
        yield Notice(f"{error}; the next open assembles the corpus again")
    corpus = corpus_of_snapshot(snapshot, entries, unreadable, theme, store)
    if corpus is None:  # an analysis did not stay in the cache: every article whole, then
        steps = iter_index([], theme, store, default_date, jobs=jobs,
                           should_stop=should_stop, walked=walked)  # fmt: skip
        yield from _assembled(steps, should_stop, entries)
        return
    total = len(entries) + len(unreadable)
    yield Opened(corpus, total, total)


def _open_store(db: Path | None, checked: bool) -> Store | None:
    if db is None:
        return None
    try:
        return Store(db, checked=checked)
    except StoreError:
        return None  # the screen has said why; read without the cache


def _assembled(
    steps: Iterator[Step],
    should_stop: Callable[[], bool],
    entries: Sequence[Entry] = (),
    held: list[Article] | None = None,
    failures: list[LoadFailure] | None = None,
    whole: int = HELD_WHOLE,
):
    """Batches of assembled articles as the steps come, then the whole corpus (in the
    order of ``entries``, when given). Given ``held``, the steps' articles and failures are
    gathered there for the caller to assemble, a batch is at most the first ``whole``
    articles (those held whole), and the whole corpus is left to the caller. With
    ``whole`` 0 no batch is made: only the whole corpus is wanted."""
    gathering = held is not None  # the caller assembles the whole corpus
    limit = whole if gathering else None  # a batch is done[:limit]
    showing = whole > 0
    shown = 0
    done: list[Article] = held if held is not None else []
    failures = failures if failures is not None else []
    next_batch = FIRST_BATCH
    total = 0
    reported = 0.0
    for step in steps:
        if should_stop():
            return
        total = step.total
        if step.slow_next:  # show what is there before a big file takes its time
            if done and showing:
                yield Opened(assemble_corpus(done[:limit]), step.done, step.total)
            continue
        if step.failure is not None:
            failures.append(step.failure)
        if step.article is not None:
            done.append(step.article)
        more = showing and (limit is None or shown < limit)  # whole articles not shown yet
        if len(done) >= next_batch and step.done < step.total and not step.cached and more:
            batch = done[:limit]
            yield Opened(assemble_corpus(batch), step.done, step.total)
            shown = len(batch)
            next_batch *= BATCH_GROWTH
        elif time.monotonic() - reported >= PROGRESS_EVERY:
            reported = time.monotonic()
            yield Progress(step.done, step.total)
    if not should_stop() and not gathering:
        ordered = in_input_order(done, entries) if entries else done
        yield Opened(assemble_corpus(ordered, failures), total, total)


def _analysed_here(
    paths: Sequence[str | Path], theme: Theme, default_date: str | None
) -> Iterator[Step]:
    """Analyse without a database (none given, or it could not be opened)."""
    articles, failures = load_articles(paths)
    total = len(articles) + len(failures)
    for index, failure in enumerate(failures, start=1):
        yield Step(None, failure, False, index, total)
    for index, article in enumerate(articles, start=len(failures) + 1):
        yield Step(analyze_article(article, theme, default_date), None, False, index, total)


def stored_corpus(
    paths: Sequence[str | Path],
    theme: Theme,
    store: Store,
    default_date: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Corpus:
    """The whole corpus of ``paths`` through the store, as the command line wants it: the
    snapshot when nothing changed, else the cached analyses (new or changed files analysed
    and cached) assembled once, and the snapshot saved for the next open; with the
    reader's corrections of the entities made."""
    corrections = [correction for _id, correction in store.corrections()]
    return apply_corrections(
        _stored_assembled(paths, theme, store, default_date, on_progress), corrections
    )


def _stored_assembled(
    paths: Sequence[str | Path],
    theme: Theme,
    store: Store,
    default_date: str | None,
    on_progress: Callable[[int, int], None] | None,
) -> Corpus:
    walked = walk(paths, store, default_date)
    opened = open_snapshot(*walked, theme, store)
    if opened is not None:
        return opened
    result = index_paths(paths, theme, store, default_date, on_progress=on_progress,
                         walked=walked)  # fmt: skip
    corpus = assemble_corpus(result.articles, result.failures)
    if not store.read_only:
        try:
            save_snapshot(walked[0], theme, store, corpus)
        except StoreError:
            pass  # the next open assembles the corpus again
    return corpus

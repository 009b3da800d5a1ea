"""Assemble a folder's corpus from the assembly parts the cache keeps beside each analysis.

A few added or changed files cost their own analysis and one assembly over parts: no
other article is decoded, and none is held whole (see :mod:`briefing.analysis.parts`).
An analysis cached before parts were kept gets its part made once, from its record, and
kept; an analysis that left the cache meanwhile is made again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.parts import assemble_parts, part_of
from briefing.analysis.topics.themes import Theme
from briefing.analysis.version import ASSEMBLY_VERSION, ENGINE_VERSION
from briefing.library.index import Entry, analyse_file, theme_hash, with_data
from briefing.model import Article, AssemblyPart, LoadFailure, Snapshot
from briefing.store.interface import AnalysisCache
from briefing.store.records import assembly_article_from_record, part_json

# parts made for analyses cached without one, kept per transaction
PARTS_A_SAVE = 512


def assemble_stored(
    entries: Sequence[Entry],
    failures: Sequence[LoadFailure],
    theme: Theme,
    store: AnalysisCache,
    writable: bool = True,
) -> Snapshot:
    """The snapshot of the corpus of these files (those not among ``failures``), each
    analysed and cached already, assembled from their kept parts. ``writable``: parts
    made for older analyses are kept."""
    failed = {failure.path for failure in failures}
    analysed = [entry for entry in entries if str(entry.path) not in failed]
    rows = store.cached_ids([(e.key, e.digest, e.option) for e in analysed], ENGINE_VERSION,
                            theme_hash(theme))  # fmt: skip
    shared: dict = {}  # the parts' repeated values, one of each
    kept = store.parts([row for row in rows if row is not None], ASSEMBLY_VERSION, shared)
    made: dict[int, Article] = {}  # analysed again: no longer in the cache

    def article_of(index: int) -> Article:
        entry, row = analysed[index], rows[index]
        article = made.get(index) or (store.record(row) if row is not None else None)
        if article is None:  # gone since: made again
            article = made[index] = analyse_file(with_data(entry), theme)
        return replace(article, id=entry.article_id, path=str(entry.path))

    parts: list[AssemblyPart] = []
    unsaved: list[tuple[int, str]] = []
    for index, (entry, row) in enumerate(zip(analysed, rows, strict=True)):
        part = kept.get(row) if row is not None else None
        if part is None and row is not None and (part := _part_made(store, row, shared)):
            if writable:
                unsaved.append((row, part_json(part)))
            if len(unsaved) >= PARTS_A_SAVE:
                store.save_parts(unsaved, ASSEMBLY_VERSION)
                unsaved = []
        if part is None:
            part = part_of(article_of(index))
        parts.append(part.moved(entry.article_id, str(entry.path)))
    if unsaved:
        store.save_parts(unsaved, ASSEMBLY_VERSION)
    del kept
    snapshot = assemble_parts(parts, failures, article_of)
    shared.clear()
    return snapshot


def _part_made(store: AnalysisCache, row: int, shared: dict) -> AssemblyPart | None:
    """The part of a cached analysis kept without one (None: the analysis has gone)."""
    article = store.record(row, lambda record: assembly_article_from_record(record, shared))
    return part_of(article) if article is not None else None

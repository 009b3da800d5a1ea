"""Assemble a folder's corpus from the assembly parts the cache keeps beside each analysis,
and the memo of the last assembly.

A few added or changed files cost their own analysis and an assembly that reads their parts
alone (and those of the few articles their change reached): every other article is the last
assembly's memo (:mod:`briefing.analysis.reassembly`); none is decoded or held whole. An
analysis cached before parts were kept gets its part made once, from its record, and kept;
an analysis that left the cache meanwhile is made again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from briefing.analysis.parts import part_of
from briefing.analysis.reassembly import Source, assemble
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
    analysed and cached already, assembled from their kept parts: only the parts of the files
    changed since the last assembly (and of those their change reached) are read, the rest
    is the last assembly's memo (:mod:`briefing.analysis.reassembly`). ``writable``: parts
    made for older analyses, and this assembly's memo, are kept."""
    failed = {failure.path for failure in failures}
    analysed = [entry for entry in entries if str(entry.path) not in failed]
    themes = theme_hash(theme)
    rows = store.cached_ids([(e.key, e.digest, e.option) for e in analysed], ENGINE_VERSION,
                            themes)  # fmt: skip
    memo_key = f"{ASSEMBLY_VERSION}:{ENGINE_VERSION}:{themes}"
    keys = [
        (
            f"{row}:{entry.digest}:{entry.option}" if row is not None else "",
            entry.article_id,
            str(entry.path),
        )
        for entry, row in zip(analysed, rows, strict=True)
    ]
    last = store.memo(memo_key, [key for key in keys if key[0]])
    known = last.by_source() if last is not None else {}
    kept = [known.get(key) if key[0] else None for key in keys]
    del known
    shared: dict = {}  # the parts' repeated values, one of each
    wanted = [row for row, memo in zip(rows, kept, strict=True) if row is not None and not memo]
    stored = store.parts(wanted, ASSEMBLY_VERSION, shared)
    asked = set(wanted)
    made: dict[int, Article] = {}  # analysed again: no longer in the cache
    unsaved: list[tuple[int, str]] = []

    def article_of(index: int) -> Article:
        entry, row = analysed[index], rows[index]
        article = made.get(index) or (store.record(row) if row is not None else None)
        if article is None:  # gone since: made again
            article = made[index] = analyse_file(with_data(entry), theme)
        return replace(article, id=entry.article_id, path=str(entry.path))

    def part_at(index: int) -> AssemblyPart:
        entry, row = analysed[index], rows[index]
        part = None
        if row is not None:
            part = stored.pop(row, None) if row in asked else _one_part(store, row, shared)
        if part is None and row is not None and (part := _part_made(store, row, shared)):
            if writable:
                unsaved.append((row, part_json(part)))
            if len(unsaved) >= PARTS_A_SAVE:
                store.save_parts(unsaved, ASSEMBLY_VERSION)
                unsaved.clear()
        if part is None:
            part = part_of(article_of(index))
        return part.moved(entry.article_id, str(entry.path))

    sources = [
        Source(key, memo, partial(part_at, index), partial(article_of, index))
        for index, (key, memo) in enumerate(zip(keys, kept, strict=True))
    ]
    snapshot, memo = assemble(sources, failures, last)
    if unsaved:
        store.save_parts(unsaved, ASSEMBLY_VERSION)
    if writable:
        fresh = [made for made, had in zip(memo.articles, kept, strict=True) if made is not had]
        store.save_memo(memo_key, memo, fresh)
    shared.clear()
    return snapshot


def _one_part(store: AnalysisCache, row: int, shared: dict) -> AssemblyPart | None:
    """The kept part of one analysis (one a change reached: its memo is not enough)."""
    return store.parts([row], ASSEMBLY_VERSION, shared).get(row)


def _part_made(store: AnalysisCache, row: int, shared: dict) -> AssemblyPart | None:
    """The part of a cached analysis kept without one (None: the analysis has gone)."""
    article = store.record(row, lambda record: assembly_article_from_record(record, shared))
    return part_of(article) if article is not None else None

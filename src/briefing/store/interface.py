"""What the rest of briefing asks of a store, as two protocols: the cache of analyses (and
the full text and the assembled corpora) and the reader's own state.

:class:`briefing.store.Store` keeps both in SQLite on one machine. A team's archive of
millions of articles would keep them on a database server (see ``docs/ARCHITECTURE.md``):
a class with these methods takes its place and nothing above the store changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from briefing.model import Article, AssemblyPart, Corpus, Correction, Snapshot
from briefing.store.database import Note
from briefing.store.records import article_from_record

if TYPE_CHECKING:  # the engine's types, not imported to run
    from briefing.analysis.reassembly import ArticleMemo, AssemblyMemo

# (analysis, content hash, date option[, its record as JSON[, its assembly part as JSON]])
Analysis = (
    tuple[Article, str, str] | tuple[Article, str, str, str] | tuple[Article, str, str, str, str]
)
# (key, size, modification time in ns, kind, content hash)
FileSeen = tuple[str, int, int, str, str]


class AnalysisCache(Protocol):
    """Analyses by content, engine, themes and date; full text; assembled corpora."""

    def cached_id(
        self, key: str, content_hash: str, engine: str, themes_hash: str, date_option: str = ""
    ) -> int | None:
        """The id of the cached analysis of this content, if any."""
        ...

    def cached_ids(
        self, files: Sequence[tuple[str, str, str]], engine: str, themes_hash: str
    ) -> list[int | None]:
        """:meth:`cached_id` of each (key, content hash, date option) at once."""
        ...

    def record(
        self, row_id: int, decode: Callable[[dict[str, Any]], Article] = article_from_record
    ) -> Article | None:
        """The cached analysis of that id, if it is still there, made from its record by
        ``decode``."""
        ...

    def save_analyses(
        self, analyses: Iterable[Analysis], engine: str, themes_hash: str, assembly: str = ""
    ) -> None:
        """Cache analyses (an older one of the same file goes), their full text and their
        assembly parts (by assembly version ``assembly``)."""
        ...

    def parts(
        self, row_ids: Sequence[int], assembly: str, shared: dict[Any, Any]
    ) -> dict[int, AssemblyPart]:
        """The assembly parts kept for these analyses, by row id."""
        ...

    def save_parts(self, parts: Iterable[tuple[int, str]], assembly: str) -> None:
        """Keep (row id, assembly part as JSON) of analyses cached without one."""
        ...

    def memo(self, key: str, sources: Sequence[tuple[str, str, str]]) -> AssemblyMemo | None:
        """The memo of the last corpus assembled, if kept under ``key``, with the records of
        those of ``sources`` it holds."""
        ...

    def save_memo(self, key: str, memo: AssemblyMemo, fresh: Sequence[ArticleMemo]) -> None:
        """Keep the memo of the corpus just assembled (the records of ``fresh`` articles
        written anew)."""
        ...

    def known_files(self) -> dict[str, tuple[int, int, str, str]]:
        """Files read before: key: (size, modification time in ns, kind, content hash)."""
        ...

    def remember_files(self, rows: Iterable[FileSeen]) -> None:
        """Keep what files just read looked like."""
        ...

    def snapshot(self, key: str) -> Snapshot | None:
        """The corpus assembled under ``key``, if saved."""
        ...

    def has_snapshot(self, key: str) -> bool:
        """Whether a corpus is saved under ``key``."""
        ...

    def save_snapshot(self, key: str, assembled: Corpus | Snapshot) -> None:
        """Save an assembled corpus (or its snapshot) under ``key``."""
        ...

    def search(self, query: str, limit: int = 50) -> list[tuple[str, str]]:
        """Full-text hits: (key, snippet), best first."""
        ...

    def matching(self, query: str) -> set[str]:
        """The keys of the articles that hold every word of ``query``."""
        ...

    def matching_bodies(self, query: str) -> dict[str, str]:
        """The indexed text of each article that holds every word of ``query``, by key."""
        ...

    def indexed(self) -> set[str]:
        """The keys of every article in the full-text index."""
        ...

    def another(self) -> AnalysisCache:
        """The same store on connections of its own, which another thread may use."""
        ...


class ReaderState(Protocol):
    """What one reader keeps: pins, notes, the dates it set, read marks, corrections of
    the entities."""

    def pins(self) -> set[str]: ...
    def set_pin(self, key: str, pinned: bool) -> None: ...
    def notes(self) -> list[Note]: ...
    def add_note(self, target: str, text: str) -> Note: ...
    def edit_note(self, note_id: int, text: str) -> None: ...
    def delete_note(self, note_id: int) -> None: ...
    def dates(self) -> dict[str, str]: ...
    def set_date(self, path: str | Path, date: str) -> None: ...
    def clear_date(self, path: str | Path) -> None: ...
    def mark_read(self, path: str | Path) -> None: ...
    def read(self) -> set[str]: ...
    def corrections(self) -> list[tuple[int, Correction]]: ...
    def add_correction(self, correction: Correction) -> int: ...
    def delete_correction(self, correction_id: int) -> None: ...


class CorpusStore(AnalysisCache, ReaderState, Protocol):
    """Both: what ``briefing index`` and the reader open."""

    read_only: bool  # a database that cannot be written keeps neither state nor analyses

    def close(self) -> None:
        """Let go of the store's connections."""
        ...

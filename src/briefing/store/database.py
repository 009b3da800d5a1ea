"""The database: the reader's own state in one SQLite file, the cache of analyses in another.

The user's file (``briefing.db``, or ``--db PATH``) holds pins, notes, dates, read marks and
the reader's corrections of the entities:
small, precious, checked at every open (``PRAGMA quick_check``) and recovered row by row
into a new file when damaged (the damaged one is kept beside it). The cache beside it
(``briefing.cache.db``) holds analyses, the full-text index and corpus snapshots: all of it
can be made again from the files, so a damaged cache is deleted and rebuilt, never repaired.

Both are in WAL mode; every change of the reader's state is one transaction. The schema
version lives in ``PRAGMA user_version``; migrations only go forward, and a user file
written by a newer briefing is refused, never touched. A file that cannot be written is
opened read-only: reading works, and each change raises :class:`StoreError` saying so.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from briefing.cycles import no_cycle_collection
from briefing.model import Article, AssemblyPart, Corpus, Correction, Snapshot, article_key
from briefing.store.errors import StoreError, explain, is_damage
from briefing.store.records import (
    article_from_record,
    article_json,
    part_from_record,
    snapshot_from_record,
    snapshot_pieces,
)
from briefing.store.recovery import salvage
from briefing.store.schema import (
    CACHE_VERSION,
    SCHEMA_VERSION,
    USER_TABLES,
    Transaction,
    create_cache,
    foreign,
    may_write,
    migrate_user,
    pages_sound,
)

if TYPE_CHECKING:  # the protocols name this module's Note
    from briefing.analysis.reassembly import ArticleMemo, AssemblyMemo
    from briefing.store.interface import Analysis

SNAPSHOTS_KEPT = 4
LOCK_TIMEOUT = 10.0  # seconds to wait for another briefing's write before giving up
T = TypeVar("T")


def record_json(article: Article) -> str:
    """An analysis as the cache stores it."""
    return article_json(article)


@dataclass(frozen=True)
class Note:
    """A note of the reader's on a paragraph or an event."""

    id: int
    target: str
    text: str
    created: float


def file_hash(data: bytes) -> str:
    """The content hash the cache is keyed by."""
    return hashlib.sha256(data).hexdigest()


def cache_path_for(path: Path) -> Path:
    """Where the cache of the user's file ``path`` lives: beside it."""
    return path.with_name(f"{path.stem}.cache{path.suffix or '.db'}")


_KEYS_A_QUERY = 500  # files looked up by one query of :meth:`Store.cached_ids`


class Store:
    """The user's database and its cache, open."""

    def __init__(self, path: str | Path, shared: bool = False, checked: bool = False) -> None:
        """Open (or create) both files; ``shared`` lets several threads use the connections
        (the caller keeps them from using one at the same time). What had to be done to
        open them (a read-only file, a recovery, a rebuilt cache) is in ``notices``.

        ``checked``: another store of this run has just opened the same files and checked
        their pages, so they are not checked again (a check reads the whole cache, which
        grows with the corpus: 0.07 s at 10,000 articles)."""
        self.path = Path(path)
        self.cache_path = cache_path_for(self.path)
        self.shared = shared
        self.checked = checked
        self.notices: list[str] = []
        self.read_only = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{self.path.parent}: {error.strerror or error}") from None
        self.db = self._open_user()
        self.cache = self._open_cache()

    # -------------------------------------------------------------- opening

    def _connect(self, path: Path, read_only: bool) -> sqlite3.Connection:
        mode = "?mode=ro" if read_only else ""
        return sqlite3.connect(
            f"file:{quote(str(path))}{mode}",
            uri=True,
            timeout=LOCK_TIMEOUT,
            isolation_level=None,
            check_same_thread=not self.shared,
        )

    def _open_user(self) -> sqlite3.Connection:
        path = self.path
        if foreign(path):
            raise StoreError(f"{path}: not a briefing database (not an SQLite file)")
        writable = may_write(path)
        try:
            db = self._connect(path, read_only=not writable)
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if not is_damage(error) or not writable:
                raise explain(path, error) from None
            return self._recovered_user()
        if version > SCHEMA_VERSION:
            db.close()
            raise StoreError(
                f"{path}: written by a newer briefing (schema {version}, this one reads "
                f"up to {SCHEMA_VERSION}); it was left untouched"
            )
        if not self.checked and not pages_sound(db):
            db.close()
            if not writable:
                raise StoreError(f"{path}: damaged, and read-only, so it cannot be recovered")
            return self._recovered_user()
        if not writable:
            self.read_only = True
            self.notices.append(f"{path}: read-only: pins, notes and dates cannot be saved")
            return db
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            if version < SCHEMA_VERSION:
                migrate_user(db, version)
        except sqlite3.Error as error:
            db.close()
            raise explain(path, error) from None
        return db

    def _recovered_user(self) -> sqlite3.Connection:
        """Move the damaged file aside, start a new one, and copy into it every row of the
        user's tables that can still be read."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        damaged = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{self.path}{suffix}", f"{damaged}{suffix}")
        db = self._connect(self.path, read_only=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        migrate_user(db, 0)
        counts = salvage(damaged, db, USER_TABLES)
        found = ", ".join(f"{counts[table]} {table}" for table in USER_TABLES)
        self.notices.append(
            f"{self.path}: was damaged; recovered {found}; the damaged file is kept as "
            f"{damaged.name}"
        )
        return db

    def _open_cache(self) -> sqlite3.Connection:
        path = self.cache_path
        writable = may_write(path) and not self.read_only
        if foreign(path) and writable:
            self._delete_cache_files()
            self.notices.append(f"{path}: was damaged; it is rebuilt from the files")
        try:
            cache = self._connect(path, read_only=not writable)
            version = cache.execute("PRAGMA user_version").fetchone()[0]
            sound = self.checked or pages_sound(cache)
        except sqlite3.DatabaseError as error:
            if not writable:
                return self._memory_cache(f"{path}: cannot be read ({error})")
            version, sound = -1, False
        if version > CACHE_VERSION:
            return self._memory_cache(f"{path}: written by a newer briefing; not used")
        if not sound:
            if not writable:
                return self._memory_cache(f"{path}: damaged and read-only; not used")
            self._delete_cache_files()
            self.notices.append(f"{path}: was damaged; it is rebuilt from the files")
            cache = self._connect(path, read_only=False)
            version = 0
        if not writable:
            return cache
        try:
            cache.execute("PRAGMA journal_mode=WAL")
            cache.execute("PRAGMA synchronous=NORMAL")  # the cache can always be rebuilt
            if version < CACHE_VERSION:
                create_cache(cache, version)
        except sqlite3.Error as error:
            cache.close()
            raise explain(path, error) from None
        return cache

    def _memory_cache(self, notice: str) -> sqlite3.Connection:
        """A cache that lasts this run only, when the one on disk cannot be used."""
        self.notices.append(notice)
        cache = sqlite3.connect(":memory:", isolation_level=None,
                                check_same_thread=not self.shared)  # fmt: skip
        create_cache(cache)
        return cache

    def _delete_cache_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.cache_path}{suffix}")

    def _rebuild_cache(self) -> None:
        """Start the cache afresh after damage found while it was in use."""
        with contextlib.suppress(sqlite3.Error):
            self.cache.close()
        self._delete_cache_files()
        self.notices.append(f"{self.cache_path}: was damaged; it is rebuilt from the files")
        self.cache = self._open_cache()

    # -------------------------------------------------------------- guarded access

    def _read_cache(self, read: Callable[[], T], missing: T) -> T:
        """A cache read; damage rebuilds the cache and reads as ``missing``."""
        try:
            return read()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise explain(self.cache_path, error) from None
            self._rebuild_cache()
            return missing
        except (ValueError, KeyError, TypeError):  # a record that no longer decodes
            return missing

    def _write_cache(self, write: Callable[[], None]) -> None:
        """A cache write; damage rebuilds the cache and writes once more."""
        if self.read_only:
            return  # the cache of a read-only database is not kept
        try:
            write()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise explain(self.cache_path, error) from None
            self._rebuild_cache()
            write()

    def _write_user(self, write: Callable[[], T]) -> T:
        """A change of the user's state, or a :class:`StoreError` saying why it cannot be."""
        if self.read_only:
            raise StoreError(f"{self.path}: read-only: changes cannot be saved")
        try:
            return write()
        except sqlite3.Error as error:
            raise explain(self.path, error) from None

    def transaction(self, db: sqlite3.Connection | None = None) -> Transaction:
        """``with store.transaction():`` - one atomic change (of the user's file)."""
        return Transaction(self.db if db is None else db)

    def close(self) -> None:
        """Close both files."""
        for connection in (self.db, self.cache):
            with contextlib.suppress(sqlite3.Error):
                connection.close()

    def check(self) -> str:
        """``ok``, or what ``PRAGMA integrity_check`` finds wrong with the user's file."""
        rows = self.db.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows)

    # -------------------------------------------------------------- the analysis cache

    def cached(
        self, path: str, content_hash: str, engine: str, themes_hash: str, date_option: str = ""
    ) -> Article | None:
        """The cached analysis of this content with this engine, themes and date, if any."""
        row_id = self.cached_id(article_key(path), content_hash, engine, themes_hash, date_option)
        return self.record(row_id) if row_id is not None else None

    def cached_id(
        self, key: str, content_hash: str, engine: str, themes_hash: str, date_option: str = ""
    ) -> int | None:
        """The row of a cached analysis (``key`` from :func:`article_key`), not decoded."""

        def read() -> int | None:
            row = self.cache.execute(
                "SELECT rowid FROM analyses WHERE path=? AND content_hash=? AND engine=? "
                "AND themes_hash=? AND date_option=?",
                (key, content_hash, engine, themes_hash, date_option),
            ).fetchone()
            return int(row[0]) if row else None

        return self._read_cache(read, None)

    def cached_ids(
        self, files: Sequence[tuple[str, str, str]], engine: str, themes_hash: str
    ) -> list[int | None]:
        """:meth:`cached_id` of each (key, content hash, date option), read a few hundred
        files a query."""

        def read() -> list[int | None]:
            keys = sorted({key for key, _, _ in files})
            known: dict[tuple[str, str, str], int] = {}
            for start in range(0, len(keys), _KEYS_A_QUERY):
                chunk = keys[start : start + _KEYS_A_QUERY]
                rows = self.cache.execute(
                    "SELECT path, content_hash, date_option, rowid FROM analyses WHERE path IN "
                    f"({', '.join('?' * len(chunk))}) AND engine=? AND themes_hash=?",
                    (*chunk, engine, themes_hash),
                )
                known.update(((key, digest, option), row) for key, digest, option, row in rows)
            return [known.get(file) for file in files]

        return self._read_cache(read, [None] * len(files))

    def record(
        self, row_id: int, decode: Callable[[dict[str, Any]], Article] = article_from_record
    ) -> Article | None:
        """The cached analysis in row ``row_id``, if it is still there (and still reads),
        made from its record by ``decode``."""

        def read() -> Article | None:
            row = self.cache.execute(
                "SELECT record FROM analyses WHERE rowid=?", (row_id,)
            ).fetchone()
            return decode(json.loads(row[0])) if row else None

        return self._read_cache(read, None)

    def save_analyses(
        self,
        analyses: Iterable[Analysis],
        engine: str,
        themes_hash: str,
        assembly: str = "",
    ) -> None:
        """Cache (article, content hash, date option[, its record as JSON[, its assembly
        part as JSON]]) analyses in one transaction; an older analysis of the same file
        goes. A part is kept for the assembly version ``assembly``."""
        batch = list(analyses)

        def write() -> None:
            with self.transaction(self.cache):
                for article, content_hash, date_option, *given in batch:
                    key = article_key(article.path)
                    record = given[0] if given else record_json(article)
                    self._forget(key)
                    cursor = self.cache.execute(
                        "INSERT INTO analyses VALUES (?, ?, ?, ?, ?, ?)",
                        (key, content_hash, engine, themes_hash, date_option, record),
                    )
                    self.cache.execute(
                        "INSERT INTO bodies (rowid, path, title, body) VALUES (?, ?, ?, ?)",
                        (cursor.lastrowid, key, article.title or "", article.body),
                    )
                    if len(given) > 1:
                        self.cache.execute(
                            "INSERT OR REPLACE INTO parts VALUES (?, ?, ?)",
                            (cursor.lastrowid, assembly, given[1]),
                        )

        self._write_cache(write)

    def parts(
        self, row_ids: Sequence[int], assembly: str, shared: dict[Any, Any]
    ) -> dict[int, AssemblyPart]:
        """The assembly parts kept for these analyses by assembly version ``assembly``, by
        row id (an analysis without one is left out); repeated values are ``shared``'s."""

        def read() -> dict[int, AssemblyPart]:
            found: dict[int, AssemblyPart] = {}
            try:
                for start in range(0, len(row_ids), _KEYS_A_QUERY):
                    chunk = row_ids[start : start + _KEYS_A_QUERY]
                    rows = self.cache.execute(
                        "SELECT rowid, record FROM parts WHERE assembly=? AND rowid IN "
                        f"({', '.join('?' * len(chunk))})",
                        (assembly, *chunk),
                    )
                    for row_id, record in rows:
                        found[row_id] = part_from_record(json.loads(record), shared)
            except sqlite3.OperationalError:  # an older cache opened read-only: no table
                return {}
            return found

        return self._read_cache(read, {})

    def save_parts(self, parts: Iterable[tuple[int, str]], assembly: str) -> None:
        """Keep (row id, assembly part as JSON) of analyses cached before parts were."""
        batch = [(row_id, assembly, record) for row_id, record in parts]
        if not batch:
            return

        def write() -> None:
            with self.transaction(self.cache):
                self.cache.executemany("INSERT OR REPLACE INTO parts VALUES (?, ?, ?)", batch)

        self._write_cache(write)

    def _forget(self, key: str) -> None:
        """Drop the analyses of one file and their text (inside a transaction)."""
        rows = self.cache.execute("SELECT rowid FROM analyses WHERE path=?", (key,)).fetchall()
        for (row_id,) in rows:
            self.cache.execute("DELETE FROM bodies WHERE rowid=?", (row_id,))
            self.cache.execute("DELETE FROM parts WHERE rowid=?", (row_id,))
        self.cache.execute("DELETE FROM analyses WHERE path=?", (key,))

    def snapshot(self, key: str) -> Snapshot | None:
        """The assembled corpus saved under ``key``, if any."""

        def read() -> Snapshot | None:
            row = self.cache.execute("SELECT record FROM snapshots WHERE key=?", (key,)).fetchone()
            if row is None:
                return None
            with no_cycle_collection():  # tens of thousands of events and entities
                return snapshot_from_record(json.loads(row[0]))

        return self._read_cache(read, None)

    def memo(self, key: str, sources: Sequence[tuple[str, str, str]]) -> AssemblyMemo | None:
        """The memo of the last corpus assembled, if it was kept under ``key`` (its assembly
        and engine versions and themes), with the records of those of ``sources`` (an
        article's analysis, id and path) it holds."""
        from briefing.store.memo_records import memo_from_records, source_key

        def read() -> AssemblyMemo | None:
            self.cache.execute("BEGIN")  # the corpus record and the articles' of one write
            try:
                return read_in_one()
            finally:
                if self.cache.in_transaction:
                    self.cache.execute("COMMIT")

        def read_in_one() -> AssemblyMemo | None:
            try:
                row = self.cache.execute(
                    "SELECT record FROM memos WHERE assembly=?", (key,)
                ).fetchone()
            except sqlite3.OperationalError:  # an older cache opened read-only: no table
                return None
            if row is None:
                return None
            wanted = {source_key(source): source for source in sources}
            keys = list(wanted)

            def records() -> Iterator[tuple[tuple[str, str, str], list[Any]]]:
                for start in range(0, len(keys), _KEYS_A_QUERY):
                    chunk = keys[start : start + _KEYS_A_QUERY]
                    rows = self.cache.execute(
                        "SELECT source, record FROM memo_articles WHERE source IN "
                        f"({', '.join('?' * len(chunk))})",
                        chunk,
                    )
                    for source, record in rows:
                        yield wanted[source], json.loads(record)

            with no_cycle_collection():  # every article's names and events
                return memo_from_records(json.loads(row[0]), records())

        return self._read_cache(read, None)

    def save_memo(self, key: str, memo: AssemblyMemo, fresh: Sequence[ArticleMemo]) -> None:
        """Keep the memo of the corpus just assembled under ``key``, in place of the one
        before: its corpus record, the records of its ``fresh`` articles (made by this
        assembly), and of the rest those already kept."""
        from briefing.store.memo_records import article_memo_json, corpus_memo_json, source_key

        record = corpus_memo_json(memo)
        rows = [(source_key(article.source), article_memo_json(article)) for article in fresh]
        current = [(source_key(article.source),) for article in memo.articles]

        def write() -> None:
            with self.transaction(self.cache):
                same = self.cache.execute("SELECT 1 FROM memos WHERE assembly=?", (key,))
                if same.fetchone() is None:  # the articles' records are another engine's
                    self.cache.execute("DELETE FROM memo_articles")
                self.cache.execute("DELETE FROM memos")
                self.cache.execute("INSERT INTO memos VALUES (?, ?)", (key, record))
                self.cache.executemany("INSERT OR REPLACE INTO memo_articles VALUES (?, ?)", rows)
                self.cache.execute("CREATE TEMP TABLE IF NOT EXISTS memo_current (source TEXT)")
                self.cache.execute("DELETE FROM memo_current")
                self.cache.executemany("INSERT INTO memo_current VALUES (?)", current)
                self.cache.execute(
                    "DELETE FROM memo_articles WHERE source NOT IN "
                    "(SELECT source FROM memo_current)"
                )
                self.cache.execute("DELETE FROM memo_current")

        self._write_cache(write)

    def known_files(self) -> dict[str, tuple[int, int, str, str]]:
        """Files read before: key: (size, modification time in ns, kind, content hash)."""

        def read() -> dict[str, tuple[int, int, str, str]]:
            try:
                rows = self.cache.execute(
                    "SELECT path, size, mtime_ns, kind, content_hash FROM files"
                ).fetchall()
            except sqlite3.OperationalError:  # an older cache opened read-only: no table
                return {}
            return {key: (size, mtime, kind, digest) for key, size, mtime, kind, digest in rows}

        return self._read_cache(read, {})

    def remember_files(self, rows: Iterable[tuple[str, int, int, str, str]]) -> None:
        """Keep (key, size, modification time in ns, kind, content hash) of files just read."""
        batch = list(rows)
        if not batch:
            return

        def write() -> None:
            with self.transaction(self.cache):
                self.cache.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", batch)

        self._write_cache(write)

    def another(self) -> Store:
        """The same database on connections of its own, which another thread may use."""
        return Store(self.path, shared=True, checked=True)

    def has_snapshot(self, key: str) -> bool:
        """Whether an assembled corpus is saved under ``key``."""
        return self._read_cache(
            lambda: (
                self.cache.execute("SELECT 1 FROM snapshots WHERE key=?", (key,)).fetchone()
                is not None
            ),
            False,
        )

    def save_snapshot(self, key: str, assembled: Corpus | Snapshot) -> None:
        """Save an assembled corpus (or its snapshot) under ``key``; only the newest few
        are kept."""
        pieces = snapshot_pieces(assembled)

        def write() -> None:
            with self.transaction(self.cache):
                row = self.cache.execute(  # the record is the row's last column: SQLite
                    "INSERT OR REPLACE INTO snapshots (key, created, record) "  # then makes
                    "VALUES (?, ?, zeroblob(?))",  # no zeroes in memory for it
                    (key, time.time(), sum(map(len, pieces))),
                ).lastrowid
                assert row is not None  # an INSERT sets it
                with self.cache.blobopen("snapshots", "record", row) as record:
                    for piece in pieces:  # a blob written in place: SQLite copies no whole
                        record.write(piece)
                self.cache.execute(
                    "DELETE FROM snapshots WHERE key NOT IN "
                    "(SELECT key FROM snapshots ORDER BY created DESC LIMIT ?)",
                    (SNAPSHOTS_KEPT,),
                )

        self._write_cache(write)

    def search(self, query: str, limit: int = 50) -> list[tuple[str, str]]:
        """Articles whose text matches ``query`` (FTS5), best first, with a snippet."""
        match = _match_expression(query)
        if not match:
            return []
        return self._read_cache(
            lambda: [
                (path, snippet)
                for path, snippet in self.cache.execute(
                    "SELECT path, snippet(bodies, 2, '[', ']', '\u2026', 12) FROM bodies "
                    "WHERE bodies MATCH ? ORDER BY rank LIMIT ?",
                    (match, limit),
                )
            ],
            [],
        )

    def indexed(self) -> set[str]:
        """Keys of every article whose text is in the full-text index."""
        return self._read_cache(
            lambda: {path for (path,) in self.cache.execute("SELECT path FROM bodies")}, set()
        )

    def matching(self, query: str) -> set[str]:
        """Keys of every article whose text has all the words of ``query`` (FTS5)."""
        match = _match_expression(query)
        if not match:
            return set()
        return self._read_cache(
            lambda: {
                path
                for (path,) in self.cache.execute(
                    "SELECT path FROM bodies WHERE bodies MATCH ?", (match,)
                )
            },
            set(),
        )

    def matching_bodies(self, query: str) -> dict[str, str]:
        """The indexed text of each article whose text has all the words of ``query``, by
        key: a search reads these, not the articles' analyses."""
        match = _match_expression(query)
        if not match:
            return {}
        return self._read_cache(
            lambda: dict(
                self.cache.execute("SELECT path, body FROM bodies WHERE bodies MATCH ?", (match,))
            ),
            {},
        )

    # -------------------------------------------------------------- the reader's state

    def pins(self) -> set[str]:
        """Keys of pinned events and quotes."""
        return {key for (key,) in self.db.execute("SELECT key FROM pins")}

    def set_pin(self, key: str, pinned: bool) -> None:
        """Pin or unpin one item; :class:`StoreError` when it cannot be saved."""

        def write() -> None:
            with self.transaction():
                if pinned:
                    self.db.execute("INSERT OR IGNORE INTO pins VALUES (?, ?)", (key, time.time()))
                else:
                    self.db.execute("DELETE FROM pins WHERE key=?", (key,))

        self._write_user(write)

    def add_note(self, target: str, text: str) -> Note:
        """A note on a paragraph or an event; :class:`StoreError` when it cannot be saved."""
        created = time.time()

        def write() -> int:
            with self.transaction():
                cursor = self.db.execute(
                    "INSERT INTO notes (target, text, created) VALUES (?, ?, ?)",
                    (target, text, created),
                )
            return int(cursor.lastrowid or 0)

        return Note(self._write_user(write), target, text, created)

    def edit_note(self, note_id: int, text: str) -> None:
        """A note's new text; :class:`StoreError` when it cannot be saved."""

        def write() -> None:
            with self.transaction():
                self.db.execute("UPDATE notes SET text=? WHERE id=?", (text, note_id))

        self._write_user(write)

    def delete_note(self, note_id: int) -> None:
        """Remove a note; :class:`StoreError` when it cannot be saved."""

        def write() -> None:
            with self.transaction():
                self.db.execute("DELETE FROM notes WHERE id=?", (note_id,))

        self._write_user(write)

    def notes(self) -> list[Note]:
        """Every note, oldest first."""
        rows = self.db.execute("SELECT id, target, text, created FROM notes ORDER BY id")
        return [Note(*row) for row in rows]

    def corrections(self) -> list[tuple[int, Correction]]:
        """The reader's corrections of the entities, by id, in the order they were made."""
        rows = self.db.execute("SELECT id, kind, entity, other FROM corrections ORDER BY id")
        return [(row_id, Correction(kind, entity, other)) for row_id, kind, entity, other in rows]

    def add_correction(self, correction: Correction) -> int:
        """Keep a correction (after every other); its id. :class:`StoreError` when it cannot
        be saved."""

        def write() -> int:
            with self.transaction():
                cursor = self.db.execute(
                    "INSERT INTO corrections (kind, entity, other, created) VALUES (?, ?, ?, ?)",
                    (correction.kind, correction.entity, correction.other, time.time()),
                )
            return int(cursor.lastrowid or 0)

        return self._write_user(write)

    def delete_correction(self, correction_id: int) -> None:
        """Forget a correction; :class:`StoreError` when it cannot be saved."""

        def write() -> None:
            with self.transaction():
                self.db.execute("DELETE FROM corrections WHERE id=?", (correction_id,))

        self._write_user(write)

    def set_date(self, path: str | Path, date: str) -> None:
        """The reader's own date for an article; :class:`StoreError` when it cannot be saved."""

        def write() -> None:
            with self.transaction():
                self.db.execute(
                    "INSERT INTO dates VALUES (?, ?) "
                    "ON CONFLICT(path) DO UPDATE SET date=excluded.date",
                    (article_key(path), date),
                )

        self._write_user(write)

    def clear_date(self, path: str | Path) -> None:
        """Forget the reader's date for an article; :class:`StoreError` when it cannot be
        saved."""

        def write() -> None:
            with self.transaction():
                self.db.execute("DELETE FROM dates WHERE path=?", (article_key(path),))

        self._write_user(write)

    def dates(self) -> dict[str, str]:
        """Article dates the reader set, by article key."""
        return dict(self.db.execute("SELECT path, date FROM dates").fetchall())

    def mark_read(self, path: str | Path) -> None:
        """Remember that an article was read."""

        def write() -> None:
            with self.transaction():
                self.db.execute(
                    "INSERT OR REPLACE INTO reads VALUES (?, ?)", (article_key(path), time.time())
                )

        self._write_user(write)

    def read(self) -> set[str]:
        """Keys of the articles read."""
        return {path for (path,) in self.db.execute("SELECT path FROM reads")}


_INDEX_WORD = re.compile(r"\w+")


def _match_expression(query: str) -> str:
    """An FTS5 query with every word of ``query`` as a quoted term, the last one as a prefix
    too ("tarif" finds "tariffs"; "U.S." is the words "u" and "s"); "" when it has none."""
    words = _INDEX_WORD.findall(query)
    if not words:
        return ""
    return " ".join([*(f'"{word}"' for word in words[:-1]), f'"{words[-1]}"*'])

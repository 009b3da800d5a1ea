"""The corpus index: a SQLite cache of analyses, full-text search, and the reader's own state.

One database per user (or ``--db PATH``), in WAL mode; every change of the reader's state is
one transaction. The schema version lives in ``PRAGMA user_version``; migrations only go
forward, and a database written by a newer briefing is refused, never touched.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.model import Article, Corpus
from briefing.serialize import (
    Snapshot,
    article_from_record,
    article_json,
    snapshot_from_record,
    snapshot_to_record,
)

SCHEMA_VERSION = 2
SNAPSHOTS_KEPT = 4
_SCHEMA = """
CREATE TABLE analyses (
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    engine TEXT NOT NULL,
    themes_hash TEXT NOT NULL,
    date_option TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (path, content_hash, engine, themes_hash, date_option)
);
CREATE VIRTUAL TABLE bodies USING fts5(path UNINDEXED, title, body, tokenize="porter unicode61");
CREATE TABLE pins (key TEXT PRIMARY KEY, created REAL NOT NULL);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL,
    text TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE dates (path TEXT PRIMARY KEY, date TEXT NOT NULL);
CREATE TABLE reads (path TEXT PRIMARY KEY, read_at REAL NOT NULL);
"""
# Each entry brings a database from the version before it to its own version.
_MIGRATIONS = {
    2: (
        "CREATE TABLE snapshots (key TEXT PRIMARY KEY, record TEXT NOT NULL, "
        "created REAL NOT NULL)",
        # the text index's rows now share their rowid with the analysis (deletes by rowid)
        "DELETE FROM bodies",
        "INSERT INTO bodies (rowid, path, title, body) SELECT rowid, path, "
        "coalesce(json_extract(record, '$.title'), ''), json_extract(record, '$.body') "
        "FROM analyses",
    ),
}


def record_json(article: Article) -> str:
    """An analysis as the cache stores it."""
    return article_json(article)


class StoreError(Exception):
    """A database that cannot be used; the message says why."""


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


def article_key(path: str | Path) -> str:
    """How the store names an article: its resolved path."""
    return str(Path(path).resolve())


class Store:
    """One open database."""

    def __init__(self, path: str | Path, shared: bool = False) -> None:
        """Open (or create) the database; ``shared`` lets several threads use this one
        connection (the caller keeps them from using it at the same time)."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=not shared
            )
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a briefing database ({error})") from None
        if version > SCHEMA_VERSION:
            self.db.close()
            raise StoreError(
                f"{self.path}: written by a newer briefing (schema {version}, this one reads "
                f"up to {SCHEMA_VERSION}); it was left untouched"
            )
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        with self.transaction():
            current = self.db.execute("PRAGMA user_version").fetchone()[0]
            if current == 0:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                current = 1
            for target in range(current + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[target]:
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def transaction(self) -> _Transaction:
        """``with store.transaction():`` - one atomic change."""
        return _Transaction(self.db)

    def close(self) -> None:
        """Close the database."""
        self.db.close()

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
        row = self.db.execute(
            "SELECT rowid FROM analyses WHERE path=? AND content_hash=? AND engine=? "
            "AND themes_hash=? AND date_option=?",
            (key, content_hash, engine, themes_hash, date_option),
        ).fetchone()
        return int(row[0]) if row else None

    def record(self, row_id: int) -> Article | None:
        """The cached analysis in row ``row_id``, if it is still there."""
        row = self.db.execute("SELECT record FROM analyses WHERE rowid=?", (row_id,)).fetchone()
        return article_from_record(json.loads(row[0])) if row else None

    def save_analysis(
        self,
        article: Article,
        content_hash: str,
        engine: str,
        themes_hash: str,
        date_option: str = "",
    ) -> None:
        """Cache an analysis (older ones of the same file go) and index its text."""
        self.save_analyses([(article, content_hash, date_option)], engine, themes_hash)

    def save_analyses(
        self,
        analyses: Iterable[tuple[Article, str, str] | tuple[Article, str, str, str]],
        engine: str,
        themes_hash: str,
    ) -> None:
        """Cache (article, content hash, date option[, its record as JSON]) analyses in one
        transaction; an older analysis of the same file goes."""
        with self.transaction():
            for article, content_hash, date_option, *given in analyses:
                key = article_key(article.path)
                record = given[0] if given else record_json(article)
                self._forget(key)
                cursor = self.db.execute(
                    "INSERT INTO analyses VALUES (?, ?, ?, ?, ?, ?)",
                    (key, content_hash, engine, themes_hash, date_option, record),
                )
                self.db.execute(
                    "INSERT INTO bodies (rowid, path, title, body) VALUES (?, ?, ?, ?)",
                    (cursor.lastrowid, key, article.title or "", article.body),
                )

    def _forget(self, key: str) -> None:
        """Drop the analyses of one file and their text (inside a transaction)."""
        rows = self.db.execute("SELECT rowid FROM analyses WHERE path=?", (key,)).fetchall()
        for (row_id,) in rows:
            self.db.execute("DELETE FROM bodies WHERE rowid=?", (row_id,))
        self.db.execute("DELETE FROM analyses WHERE path=?", (key,))

    def snapshot(self, key: str) -> Snapshot | None:
        """The assembled corpus saved under ``key``, if any."""
        row = self.db.execute("SELECT record FROM snapshots WHERE key=?", (key,)).fetchone()
        return snapshot_from_record(json.loads(row[0])) if row else None

    def has_snapshot(self, key: str) -> bool:
        """Whether an assembled corpus is saved under ``key``."""
        return self.db.execute("SELECT 1 FROM snapshots WHERE key=?", (key,)).fetchone() is not None

    def save_snapshot(self, key: str, corpus: Corpus) -> None:
        """Save an assembled corpus under ``key``; only the newest few are kept."""
        record = json.dumps(snapshot_to_record(corpus), ensure_ascii=False)
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO snapshots VALUES (?, ?, ?)", (key, record, time.time())
            )
            self.db.execute(
                "DELETE FROM snapshots WHERE key NOT IN "
                "(SELECT key FROM snapshots ORDER BY created DESC LIMIT ?)",
                (SNAPSHOTS_KEPT,),
            )

    def forget_missing(self, present: Iterable[str | Path], under: str | Path) -> int:
        """Drop cached files below ``under`` that are no longer there; returns how many."""
        keep = {article_key(p) for p in present}
        root = article_key(under)
        rows = self.db.execute("SELECT DISTINCT path FROM analyses").fetchall()
        gone = [p for (p,) in rows if p.startswith(root) and p not in keep]
        with self.transaction():
            for path in gone:
                self._forget(path)
        return len(gone)

    def search(self, query: str, limit: int = 50) -> list[tuple[str, str]]:
        """Articles whose text matches ``query`` (FTS5), best first, with a snippet."""
        match = _match_expression(query)
        if not match:
            return []
        rows = self.db.execute(
            "SELECT path, snippet(bodies, 2, '[', ']', '\u2026', 12) FROM bodies "
            "WHERE bodies MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [(path, snippet) for path, snippet in rows]

    def matching(self, query: str) -> set[str]:
        """Keys of every article whose text has all the words of ``query`` (FTS5)."""
        match = _match_expression(query)
        if not match:
            return set()
        rows = self.db.execute("SELECT path FROM bodies WHERE bodies MATCH ?", (match,))
        return {path for (path,) in rows}

    # -------------------------------------------------------------- the reader's state

    def pins(self) -> set[str]:
        """Keys of pinned events and quotes."""
        return {key for (key,) in self.db.execute("SELECT key FROM pins")}

    def set_pin(self, key: str, pinned: bool) -> None:
        """Pin or unpin one item."""
        with self.transaction():
            if pinned:
                self.db.execute("INSERT OR IGNORE INTO pins VALUES (?, ?)", (key, time.time()))
            else:
                self.db.execute("DELETE FROM pins WHERE key=?", (key,))

    def add_note(self, target: str, text: str) -> Note:
        """A note on a paragraph or an event."""
        created = time.time()
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO notes (target, text, created) VALUES (?, ?, ?)",
                (target, text, created),
            )
        return Note(int(cursor.lastrowid or 0), target, text, created)

    def notes(self) -> list[Note]:
        """Every note, oldest first."""
        rows = self.db.execute("SELECT id, target, text, created FROM notes ORDER BY id")
        return [Note(*row) for row in rows]

    def set_date(self, path: str | Path, date: str) -> None:
        """The reader's own date for an article."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO dates VALUES (?, ?) "
                "ON CONFLICT(path) DO UPDATE SET date=excluded.date",
                (article_key(path), date),
            )

    def dates(self) -> dict[str, str]:
        """Article dates the reader set, by article key."""
        return dict(self.db.execute("SELECT path, date FROM dates").fetchall())

    def mark_read(self, path: str | Path) -> None:
        """Remember that an article was read."""
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO reads VALUES (?, ?)", (article_key(path), time.time())
            )

    def read(self) -> set[str]:
        """Keys of the articles read."""
        return {path for (path,) in self.db.execute("SELECT path FROM reads")}


def _match_expression(query: str) -> str:
    """An FTS5 query with every word of ``query`` as a quoted term ("" when it has none)."""
    return " ".join(f'"{word}"' for word in query.replace('"', " ").split())


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, value, traceback) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")

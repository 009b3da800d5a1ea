"""The two SQLite files' tables, versions and migrations, and the checks made before
opening one (is it a database, may it be written, are its pages sound)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from briefing.store.errors import is_damage

SCHEMA_VERSION = 4  # 4: the corrections table (entities the reader merged or split)


# 2: the files table (a file known by its size and time is not read); 3: a snapshot's
# record is the last column of its row (written in place, see ``Store.save_snapshot``);
# 4: each analysis's assembly part (what assembling a corpus reads of it); 5: the memo of
# the last assembly, the corpus's and each article's (what assembling again reads)
CACHE_VERSION = 5


_SQLITE_HEADER = b"SQLite format 3\x00"


USER_TABLES = ("pins", "notes", "dates", "reads", "corrections")


_USER_SCHEMA = """
CREATE TABLE IF NOT EXISTS pins (key TEXT PRIMARY KEY, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL,
    text TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS dates (path TEXT PRIMARY KEY, date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reads (path TEXT PRIMARY KEY, read_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    other TEXT NOT NULL,
    created REAL NOT NULL
)
"""


# Schemas 1 and 2 kept the cache in the user's file; it now lives in a file of its own.
_OLD_CACHE_TABLES = ("analyses", "bodies", "snapshots")


_CACHE_SCHEMA = """
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
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content_hash TEXT NOT NULL
);
DROP TABLE IF EXISTS snapshots;
CREATE TABLE snapshots (key TEXT PRIMARY KEY, created REAL NOT NULL, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS parts (
    rowid INTEGER PRIMARY KEY,
    assembly TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memos (assembly TEXT PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS memo_articles (source TEXT PRIMARY KEY, record TEXT NOT NULL)
"""

# What each older cache lacks, by its version (the cache can always be rebuilt; this keeps
# its analyses when a new table is all that changed).
_CACHE_UPGRADES = {
    1: _CACHE_SCHEMA[_CACHE_SCHEMA.index("CREATE TABLE IF NOT EXISTS files") :],
    2: _CACHE_SCHEMA[_CACHE_SCHEMA.index("DROP TABLE IF EXISTS snapshots") :],
    3: _CACHE_SCHEMA[_CACHE_SCHEMA.index("CREATE TABLE IF NOT EXISTS parts") :],
    4: _CACHE_SCHEMA[_CACHE_SCHEMA.index("CREATE TABLE IF NOT EXISTS memos") :],
}


def foreign(path: Path) -> bool:
    """Whether ``path`` holds something other than an SQLite database (an empty file or
    none at all is a database not made yet)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return False
    except OSError:
        return False  # unreadable: connecting says why
    return bool(head) and head != _SQLITE_HEADER


def may_write(path: Path) -> bool:
    """Whether the database at ``path`` (and the journal files beside it) may be written: a
    file whose mode has no write bit at all (``chmod a-w``) counts as read-only even for a
    user, such as root, whom the system would let write it."""
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK):
        return False
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def pages_sound(db: sqlite3.Connection) -> bool:
    """Whether SQLite finds the file's pages and indexes consistent (a quick check)."""
    try:
        return db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return False
        raise


def migrate_user(db: sqlite3.Connection, version: int) -> None:
    """Bring the user's file to :data:`SCHEMA_VERSION`: its tables, and no cache tables."""
    with Transaction(db):
        for statement in _USER_SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        for table in _OLD_CACHE_TABLES if version else ():
            db.execute(f"DROP TABLE IF EXISTS {table}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if version:
        db.execute("VACUUM")  # the old cache's pages go back to the disk, once


def create_cache(cache: sqlite3.Connection, version: int = 0) -> None:
    """Make the cache's tables, or add what a cache of an older ``version`` lacks."""
    script = _CACHE_UPGRADES[version] if version else _CACHE_SCHEMA
    with Transaction(cache):
        for statement in script.split(";"):
            if statement.strip():
                cache.execute(statement)
        cache.execute(f"PRAGMA user_version = {CACHE_VERSION}")


class Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.db.execute("COMMIT")
        elif self.db.in_transaction:  # SQLite ends some failed ones itself (a full disk)
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")

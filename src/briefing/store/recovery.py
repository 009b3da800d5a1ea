"""Rows read back out of a damaged SQLite file, as many as can still be read."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

MAX_ROWS = 1_000_000  # rows tried one by one in a table whose scan fails


def salvage(damaged: Path, into: sqlite3.Connection, tables: Iterable[str]) -> dict[str, int]:
    """Copy every readable row of ``tables`` from ``damaged`` into ``into`` (same columns);
    returns how many rows of each table were saved."""
    counts = dict.fromkeys(tables, 0)
    try:
        source = sqlite3.connect(f"file:{quote(str(damaged))}?mode=ro", uri=True)
    except sqlite3.Error:
        return counts
    try:
        for table in counts:
            rows = _readable_rows(source, table)
            columns = _columns(into, table)
            if not rows or not columns:
                continue
            marks = ", ".join("?" for _ in columns)
            with contextlib.suppress(sqlite3.Error):
                into.execute("BEGIN IMMEDIATE")
                for row in rows:
                    if len(row) == len(columns):
                        into.execute(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", row)
                        counts[table] += 1
                into.execute("COMMIT")
    finally:
        source.close()
    return counts


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _readable_rows(source: sqlite3.Connection, table: str) -> list[tuple]:
    """The table's rows: in one scan when that works, else one rowid at a time."""
    try:
        return source.execute(f"SELECT * FROM {table}").fetchall()
    except sqlite3.Error:
        pass
    try:
        highest = source.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.Error:
        return []
    rows: list[tuple] = []
    for row_id in range(1, min(int(highest), MAX_ROWS) + 1):
        with contextlib.suppress(sqlite3.Error):
            rows.extend(source.execute(f"SELECT * FROM {table} WHERE rowid=?", (row_id,)))
    return rows

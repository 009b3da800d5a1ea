"""The database: the reader's own state (pins, notes, dates, read marks) in one SQLite file,
and beside it a disposable cache of analyses, full-text index and corpus snapshots."""

from briefing.store.database import (
    SCHEMA_VERSION,
    Note,
    Store,
    article_key,
    file_hash,
    record_json,
)
from briefing.store.errors import StoreError

__all__ = [
    "SCHEMA_VERSION",
    "Note",
    "Store",
    "StoreError",
    "article_key",
    "file_hash",
    "record_json",
]

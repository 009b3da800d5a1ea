"""What can go wrong with a database file, said in one line a person can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A database that cannot be used (or written); the message says why."""


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether an error means the file's content is damaged (not locked, full or read-only)."""
    text = str(error).lower()
    return not isinstance(error, sqlite3.OperationalError) or any(
        word in text for word in ("malformed", "not a database", "corrupt")
    )


def explain(path: Path, error: sqlite3.Error) -> StoreError:
    """The one-line reason for an SQLite error on ``path``."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        reason = "read-only: changes cannot be saved"
    elif "full" in text:
        reason = "the disk is full: changes cannot be saved"
    elif "locked" in text or "busy" in text:
        reason = "locked by another program (try again when it is done)"
    elif "unable to open" in text:
        reason = "cannot be opened (check the folder exists and may be written)"
    elif isinstance(error, sqlite3.DatabaseError) and is_damage(error):
        reason = f"damaged ({error})"
    else:
        reason = str(error)
    return StoreError(f"{path}: {reason}")

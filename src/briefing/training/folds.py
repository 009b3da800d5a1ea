"""Fixed folds of a development set, by a hash of each document's id."""

from __future__ import annotations

import hashlib


def fold_of(document_id: str, folds: int = 5) -> int:
    """The fold (0 to ``folds`` - 1) of a document, from a hash of its id: the same on
    every machine and every run."""
    return int(hashlib.sha256(document_id.encode("utf-8")).hexdigest()[:8], 16) % folds

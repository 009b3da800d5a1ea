"""Words of topics: what the stemmer strips."""

from __future__ import annotations

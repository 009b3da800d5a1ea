"""Names of the world's cities, as a feature of the name tagger ("g=city").

The list is built by ``briefing.training.build_city_names`` into ``data/`` (gzipped, one
name per line). A one-word city gives its word ``g=city``; a word of a longer city's name
gives ``g=city_part``. Many are words or surnames too ("Bath", "Houston"): the tagger
weighs the feature against the rest, it decides nothing alone.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

CITY_NAMES_PATH = Path(__file__).resolve().parent / "data" / "cities.txt.gz"


@lru_cache(maxsize=1)
def _city_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased one-word city names, and the words of the longer ones."""
    if not CITY_NAMES_PATH.exists():
        return frozenset(), frozenset()
    whole: set[str] = set()
    parts: set[str] = set()
    with gzip.open(CITY_NAMES_PATH, "rt", encoding="utf-8") as lines:
        for line in lines:
            words = line.lower().split()
            if len(words) == 1:
                whole.add(words[0])
            else:
                parts.update(words)
    return frozenset(whole), frozenset(parts - whole)


def city_features(lower: str) -> tuple[str, ...]:
    """A lower-cased word's city feature, if it names or is part of the name of a city."""
    whole, parts = _city_words()
    if lower in whole:
        return ("g=city",)
    if lower in parts:
        return ("g=city_part",)
    return ()

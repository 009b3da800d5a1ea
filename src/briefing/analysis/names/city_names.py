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

from briefing.analysis.lexicon.gazetteer import GAZETTEER, US_STATES

CITY_NAMES_PATH = Path(__file__).resolve().parent / "data" / "cities.txt.gz"


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Every city's lower-cased name, of one word or several (read once)."""
    if not CITY_NAMES_PATH.exists():
        return frozenset()
    with gzip.open(CITY_NAMES_PATH, "rt", encoding="utf-8") as lines:
        return frozenset(" ".join(line.lower().split()) for line in lines if line.strip())


@lru_cache(maxsize=1)
def _city_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased one-word city names, and the words of the longer ones."""
    whole = {name for name in _city_names() if " " not in name}
    parts = {word for name in _city_names() if " " in name for word in name.split()}
    return frozenset(whole), frozenset(parts - whole)


def city_features(lower: str) -> tuple[str, ...]:
    """A lower-cased word's city feature, if it names or is part of the name of a city."""
    whole, parts = _city_words()
    if lower in whole:
        return ("g=city",)
    if lower in parts:
        return ("g=city_part",)
    return ()


def is_place_name(lower: str) -> bool:
    """Whether a lower-cased name is a city's, a country's or a US state's: a name whose
    bearer may be the place itself in one sentence and its team or government in the next."""
    return lower in _city_names() or lower in GAZETTEER.countries or lower in US_STATES

"""Articles that tell the same story: their texts are the same or nearly so (85% of their
five-word shingles shared), as feed readers group them. Found by MinHash with banded
lookup, so a folder is compared in linear time, then each candidate pair checked exactly."""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable

from briefing.model import Article

SHINGLE_WORDS = 5
SAME_STORY = 0.85  # shared shingles over the smaller article's, for "the same story"
_HASHES = 24
_BANDS = 8  # of 3 hashes each: pairs at 0.85 meet in a band almost surely
_WORD = re.compile(r"\w+")
_SEEDS = tuple(range(1, _HASHES + 1))


def shingles(text: str) -> set[int]:
    """The article's five-word shingles, hashed (CRC-32: the same on every run)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def _signature(found: set[int]) -> tuple[int, ...]:
    """The MinHash signature of a sample of the shingles (one in four, by value, the same
    sample in every article: what two texts share is sampled alike)."""
    sample = [value for value in found if value & 3 == 0] or list(found)
    return tuple(min((value ^ (seed * 0x9E3779B1)) & 0xFFFFFFFF for value in sample)
                 for seed in _SEEDS)  # fmt: skip


def same_stories(articles: Iterable[Article]) -> dict[str, str]:
    """Each article that repeats an earlier one's story, mapped to that first article's id
    (articles in their order, each read once; the first of a group stands for it)."""
    # each article's shingles kept as a compact array (4 bytes a shingle, not a set's 30-odd):
    # a folder of 20,000 articles keeps tens of MB, not hundreds
    sets: list[array[int]] = []
    ids: list[str] = []
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = {}
    candidates: dict[int, set[int]] = {}
    size = _HASHES // _BANDS
    for index, article in enumerate(articles):
        found = shingles(article.body)
        sets.append(array("I", found))
        ids.append(article.id)
        if not found:
            continue
        signature = _signature(found)
        for band in range(_BANDS):
            key = (band, signature[band * size : (band + 1) * size])
            for other in buckets.setdefault(key, []):
                candidates.setdefault(index, set()).add(other)
            buckets[key].append(index)
    first: dict[str, str] = {}
    for index in range(len(ids)):
        for other in sorted(candidates.get(index, ())):
            a, b = sets[index], sets[other]
            if len(set(a).intersection(b)) >= SAME_STORY * min(len(a), len(b)):
                leader = ids[other]
                first[ids[index]] = first.get(leader, leader)
                break
    return first

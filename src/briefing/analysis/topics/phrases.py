"""Words to stems and phrase counting, shared by topic scoring and theme fitting."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from briefing.analysis.lexicon.topic_words import SIBILANT_PLURALS

_TOKEN = re.compile(r"[A-Za-z]+|\d+")
MAX_PHRASE_WORDS = 3


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stem: lower case, plural and -ed/-ing endings removed."""
    word = word.lower()
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(SIBILANT_PLURALS):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
        if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
        if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
    return word


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Stemmed tokens of ``text[start:end]`` with their offsets in ``text``."""
    end = len(text) if end is None else end
    return [(stem(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The stemmed token sequence a phrase matches."""
    return tuple(token for token, _, _ in tokens(phrase))


def find_phrases(
    stream: Sequence[tuple[str, int, int]],
    lexicon: dict[tuple[str, ...], object],
    starts: frozenset[str] | None = None,
) -> Iterable[tuple[tuple[str, ...], int, int]]:
    """Every occurrence of a lexicon phrase in a token stream, as (key, first, last+1) indices.

    ``starts``, the first words of the lexicon's phrases, lets most words be passed over."""
    stems = [token for token, _, _ in stream]
    for index in range(len(stems)):
        if starts is not None and stems[index] not in starts:
            continue
        for size in range(1, MAX_PHRASE_WORDS + 1):
            key = tuple(stems[index : index + size])
            if len(key) < size:
                break
            if key in lexicon:
                yield key, index, index + size

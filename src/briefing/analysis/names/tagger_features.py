"""Tokens and CRF features for the name tagger (shared by tagging and training)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing.analysis.lexicon.gazetteer import GAZETTEER

# Acronyms with dots (U.S., U.K.), words with inner hyphens or apostrophes (O'Neill, but
# not a possessive 's, which is a token of its own), numbers, or one other character.
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])|\w+(?:[-&]\w+|['\u2019](?![sS]\b)\w+)*|['\u2019][sS]\b|\S"
)
Token = tuple[str, int, int]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with their offsets in ``text``."""
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=131072)
def shape(word: str) -> str:
    """A compressed word shape: Xx, X, x, d, with punctuation kept (U.S. -> X.X.)."""
    out: list[str] = []
    for char in word:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


@lru_cache(maxsize=131072)
def word_features(word: str) -> tuple[str, ...]:
    """The features of a word that do not depend on its context."""
    lower = word.lower()
    features = [
        "w=" + lower,
        "s=" + shape(word),
        "p3=" + lower[:3],
        "x2=" + lower[-2:],
        "x3=" + lower[-3:],
        "x4=" + lower[-4:],
    ]
    if word[:1].isupper():
        features.append("cap")
    if word.isupper() and len(word) > 1:
        features.append("upper")
    if any(char.isdigit() for char in word):
        features.append("digit")
    if len(word) == 1:
        features.append("short")
    features.extend("g=" + tag for tag in sorted(GAZETTEER.tags(lower)))
    return tuple(features)


@lru_cache(maxsize=131072)
def _as_neighbour(
    word: str,
) -> tuple[tuple[str, str], tuple[str, str], tuple[str, str], tuple[str, str], str]:
    """The features a word gives the words two and one places after it, and one and two
    places before it (offsets -2, -1, +1, +2 from theirs), and its lower case."""
    lower, word_shape = word.lower(), shape(word)
    return (
        (f"-2w={lower}", f"-2s={word_shape}"),
        (f"-1w={lower}", f"-1s={word_shape}"),
        (f"1w={lower}", f"1s={word_shape}"),
        (f"2w={lower}", f"2s={word_shape}"),
        lower,
    )


def sentence_features(
    words: Sequence[str], document_caps: frozenset[str] = frozenset()
) -> list[list[str]]:
    """CRF features of each word of a sentence: its own, then a window of two either side.

    ``document_caps`` holds the lower-cased words the document also writes capitalised
    away from a sentence start: a sentence opener in it is likely a name.
    """
    given = [_as_neighbour(word) for word in words]
    count = len(words)
    all_caps = sum(1 for word in words if word.isupper() and len(word) > 1) * 2 > count
    rows: list[list[str]] = []
    for index, word in enumerate(words):
        row = list(word_features(word))
        if index == 0:
            row.append("first")
            if given[0][4] in document_caps:
                row.append("capselsewhere")
        if all_caps:
            row.append("allcaps_sentence")
        # the window, in the order -2, -1, +1, +2; "<edge>" past either end
        if index >= 2:
            row.extend(given[index - 2][0])
        else:
            row.append("-2w=<edge>")
        if index >= 1:
            row.extend(given[index - 1][1])
        else:
            row.append("-1w=<edge>")
        if index + 1 < count:
            row.extend(given[index + 1][2])
        else:
            row.append("1w=<edge>")
        if index + 2 < count:
            row.extend(given[index + 2][3])
        else:
            row.append("2w=<edge>")
        if index > 0:
            row.append(f"-1w|w={given[index - 1][4]}|{given[index][4]}")
        if index + 1 < count:
            row.append(f"w|+1w={given[index][4]}|{given[index + 1][4]}")
        rows.append(row)
    return rows


def capitalised_elsewhere(sentences: Sequence[Sequence[str]]) -> frozenset[str]:
    """Lower-cased words a document writes capitalised at least once off a sentence start."""
    found = set()
    for words in sentences:
        for word in words[1:]:
            if word[:1].isupper() and not word.isupper():
                found.add(word.lower())
    return frozenset(found)

"""Tokens and CRF features for the name tagger (shared by tagging and training).

A word's features are its own (spelling, shape, affixes, name lists, the world's city
names, and its word clusters from unlabelled text), those of two words either side, and
the document's: the words the story writes next to the same capitalised word elsewhere
(Ratinov & Roth's "context aggregation"), so that "Trump" in "Mr Trump" tells the tagger
about a bare "Trump".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.analysis.lexicon.gazetteer import GAZETTEER
from briefing.analysis.lexicon.name_words import NOT_NAMES
from briefing.analysis.names.city_names import city_features
from briefing.analysis.names.clusters import clusters_of

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
    features.extend(clusters_of(lower))
    features.extend(city_features(lower))
    return tuple(features)


Window = tuple[str, ...]


@lru_cache(maxsize=131072)
def as_neighbour(word: str) -> tuple[Window, Window, Window, Window, str]:
    """The features a word gives the words two and one places after it, and one and two
    places before it (offsets -2, -1, +1, +2 from theirs), and its lower case. Near
    neighbours give their finer cluster, far ones their coarse cluster."""
    lower, word_shape = word.lower(), shape(word)
    clusters = clusters_of(lower)
    coarse, fine = (clusters[0], clusters[1]) if len(clusters) > 1 else (clusters[0],) * 2
    return (
        (f"-2w={lower}", f"-2s={word_shape}", f"-2{coarse}"),
        (f"-1w={lower}", f"-1s={word_shape}", f"-1{fine}"),
        (f"1w={lower}", f"1s={word_shape}", f"1{fine}"),
        (f"2w={lower}", f"2s={word_shape}", f"2{coarse}"),
        lower,
    )


# The names of the features that depend on a word's place, not on the word alone.
PAIR_AFTER, PAIR_BEFORE = "w|+1w=", "-1w|w="  # the word and the next; the one before and it
CONTEXT_BEFORE, CONTEXT_AFTER = "a-1=", "a+1="  # a word's neighbours elsewhere in the story
OPENS, CAPS_ELSEWHERE, CAPITALS_SENTENCE = "first", "capselsewhere", "allcaps_sentence"

# The contexts of a capitalised word aggregated over a document: at most this many, the
# most frequent first.
AGGREGATED_CONTEXTS = 20
ALONE = "a=alone"  # a capitalised word the document writes nowhere else

Contexts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DocumentContext:
    """What the whole document says about its words, for the features of each sentence.

    ``caps`` holds the lower-cased words the document also writes capitalised away from a
    sentence start: a sentence opener in it is likely a name. ``contexts`` gives each
    capitalised word (lower-cased) the words written just before it ("a-1=mr") and just
    after it ("a+1=said") in the document, counted; a word's features are those of its
    other occurrences.
    """

    caps: frozenset[str] = frozenset()
    contexts: dict[str, Contexts] = field(default_factory=dict)


def document_context(sentences: Sequence[Sequence[str]]) -> DocumentContext:
    """The document-level evidence of a document's sentences (lists of words), in one pass."""
    counted: dict[str, dict[str, int]] = {}
    caps: set[str] = set()
    for words in sentences:
        last = len(words) - 1
        for index, word in enumerate(words):
            if not word[:1].isupper():
                continue
            lower = word.lower()
            seen = counted.setdefault(lower, {})
            if index:
                context = CONTEXT_BEFORE + words[index - 1].lower()
                seen[context] = seen.get(context, 0) + 1
                if not word.isupper():
                    caps.add(lower)  # capitalised off a sentence start
            if index < last:
                context = CONTEXT_AFTER + words[index + 1].lower()
                seen[context] = seen.get(context, 0) + 1
    contexts = {lower: _most_common(counts) for lower, counts in counted.items()}
    return DocumentContext(frozenset(caps), contexts)


def _most_common(counts: dict[str, int]) -> Contexts:
    """The most frequent contexts with their counts (ties by the context, for determinism)."""
    if len(counts) <= AGGREGATED_CONTEXTS:
        return tuple(counts.items())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:AGGREGATED_CONTEXTS])


def _elsewhere(found: Contexts, before: str, after: str) -> list[str]:
    """The contexts a word has at its other occurrences: those of ``found`` but for its own
    (``before``, ``after``), unless it has them elsewhere too."""
    kept = [context for context, count in found if count > 1 or context not in (before, after)]
    return kept


NO_DOCUMENT = DocumentContext()


EDGES = (("-2w=<edge>",), ("-1w=<edge>",), ("1w=<edge>",), ("2w=<edge>",))


# How far from a word with a capital letter a word may still be part of a name or decide
# one ("Bank of England", "the Duke of ..."): the tagger reads the runs of words this near.
NAME_REACH = 3


def name_windows(words: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) runs of a sentence's words within :data:`NAME_REACH` of a word with
    a capital letter other than an opener's: the rest, long runs of small words, holds no
    name."""
    windows: list[tuple[int, int]] = []
    last = len(words)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower == word or (not index and lower in NOT_NAMES):
            continue  # no capital letter, or an opener's ("The", "But")
        start, end = max(0, index - NAME_REACH), min(last, index + NAME_REACH + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def sentence_features(
    words: Sequence[str], document: DocumentContext = NO_DOCUMENT
) -> list[list[str]]:
    """CRF features of each word of a sentence: its own, a window of two either side, and
    the contexts the document gives the same capitalised word."""
    return _rows(words, document, True, mostly_capitals(words))


def windowed_features(
    words: Sequence[str], document: DocumentContext = NO_DOCUMENT
) -> list[tuple[tuple[int, int], list[list[str]]]]:
    """Each of a sentence's :func:`name_windows` with the features of its words, the same
    as :func:`sentence_features` gives them in the whole sentence."""
    capitals = mostly_capitals(words)
    found = []
    for start, end in name_windows(words):
        left, right = max(0, start - 2), min(len(words), end + 2)  # the edges' neighbours
        rows = _rows(words[left:right], document, left == 0, capitals)
        found.append(((start, end), rows[start - left : end - left]))
    return found


def mostly_capitals(words: Sequence[str]) -> bool:
    """Whether most of a sentence's words are written in capitals (a headline, a table)."""
    return sum(1 for word in words if word.isupper() and len(word) > 1) * 2 > len(words)


def _rows(
    words: Sequence[str], document: DocumentContext, opens: bool, capitals: bool
) -> list[list[str]]:
    """The features of a run of words: ``opens`` when it starts its sentence, ``capitals``
    when its sentence is mostly written in capitals."""
    given = [as_neighbour(word) for word in words]
    lowers = [neighbour[4] for neighbour in given]
    edge_2, edge_1, edge1, edge2 = EDGES
    # what each word sees at -2, -1, +1 and +2: "<edge>" past either end
    at_2 = [edge_2, edge_2, *(neighbour[0] for neighbour in given[:-2])]
    at_1 = [edge_1, *(neighbour[1] for neighbour in given[:-1])]
    at1 = [*(neighbour[2] for neighbour in given[1:]), edge1]
    at2 = [*(neighbour[3] for neighbour in given[2:]), edge2, edge2]
    pairs = [f"{left}|{right}" for left, right in zip(lowers, lowers[1:], strict=False)]
    rows = [
        [*word_features(word), *at_2[index], *at_1[index], *at1[index], *at2[index]]
        for index, word in enumerate(words)
    ]
    contexts = document.contexts
    last = len(words) - 1
    for index, word in enumerate(words):
        if word[:1].isupper():
            rows[index].extend(
                _elsewhere(
                    contexts.get(lowers[index], ()),
                    CONTEXT_BEFORE + lowers[index - 1] if index else "",
                    CONTEXT_AFTER + lowers[index + 1] if index < last else "",
                )
            )
    for index, pair in enumerate(pairs):
        rows[index].append(PAIR_AFTER + pair)
        rows[index + 1].append(PAIR_BEFORE + pair)
    if rows and opens:
        rows[0].append(OPENS)
        if lowers[0] in document.caps:
            rows[0].append(CAPS_ELSEWHERE)
    if capitals:
        for row in rows:
            row.append(CAPITALS_SENTENCE)
    return rows

"""The word and word-pair features a learned topic model reads from a token stream.

The same function feeds the training script and the engine, so a model sees at run time
exactly the features it was fitted on. A feature is a stem ("tariff") or two adjacent stems
joined by a space ("trade deficit"); numbers and one-letter words are not features and end a
pair, as does the separator between paragraphs (an empty token).
"""

from __future__ import annotations

from collections.abc import Sequence

Token = tuple[str, int, int]


def _is_word(stem: str) -> bool:
    return len(stem) > 1 and stem.isalpha()


def feature_positions(stream: Sequence[Token]) -> dict[str, list[int]]:
    """Each feature of the stream with the token indices where it starts."""
    found: dict[str, list[int]] = {}
    previous = ""
    for index, (stem, _start, _end) in enumerate(stream):
        if not _is_word(stem):
            previous = ""
            continue
        found.setdefault(stem, []).append(index)
        if previous:
            found.setdefault(f"{previous} {stem}", []).append(index - 1)
        previous = stem
    return found


def feature_counts(stream: Sequence[Token]) -> dict[str, int]:
    """How often each feature occurs in the stream."""
    return {feature: len(where) for feature, where in feature_positions(stream).items()}

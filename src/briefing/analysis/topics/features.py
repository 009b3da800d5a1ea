"""The word and word-pair features a learned topic model reads from a token stream.

The same function feeds the training script and the engine, so a model sees at run time
exactly the features it was fitted on. A feature is a stem ("tariff") or two adjacent stems
joined by a space ("trade deficit"); numbers and one-letter words are not features and end a
pair, as does the separator between paragraphs (an empty token).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

Token = tuple[str, int, int]


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


EVERY_FEATURE: Container[str] = _Everything()


def feature_positions(
    stream: Sequence[Token], known: Container[str] = EVERY_FEATURE
) -> dict[str, list[int]]:
    """Each feature of the stream (of those in ``known``) with the token indices where it
    starts."""
    found: dict[str, list[int]] = {}
    previous = ""
    for index, (stem, _start, _end) in enumerate(stream):
        if len(stem) < 2 or not stem.isalpha():
            previous = ""
            continue
        if stem in known:
            found.setdefault(stem, []).append(index)
        if previous:
            pair = f"{previous} {stem}"
            if pair in known:
                found.setdefault(pair, []).append(index - 1)
        previous = stem
    return found


def feature_counts(stream: Sequence[Token]) -> dict[str, int]:
    """How often each feature occurs in the stream."""
    return {feature: len(where) for feature, where in feature_positions(stream).items()}

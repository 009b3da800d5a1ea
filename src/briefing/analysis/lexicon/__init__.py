"""Word lists the rules share, each list once: the engine's lexicon.

Each module holds the words of one field (time, tense, names, speech, figures, topics); a
rule's regex takes a list as an alternation with :func:`either`, in the list's order (the
order in which the regex engine tries them).
"""

from __future__ import annotations

from collections.abc import Iterable


def either(words: Iterable[str]) -> str:
    """The words as a regex alternation, in their order: ``a|b|c``."""
    return "|".join(words)

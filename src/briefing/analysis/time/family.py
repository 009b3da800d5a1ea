"""What a family of time expressions is made of, and the span trimming some families need."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_words import BOUND_BEFORE_WORDS, HEDGE_BEFORE_WORDS
from briefing.analysis.time.reference import RefDate
from briefing.analysis.time.values import Context, Groups, Resolved

# A negative check looks at one candidate and says it is no time expression (True), that it
# surely is one (False), or nothing (None: the next check of its family decides).
Verdict = bool | None
# (sentence, the span the family finds in it, its TimeML value)
Example = tuple[str, str, str]
Trim = Callable[[str, int, int], tuple[int, int] | None]
EXAMPLE_REFERENCE = RefDate(2025, 10, 28)  # a Tuesday: the date every example is read on


@dataclass(frozen=True, slots=True)
class Family:
    """One family of time expressions, declared once (see ``families.FAMILIES``).

    ``led_by`` says where the family may start: ``"scan"`` (its own regex finds it; it starts
    with a capital, a quote or a digit the engine skips to quickly), ``"digits"`` (tried where
    a run of digits starts), ``"month"`` or ``"weekday"`` (tried where the name of a month or
    a weekday starts: one scan finds them for every such family) or the stems, in lower case,
    one of which starts it.
    """

    name: str
    prefix: str
    core: str
    led_by: Literal["scan", "digits", "month", "weekday"] | tuple[str, ...]
    resolve: Callable[[Groups, Context, int, int], Resolved]
    checks: tuple[Callable[..., Verdict], ...] = ()
    trim: Trim | None = None
    examples: tuple[Example, ...] = ()


_BOUND_BEFORE = re.compile(rf"\b(?i:{either(BOUND_BEFORE_WORDS)})\s+$")
_HEDGE_BEFORE = re.compile(rf"\b(?i:{either(HEDGE_BEFORE_WORDS)})\s+$")


def trim_an_amount(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An amount of time keeps its bound ("nearly four years ago", "at least 72 hours") and
    the hedge of an "ago" ("almost two years ago"; but "about two hours" is long)."""
    if bound := _BOUND_BEFORE.search(text, max(0, start - 12), start):
        return bound.start(), end
    if text[end - 4 : end] == " ago":
        if hedge := _HEDGE_BEFORE.search(text, max(0, start - 15), start):
            return hedge.start(), end
    return None


def trim_a_reference(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "the recently passed law": "the" is the law's; "in the past" is "the past", "at a
    later date" "a later date"."""
    if text[start : start + 4].lower() == "the " and text[end - 2 : end] == "ly":
        return start + 4, end
    if text[start : start + 7].lower() in ("in the ", "at a la", "at a fu"):
        return start + 3, end
    return None

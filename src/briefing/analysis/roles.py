"""Roles of people: the title before a name, or an apposition after it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.gazetteer import HONORIFICS, TITLES
from briefing.analysis.ner_features import tokenize

_CONNECTORS = frozenset("of for and new former acting deputy vice chief interim - the".split())
_OPENERS = frozenset(
    "as according in on at by after before when while if although since but and so then "
    "however meanwhile last earlier later currently subsequently additionally with from "
    "said says told".split()
)
_ROLE_WORDS = TITLES - HONORIFICS
_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<role>[A-Za-z][\w.'\- ]{2,80}?)\s*(?=[,.;]|\s+said\b)"
)


def role_before(body: str, start: int, others: Sequence[tuple[int, int]] = ()) -> str | None:
    """The title written just before a name ("U.S. Commerce Secretary" Rutherford)."""
    taken = _title_words(body, start, others, 40)  # most names have none: look near first
    if taken is None:
        taken = _title_words(body, start, others, 160) or []
    taken.reverse()
    while taken and taken[0][0].lower() in _CONNECTORS:
        taken.pop(0)
    while taken and taken[-1][0].lower() in _CONNECTORS - {"-"}:
        taken.pop()
    while taken and taken[-1][0].lower().rstrip(".") in HONORIFICS:
        taken.pop()  # "Prime Minister Mr Blair": "Mr" is how he is addressed, not a role
    if not any(word.lower() in _ROLE_WORDS for word, _, _ in taken):
        return None
    role = body[taken[0][1] : taken[-1][2]]
    if "\n" in role or len(role.split()) > 9:
        return None
    return role


def _title_words(
    body: str, start: int, others: Sequence[tuple[int, int]], window: int
) -> list[tuple[str, int, int]] | None:
    """Words that may form a title, right to left, before ``start``; None when the window
    ran out before a word that ends the title (a longer window must decide)."""
    tokens = tokenize(body, max(0, start - window), start)
    taken: list[tuple[str, int, int]] = []
    for position in range(len(tokens) - 1, -1, -1):
        word, left, right = tokens[position]
        lower = word.lower()
        if any(o_start <= left < o_end for o_start, o_end in others):
            return taken
        if lower in _CONNECTORS or (word[:1].isupper() and lower not in _OPENERS):
            taken.append((word, left, right))
            continue
        if position == 0 and start - window > 0:
            return None  # this word may be cut by the window
        return taken
    return taken if start - window <= 0 else None


def role_after(body: str, end: int) -> str | None:
    """An apposition after a name (Maria Lopez, "a union organiser",)."""
    match = _APPOSITION.match(body, end, min(len(body), end + 120))
    if not match:
        return None
    role = match.group("role").strip()
    words = role.split()
    if len(words) > 8 or not any(word.lower().strip(".,") in _ROLE_WORDS for word in words):
        return None
    return role

"""Roles of people: the title before a name, or an apposition after it."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.gazetteer import HONORIFICS, TITLES
from briefing.analysis.lexicon.name_words import (
    CALENDAR_NAMES,
    CONNECTORS,
    NEVER_IN_A_TITLE,
    NOT_A_ROLE_START,
    OPENERS,
    ROLE_DROPS_FIRST,
    ROLE_NEVER_OPENS,
    ROLE_TAIL,
    TITLE_ING,
)
from briefing.analysis.names.tagger_features import tokenize
from briefing.analysis.span_mask import SpanMask

_ROLE_WORDS = TITLES - HONORIFICS
_TITLES_AND_FORMS = TITLES | HONORIFICS  # what may stand before a name: "Sen.", "Mr."
_ABBREVIATION_END = re.compile(r"\.\s+")
_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<role>[A-Za-z][\w.'\- ]{2,80}?)\s*(?=[,.;]|\s+said\b)"
)


class NamedSpans:
    """Where the text names other people: the positions their names cover and where each
    starts, built once per article so that each name's roles cost only their own words."""

    __slots__ = ("mask", "starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.mask = SpanMask(max((end for _, end in spans), default=0), spans)
        self.starts = frozenset(start for start, _ in spans)


Others = NamedSpans | Sequence[tuple[int, int]]


def _named(others: Others) -> NamedSpans:
    return others if isinstance(others, NamedSpans) else NamedSpans(others)


def role_before(body: str, start: int, others: Others = ()) -> str | None:
    """The title written just before a name ("U.S. Commerce Secretary" Rutherford).

    ``others`` are the spans of the other people named in ``body``."""
    if in_a_headline(body, start):
        return None
    others = _named(others)
    taken = _title_words(body, start, others, 40)  # most names have none: look near first
    if taken is None:
        taken = _title_words(body, start, others, 160) or []
    taken.reverse()
    while taken and taken[0][0].lower() in CONNECTORS:
        taken.pop(0)
    while taken and taken[-1][0].lower() in CONNECTORS - {"-"}:
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
    body: str, start: int, others: NamedSpans, window: int
) -> list[tuple[str, int, int]] | None:
    """Words that may form a title, right to left, before ``start``; None when the window
    ran out before a word that ends the title (a longer window must decide)."""
    tokens = tokenize(body, max(0, start - window), start)
    taken: list[tuple[str, int, int]] = []
    for position in range(len(tokens) - 1, -1, -1):
        word, left, right = tokens[position]
        lower = word.lower()
        if others.mask.covers(left):
            return taken
        if word == "-" and position and tokens[position - 1][0] == "-":
            return taken  # "WASHINGTON -- President Obama": a dateline's dash
        if lower in NEVER_IN_A_TITLE or (
            lower.endswith("ing") and lower not in TITLE_ING and lower not in _ROLE_WORDS
        ):
            return taken  # "Like President Obama", "Refugees Fleeing President Trump"
        if lower in CONNECTORS or (word[:1].isupper() and lower not in OPENERS):
            taken.append((word, left, right))
            continue
        if position == 0 and start - window > 0:
            return None  # this word may be cut by the window
        return taken
    return taken if start - window <= 0 else None


def role_after(body: str, end: int, others: Others = ()) -> str | None:
    """An apposition after a name (Maria Lopez, "a union organiser",)."""
    match = _APPOSITION.match(body, end, min(len(body), end + 120))
    if not match or in_a_headline(body, end):
        return None
    role = match.group("role").strip()
    words = role.split()
    if len(words) > 8 or not any(word.lower().strip(".,") in _ROLE_WORDS for word in words):
        return None
    first = words[0].lower()
    if first in NOT_A_ROLE_START or first.endswith(("ly", "ing")):
        return None  # "he would have to consider Rep", "speaking to CNN", "but Sen"
    left, right = match.span("role")
    others = _named(others)
    if others.mask.overlaps(left, right):
        return None  # "Hillary Clinton, former president Bill Clinton,": another person
    following = _ABBREVIATION_END.match(body, right)
    if (
        following is not None
        and len(words[-1]) <= 4
        and words[-1].lower() in _TITLES_AND_FORMS
        and following.end() in others.starts
    ):
        return None  # "while Trump, Sen. Ted Cruz and ...": the next person's title
    return role


_ROLE_TAIL = re.compile(rf"\s+(?:{either(ROLE_TAIL)})$", re.IGNORECASE)


def tidy_role(role: str, name: str, people: Container[str]) -> str | None:
    """A role as a title or position of the person called ``name``, or None when it is
    none: without a time adverb before it or a when or where after it, without the
    person's own given name the tagger left out of the name ("Justice Antonin" of Antonin
    Scalia) or another person named before it ("Gordon Brown and Prime Minister"; ``people``
    are the corpus's names of people); never opening with a count, a date or a naming."""
    words = role.split()
    while words and words[0].lower() in ROLE_DROPS_FIRST:
        words.pop(0)
    given = name.split()[0] if len(name.split()) > 1 else None
    if len(words) > 1 and words[-1] == given:
        words.pop()
    for index, word in enumerate(words[1:-1], start=1):
        if word == "and" and " ".join(words[:index]) in people:
            words = words[index + 1 :]
            break
    if not words or words[0].lower() in ROLE_NEVER_OPENS | CALENDAR_NAMES:
        return None
    tidied = _ROLE_TAIL.sub("", " ".join(words))
    if not any(word.lower().strip(".,") in _ROLE_WORDS for word in tidied.split()):
        return None
    return tidied


def in_a_headline(body: str, position: int) -> bool:
    """Whether ``position`` is on a line written in title case ("American Refugees Fleeing
    President Trump"): its capitals say nothing about roles."""
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    line = body[start : end if end != -1 else len(body)].strip()
    if line.endswith((".", "!", "?", '"', "\u201d", ":", ";")):
        return False  # a sentence, however many names it holds
    words = [w for w in line.split() if len(w) > 3]
    if len(words) < 3:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.7 * len(words)

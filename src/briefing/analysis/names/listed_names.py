"""Names the project's own lists decide where the tagger did not: a person's title before a
name, outlets named in several words, platforms, and parties named by their members.

The tagger learnt from 1996 news: it never saw a platform, and it reads a name it never met
by its spelling and neighbours. What the lists know is given back here, in one pass over a
story's tokens or mentions each.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from briefing.analysis.lexicon.gazetteer import (
    GAZETTEER,
    OUTLETS,
    PARTY_FORMS,
    PERSON_TITLES,
    PLATFORMS,
)
from briefing.analysis.names.tagger_features import Token, tokenize
from briefing.analysis.span_mask import SpanMask
from briefing.model import Mention

# Kinds of the gazetteer that make a name a country's, a state's, a people's or an outlet's.
PLACES_AND_PEOPLES = frozenset(("country", "demonym", "state", "outlet"))
# A capitalised title or form of address just before a name: "President Trump", "Mr. Abe".
_TITLE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\.? $")
# One-word names that are an organisation's whenever capitalised: platforms, and parties
# named by their members ("the Tories", "Democrats"; "Democratic" is an adjective).
_KNOWN_ORGANISATIONS = PLATFORMS | {
    form for form in PARTY_FORMS if " " not in form and form.endswith("s")
}
# Outlets named in several words ("Nikkei Asia", "Observer Net").
_OUTLET_NAMES = frozenset(name for name in OUTLETS if " " in name)


def after_a_title(body: str, start: int) -> bool:
    """Whether a capitalised personal title or form of address ends just before ``start``."""
    found = _TITLE_BEFORE.search(body, max(0, start - 20), start)
    return found is not None and found.group(1).lower() in PERSON_TITLES


def titled_people(body: str, mentions: list[Mention]) -> list[Mention]:
    """A name of one or two words written just after a person's title is a person's,
    whatever the tagger typed it ("President Trump", "Senator Cruz"), unless it is a
    country's, a state's or a people's name."""
    return [
        Mention(m.start, m.end, m.text, "PER")
        if m.type != "PER"
        and len(m.text.split()) <= 2
        and not GAZETTEER.tags(m.text.lower()) & PLACES_AND_PEOPLES
        and after_a_title(body, m.start)
        else m
        for m in mentions
    ]


def known_organisations_missed(
    body: str, mentions: list[Mention], sentences: list[list[Token]]
) -> list[Mention]:
    """A platform or a party the tagger passed over ("Twitter said it would ...", "attacked
    the Conservatives"): an organisation."""
    candidates = [
        (word, start, end)
        for tokens in sentences
        for word, start, end in tokens
        if word[:1].isupper() and word.lower() in _KNOWN_ORGANISATIONS
    ]
    if not candidates:
        return mentions
    named = SpanMask(len(body), {(m.start, m.end): m for m in mentions})
    missed = [
        Mention(start, end, word, "ORG")
        for word, start, end in candidates
        if not named.overlaps(start, end)
    ]
    if not missed:
        return mentions
    return sorted(mentions + missed, key=lambda m: (m.start, m.end))


def outlets_whole(
    body: str, mentions: list[Mention], sentences: list[list[Token]]
) -> list[Mention]:
    """An outlet named in several words is one organisation, where the tagger split it
    ("Nikkei" and "Asia"), cut it or passed it over; a longer name that holds it stays."""
    starts = _outlet_starts()
    spans = []
    for tokens in sentences:
        after = 0  # the first token past the last outlet found
        for index, (word, _, _) in enumerate(tokens):
            if index < after or word.lower() not in starts:
                continue
            size = _outlet_at(body, tokens, index)
            if size:
                spans.append((tokens[index][1], tokens[index + size - 1][2]))
                after = index + size
    if not spans:
        return mentions
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    mention_starts = [m.start for m in ordered]
    longest = max((m.end - m.start for m in ordered), default=0)
    replaced: set[int] = set()
    outlets = []
    for start, end in spans:  # each looks only at the mentions that may touch it
        first = bisect_left(mention_starts, start - longest)
        last = bisect_left(mention_starts, end)
        touching = [index for index in range(first, last) if ordered[index].end > start]
        if any(ordered[i].start < start or ordered[i].end > end for i in touching):
            continue  # inside a longer name
        replaced.update(touching)
        outlets.append(Mention(start, end, body[start:end], "ORG"))
    kept = [m for index, m in enumerate(ordered) if index not in replaced]
    return sorted(kept + outlets, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=1)
def _outlet_starts() -> dict[str, int]:
    """The lower-cased first token of each outlet named in several words, with the most
    tokens such an outlet takes ("People's Daily" is "people", "'s", "daily")."""
    starts: dict[str, int] = {}
    for name in _OUTLET_NAMES:
        tokens = tokenize(name)
        starts[tokens[0][0]] = max(starts.get(tokens[0][0], 0), len(tokens))
    return starts


def _outlet_at(body: str, tokens: list[Token], index: int) -> int:
    """How many tokens from ``index`` on spell an outlet's name of several words, its first
    and last capitalised (the longest such name); 0 when none does."""
    first = tokens[index][0]
    longest = _outlet_starts().get(first.lower(), 0)
    if not longest or not first[:1].isupper():
        return 0
    for size in range(min(longest, len(tokens) - index), 1, -1):
        words = tokens[index : index + size]
        text = " ".join(body[words[0][1] : words[-1][2]].split())
        if text.lower() in _OUTLET_NAMES and words[-1][0][:1].isupper():
            return size
    return 0

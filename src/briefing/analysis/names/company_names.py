"""One-word "people" that the articles write as companies or clubs ("Sony's shares",
"Chelsea boss Jose Mourinho", "Yukos said it"), found across every article loaded."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.gazetteer import GAZETTEER, HONORIFICS, US_STATES
from briefing.analysis.lexicon.name_words import (
    COMPANY_BEFORE_WORDS,
    COMPANY_NOUNS,
    COMPANY_POSSESSIONS,
    COMPANY_ROLES,
    MARKET_MOVES,
    MARKET_VERBS,
    OFFICE_TITLES,
    PERSON_AFTER_WORDS,
    TRADING_VERBS,
)
from briefing.analysis.lexicon.speech import PERSON_CUES
from briefing.model import Article

# What follows a company's or a club's name and seldom a person's: "Chelsea boss", "Sony's
# shares", "Nortel said it". Words a person's name takes too ("coach", "staff", "fans") are
# left out.
_COMPANY_AFTER = re.compile(
    (
        rf"(?:\s+(?:{either(COMPANY_ROLES)})|['\u2019]s\s+(?:{either(COMPANY_POSSESSIONS)})"
        rf"|,?\s+(?:has\s+)?said\s+its?\b|,\s+which\b|\s+(?:{either(TRADING_VERBS)})"
        rf"\s+(?:{either(MARKET_MOVES)})\b|\s+(?:stock|shares)\s+(?:{either(MARKET_VERBS)})"
        rf"\b|,\s+(?:the|a|an)\s+(?:[\w'\u2019.-]+\s+){{0,3}}(?:{either(COMPANY_NOUNS)})\b"
        rf")\b"
    ),
    re.IGNORECASE,
)
_COMPANY_BEFORE = re.compile(
    (
        rf"(?:\b(?:signed\s+for|moved?\s+to|shares\s+in|stake\s+in|owned\s+by|takeover\s+of|"
        rf"bid\s+for|bought\s+by|acquired\s+by|(?:analysts?|economists?|researchers?)"
        rf"\s+at|(?:{either(COMPANY_BEFORE_WORDS)})\s+firm"
        rf"|(?:{either(COMPANY_NOUNS)})(?:\s+such\s+as|\s+like|,)?)|\w-based)\s+$"
    ),
    re.IGNORECASE,
)
# What says a name is a person's: a form of address, "he said", an age, kin.
_PERSON_AFTER = re.compile(
    (
        rf"(?:['\u2019]s\s+(?:{either(PERSON_AFTER_WORDS)})|,\s+\d{{2}},|\s+(?:{either(PERSON_CUES)})"
        rf"\s+(?:he|she)\b|,\s+who\b|\s+(?:himself|herself)\b)"
    ),
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(word.capitalize() for word in HONORIFICS))
    + "|"
    + either(OFFICE_TITLES)
    + r")\.?\s+$"
)
POSSESSIVE_END = re.compile(r"['\u2019]s?$")  # "Sony's", "Jones'": the name is "Sony", "Jones"


def companies_named_as_people(articles: Sequence[Article]) -> frozenset[str]:
    """The names the tagger calls people that are companies or clubs.

    A name qualifies when the articles give it company words at least twice and more than
    twice as often as person words, it almost never ends a longer person's name ("Michael
    Howard" makes Howard a surname) and seldom starts one ("Elvis Presley"), or when the
    articles call it an organisation more often than a person and never show it as one. A
    name of several words qualifies on company words alone, unless a form of address opens
    it ("Mr Jobs").
    """
    alone: dict[str, list[tuple[str, int, int]]] = {}  # one-word "people": where they stand
    surname: Counter[str] = Counter()
    first_name: Counter[str] = Counter()
    organisation: Counter[str] = Counter()
    longer: dict[str, list[tuple[str, int, int]]] = {}  # "people" of several words
    # where the same one word stands typed an organisation: its cues count too (a story
    # read alone may already have typed it so, and taken its evidence with it)
    as_organisation: dict[str, list[tuple[str, int, int]]] = {}
    for article in articles:
        for mention in article.mentions:
            if mention.type not in ("PER", "ORG"):
                continue
            words = POSSESSIVE_END.sub("", mention.text).split()
            if not words:
                continue
            if mention.type == "ORG":
                if len(words) == 1:
                    organisation[words[0]] += 1
                    as_organisation.setdefault(words[0], []).append(
                        (article.body, mention.start, mention.end)
                    )
            elif len(words) > 1:
                surname[words[-1]] += 1
                first_name[words[0]] += 1
                if words[0].lower().rstrip(".") not in HONORIFICS:  # "Mr Jobs" is a person
                    longer.setdefault(" ".join(words), []).append(
                        (article.body, mention.start, mention.end)
                    )
            else:
                alone.setdefault(words[0], []).append((article.body, mention.start, mention.end))
    found = set()
    for name, places in alone.items():
        count = len(places)
        if surname[name] * 20 > count or first_name[name] * 4 > count:
            continue  # "Michael Howard" makes Howard a surname, "Elvis Presley" Elvis a name
        person, company = _cue_counts(places + as_organisation.get(name, []))
        cued = company >= 2 and company > 2 * person
        voted = organisation[name] > count and not person and not surname[name]
        if cued or voted:
            found.add(name)
    for name, places in longer.items():  # "William Hill's shares", "Standard Chartered said it"
        person, company = _cue_counts(places)
        if company >= 2 and company > 2 * person:
            found.add(name)
    return frozenset(found)


# What says a name is a place's: a preposition of place just before it ("in Leeds",
# "from the Hague"), the name not owning what follows ("in Wal-Mart's stores" is a company's).
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|across|into|outside|around|throughout)\s+(?:the\s+)?$", re.IGNORECASE
)


def companies_named_as_places(articles: Sequence[Article]) -> frozenset[str]:
    """The names the tagger calls places that are companies: across the articles, words
    around them say a company at least three times and more than twice as often as a
    preposition of place stands before them ("Wal-Mart's sales", "Nokia said it", "retailer
    Amazon"). Countries and states stay places whatever is said of them."""
    places: dict[str, list[tuple[str, int, int]]] = {}
    for article in articles:
        for mention in article.mentions:
            if mention.type == "LOC":
                places.setdefault(POSSESSIVE_END.sub("", mention.text), [])
    if not places:
        return frozenset()
    for article in articles:
        for mention in article.mentions:
            name = POSSESSIVE_END.sub("", mention.text)
            if name in places:
                places[name].append((article.body, mention.start, mention.end))
    found = set()
    for name, where in places.items():
        lower = name.lower()
        if lower in GAZETTEER.countries or lower in US_STATES:
            continue
        _person, company = _cue_counts(where)
        place = sum(
            bool(_PLACE_BEFORE.search(body[max(0, start - 16) : start]))
            and body[end : end + 2] not in ("'s", "\u2019s")
            for body, start, end in where
        )
        if company >= 3 and company > 2 * place:
            found.add(name)
    return frozenset(found)


def _cue_counts(places: Sequence[tuple[str, int, int]]) -> tuple[int, int]:
    """How many of a name's places say a person, and how many say a company."""
    person = company = 0
    for body, start, end in places:
        says_person, says_company = name_cues(body, start, end)
        person += says_person
        company += says_company
    return person, company


def name_cues(body: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the words around the name at ``body[start:end]`` say a person ("Reeves, who",
    "Mr Reeves", "said he") and whether they say a company or a club ("Sony's shares",
    "Chelsea boss", "Yukos said it", "Ontario-based Magna")."""
    before = body[max(0, start - 24) : start]
    person = bool(_PERSON_AFTER.match(body, end) or _PERSON_BEFORE.search(before))
    company = bool(_COMPANY_AFTER.match(body, end) or _COMPANY_BEFORE.search(before))
    return person, company

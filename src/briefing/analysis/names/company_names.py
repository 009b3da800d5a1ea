"""One-word "people" that the articles write as companies or clubs ("Sony's shares",
"Chelsea boss Jose Mourinho", "Yukos said it"), and "places" that are companies, found
across every article loaded from each mention's cues (see :mod:`.evidence`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.analysis.lexicon.gazetteer import GAZETTEER, HONORIFICS, US_STATES
from briefing.analysis.names.evidence import (
    PLACE_BEFORE,
    POSSESSIVE_END,
    SAYS_COMPANY,
    SAYS_PERSON,
    NameEvidence,
)


def companies_named_as_people(evidence: Sequence[NameEvidence]) -> frozenset[str]:
    """The names the tagger calls people that are companies or clubs.

    A name qualifies when the articles give it company words at least twice and more than
    twice as often as person words, it almost never ends a longer person's name ("Michael
    Howard" makes Howard a surname) and seldom starts one ("Elvis Presley"), or when the
    articles call it an organisation more often than a person and never show it as one. A
    name of several words qualifies on company words alone, unless a form of address opens
    it ("Mr Jobs").
    """
    alone: dict[str, list[int]] = {}  # one-word "people": the cues where they stand
    surname: Counter[str] = Counter()
    first_name: Counter[str] = Counter()
    organisation: Counter[str] = Counter()
    longer: dict[str, list[int]] = {}  # "people" of several words
    # where the same one word stands typed an organisation: its cues count too (a story
    # read alone may already have typed it so, and taken its evidence with it)
    as_organisation: dict[str, list[int]] = {}
    for article in evidence:
        for mention, cues in zip(article.mentions, article.cues, strict=True):
            if mention.type not in ("PER", "ORG"):
                continue
            words = POSSESSIVE_END.sub("", mention.text).split()
            if not words:
                continue
            if mention.type == "ORG":
                if len(words) == 1:
                    organisation[words[0]] += 1
                    as_organisation.setdefault(words[0], []).append(cues)
            elif len(words) > 1:
                surname[words[-1]] += 1
                first_name[words[0]] += 1
                if words[0].lower().rstrip(".") not in HONORIFICS:  # "Mr Jobs" is a person
                    longer.setdefault(" ".join(words), []).append(cues)
            else:
                alone.setdefault(words[0], []).append(cues)
    found = set()
    for name, places in alone.items():
        count = len(places)
        if surname[name] * 20 > count or first_name[name] * 4 > count:
            continue  # "Michael Howard" makes Howard a surname, "Elvis Presley" Elvis a name
        person, company = cue_counts(places + as_organisation.get(name, []))
        cued = company >= 2 and company > 2 * person
        voted = organisation[name] > count and not person and not surname[name]
        if cued or voted:
            found.add(name)
    for name, places in longer.items():  # "William Hill's shares", "Standard Chartered said it"
        person, company = cue_counts(places)
        if company >= 2 and company > 2 * person:
            found.add(name)
    return frozenset(found)


def companies_named_as_places(evidence: Sequence[NameEvidence]) -> frozenset[str]:
    """The names the tagger calls places that are companies: across the articles, words
    around them say a company at least three times and more than twice as often as a
    preposition of place stands before them ("Wal-Mart's sales", "Nokia said it", "retailer
    Amazon"). Countries and states stay places whatever is said of them."""
    places: dict[str, list[int]] = {}
    for article in evidence:
        for mention in article.mentions:
            if mention.type == "LOC":
                places.setdefault(POSSESSIVE_END.sub("", mention.text), [])
    if not places:
        return frozenset()
    for article in evidence:
        for mention, cues in zip(article.mentions, article.cues, strict=True):
            name = POSSESSIVE_END.sub("", mention.text)
            if name in places:
                places[name].append(cues)
    found = set()
    for name, where in places.items():
        lower = name.lower()
        if lower in GAZETTEER.countries or lower in US_STATES:
            continue
        _person, company = cue_counts(where)
        place = sum(bool(cues & PLACE_BEFORE) for cues in where)
        if company >= 3 and company > 2 * place:
            found.add(name)
    return frozenset(found)


def cue_counts(cues: Iterable[int]) -> tuple[int, int]:
    """How many of a name's mentions (their cue bits) say a person, and how many a company."""
    person = company = 0
    for bits in cues:
        person += bool(bits & SAYS_PERSON)
        company += bool(bits & SAYS_COMPANY)
    return person, company

"""The counts per written name that the corpus-wide sets of names are decided by.

Whether the corpus shows a "person" to be a company (:mod:`.company_names`), a "place" to be
a company, or a "person" to be a work (:mod:`.work_names`) is a threshold over sums of
counts over every mention: how often a name stands alone, ends a longer name, is said to be
a company. Sums can be added article by article in any order, so the sets are the same
whether a corpus is counted whole or from the counts of its articles kept apart
(:mod:`briefing.analysis.reassembly`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.analysis.lexicon.gazetteer import GAZETTEER, HONORIFICS, US_STATES
from briefing.analysis.names.evidence import (
    PLACE_BEFORE,
    POSSESSIVE_END,
    SAYS_COMPANY,
    SAYS_PERSON,
    SAYS_WORK,
)

# Each name's counts, by place in its list. A one-word "person": how many, and of those how
# many the words around call a person, a company; the same for a one-word organisation;
# how often the word ends and starts a longer person's name; a "person" of several words
# (no form of address first): how many, said a person, said a company; a place: how many,
# and of every mention so written, how many said a company and how many had a preposition of
# place before; a "person" or thing: how many said a work, and how many said a person.
(ALONE, ALONE_PERSON, ALONE_COMPANY, ORGANISATION, ORGANISATION_PERSON, ORGANISATION_COMPANY,
 SURNAME, FIRST_NAME, LONGER, LONGER_PERSON, LONGER_COMPANY, PLACE, ANY_COMPANY, ANY_PLACE,
 WORK, WORK_PERSON) = range(16)  # fmt: skip
_FIELDS = 16

# One mention as the counts read it: its text as written, its type, its cue bits
Written = tuple[str, str, int]


def count_mentions(mentions: Iterable[Written], into: dict[str, list[int]]) -> None:
    """Add the counts of these mentions to ``into`` (a name's counts, by place)."""

    def counts(name: str) -> list[int]:
        found = into.get(name)
        if found is None:
            found = into[name] = [0] * _FIELDS
        return found

    for text, kind, cues in mentions:
        name = POSSESSIVE_END.sub("", text)
        says_person, says_company = bool(cues & SAYS_PERSON), bool(cues & SAYS_COMPANY)
        own = counts(name)
        own[ANY_COMPANY] += says_company
        own[ANY_PLACE] += bool(cues & PLACE_BEFORE)
        if kind == "LOC":
            own[PLACE] += 1
        if kind in ("PER", "MISC"):
            own[WORK] += bool(cues & SAYS_WORK)
            own[WORK_PERSON] += says_person
        if kind not in ("PER", "ORG"):
            continue
        words = name.split()
        if not words:
            continue
        if kind == "ORG":
            if len(words) == 1:
                word = counts(words[0])
                word[ORGANISATION] += 1
                word[ORGANISATION_PERSON] += says_person
                word[ORGANISATION_COMPANY] += says_company
        elif len(words) > 1:
            counts(words[-1])[SURNAME] += 1
            counts(words[0])[FIRST_NAME] += 1
            if words[0].lower().rstrip(".") not in HONORIFICS:  # "Mr Jobs" is a person
                longer = counts(" ".join(words))
                longer[LONGER] += 1
                longer[LONGER_PERSON] += says_person
                longer[LONGER_COMPANY] += says_company
        else:
            word = counts(words[0])
            word[ALONE] += 1
            word[ALONE_PERSON] += says_person
            word[ALONE_COMPANY] += says_company


@dataclass(frozen=True)
class CorpusNameSets:
    """The names the corpus shows to be other than the tagger typed them."""

    not_people: frozenset[str]  # "people" that are companies or clubs
    not_places: frozenset[str]  # "places" that are companies
    works: frozenset[str]  # "people" that are films, books, games or programs

    @classmethod
    def of(cls, counted: dict[str, list[int]]) -> CorpusNameSets:
        """The sets the counts of a whole corpus decide."""
        return cls(
            frozenset(name for name, counts in counted.items() if _company_not_person(counts)),
            frozenset(name for name, counts in counted.items() if _company_not_place(name, counts)),
            frozenset(name for name, counts in counted.items() if _work_not_person(counts)),
        )

    def changed(self, other: CorpusNameSets) -> frozenset[str]:
        """The names in one of ``other``'s sets and not in the same one of these, or back."""
        return (
            (self.not_people ^ other.not_people)
            | (self.not_places ^ other.not_places)
            | (self.works ^ other.works)
        )


def counted(mentions: Iterable[Written]) -> dict[str, list[int]]:
    """The counts of these mentions."""
    found: dict[str, list[int]] = {}
    count_mentions(mentions, found)
    return found


def _company_not_person(counts: Sequence[int]) -> bool:
    """See :func:`.company_names.companies_named_as_people`."""
    alone = counts[ALONE]
    if alone:
        surname = counts[SURNAME]
        if not (surname * 20 > alone or counts[FIRST_NAME] * 4 > alone):
            person = counts[ALONE_PERSON] + counts[ORGANISATION_PERSON]
            company = counts[ALONE_COMPANY] + counts[ORGANISATION_COMPANY]
            if company >= 2 and company > 2 * person:
                return True
            if counts[ORGANISATION] > alone and not person and not surname:
                return True
    if counts[LONGER]:
        person, company = counts[LONGER_PERSON], counts[LONGER_COMPANY]
        return company >= 2 and company > 2 * person
    return False


def _company_not_place(name: str, counts: Sequence[int]) -> bool:
    """See :func:`.company_names.companies_named_as_places`."""
    if not counts[PLACE]:
        return False
    lower = name.lower()
    if lower in GAZETTEER.countries or lower in US_STATES:
        return False
    company = counts[ANY_COMPANY]
    return company >= 3 and company > 2 * counts[ANY_PLACE]


def _work_not_person(counts: Sequence[int]) -> bool:
    """See :func:`.work_names.works_named_as_people`."""
    work = counts[WORK]
    return work >= 2 and work > 2 * counts[WORK_PERSON]

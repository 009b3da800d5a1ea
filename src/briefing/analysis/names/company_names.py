"""One-word "people" that the articles write as companies or clubs ("Sony's shares",
"Chelsea boss Jose Mourinho", "Yukos said it"), and "places" that are companies, found
across every article loaded from each mention's cues (see :mod:`.evidence`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from briefing.analysis.names.evidence import SAYS_COMPANY, SAYS_PERSON, NameEvidence
from briefing.analysis.names.name_tallies import CorpusNameSets, Written, counted


def companies_named_as_people(evidence: Sequence[NameEvidence]) -> frozenset[str]:
    """The names the tagger calls people that are companies or clubs.

    A name qualifies when the articles give it company words at least twice and more than
    twice as often as person words, it almost never ends a longer person's name ("Michael
    Howard" makes Howard a surname) and seldom starts one ("Elvis Presley"), or when the
    articles call it an organisation more often than a person and never show it as one
    (where the same one word stands typed an organisation its cues count too: a story read
    alone may already have typed it so). A name of several words qualifies on company words
    alone, unless a form of address opens it ("Mr Jobs"). The counts are
    :mod:`.name_tallies`'.
    """
    return CorpusNameSets.of(counted(written(evidence))).not_people


def companies_named_as_places(evidence: Sequence[NameEvidence]) -> frozenset[str]:
    """The names the tagger calls places that are companies: across the articles, words
    around them say a company at least three times and more than twice as often as a
    preposition of place stands before them ("Wal-Mart's sales", "Nokia said it", "retailer
    Amazon"). Countries and states stay places whatever is said of them."""
    return CorpusNameSets.of(counted(written(evidence))).not_places


def written(evidence: Iterable[NameEvidence]) -> Iterator[Written]:
    """Each mention of these articles as the counts read it: (text, type, cue bits)."""
    for article in evidence:
        for mention, cues in zip(article.mentions, article.cues, strict=True):
            yield mention.text, mention.type, cues


def cue_counts(cues: Iterable[int]) -> tuple[int, int]:
    """How many of a name's mentions (their cue bits) say a person, and how many a company."""
    person = company = 0
    for bits in cues:
        person += bool(bits & SAYS_PERSON)
        company += bool(bits & SAYS_COMPANY)
    return person, company

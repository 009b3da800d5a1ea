"""The cues around a name: the words before it are searched only after their last word
could end the pattern, and that check never changes what is found."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.analysis.names import evidence
from briefing.analysis.names.evidence import (
    IN_DATELINE,
    PLACE_BEFORE,
    SAYS_COMPANY,
    SAYS_PERSON,
    SAYS_WORK,
    mention_cues,
    name_cues,
)
from briefing.ingest import parse_article
from briefing.model import Mention

BEFORE = [
    "was signed by Mr ",
    "was signed by Mr. ",
    "said Dr.  ",
    "met Sen. ",
    "met President ",
    "met president ",  # the titles are capitalised
    "a stake in ",
    "shares in the ",
    "retailers such as ",
    "firms like ",
    "online retailers, ",
    "the companies ",
    "the Ontario-based ",
    "analysts at ",
    "research firm ",
    "moved to ",
    "the movie ",
    "starring in ",
    "the MOVIE ",
    "(in ",
    "3in ",
    "lives in the ",
    "IN THE ",
    "throughout ",
    "was seen in",  # no space before the name: nothing ends here
    "in\n",
    "in\u00a0",
    "firm,",
    "",
    " ",
    "x",
    "the Mr ",
    "Mrs ",
]


@pytest.mark.parametrize("guarded", ["_PERSON_BEFORE", "_COMPANY_BEFORE", "_PLACE_BEFORE",
                                     "_WORK_BEFORE"])  # fmt: skip
@pytest.mark.parametrize("before", BEFORE)
def test_the_last_word_check_finds_what_the_pattern_finds(guarded, before):
    words_before = getattr(evidence, guarded)
    assert words_before.found(before) is (words_before.pattern.search(before) is not None)


def test_each_pattern_finds_its_own_words():
    assert evidence._PERSON_BEFORE.found("was signed by Mr. ")
    assert not evidence._PERSON_BEFORE.found("met president ")
    assert evidence._COMPANY_BEFORE.found("retailers such as ")
    assert evidence._COMPANY_BEFORE.found("the Ontario-based ")
    assert evidence._COMPANY_BEFORE.found("online retailers, ")
    assert evidence._PLACE_BEFORE.found("lives in the ")
    assert not evidence._PLACE_BEFORE.found("was seen in")
    assert evidence._WORK_BEFORE.found("starring in ")


def test_the_cue_bits_of_each_mention():
    text = (
        "LEEDS 2025-10-28\n\n"
        "Mr Hale met analysts at Corvel in Leeds. The movie Quellford opened, and Corvel, "
        "which makes films, said it grew.\n"
    )
    article = parse_article(text, Path("a.txt"), "a")
    names = [("LEEDS", "LOC"), ("Hale", "PER"), ("Corvel", "ORG"), ("Leeds", "LOC"),
             ("Quellford", "MISC"), ("Corvel", "ORG")]  # fmt: skip
    mentions, at = [], 0
    for word, kind in names:
        start = text.index(word, at) - (len(text) - len(article.body))
        mentions.append(Mention(start, start + len(word), word, kind))
        at = text.index(word, at) + len(word)
    cues = mention_cues(replace(article, mentions=tuple(mentions)))
    kinds = [p.kind for p in article.paragraphs]
    assert kinds[0] == "byline"
    # "analysts at Corvel": a company, and "at" a preposition of place too
    company_at = SAYS_COMPANY | PLACE_BEFORE
    assert cues == (IN_DATELINE, SAYS_PERSON, company_at, PLACE_BEFORE, SAYS_WORK, SAYS_COMPANY)
    assert name_cues(article.body, mentions[1].start, mentions[1].end) == (True, False)


def _typed(text: str, names: list[tuple[str, str]]):
    article = parse_article(text, Path("a.txt"), "a")
    mentions, at = [], 0
    for word, kind in names:
        start = article.body.index(word, at)
        mentions.append(Mention(start, start + len(word), word, kind))
        at = start + len(word)
    return replace(article, mentions=tuple(mentions))


def test_a_name_listed_beside_an_organisation_says_a_company():
    article = _typed(
        "Vantair, Corvel, Quellford and Anna Berg bid for it.\n",
        [("Vantair", "LOC"), ("Corvel", "ORG"), ("Quellford", "PER"), ("Anna Berg", "PER")],
    )
    company = [bool(bits & SAYS_COMPANY) for bits in mention_cues(article)]
    # a place and a one-word "person" in the list; the organisation itself has no other
    # organisation beside it; a person's full name is kept from it
    assert company == [True, False, True, False]


def test_commas_alone_make_no_list():
    article = _typed("Vantair, Corvel said on Monday.\n", [("Vantair", "LOC"), ("Corvel", "ORG")])
    assert [bits & SAYS_COMPANY for bits in mention_cues(article)] == [0, 0]


def test_a_place_listed_with_companies_in_several_stories_is_a_company():
    from briefing.analysis.names.company_names import companies_named_as_places
    from briefing.analysis.names.evidence import name_evidence

    stories = [
        ("Corvel, Vantair and Quellford Motors cut prices.\n", "Corvel"),
        ("Vantair and Corvel gained.\n", "Corvel"),
        ("Shares in Corvel or Vantair fell.\n", "Corvel"),
    ]
    evidence = []
    for text, company in stories:
        names = sorted(
            [("Vantair", "LOC"), (company, "ORG")]
            + ([("Quellford Motors", "ORG")] if "Quellford" in text else []),
            key=lambda name: text.index(name[0]),
        )
        evidence.append(name_evidence(_typed(text, names)))
    assert companies_named_as_places(evidence) == frozenset({"Vantair"})
    assert companies_named_as_places(evidence[:2]) == frozenset()  # two cues are not enough

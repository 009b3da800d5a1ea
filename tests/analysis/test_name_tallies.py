"""The per-name counts the corpus-wide sets of names are thresholds over: sums, so a corpus
counted article by article gives the sets a corpus counted whole gives."""

from __future__ import annotations

from briefing.analysis.names.evidence import PLACE_BEFORE, SAYS_COMPANY, SAYS_PERSON, SAYS_WORK
from briefing.analysis.names.name_tallies import (
    ALONE,
    ALONE_COMPANY,
    ANY_PLACE,
    FIRST_NAME,
    LONGER,
    ORGANISATION,
    PLACE,
    SURNAME,
    WORK,
    CorpusNameSets,
    count_mentions,
    counted,
)

SHARES = [("Vantair's", "PER", SAYS_COMPANY), ("Vantair", "PER", SAYS_COMPANY)]
PEOPLE = [("Lena Vantair", "PER", SAYS_PERSON), ("Mr Vantair", "PER", SAYS_PERSON)]
FILM = [("Tessa Vane", "PER", SAYS_WORK), ("Tessa Vane", "MISC", SAYS_WORK)]
SHOP = [("Corvell", "LOC", SAYS_COMPANY)] * 3 + [("Corvell", "ORG", PLACE_BEFORE)]


def test_each_mention_counts_under_its_name_its_words_and_its_kind():
    found = counted(SHARES + PEOPLE + FILM + SHOP)
    assert found["Vantair"][ALONE] == 2 and found["Vantair"][ALONE_COMPANY] == 2
    assert found["Vantair"][SURNAME] == 2  # "Lena Vantair" and "Mr Vantair" end with it
    assert found["Lena"][FIRST_NAME] == 1
    assert found["Lena Vantair"][LONGER] == 1
    assert found["Mr Vantair"][LONGER] == 0  # a form of address opens it: a person
    assert found["Tessa Vane"][WORK] == 2
    assert found["Corvell"][PLACE] == 3 and found["Corvell"][ANY_PLACE] == 1
    assert found["Corvell"][ORGANISATION] == 1


def test_the_sets_are_thresholds_over_the_sums():
    sets = CorpusNameSets.of(counted(SHARES + FILM + SHOP))
    assert sets == CorpusNameSets(
        frozenset({"Vantair"}), frozenset({"Corvell"}), frozenset({"Tessa Vane"})
    )
    # the words of two people make Vantair a surname: the company it was is one no longer
    with_people = CorpusNameSets.of(counted(SHARES + FILM + SHOP + PEOPLE))
    assert with_people.not_people == frozenset()
    assert with_people.changed(sets) == frozenset({"Vantair"})


def test_counting_article_by_article_is_counting_the_whole():
    whole = counted(SHARES + PEOPLE + FILM + SHOP)
    by_article: dict[str, list[int]] = {}
    for article in (SHOP, PEOPLE, SHARES, FILM):
        count_mentions(article, by_article)
    assert by_article == whole

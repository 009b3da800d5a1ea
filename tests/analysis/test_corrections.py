"""The reader's corrections of the entities: merges and splits made on an assembled corpus,
checked against exact entities, mentions, quote speakers and timeline entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.names.corrections import apply_corrections, split_id
from briefing.analysis.pipeline import build_corpus
from briefing.ingest import load_articles
from briefing.model import MERGE, SPLIT, Corpus, Correction, Entity

BUDGET = """---
title: Budget talks stall
date: 2026-03-02
---
Finance Minister Maria Lopez said on Monday that the budget would be delayed. "We need more \
time," Lopez told reporters in Madrid.

Opposition leader Daniel Ortega Ruiz said the delay was a mistake.
"""
STEEL = """---
title: Steel exports fall
date: 2026-03-04
---
Lopez said on Wednesday that steel exports fell by 4 percent in February. "It was a hard \
month," Lopez said.

The Madrid steel group Acerinox said orders from Germany were weak.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    folder: Path = tmp_path_factory.mktemp("news")
    (folder / "a.md").write_text(BUDGET, encoding="utf-8")
    (folder / "b.md").write_text(STEEL, encoding="utf-8")
    articles, failures = load_articles([folder])
    assert not failures
    return build_corpus(articles)


def entity(corpus: Corpus, entity_id: str) -> Entity | None:
    return next((e for e in corpus.entities if e.id == entity_id), None)


def same(one: Corpus, other: Corpus) -> bool:
    """Whether two corpora hold the same articles, entities and timeline."""
    return (list(one.articles), one.entities, one.timeline) == (
        list(other.articles), other.entities, other.timeline
    )  # fmt: skip


def speakers(corpus: Corpus) -> list[tuple[str, str | None]]:
    return [(a.id, q.speaker) for a in corpus.articles for q in a.quotes]


def test_the_corpus_as_assembled_keeps_the_two_lopez_apart(corpus):
    assert entity(corpus, "per:maria-lopez") == Entity(
        "per:maria-lopez", "Maria Lopez", "PER", ("Lopez",), ("Finance Minister",), ("a",), 2
    )
    assert entity(corpus, "per:lopez") == Entity("per:lopez", "Lopez", "PER", (), (), ("b",), 2)
    assert speakers(corpus) == [("a", "per:maria-lopez"), ("a", "per:maria-lopez"),
                                ("b", "per:lopez")]  # fmt: skip


def test_a_merge_moves_mentions_speakers_and_events_to_the_entity_joined(corpus):
    merged = apply_corrections(corpus, [Correction(MERGE, "per:lopez", "per:maria-lopez")])
    assert entity(merged, "per:lopez") is None
    assert entity(merged, "per:maria-lopez") == Entity(
        "per:maria-lopez", "Maria Lopez", "PER", ("Lopez",), ("Finance Minister",), ("a", "b"), 4
    )
    assert speakers(merged) == [("a", "per:maria-lopez")] * 2 + [("b", "per:maria-lopez")]
    steel = merged.articles[1]
    assert [(m.text, m.entity) for m in steel.mentions if m.type == "PER"] == [
        ("Lopez", "per:maria-lopez"), ("Lopez", "per:maria-lopez")
    ]  # fmt: skip
    assert [(e.article, e.entities) for e in merged.timeline] == [
        ("a", ("per:maria-lopez",)), ("b", ("per:maria-lopez",))
    ]  # fmt: skip
    assert len(merged.entities) == len(corpus.entities) - 1


def test_a_split_takes_the_mentions_written_as_the_alias_and_their_quotes(corpus):
    steps = [Correction(MERGE, "per:lopez", "per:maria-lopez"),
             Correction(SPLIT, "per:maria-lopez", "Lopez")]  # fmt: skip
    split = apply_corrections(corpus, steps)
    assert entity(split, "per:maria-lopez") == Entity(
        "per:maria-lopez", "Maria Lopez", "PER", (), ("Finance Minister",), ("a",), 1
    )
    assert entity(split, "per:lopez") == Entity("per:lopez", "Lopez", "PER", (), (), ("a", "b"), 3)
    # the reported claim names Maria Lopez; the quote Lopez told is Lopez's
    assert speakers(split) == [("a", "per:maria-lopez"), ("a", "per:lopez"), ("b", "per:lopez")]
    assert [(e.article, e.entities) for e in split.timeline] == [
        ("a", ("per:maria-lopez",)), ("b", ("per:lopez",))
    ]  # fmt: skip


def test_a_merge_split_back_gives_the_corpus_as_assembled(corpus):
    steps = [Correction(MERGE, "per:lopez", "per:maria-lopez"),
             Correction(SPLIT, "per:maria-lopez", "Lopez"),
             Correction(MERGE, "per:lopez", "per:maria-lopez"),
             Correction(SPLIT, "per:maria-lopez", "Lopez")]  # fmt: skip
    again = apply_corrections(corpus, steps[:2])
    assert same(apply_corrections(corpus, steps), again)
    assert again.entities != corpus.entities


def test_an_alias_split_into_an_entity_of_no_other_name_becomes_one_of_its_own(corpus):
    split = apply_corrections(corpus, [Correction(SPLIT, "per:maria-lopez", "Lopez")])
    # a "per:lopez" is there already: the split-off mention joins it
    assert entity(split, "per:lopez") == Entity("per:lopez", "Lopez", "PER", (), (), ("a", "b"), 3)
    madrid = Entity("loc:madrid", "Madrid", "LOC")
    assert split_id(madrid, "Madrid") == "loc:madrid-apart"
    assert split_id(madrid, "Madrid city") == "loc:madrid-city"


def test_corrections_that_no_longer_fit_are_passed_over(corpus):
    stale = [
        Correction(MERGE, "per:nobody", "per:maria-lopez"),  # the entity is gone
        Correction(MERGE, "per:lopez", "per:lopez"),  # into itself
        Correction(SPLIT, "per:maria-lopez", "Maria Lopez"),  # its own name, not an alias
        Correction(SPLIT, "loc:madrid", "Madrid"),
        Correction("rename", "per:lopez", "Ms Lopez"),  # no such kind
    ]
    assert apply_corrections(corpus, stale) is corpus
    # a merge into an entity merged away before it
    steps = [Correction(MERGE, "loc:germany", "loc:madrid"),
             Correction(MERGE, "org:acerinox", "loc:germany")]  # fmt: skip
    assert same(apply_corrections(corpus, steps), apply_corrections(corpus, steps[:1]))


def test_a_merge_into_another_kind_takes_that_kind(corpus):
    merged = apply_corrections(corpus, [Correction(MERGE, "org:acerinox", "loc:madrid")])
    madrid = entity(merged, "loc:madrid")
    assert (madrid.type, madrid.mention_count, madrid.aliases) == ("LOC", 3, ("Acerinox",))
    steel = merged.articles[1]
    assert [(m.text, m.type) for m in steel.mentions if m.entity == "loc:madrid"] == [
        ("Madrid", "LOC"), ("Acerinox", "LOC")
    ]  # fmt: skip


def test_merges_read_no_article_until_it_is_asked_for(corpus):
    class Counted(list):
        asked: set[int] = set()

        def __getitem__(self, index):
            Counted.asked.add(index)
            return super().__getitem__(index)

    lazy = Corpus(Counted(corpus.articles), corpus.entities, corpus.timeline,
                  headers=corpus.headers)  # fmt: skip
    merged = apply_corrections(lazy, [Correction(MERGE, "per:lopez", "per:maria-lopez")])
    assert Counted.asked == set()
    assert merged.articles[1].quotes[0].speaker == "per:maria-lopez"
    assert Counted.asked == {1}
    Counted.asked = set()
    apply_corrections(lazy, [Correction(SPLIT, "per:maria-lopez", "Lopez")])
    assert Counted.asked == {0, 1}  # Maria Lopez's article, and the other Lopez's it reaches
    Counted.asked = set()
    apply_corrections(lazy, [Correction(SPLIT, "loc:madrid", "Madrid")])
    assert Counted.asked == set()  # passed over: nothing read

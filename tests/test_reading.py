"""The reader's lookups over a corpus: filters, quotes by entity, date and topic, search."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.analysis.pipeline import build_corpus
from briefing.analysis.topics.themes import load_theme
from briefing.ingest import read_article
from briefing.library.query import Reading
from briefing.resources import themes_dir
from briefing.store import Store
from tests.conftest import SEED


@pytest.fixture(scope="module")
def reading(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    (folder / "steel.txt").write_text(
        'Tariffs on steel rose. "We will not back down," Anna Berg, the trade minister, '
        "said on Monday.\n"
    )
    articles = [read_article(SEED, "seed"), read_article(folder / "steel.txt", "steel")]
    return Reading(
        build_corpus(articles, theme=load_theme(themes_dir()), default_date="2025-10-28")
    )


def test_events_under_a_topic_and_an_entity(reading):
    everything = reading.events()
    assert len(everything) == len(reading.corpus.timeline)
    tariffs = reading.events(topic="tariffs")
    assert tariffs and all("tariffs" in e.topics for e in tariffs)
    rutherford = next(e.id for e in reading.corpus.entities if e.name == "Rutherford")
    both = reading.events(topic="tariffs", entity=rutherford)
    assert [e.date for e in both] == ["2025-09", "2025-10-27"]


def test_quotes_by_speaker_date_and_topic(reading):
    berg = next(e.id for e in reading.corpus.entities if e.name == "Anna Berg")
    assert [q.text for _, q in reading.quotes_of(berg)] == ['"We will not back down,"']
    on_monday = [(a.id, q.text[:30]) for a, q in reading.quotes_on("2025-10-27")]
    assert on_monday == [
        ("seed", '"critical to national security'),
        ("seed", "the U.S. will maintain the 15%"),
        ("steel", '"We will not back down,"'),
    ]
    assert all(a.paragraph_at(q.start) for a, q in reading.quotes_under("visas"))
    assert {a.id for a, _ in reading.quotes_under("visas")} == {"seed"}


def test_find_with_and_without_the_text_index(reading, tmp_path):
    plain = reading.find("visa")
    assert len(plain) == 3 and {index for index, _, _ in plain} == {0}
    store = Store(tmp_path / "db.sqlite")
    assert reading.find("visa", store) == plain  # nothing indexed: every article is read
    assert reading.find("") == []
    assert reading.find("STEEL") == [(1, 11, 16)]  # "Tariffs on steel"


def test_articles_are_named_by_their_titles_whatever_their_sources(reading, tmp_path):
    assert reading.labels == {"seed": "US-Japan investment deal", "steel": "Tariffs on steel rose."}
    for name, category in (("one.md", "business"), ("two.md", "sport")):
        (tmp_path / name).write_text(
            f'---\ntitle: T{name[:2]}\nsource: "BBC News dataset, category: {category}"\n'
            "---\nText.\n"
        )
    articles = [read_article(tmp_path / name, name[:3]) for name in ("one.md", "two.md")]
    assert Reading(build_corpus(articles)).labels == {"one": "Ton", "two": "Ttw"}


def indexed(tmp_path, texts: dict[str, str]):
    """A folder of these texts indexed into a new store: the store and the corpus."""
    from briefing.library.open_folder import index_paths

    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text)
    store = Store(tmp_path / "db.sqlite")
    theme = load_theme(themes_dir())
    return store, build_corpus(index_paths([folder], theme, store).articles, theme=theme)


def test_punctuation_and_a_word_begun_are_answered_from_the_index(tmp_path):
    store, corpus = indexed(tmp_path, {
        "a.txt": "The U.S. raised tariffs on steel.\n",
        "b.txt": "Copper prices fell in London.\n",
        "c.txt": "Us and them: a review of the play.\n",
    })  # fmt: skip
    reading = Reading(corpus)
    names = [a.id for a in reading.corpus.articles]
    candidates = reading.candidates("U.S.", store)
    assert [names[i] for i in candidates] == ["a"]  # "u" and a word starting "s": not c
    assert [names[i] for i in reading.candidates("tarif", store)] == ["a"]
    assert reading.find("U.S.", store) == [(names.index("a"), 4, 8)]
    assert reading.find_in("steel", candidates, stop=lambda: True) == []  # cancelled


def test_a_search_reads_the_index_text_and_opens_no_article(tmp_path):
    store, corpus = indexed(tmp_path, {
        "a.txt": "Copper rose. Copper fell.\n",
        "b.txt": "Steel rose in Ohio.\n",
        "c.txt": "COPPER wire was sold.\n",
    })  # fmt: skip
    articles = _Counted(corpus.articles)
    articles.opened = set()
    reading = Reading(replace(corpus, articles=articles))
    assert reading.find("copper", store) == [(0, 0, 6), (0, 13, 19), (2, 0, 6)]
    assert articles.opened == set()  # the index's text was read, no article
    assert reading.find("copper") == [(0, 0, 6), (0, 13, 19), (2, 0, 6)]  # without: read
    assert articles.opened == {0, 1, 2}


def test_events_of_one_article_under_the_filters(reading):
    seed_events = [e for e in reading.events() if e.article == "seed"]
    assert reading.events_in("seed") == seed_events
    assert reading.events_in("seed", topic="tariffs") == [
        e for e in seed_events if "tariffs" in e.topics
    ]
    assert reading.events_in("nothing") == []


class _Counted(list):
    """A corpus's articles that count which are opened."""

    opened: set[int]

    def __getitem__(self, index):
        self.opened.add(index)
        return super().__getitem__(index)


def test_quotes_of_a_date_open_only_the_articles_with_a_quote_in_a_dated_sentence(tmp_path):
    (tmp_path / "quiet.txt").write_text("Steel tariffs rose on Monday. Nobody said anything.\n")
    (tmp_path / "loud.txt").write_text('Tariffs rose on Monday. "It hurts," Anna Berg said.\n')
    (tmp_path / "late.txt").write_text('"It hurts," Anna Berg said on Monday.\n')
    articles = [read_article(tmp_path / f"{n}.txt", n) for n in ("quiet", "loud", "late")]
    corpus = build_corpus(articles, theme=load_theme(themes_dir()), default_date="2025-10-28")
    assert [(e.article, e.quoted) for e in corpus.timeline] == [
        ("quiet", 0),
        ("loud", 0),  # the quote is in the next sentence, not the dated one
        ("late", 1),
    ]
    counted = _Counted(corpus.articles)
    counted.opened = set()
    reading = Reading(replace(corpus, articles=counted))
    assert [(a.id, q.text) for a, q in reading.quotes_on("2025-10-27")] == [("late", '"It hurts,"')]
    assert counted.opened == {2}


def test_the_quotes_of_a_date_are_counted_without_opening_an_article(tmp_path):
    texts = {
        "one": '"We stay," Anna Berg said on Monday. "We stay too," Ola Lind said.\n',
        "two": 'On Monday "it hurts," Anna Berg said, and "it will pass," Ola Lind said.\n',
        "three": '"No comment," Ola Lind said on Monday.\n',
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text)
    articles = [read_article(tmp_path / f"{name}.txt", name) for name in texts]
    corpus = build_corpus(articles, theme=load_theme(themes_dir()), default_date="2025-10-28")
    counted = _Counted(corpus.articles)
    counted.opened = set()
    reading = Reading(replace(corpus, articles=counted))
    quotes = reading.quotes_on("2025-10-27")
    assert len(quotes) == 4 and counted.opened == set()
    assert quotes[-1][0].id == "three" and counted.opened == {2}
    assert [(a.id, q.text) for a, q in quotes] == [
        ("one", '"We stay,"'),
        ("two", '"it hurts,"'),
        ("two", '"it will pass,"'),
        ("three", '"No comment,"'),
    ]
    assert [a.id for a, _ in quotes[1:3]] == ["two", "two"]
    assert reading.quotes_on("2025-10-27") is quotes  # kept
    with pytest.raises(IndexError):
        quotes[4]

"""Warm starts from a saved corpus snapshot: same corpus, opened lazily, never stale."""

from __future__ import annotations

import json
import sqlite3

import pytest

from briefing.analysis.pipeline import assemble_corpus, assemble_snapshot
from briefing.analysis.topics.themes import load_theme
from briefing.cli import main
from briefing.library.index import index_paths, walk
from briefing.library.lazy_corpus import LazyArticles, ensure_snapshot, open_snapshot, save_snapshot
from briefing.model import Snapshot
from briefing.resources import themes_dir
from briefing.store import SCHEMA_VERSION, Store
from briefing.store.records import assembly_article_from_record
from tests.conftest import SEED


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Tariffs on steel rose on Monday, said Anna Berg, the trade minister.\n\n"
        '"We will not back down," Berg said on Tuesday.\n'
    )
    (articles / "b.txt").write_text(SEED.read_text(encoding="utf-8"))
    return articles


def indexed(tmp_path, folder, theme):
    """A store holding the folder's analyses and the snapshot of its assembled corpus."""
    store = Store(tmp_path / "db.sqlite")
    walked = walk([folder], store, None)
    result = index_paths([folder], theme, store, walked=walked)
    corpus = assemble_corpus(result.articles, result.failures)
    assert save_snapshot(walked[0], theme, store, corpus)
    return store, corpus


def test_warm_start_gives_the_assembled_corpus_article_by_article(tmp_path, folder, theme):
    store, built = indexed(tmp_path, folder, theme)
    opened = open_snapshot(*walk([folder], store, None), theme, store)
    assert opened is not None
    assert isinstance(opened.articles, LazyArticles)
    assert opened.timeline == built.timeline
    assert opened.entities == built.entities
    assert opened.headers == built.headers
    assert opened.headers[1].topics == tuple(s.topic for s in built.articles[1].sections)
    assert {"investment", "tariffs", "visas", "minerals"} <= set(opened.headers[1].topics)
    assert opened.articles[1] == built.articles[1]  # loaded on demand, linked as assembled
    assert list(opened.articles) == list(built.articles)
    speaker = opened.articles[0].quotes[0].speaker
    assert speaker is not None and speaker in {entity.id for entity in opened.entities}


def test_a_changed_file_is_never_shown_from_the_snapshot(tmp_path, folder, theme):
    store, _ = indexed(tmp_path, folder, theme)
    (folder / "a.txt").write_text("Visa rules changed on Tuesday.\n")
    assert open_snapshot(*walk([folder], store, None), theme, store) is None


def test_a_new_file_a_new_theme_or_a_date_needs_a_new_snapshot(tmp_path, folder, theme):
    store, _ = indexed(tmp_path, folder, theme)
    assert open_snapshot(*walk([folder], store, "2025-10-28"), theme, store) is None
    other = tmp_path / "theme.toml"
    other.write_text(themes_dir().joinpath("trade-and-security.toml").read_text() + "\n# edit\n")
    assert open_snapshot(*walk([folder], store, None), load_theme(other), store) is None
    (folder / "c.txt").write_text("Copper prices fell on Friday.\n")
    assert open_snapshot(*walk([folder], store, None), theme, store) is None


def test_another_assembly_version_assembles_again_from_the_cached_analyses(
    tmp_path, folder, theme, monkeypatch, capsys
):
    db = tmp_path / "db.sqlite"
    assert main(["index", str(folder), "--db", str(db), "--jobs", "1"]) == 0
    monkeypatch.setattr("briefing.library.index.ASSEMBLY_VERSION", "assembled otherwise")
    store = Store(db)
    assert open_snapshot(*walk([folder], store, None), theme, store) is None
    capsys.readouterr()
    assert main(["index", str(folder), "--db", str(db), "--jobs", "1"]) == 0
    assert "(0 analysed, 2 from the cache)" in capsys.readouterr().out
    assert open_snapshot(*walk([folder], Store(db), None), theme, Store(db)) is not None


def test_an_article_whose_cache_row_went_is_analysed_again(tmp_path, folder, theme):
    store, built = indexed(tmp_path, folder, theme)
    opened = open_snapshot(*walk([folder], store, None), theme, store)
    assert opened is not None
    store.cache.execute("DELETE FROM analyses")
    assert opened.articles[0] == built.articles[0]


def test_ensure_snapshot_assembles_only_when_missing(tmp_path, folder, theme):
    store, built = indexed(tmp_path, folder, theme)
    entries, _ = walk([folder], store, None)
    calls = []

    def assemble():
        calls.append(1)
        return built

    assert ensure_snapshot(entries, theme, store, assemble)
    assert calls == []
    store.cache.execute("DELETE FROM snapshots")
    assert ensure_snapshot(entries, theme, store, assemble)
    assert calls == [1]


def test_a_failed_analysis_saves_no_snapshot(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    walked = walk([folder], store, None)
    result = index_paths([folder], theme, store, walked=walked)
    partial = assemble_corpus(result.articles[:1])
    assert not save_snapshot(walked[0], theme, store, partial)
    assert store.cache.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 0


def test_only_the_newest_snapshots_are_kept(tmp_path, folder, theme):
    store, built = indexed(tmp_path, folder, theme)
    for number in range(6):
        store.save_snapshot(f"key-{number}", built)
    keys = {key for (key,) in store.cache.execute("SELECT key FROM snapshots")}
    assert keys == {"key-2", "key-3", "key-4", "key-5"}


@pytest.fixture
def newsroom(folder):
    """The folder and two more stories: a surname and a company across articles, a quote
    whose speaker is "she", dates of several kinds."""
    (folder / "c.md").write_text(
        "# Berg visits Osaka\n\n"
        "OSAKA, March 3 (Wire) - Trade minister Anna Berg met executives of Kaito Motors "
        "in Osaka on Friday.\n\n"
        '"The tariff talks are going well," she said. Kaito Motors will open a plant in '
        "Ohio next year, its chief executive Ken Mori said on March 2, 2025.\n"
    )
    (folder / "d.txt").write_text(
        "Berg told reporters last week that visas for engineers would be eased by June.\n\n"
        "Mori said Kaito had invested $2.5 billion since 2019.\n"
    )
    return folder


def lean_index(folder, theme, store):
    """``index_paths`` with each article only as assembly reads it."""
    shared: dict = {}

    def lean(record):
        return assembly_article_from_record(record, shared)

    return index_paths([folder], theme, store, decode=lean)


def test_lean_articles_assemble_the_snapshot_of_the_whole_corpus(tmp_path, newsroom, theme):
    store, built = indexed(tmp_path, newsroom, theme)
    whole = Snapshot.of(built)
    assert len(whole.headers) == 4 and len(whole.timeline) > 8
    hits = lean_index(newsroom, theme, store)  # from the cache
    fresh = lean_index(newsroom, theme, Store(tmp_path / "fresh.sqlite"))  # analysed here
    for lean in (hits, fresh):
        assert [a.id for a in lean.articles] == [a.id for a in built.articles]
        assert all(not a.topic_scores and not a.figures for a in lean.articles)
        assert assemble_snapshot(lean.articles, lean.failures) == whole
    assert any(a.topic_scores for a in built.articles) and any(a.figures for a in built.articles)


def test_lean_articles_share_their_repeated_values(tmp_path, newsroom, theme):
    store, _ = indexed(tmp_path, newsroom, theme)
    lean = lean_index(newsroom, theme, store).articles
    types = [m.type for article in lean for m in article.mentions if m.type == "PER"]
    assert len(types) > 5 and all(kind is types[0] for kind in types)
    starts = {id(s.start) for article in lean for s in article.sentences if s.start == 0}
    assert len(starts) == 1


def test_index_command_saves_the_snapshot_the_app_opens(tmp_path, folder, theme, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["index", str(folder), "--db", str(db), "--jobs", "1"]) == 0
    store = Store(db)
    opened = open_snapshot(*walk([folder], store, None), theme, store)
    assert opened is not None and len(opened.articles) == 2


def test_index_commands_snapshot_is_the_assembled_corpus(tmp_path, newsroom, theme, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["index", str(newsroom), "--db", str(db), "--jobs", "1"]) == 0
    (tmp_path / "whole").mkdir()
    _, built = indexed(tmp_path / "whole", newsroom, theme)
    store = Store(db)
    opened = open_snapshot(*walk([newsroom], store, None), theme, store)
    assert opened is not None
    assert (opened.entities, opened.timeline, opened.headers) == (
        built.entities, built.timeline, built.headers)  # fmt: skip
    assert list(opened.articles) == list(built.articles)


# The first schema, as briefing 1 wrote it: the cache and the reader's state in one file.
VERSION_1_SCHEMA = """
CREATE TABLE analyses (path TEXT NOT NULL, content_hash TEXT NOT NULL, engine TEXT NOT NULL,
    themes_hash TEXT NOT NULL, date_option TEXT NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (path, content_hash, engine, themes_hash, date_option));
CREATE VIRTUAL TABLE bodies USING fts5(path UNINDEXED, title, body, tokenize="porter unicode61");
CREATE TABLE pins (key TEXT PRIMARY KEY, created REAL NOT NULL);
CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL,
    text TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE dates (path TEXT PRIMARY KEY, date TEXT NOT NULL);
CREATE TABLE reads (path TEXT PRIMARY KEY, read_at REAL NOT NULL);
"""


def test_a_version_1_database_migrates_keeping_the_readers_state_and_not_the_cache(tmp_path):
    path = tmp_path / "old.sqlite"
    record = json.dumps({"title": "Steel", "body": "Tariffs on steel rose."})
    with sqlite3.connect(path) as old:
        old.executescript(VERSION_1_SCHEMA)
        old.execute("INSERT INTO pins VALUES ('seed:e3', 1.0)")
        old.execute("INSERT INTO notes (target, text, created) VALUES ('/a#p1', 'mine', 2.0)")
        old.execute("INSERT INTO analyses VALUES ('/news/a.txt', 'h', '2', 't', '', ?)", (record,))
        old.execute("INSERT INTO bodies VALUES ('/news/a.txt', 'Steel', 'Tariffs on steel rose.')")
        old.execute("PRAGMA user_version = 1")
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    assert store.pins() == {"seed:e3"}
    assert [note.text for note in store.notes()] == ["mine"]
    tables = {name for (name,) in store.db.execute("SELECT name FROM sqlite_master")}
    assert not tables & {"analyses", "bodies", "snapshots"}  # the cache lives beside it now
    assert store.matching("tariff") == set()  # and is built again by the next index
    assert store.cache_path == tmp_path / "old.cache.sqlite" and store.cache_path.exists()

"""The store: cache hits and invalidation, search, the reader's state, crashes, versions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.analysis import pipeline
from briefing.analysis.topics.themes import load_theme
from briefing.library.index import index_paths
from briefing.model import Snapshot
from briefing.store import SCHEMA_VERSION, Store, StoreError
from tests.conftest import SEED


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Tariffs on steel rose on Monday, officials said.\n")
    (articles / "b.txt").write_text(SEED.read_text(encoding="utf-8"))
    return articles


def test_second_run_comes_from_the_cache(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    first = index_paths([folder], theme, store)
    assert (first.analysed, first.cached) == (2, 0)
    second = index_paths([folder], theme, store)
    assert (second.analysed, second.cached) == (0, 2)
    assert second.articles == first.articles


def test_changed_content_is_analysed_again(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    index_paths([folder], theme, store)
    (folder / "a.txt").write_text("Visa rules changed on Tuesday.\n")
    again = index_paths([folder], theme, store)
    assert (again.analysed, again.cached) == (1, 1)
    assert "visas" in again.articles[0].topics or again.articles[0].paragraphs[0].topics


def test_engine_version_and_themes_invalidate(tmp_path, folder, theme, monkeypatch):
    store = Store(tmp_path / "db.sqlite")
    index_paths([folder], theme, store)
    monkeypatch.setattr("briefing.library.index.ENGINE_VERSION", pipeline.ENGINE_VERSION + "-next")
    assert index_paths([folder], theme, store).analysed == 2
    other = tmp_path / "theme.toml"
    other.write_text(
        'name = "t"\n[[topic]]\nkey = "steel"\nlabel = "Steel"\ncolor = "#16838e"\n'
        '[topic.phrases]\n"steel" = 1.0\n'
    )
    result = index_paths([folder], load_theme(other), store)
    assert result.analysed == 2
    assert result.articles[0].topics == ("steel",)


def test_full_text_search_with_stems(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    index_paths([folder], theme, store)
    hits = store.search("visas")
    assert [Path(path).name for path, _ in hits] == ["b.txt"]
    assert "[visa]" in hits[0][1] or "[visas]" in hits[0][1]
    assert [Path(p).name for p, _ in store.search("tariff steel")] == ["a.txt"]
    assert store.search('"') == []


def test_reader_state_survives_a_restart(tmp_path):
    path = tmp_path / "db.sqlite"
    store = Store(path)
    store.set_pin("seed:e1", True)
    store.set_pin("seed:e2", True)
    store.set_pin("seed:e2", False)
    note = store.add_note("/x/seed.txt#p3", "Check the MoU text")
    store.set_date("/x/seed.txt", "2025-10-28")
    store.mark_read("/x/seed.txt")
    store.close()
    again = Store(path)
    assert again.pins() == {"seed:e1"}
    assert [(n.id, n.target, n.text) for n in again.notes()] == [
        (note.id, "/x/seed.txt#p3", "Check the MoU text")
    ]
    assert again.dates() == {str(Path("/x/seed.txt").resolve()): "2025-10-28"}
    assert again.read() == {str(Path("/x/seed.txt").resolve())}


def test_user_date_is_used_on_the_next_load(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    store.set_date(folder / "b.txt", "2025-10-28")
    result = index_paths([folder], theme, store)
    seed = next(a for a in result.articles if a.path.endswith("b.txt"))
    assert (seed.date, seed.date_basis) == ("2025-10-28", "user")
    assert seed.timexes[0].value == "2025-10-27"


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "db.sqlite"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match="written by a newer briefing"):
        Store(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_not_a_database(tmp_path):
    path = tmp_path / "db.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a briefing database"):
        Store(path)


WRITER = textwrap.dedent(
    """
    import sys
    from briefing.store import Store
    store = Store(sys.argv[1])
    for number in range(100000):
        store.set_pin(f"pin-{number}", True)
        print(number, flush=True)
    """
)


def test_a_killed_writer_loses_no_committed_change(tmp_path):
    path = tmp_path / "db.sqlite"
    Store(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    committed = -1
    assert writer.stdout is not None
    for line in writer.stdout:
        committed = int(line)
        if committed >= 200:
            writer.kill()
            break
    writer.wait()
    store = Store(path)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    pins = store.pins()
    assert {f"pin-{n}" for n in range(committed + 1)} <= pins


def test_two_instances_share_one_database(tmp_path):
    path = tmp_path / "db.sqlite"
    first, second = Store(path), Store(path)
    for number in range(50):
        (first if number % 2 else second).set_pin(f"p{number}", True)
    assert first.pins() == second.pins() == {f"p{n}" for n in range(50)}
    assert first.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cache_round_trip_is_exact(tmp_path, theme):
    from briefing.ingest import read_article

    article = pipeline.analyze_article(read_article(SEED, "seed"), theme)
    store = Store(tmp_path / "db.sqlite")
    store.save_analyses([(article, "hash", "")], "1", "themes")
    assert store.cached(article.path, "hash", "1", "themes") == article
    assert store.cached(article.path, "other", "1", "themes") is None
    assert replace(article, id="x") != article


def test_an_article_key_is_resolved_from_the_folder_the_reader_is_in(tmp_path, monkeypatch):
    from briefing.model import article_key

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "a")
    monkeypatch.chdir(tmp_path / "a")
    assert article_key("x.txt") == str((tmp_path / "a" / "x.txt").resolve())
    monkeypatch.chdir(tmp_path / "b")  # the same words, another file
    assert article_key("x.txt") == str((tmp_path / "b" / "x.txt").resolve())
    assert article_key(tmp_path / "link" / "x.txt") == str((tmp_path / "a" / "x.txt").resolve())


def test_an_article_key_of_a_link_is_where_the_link_leads(tmp_path):
    from briefing.model import article_key

    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "sub" / "x.md").write_text("x", encoding="utf-8")
    (tmp_path / "alias").symlink_to(real)  # a folder link
    links = tmp_path / "links"
    links.mkdir()
    made = {
        "absolute.md": real / "sub" / "x.md",
        "through-a-folder-link.md": tmp_path / "alias" / "sub" / "x.md",
        "relative.md": Path("../alias/sub/x.md"),
        "dotted.md": Path("./../real/./sub/x.md"),
        "broken.md": real / "gone.md",
        "loop-a.md": links / "loop-b.md",
        "loop-b.md": links / "loop-a.md",
    }
    for name, target in made.items():
        (links / name).symlink_to(target)
    (links / "chain.md").symlink_to(links / "relative.md")  # a link to a link
    (real / "near.md").symlink_to("sub/x.md")  # relative, no climb
    (links / "to-near.md").symlink_to(real / "near.md")
    for name in [*made, "chain.md", "to-near.md"]:
        path = links / name
        assert article_key(path) == os.path.realpath(path), name
    assert article_key(links / "chain.md") == str(real / "sub" / "x.md")


def test_a_cache_of_version_1_gains_the_files_table_and_keeps_its_analyses(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    index_paths([folder], theme, store)
    cache_path = store.cache_path
    store.close()
    with sqlite3.connect(cache_path) as cache:  # as briefing wrote it before the table
        cache.execute("DROP TABLE files")
        cache.execute("PRAGMA user_version = 1")
    store = Store(tmp_path / "db.sqlite")
    assert store.cache.execute("PRAGMA user_version").fetchone()[0] == 5
    assert store.known_files() == {}
    again = index_paths([folder], theme, store)
    assert (again.analysed, again.cached) == (0, 2)  # the analyses stayed
    assert sorted(Path(key).name for key in store.known_files()) == ["a.txt", "b.txt"]
    store.close()


def test_a_cache_of_version_3_gains_the_parts_table_and_keeps_its_analyses(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    index_paths([folder], theme, store)
    cache_path = store.cache_path
    store.close()
    with sqlite3.connect(cache_path) as cache:  # as briefing wrote it before assembly parts
        cache.execute("DROP TABLE parts")
        cache.execute("PRAGMA user_version = 3")
    store = Store(tmp_path / "db.sqlite")
    assert store.cache.execute("PRAGMA user_version").fetchone()[0] == 5
    assert store.cache.execute("SELECT count(*) FROM parts").fetchone() == (0,)
    again = index_paths([folder], theme, store)
    assert (again.analysed, again.cached) == (0, 2)  # the analyses stayed
    store.close()


def test_a_cache_of_version_2_gets_snapshots_whose_record_comes_last(tmp_path, folder, theme):
    store = Store(tmp_path / "db.sqlite")
    index_paths([folder], theme, store)
    cache_path = store.cache_path
    store.close()
    with sqlite3.connect(cache_path) as cache:  # snapshots as briefing 2 of the cache kept them
        cache.execute("DROP TABLE snapshots")
        cache.execute("CREATE TABLE snapshots (key TEXT PRIMARY KEY, record TEXT NOT NULL, "
                      "created REAL NOT NULL)")  # fmt: skip
        cache.execute("INSERT INTO snapshots VALUES ('old', '{}', 1.0)")
        cache.execute("PRAGMA user_version = 2")
    store = Store(tmp_path / "db.sqlite")
    assert store.cache.execute("PRAGMA user_version").fetchone()[0] == 5
    columns = [row[1] for row in store.cache.execute("PRAGMA table_info(snapshots)")]
    assert columns == ["key", "created", "record"]
    assert not store.has_snapshot("old")
    again = index_paths([folder], theme, store)
    assert (again.analysed, again.cached) == (0, 2)  # the analyses stayed
    corpus = pipeline.assemble_corpus(again.articles)
    store.save_snapshot("new", corpus)
    saved = store.snapshot("new")
    assert saved is not None and saved.timeline == corpus.timeline
    assert saved.links == Snapshot.of(corpus).links
    store.close()

"""Opening a folder for the reader: batches while analysing, the snapshot when warm."""

from __future__ import annotations

from briefing.export.json import corpus_to_dict
from briefing.library import index, open_folder
from briefing.library.lazy_corpus import LazyArticles
from briefing.library.open_folder import FIRST_BATCH, Opened, open_corpus


def folder_of(tmp_path, count: int):
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(count):
        (folder / f"n{number:02d}.txt").write_text(
            f"Tariffs on steel rose by {number + 1}% on Monday, officials said.\n"
        )
    (folder / "broken.txt").write_bytes(b"\x00\x01")
    return folder


def test_a_first_batch_then_everything_then_the_snapshot(tmp_path, theme):
    folder = folder_of(tmp_path, FIRST_BATCH + 5)
    db = tmp_path / "db.sqlite"
    shown = [item for item in open_corpus([folder], theme, db) if isinstance(item, Opened)]
    assert [(item.done, item.total) for item in shown] == [(21, 26), (26, 26)]
    assert len(shown[0].corpus.articles) == FIRST_BATCH
    whole = shown[-1].corpus
    assert len(whole.articles) == 25
    assert [f.path for f in whole.failures] == [str(folder / "broken.txt")]
    again = list(open_corpus([folder], theme, db))
    assert len(again) == 1 and isinstance(again[0], Opened)
    assert isinstance(again[0].corpus.articles, LazyArticles)
    assert again[0].corpus.timeline == whole.timeline
    assert [f.path for f in again[0].corpus.failures] == [str(folder / "broken.txt")]


def test_without_a_database_everything_is_analysed_here(tmp_path, theme):
    folder = folder_of(tmp_path, 3)
    items = list(open_corpus([folder], theme, None))
    last = items[-1]
    assert isinstance(last, Opened) and (last.done, last.total) == (4, 4)
    assert len(last.corpus.articles) == 3


def test_stopping_gives_up_before_the_whole_corpus(tmp_path, theme):
    folder = folder_of(tmp_path, 5)
    items = list(open_corpus([folder], theme, tmp_path / "db.sqlite", should_stop=lambda: True))
    assert not any(isinstance(item, Opened) and item.done == item.total for item in items)


def test_the_cold_open_analyses_on_every_core_and_gives_the_corpus_of_one_process(
    tmp_path, theme, monkeypatch
):
    folder = folder_of(tmp_path, 12)
    pools: list[int] = []

    class CountedPool(index.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs) -> None:
            pools.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(index, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(open_folder.os, "cpu_count", lambda: 2)
    pooled = list(open_corpus([folder], theme, tmp_path / "db.sqlite"))[-1]
    assert pools == [2]  # the reader used both cores, as ``briefing index`` does
    alone = list(open_corpus([folder], theme, None))[-1]  # no database: one process
    assert isinstance(pooled, Opened) and isinstance(alone, Opened)
    assert corpus_to_dict(pooled.corpus) == corpus_to_dict(alone.corpus)


def test_a_warm_open_makes_the_readers_corrections_and_stays_lazy(tmp_path, theme):
    from briefing.model import MERGE, Correction

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Finance Minister Maria Lopez spoke in Madrid on Monday.\n")
    (folder / "b.txt").write_text("Lopez said on Tuesday that the budget would pass.\n")
    db = tmp_path / "db.sqlite"
    list(open_corpus([folder], theme, db))  # cold: analysed, the snapshot saved
    merge = [Correction(MERGE, "per:lopez", "per:maria-lopez")]
    (opened,) = open_corpus([folder], theme, db, corrections=lambda: merge)
    assert isinstance(opened, Opened)
    ids = {e.id: e.mention_count for e in opened.corpus.entities if e.type == "PER"}
    assert ids == {"per:maria-lopez": 2}
    assert {e.id for e in opened.assembled.entities if e.type == "PER"} == {
        "per:lopez", "per:maria-lopez"
    }  # fmt: skip
    assert opened.corpus.articles.opened == 0  # no article read to merge
    assert [m.entity for m in opened.corpus.articles[1].mentions if m.type == "PER"] == [
        "per:maria-lopez"
    ]


def test_past_the_last_batch_shown_the_articles_are_held_lean_and_read_back_whole(
    tmp_path, theme, monkeypatch
):
    monkeypatch.setattr(open_folder, "FIRST_BATCH", 2)
    monkeypatch.setattr(open_folder, "BATCH_GROWTH", 2)
    monkeypatch.setattr(open_folder, "HELD_WHOLE", 4)
    monkeypatch.setattr(open_folder.os, "cpu_count", lambda: 1)
    folder = folder_of(tmp_path, 10)
    shown = [
        o for o in open_corpus([folder], theme, tmp_path / "db.sqlite") if isinstance(o, Opened)
    ]
    assert [(item.done, item.total) for item in shown] == [(3, 11), (5, 11), (11, 11)]
    for batch in shown[:2]:  # what is shown while loading is whole: its figures too
        assert all(len(article.figures) == 1 for article in batch.corpus.articles)
    whole = shown[-1].corpus
    assert isinstance(whole.articles, LazyArticles) and whole.articles.opened == 0
    assert [len(article.figures) for article in whole.articles] == [1] * 10
    assert [f.path for f in whole.failures] == [str(folder / "broken.txt")]
    alone = list(open_corpus([folder], theme, None))[-1]
    assert isinstance(alone, Opened)
    assert corpus_to_dict(whole) == corpus_to_dict(alone.corpus)


def test_with_many_articles_cached_the_first_batch_is_the_whole_ones(tmp_path, theme, monkeypatch):
    monkeypatch.setattr(open_folder, "FIRST_BATCH", 2)
    monkeypatch.setattr(open_folder, "HELD_WHOLE", 4)
    monkeypatch.setattr(open_folder.os, "cpu_count", lambda: 1)
    folder = folder_of(tmp_path, 6)
    db = tmp_path / "db.sqlite"
    list(open_corpus([folder], theme, db))  # six analysed and cached
    for number in range(6, 10):
        (folder / f"n{number:02d}.txt").write_text(f"Copper rose by {number}% on Friday.\n")
    shown = [o for o in open_corpus([folder], theme, db) if isinstance(o, Opened)]
    assert [(item.done, item.total) for item in shown] == [(7, 11), (11, 11)]
    first = shown[0].corpus.articles
    assert len(first) == 4 and all(len(article.figures) == 1 for article in first)
    assert [len(article.figures) for article in shown[-1].corpus.articles] == [1] * 10


def test_opened_again_without_batches_reads_no_record_and_gives_the_same_corpus(
    tmp_path, theme, monkeypatch, record_reads
):
    monkeypatch.setattr(open_folder, "FIRST_BATCH", 2)
    monkeypatch.setattr(open_folder, "BATCH_GROWTH", 2)
    monkeypatch.setattr(open_folder.os, "cpu_count", lambda: 1)
    reads = record_reads
    folder = folder_of(tmp_path, 10)
    db = tmp_path / "db.sqlite"
    items = [o for o in open_corpus([folder], theme, db, batches=False) if isinstance(o, Opened)]
    assert [(item.done, item.total) for item in items] == [(11, 11)]  # the whole corpus only
    assert reads == []  # assembled from the parts kept beside the analyses
    assert isinstance(items[0].corpus.articles, LazyArticles)
    (folder / "n03.txt").write_text("Copper rose by 9% on Friday, traders said.\n")
    again = [o for o in open_corpus([folder], theme, db, batches=False) if isinstance(o, Opened)]
    assert [(item.done, item.total) for item in again] == [(11, 11)] and reads == []
    alone = list(open_corpus([folder], theme, None))[-1]
    assert isinstance(alone, Opened)
    assert corpus_to_dict(again[0].corpus) == corpus_to_dict(alone.corpus)


def test_opened_again_without_a_database_makes_no_batch_either(tmp_path, theme, monkeypatch):
    monkeypatch.setattr(open_folder, "FIRST_BATCH", 2)
    folder = folder_of(tmp_path, 6)
    shown = [o for o in open_corpus([folder], theme, None) if isinstance(o, Opened)]
    assert [(item.done, item.total) for item in shown] == [(3, 7), (7, 7)]  # a batch, then all
    again = [o for o in open_corpus([folder], theme, None, batches=False) if isinstance(o, Opened)]
    assert [(item.done, item.total) for item in again] == [(7, 7)]
    assert corpus_to_dict(again[0].corpus) == corpus_to_dict(shown[-1].corpus)

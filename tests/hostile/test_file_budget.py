"""One big file cannot hold a folder: it is analysed in a child process with a time budget,
and what the child gives is what analysing it here would give."""

from __future__ import annotations

import threading
import time

from briefing.analysis.pipeline import analyze_article
from briefing.ingest import read_article
from briefing.library import index as indexer
from briefing.library.index import Entry, _analyse_bounded, index_paths
from briefing.store import Store

BIG = "\n".join(f"Paragraph {number} of the report, Smith said." for number in range(7000))


def test_a_big_file_is_analysed_apart_and_gives_the_same_article(tmp_path, theme):
    (tmp_path / "big.txt").write_text(BIG)
    (tmp_path / "small.txt").write_text("Tariffs rose on Monday.\n")
    assert (tmp_path / "big.txt").stat().st_size >= indexer.BIG_FILE_BYTES
    result = index_paths([tmp_path], theme, Store(tmp_path.parent / f"{tmp_path.name}.sqlite"))
    assert [a.id for a in result.articles] == ["big", "small"] and result.failures == []
    here = analyze_article(read_article(tmp_path / "big.txt", "big"), theme)
    assert result.articles[0] == here  # in input order, though analysed last


def test_a_file_over_its_budget_is_one_failure_and_the_rest_loads(tmp_path, theme, monkeypatch):
    monkeypatch.setattr(indexer, "FILE_BUDGET", 0.2)
    (tmp_path / "big.txt").write_text(BIG)
    (tmp_path / "small.txt").write_text("Tariffs rose on Monday.\n")
    result = index_paths([tmp_path], theme, Store(tmp_path.parent / f"{tmp_path.name}.sqlite"))
    assert [a.id for a in result.articles] == ["small"]
    assert [(f.path, f.reason) for f in result.failures] == [
        (str(tmp_path / "big.txt"), "analysis took longer than 0.2 s; skipped")
    ]


def test_stopping_ends_the_child_at_once(tmp_path, theme):
    entry = Entry(tmp_path / "big.txt", "big", "", BIG.encode(), "", "")
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.perf_counter()
    assert _analyse_bounded(entry, theme, stop.is_set) is None
    assert time.perf_counter() - started < 2

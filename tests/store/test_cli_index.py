"""``briefing index`` and ``briefing search`` on a database of their own."""

from __future__ import annotations

from briefing.cli import main
from tests.conftest import SEEDS


def test_index_then_search(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    assert main(["index", str(SEEDS), "--db", str(db), "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 articles (1 analysed, 0 from the cache)" in out
    assert main(["index", str(SEEDS), "--db", str(db)]) == 0
    assert "1 articles (0 analysed, 1 from the cache)" in capsys.readouterr().out
    assert main(["search", "visa", "policies", "--db", str(db)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.endswith(
        '\u2026may relax related [visa] [policies], "For companies investing in the U.S\u2026'
    )
    assert main(["search", "zeppelin", "--db", str(db)]) == 1


def test_index_reports_bad_files_and_a_newer_database(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    (tmp_path / "good.txt").write_text("Tariffs rose on Monday.\n")
    db = tmp_path / "db.sqlite"
    assert main(["index", str(tmp_path), "--db", str(db)]) == 1
    assert f"briefing: {tmp_path / 'bad.txt'}: binary file" in capsys.readouterr().err
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 99")
    assert main(["index", str(tmp_path), "--db", str(db)]) == 2
    assert "written by a newer briefing" in capsys.readouterr().err


def test_a_warm_index_decodes_no_analysis_and_a_changed_file_is_analysed_again(
    tmp_path, capsys, monkeypatch
):
    from briefing.store import Store

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Tariffs on {name} rose on Monday.\n")
    db = tmp_path / "db.sqlite"
    assert main(["index", str(tmp_path), "--db", str(db), "--jobs", "1"]) == 0
    capsys.readouterr()

    def refuse(self, row_id):
        raise AssertionError("a warm index decoded a cached analysis")

    monkeypatch.setattr(Store, "record", refuse)
    assert main(["index", str(tmp_path), "--db", str(db)]) == 0
    assert "3 articles (0 analysed, 3 from the cache)" in capsys.readouterr().out
    monkeypatch.undo()
    (tmp_path / "b.txt").write_text("Tariffs on b fell on Tuesday.\n")
    assert main(["index", str(tmp_path), "--db", str(db), "--jobs", "1"]) == 0
    assert "3 articles (1 analysed, 2 from the cache)" in capsys.readouterr().out


def test_a_file_known_by_its_size_and_time_is_not_read_again_unless_rehash(
    tmp_path, capsys, monkeypatch
):
    import os

    from briefing.ingest import loader

    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"Tariffs on {name} rose on Monday.\n")
    db = tmp_path / "db.sqlite"
    assert main(["index", str(folder), "--db", str(db), "--jobs", "1"]) == 0
    capsys.readouterr()
    read = loader.read_bytes

    def unread(path):
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(loader, "read_bytes", unread)
    assert main(["index", str(folder), "--db", str(db)]) == 0
    assert "2 articles (0 analysed, 2 from the cache)" in capsys.readouterr().out
    monkeypatch.setattr(loader, "read_bytes", read)
    # the same size and modification time, other words: taken as unchanged, but --rehash reads
    target = folder / "b.txt"
    times = (target.stat().st_atime_ns, target.stat().st_mtime_ns)
    target.write_text("Tariffs on b fell on Monday.\n")
    os.utime(target, ns=times)
    assert main(["index", str(folder), "--db", str(db)]) == 0
    assert "(0 analysed, 2 from the cache)" in capsys.readouterr().out
    assert main(["index", str(folder), "--db", str(db), "--rehash", "--jobs", "1"]) == 0
    assert "(1 analysed, 1 from the cache)" in capsys.readouterr().out
    (folder / "a.txt").write_text("Tariffs on a fell sharply on Tuesday.\n")  # a new size
    assert main(["index", str(folder), "--db", str(db), "--jobs", "1"]) == 0
    assert "(1 analysed, 1 from the cache)" in capsys.readouterr().out


def test_a_file_gone_after_the_walk_is_a_failure_of_its_own(tmp_path, theme):
    from briefing.library.index import iter_index, walk
    from briefing.store import Store

    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"Tariffs on {name} rose on Monday.\n")
    store = Store(tmp_path / "db.sqlite")
    list(iter_index([folder], theme, store))
    walked = walk([folder], store, "2025-01-01")  # another date: analysed again
    assert [entry.data for entry in walked[0]] == [None, None]  # known by size and time
    (folder / "b.txt").unlink()
    steps = list(iter_index([folder], theme, store, "2025-01-01", walked=walked))
    assert [s.failure.path for s in steps if s.failure] == [str(folder / "b.txt")]
    assert [s.article.id for s in steps if s.article] == ["a"]
    store.close()

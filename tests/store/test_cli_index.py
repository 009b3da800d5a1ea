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

"""The database read-only, full, locked or damaged: one clear message each, the reader's
own state never lost, a damaged cache rebuilt from the files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.store import Store, StoreError
from briefing.store import database as database_module
from tests.conftest import SEEDS


def _with_state(path: Path) -> None:
    store = Store(path)
    store.set_pin("seed:e1", True)
    store.set_pin("seed:e4", True)
    store.add_note("/news/a.txt#p2", "check the order")
    store.set_date("/news/a.txt", "2025-10-28")
    store.close()


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of one table with garbage, as a failing disk would."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def test_a_read_only_database_reads_and_refuses_changes_in_one_line(tmp_path):
    path = tmp_path / "db.sqlite"
    _with_state(path)
    path.chmod(0o444)
    store = Store(path)
    assert store.read_only and store.pins() == {"seed:e1", "seed:e4"}
    assert store.notices == [f"{path}: read-only: pins, notes and dates cannot be saved"]
    with pytest.raises(StoreError) as refused:
        store.set_pin("seed:e2", True)
    assert str(refused.value) == f"{path}: read-only: changes cannot be saved"
    assert store.pins() == {"seed:e1", "seed:e4"}


def test_index_into_a_read_only_database_is_one_line_and_status_2(tmp_path, capsys):
    path = tmp_path / "db.sqlite"
    _with_state(path)
    path.chmod(0o444)
    assert main(["index", str(SEEDS), "--db", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"briefing: {path}: read-only: pins, notes and dates cannot be saved",
        "briefing: nothing can be indexed into a read-only database",
    ]


def test_a_full_disk_is_one_line(tmp_path):
    store = Store(tmp_path / "db.sqlite")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError) as full:
        for number in range(2000):
            store.add_note(f"/a.txt#p{number}", "a note that takes room " * 20)
    assert str(full.value) == f"{tmp_path / 'db.sqlite'}: the disk is full: changes cannot be saved"


def test_a_locked_database_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(database_module, "LOCK_TIMEOUT", 0.1)
    path = tmp_path / "db.sqlite"
    store = Store(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreError) as locked:
        store.set_pin("seed:e1", True)
    other.execute("ROLLBACK")
    assert str(locked.value) == f"{path}: locked by another program (try again when it is done)"
    store.set_pin("seed:e1", True)
    assert store.pins() == {"seed:e1"}


def test_a_damaged_users_file_is_recovered_row_by_row_and_kept_aside(tmp_path):
    path = tmp_path / "db.sqlite"
    _with_state(path)
    _damage_table(path, "reads")
    store = Store(path)
    kept = sorted(
        p.name
        for p in tmp_path.glob("db.sqlite.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    )
    assert len(kept) == 1
    assert store.notices == [
        f"{path}: was damaged; recovered 2 pins, 1 notes, 1 dates, 0 reads, 0 corrections; "
        f"the damaged file is kept as {kept[0]}"
    ]
    assert store.pins() == {"seed:e1", "seed:e4"}
    assert [n.text for n in store.notes()] == ["check the order"]
    assert store.dates() == {"/news/a.txt": "2025-10-28"}
    assert store.check() == "ok"


def test_a_damaged_cache_is_rebuilt_and_the_users_state_untouched(tmp_path, capsys):
    path = tmp_path / "db.sqlite"
    _with_state(path)
    assert main(["index", str(SEEDS), "--db", str(path), "--jobs", "1"]) == 0
    _damage_table(tmp_path / "db.cache.sqlite", "analyses")
    capsys.readouterr()
    assert main(["index", str(SEEDS), "--db", str(path), "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"briefing: {tmp_path / 'db.cache.sqlite'}: was damaged; it is rebuilt from the files"
    ]
    assert "\n1 articles (1 analysed, 0 from the cache) in " in captured.out
    store = Store(path)
    assert store.pins() == {"seed:e1", "seed:e4"} and store.notes()[0].text == "check the order"
    assert main(["search", "visa", "--db", str(path)]) == 0


def test_a_store_opened_after_another_checked_the_files_does_not_check_them_again(tmp_path):
    path = tmp_path / "db.sqlite"
    assert main(["index", str(SEEDS), "--db", str(path), "--jobs", "1"]) == 0
    _damage_table(tmp_path / "db.cache.sqlite", "analyses")
    damage = f"{tmp_path / 'db.cache.sqlite'}: was damaged; it is rebuilt from the files"
    assert Store(path, checked=True).notices == []  # trusted: another store has checked it
    first = Store(path)
    assert first.notices == [damage]
    assert first.another().notices == []  # the same run's second store: checked already
    assert Store(path).notices == []  # rebuilt


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("my own notes, not a database\n")
    assert main(["index", str(SEEDS), "--db", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"briefing: {path}: not a briefing database (not an SQLite file)"
    ]
    assert path.read_text() == "my own notes, not a database\n"


def test_opening_given_up_after_the_cache_was_rebuilt_closes_cleanly(tmp_path, monkeypatch):
    from briefing.analysis.topics.themes import load_theme
    from briefing.library import open_folder as opening
    from briefing.resources import themes_dir

    real_walk = opening.walk

    def walk_finding_damage(paths, store, default_date):
        store.notices.append(f"{store.cache_path}: was damaged; it is rebuilt from the files")
        return real_walk(paths, store, default_date)

    monkeypatch.setattr(opening, "walk", walk_finding_damage)
    db = tmp_path / "db.sqlite"
    items = opening.open_corpus([SEEDS], load_theme(themes_dir()), db)
    next(items)
    items.close()  # what the reader does when it stops opening: no error, the store closed
    assert Store(db).check() == "ok"

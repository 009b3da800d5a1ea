"""kill -9 at random moments: the database stays whole and every acknowledged write is there.

The reader's writes are acknowledged by the notification that follows them; ``index``'s by
the cache answering for the files on the next run.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from briefing.store import Store
from tests.conftest import SEED

READER = textwrap.dedent(
    """
    import asyncio, sys
    from briefing.resources import themes_dir
    from briefing.analysis.topics.themes import load_theme
    from briefing.tui.app import BriefingApp

    async def main(folder, db):
        app = BriefingApp([folder], load_theme(themes_dir()), None, None, db=db)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            screen = app.screen
            for round in range(200):
                await pilot.press("j")
                if screen.selected is None or screen.selected.id in screen.pinned:
                    continue  # pins only grow: every one acknowledged must stay
                await pilot.press("p")
                await pilot.pause()
                said = [n.message for n in app._notifications]
                if said and said[-1] == "Pinned for the brief.":
                    for key in sorted(screen.pinned):
                        print("ACK", key, flush=True)
                app.clear_notifications()

    asyncio.run(main(sys.argv[1], sys.argv[2]))
    """
)


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for number in range(count):
        (folder / f"story-{number:03d}.txt").write_text(f"Report {number}.\n\n{text}")
    return folder


def _environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["BRIEFING_DATA_DIR"] = str(tmp_path / "data")
    env["BRIEFING_CONFIG_DIR"] = str(tmp_path / "config")
    return env


def test_the_reader_killed_at_random_moments_keeps_every_acknowledged_pin(tmp_path):
    folder = _folder(tmp_path, 2)
    db = tmp_path / "db.sqlite"
    chance = random.Random(24)
    acknowledged: set[str] = set()
    for _ in range(3):
        reader = subprocess.Popen(
            [sys.executable, "-c", READER, str(folder), str(db)],
            stdout=subprocess.PIPE, text=True, env=_environment(tmp_path),
        )  # fmt: skip
        assert reader.stdout is not None
        wanted = chance.randint(1, 6)
        seen = 0
        for line in reader.stdout:
            if line.startswith("ACK "):
                acknowledged.add(line.split()[1])
                seen += 1
                if seen >= wanted:
                    break
        reader.kill()
        reader.wait()
        store = Store(db)
        assert store.check() == "ok"
        assert acknowledged <= store.pins()
        store.close()
    assert acknowledged


def test_index_killed_with_its_workers_leaves_a_whole_database(tmp_path):
    folder = _folder(tmp_path, 40)
    db = tmp_path / "db.sqlite"
    state = Store(db)
    state.set_pin("story-000:e1", True)
    state.add_note(f"{folder / 'story-001.txt'}#p1", "before the crash")
    state.close()
    chance = random.Random(25)
    for _ in range(3):
        index = subprocess.Popen(
            [sys.executable, "-m", "briefing", "index", str(folder), "--db", str(db),
             "--jobs", "2"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_environment(tmp_path),
            start_new_session=True,
        )  # fmt: skip
        time.sleep(chance.uniform(0.5, 4.0))
        os.killpg(index.pid, signal.SIGKILL)  # the parent and its workers at once
        index.wait()
        store = Store(db)
        assert store.notices == []  # nothing to recover, nothing to rebuild
        assert store.check() == "ok"
        assert store.cache.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.pins() == {"story-000:e1"}
        assert [n.text for n in store.notes()] == ["before the crash"]
        store.close()
    finished = subprocess.run(
        [sys.executable, "-m", "briefing", "index", str(folder), "--db", str(db)],
        capture_output=True, text=True, env=_environment(tmp_path), timeout=300,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    again = subprocess.run(
        [sys.executable, "-m", "briefing", "index", str(folder), "--db", str(db)],
        capture_output=True, text=True, env=_environment(tmp_path), timeout=300,
    )  # fmt: skip
    assert "40 articles (0 analysed, 40 from the cache)" in again.stdout

"""The reader on a database it cannot write or that is damaged: it keeps reading, says so,
and never claims a change was saved when it was not."""

from __future__ import annotations

from briefing.analysis.topics.themes import load_theme
from briefing.resources import themes_dir
from briefing.store import Store
from briefing.tui.app import BriefingApp
from tests.conftest import SEEDS
from tests.tui.test_app import SIZE, _text, ready


def _app(db):
    return BriefingApp([SEEDS], load_theme(themes_dir()), None, None, db=db)


async def test_a_read_only_database_says_a_pin_was_not_saved(tmp_path):
    db = tmp_path / "db.sqlite"
    Store(db).close()
    db.chmod(0o444)
    app = _app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.corpus.articles) == 1  # read all the same
        await pilot.press("G", "p")
        await pilot.pause(0.2)
        assert screen.pinned == set()
        messages = [n.message for n in app._notifications]
        assert f"{db}: read-only: pins, notes and dates cannot be saved" in messages
        assert f"The pin was not saved: {db}: read-only: changes cannot be saved" in messages
        assert "Pinned for the brief." not in messages
        assert "The pin was not saved" in _text(app)


async def test_a_cache_that_is_not_a_database_is_rebuilt_and_the_reader_opens(tmp_path):
    db = tmp_path / "db.sqlite"
    store = Store(db)
    store.set_pin("us-japan-investment-deal:e1", True)
    store.close()
    (tmp_path / "db.cache.sqlite").write_bytes(b"\xa5" * 8192)
    app = _app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.corpus.articles) == 1
        assert screen.pinned == {"us-japan-investment-deal:e1"}
        messages = [n.message for n in app._notifications]
        assert f"{tmp_path / 'db.cache.sqlite'}: was damaged; it is rebuilt from the files" in (
            messages
        )

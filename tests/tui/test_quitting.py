"""q and Ctrl+C end the reader, even while a big file is still being analysed."""

from __future__ import annotations

import time

from tests.tui.test_app import SIZE

BIG = "\n".join(f"Paragraph {number} of the report, Smith said." for number in range(20000))


async def test_ctrl_c_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.3)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running


async def test_q_while_a_big_file_loads_ends_at_once(make_app, tmp_path):
    (tmp_path / "big.txt").write_text(BIG)
    (tmp_path / "small.txt").write_text("Tariffs rose on Monday, the minister said.\n")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):  # the small article shows before the big one is done
            await pilot.pause(0.05)
            screen = app.screen
            if getattr(screen, "corpus", None) is not None and screen.corpus.articles:
                break
        assert [a.id for a in app.screen.corpus.articles] == ["small"]
        started = time.perf_counter()
        await pilot.press("q")
        await app.workers.wait_for_complete()
    assert time.perf_counter() - started < 2

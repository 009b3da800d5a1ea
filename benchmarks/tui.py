"""The reader on a large folder, driven by Pilot: time to first paint and keypress latency.

Usage: python benchmarks/tui.py FOLDER [--presses N]

First paint: from starting the app until the first batch of analysed articles is on the
screen. Full load: until every article is analysed. Latency: from a key press to the screen
update after which the screen no longer changes (see _paint.py), median and 95th
percentile, and beside it the whole Pilot round trip (press + pause), which adds Pilot's
own waits for the app to go idle.
The app starts on an empty database: every article is analysed while it loads.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _paint  # noqa: E402
from briefing.analysis.topics.themes import load_theme  # noqa: E402
from briefing.resources import themes_dir  # noqa: E402
from briefing.tui.app import BriefingApp  # noqa: E402
from briefing.tui.screens.main import MainScreen  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def measure(folder: str, presses: int) -> None:
    scratch = tempfile.TemporaryDirectory()
    app = BriefingApp([folder], load_theme(themes_dir()), db=Path(scratch.name) / "db.sqlite")
    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        while not (isinstance(screen, MainScreen) and screen.corpus is not None):
            await asyncio.sleep(0.01)
            screen = app.screen
        await pilot.pause()
        first = time.perf_counter() - started
        await app.workers.wait_for_complete()
        await pilot.pause()
        full = time.perf_counter() - started
        assert isinstance(screen, MainScreen) and screen.corpus is not None
        print(f"{len(screen.corpus.articles)} articles, {len(screen.corpus.timeline)} events")
        print(f"first paint: {first:.2f} s; fully analysed: {full:.2f} s")
        for pane, keys in (("1", ("j", "k")), ("1", ("right_square_bracket",)), ("2", ("j", "k"))):
            await pilot.press(pane)
            timings, trips = [], []
            for index in range(presses):
                key = keys[index % len(keys)] if len(keys) > 1 else keys[0]
                if len(keys) > 1 and index >= presses // 2:
                    key = keys[1]
                _paint.forget()
                begun = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                timings.append(_paint.since(begun))
                trips.append((time.perf_counter() - begun) * 1000)
            name = {"1": "timeline", "2": "reader"}[pane] + " " + "/".join(keys)
            print(
                f"{name:24} to repaint median {statistics.median(timings):5.1f} ms, "
                f"p95 {percentile(timings, 0.95):5.1f} ms; Pilot round trip median "
                f"{statistics.median(trips):5.1f} ms ({presses} presses)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--presses", type=int, default=40)
    args = parser.parse_args()
    asyncio.run(measure(args.folder, args.presses))


if __name__ == "__main__":
    main()

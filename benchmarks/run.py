"""Speed and memory figures of the corpus index and the reader on a large folder.

Usage: python benchmarks/run.py FOLDER [--runs N]

Prints medians of N runs: cold index of the folder into an empty database (all cores) and,
in the same run, the reader's cold open of it (first articles on the screen, all analysed);
the warm open of the indexed folder to the first complete paint beside the seed's own;
keypress p95 for the timeline (j/k, ]), the reader (j/k, }), typing into the article list's
filter, and search from Enter to the list of hits (Pilot: from the key to the screen update
after which the screen no longer changes, see _paint.py; beside it the last update of all
and the whole Pilot round trip, which adds Pilot's own waits for the app to go idle); peak
memory of the app with the folder open, and the engine's time per article at 100, 1,000
and all articles.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)

APP_RUN = r"""
import asyncio, json, resource, sys, time
sys.path.insert(0, sys.argv[4])
import _paint
from _paint import p95
from briefing.resources import themes_dir
from briefing.analysis.topics.themes import load_theme
from briefing.tui.app import BriefingApp
from briefing.tui.screens.main import MainScreen

async def timed(pilot, key):
    _paint.forget()
    begun = time.perf_counter()
    await pilot.press(key)
    await pilot.pause()
    return _paint.since(begun), _paint.last(begun), (time.perf_counter() - begun) * 1000

async def main(folder, db, presses):
    started = time.perf_counter()
    app = BriefingApp([folder], load_theme(themes_dir()), db=db)
    figures = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.corpus is not None
        figures["paint"] = time.perf_counter() - started
        scenarios = [
            ("timeline j/k", "1", ["j"] * (presses // 2) + ["k"] * (presses // 2)),
            ("timeline ]", "1", ["right_square_bracket"] * presses),
            ("reader j/k", "2", ["j"] * (presses // 2) + ["k"] * (presses // 2)),
            ("next article }", "2", ["right_curly_bracket"] * presses),
            ("unbound key", "1", ["z"] * presses),
        ]
        for name, pane, keys in scenarios:
            await pilot.press(pane)
            await pilot.pause()
            runs = [await timed(pilot, key) for key in keys]
            figures[name] = [p95([r[i] for r in runs]) for i in range(3)]
        # the article list: open it, then each letter typed filters it
        await pilot.press("l")
        await pilot.pause()
        letters = [await timed(pilot, key) for key in "the minister said"]
        figures["article list filter"] = [p95([r[i] for r in letters]) for i in range(3)]
        await pilot.press("escape")
        await pilot.pause()
        # search: from Enter to the list of hits on the screen
        trips = []
        for word in ("minister", "tariff", "U.S.", "growth", "election"):
            await pilot.press("slash", *word)
            _paint.forget()
            begun = time.perf_counter()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            trips.append((_paint.since(begun), _paint.last(begun),
                          (time.perf_counter() - begun) * 1000))
            await pilot.press("escape")
            await pilot.pause()
        figures["search to hits"] = [max(r[i] for r in trips) for i in range(3)]
    figures["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""

COLD_OPEN = r"""
import asyncio, sys, time
from briefing.resources import themes_dir
from briefing.analysis.topics.themes import load_theme
from briefing.tui.app import BriefingApp
from briefing.tui.screens.main import MainScreen

async def main(folder, db):
    started = time.perf_counter()
    app = BriefingApp([folder], load_theme(themes_dir()), db=db)
    async with app.run_test(size=(120, 40)) as pilot:
        first = None
        while True:
            screen = app.screen
            if isinstance(screen, MainScreen) and screen.corpus is not None:
                first = first or time.perf_counter() - started
                done, total = screen.progress_counts
                if total and done == total and not any(w.is_running for w in app.workers):
                    break
            await asyncio.sleep(0.02)
        await pilot.pause()
    print(first, time.perf_counter() - started)

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""

ENGINE_RUN = r"""
import sys, time
from briefing.analysis.pipeline import build_corpus
from briefing.ingest import load_articles
from briefing.resources import themes_dir
from briefing.analysis.topics.themes import load_theme
articles, _ = load_articles([sys.argv[1]])
theme = load_theme(themes_dir())
for size in (100, 1000, len(articles)):
    chunk = articles[:size]
    started = time.perf_counter()
    build_corpus(chunk, theme=theme)
    print(size, (time.perf_counter() - started) / size * 1000)
"""


def run(code: str, *args: str) -> str:
    """Run ``code`` in a fresh interpreter; what it printed."""
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, check=True)  # fmt: skip
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--presses", type=int, default=40)
    args = parser.parse_args()
    folder = str(Path(args.folder).resolve())
    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    print(f"machine: {os.cpu_count()} cores; folder {folder}")
    cold, reader_cold, reader_first = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(args.runs):  # the command and the reader, one after the other
            db = Path(scratch) / f"cold-{number}.sqlite"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "briefing", "index", folder, "--db", str(db)],
                           capture_output=True, check=False)  # fmt: skip
            cold.append(time.perf_counter() - started)
            app_db = str(Path(scratch) / f"app-{number}.sqlite")
            first, whole = run(COLD_OPEN, folder, app_db).split()
            reader_first.append(float(first))
            reader_cold.append(float(whole))
        print(f"cold index (empty database, all cores): median {statistics.median(cold):.1f} s "
              f"(runs: {', '.join(f'{c:.1f}' for c in cold)})")  # fmt: skip
        print(f"cold open in the reader (empty database): first articles on the screen "
              f"{statistics.median(reader_first):.1f} s, all analysed "
              f"{statistics.median(reader_cold):.1f} s (runs: "
              f"{', '.join(f'{c:.1f}' for c in reader_cold)})")  # fmt: skip
        warm_db = str(Path(scratch) / "cold-0.sqlite")
        seed_db = str(Path(scratch) / "seed.sqlite")
        runs = []
        seed_paints = []
        for _ in range(args.runs):
            runs.append(json.loads(run(APP_RUN, folder, warm_db, str(args.presses), HERE)))
            seed_paints.append(json.loads(run(APP_RUN, seeds, seed_db, "4", HERE))["paint"])
    paint = statistics.median(r["paint"] for r in runs)
    seed = statistics.median(seed_paints)
    print(
        f"warm open to first complete paint: median {paint:.2f} s; the seed's own open "
        f"{seed:.2f} s (difference {paint - seed:+.2f} s)"
    )
    print(
        f"keypress p95 (medians of {args.runs} runs; ms): to the repaint after which the "
        f"screen no longer changed / to the last screen update / Pilot round trip"
    )
    for name in ("timeline j/k", "timeline ]", "reader j/k", "next article }",
                 "article list filter", "search to hits", "unbound key"):  # fmt: skip
        repaint, last, trip = (statistics.median(r[name][i] for r in runs) for i in range(3))
        note = " (worst of 5 searches, from Enter)" if name == "search to hits" else ""
        print(f"  {name:22} {repaint:6.1f} {last:6.1f} {trip:6.1f}{note}")
    peak = statistics.median(r["peak"] for r in runs)
    print(f"peak memory of the app with the folder open: {peak:.0f} MB")
    for line in run(ENGINE_RUN, folder).splitlines():
        size, per_article = line.split()
        print(f"engine, one core, {int(size):>5} articles: {float(per_article):.2f} ms/article")


if __name__ == "__main__":
    main()

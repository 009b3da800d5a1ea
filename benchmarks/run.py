"""Speed and memory figures of the corpus index and the reader on a large folder.

Usage: python benchmarks/run.py FOLDER [--runs N]

Prints medians of N runs: cold index of the folder into an empty database (all cores),
warm start of the app on the indexed folder to the first complete paint, keypress to
repaint in the timeline and the reader (95th percentile, Pilot: from the key to the screen
update after which the screen no longer changes, see _paint.py; beside it the last update
of all and the whole Pilot round trip, which adds Pilot's own waits for the app to go
idle), peak memory of the app with the folder open, and the engine's time per article at
100, 1,000 and all articles.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)

APP_RUN = r"""
import asyncio, resource, sys, time
sys.path.insert(0, sys.argv[4])
import _paint
from briefing.resources import themes_dir
from briefing.analysis.topics.themes import load_theme
from briefing.tui.app import BriefingApp
from briefing.tui.screens.main import MainScreen

def p95(values):
    values = sorted(values)
    return values[max(0, int(0.95 * len(values)) - 1)]

async def main(folder, db, presses):
    started = time.perf_counter()
    app = BriefingApp([folder], load_theme(themes_dir()), db=db)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.corpus is not None
        paint = time.perf_counter() - started
        repaint, last, round_trip = {}, {}, {}
        for pane, keys in (("1", ("j", "k")), ("2", ("j", "k")), ("1", ("z", "z"))):
            await pilot.press(pane)
            await pilot.pause()
            to_paint, to_last, trips = [], [], []
            for index in range(presses):
                _paint.forget()
                begun = time.perf_counter()
                await pilot.press(keys[0] if index < presses // 2 else keys[1])
                await pilot.pause()
                trips.append((time.perf_counter() - begun) * 1000)
                to_paint.append(_paint.since(begun))
                to_last.append(_paint.last(begun))
            name = "none" if keys[0] == "z" else pane
            repaint[name], last[name], round_trip[name] = p95(to_paint), p95(to_last), p95(trips)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{paint:.3f} {repaint['1']:.1f} {repaint['2']:.1f} {peak:.0f} "
          f"{round_trip['1']:.1f} {round_trip['2']:.1f} {round_trip['none']:.1f} "
          f"{last['1']:.1f} {last['2']:.1f}")

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
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
    print(f"machine: {os.cpu_count()} cores; folder {folder}")
    cold = []
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(args.runs):
            db = Path(scratch) / f"cold-{number}.sqlite"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "briefing", "index", folder, "--db", str(db)],
                           capture_output=True, check=False)  # fmt: skip
            cold.append(time.perf_counter() - started)
        print(f"cold index (empty database, all cores): median {statistics.median(cold):.1f} s "
              f"(runs: {', '.join(f'{c:.1f}' for c in cold)})")  # fmt: skip
        warm_db = str(Path(scratch) / "cold-0.sqlite")
        figures: list[list[float]] = []
        for _ in range(args.runs):
            output = run(APP_RUN, folder, warm_db, str(args.presses), HERE)
            figures.append([float(value) for value in output.split()])
    medians = [statistics.median(column) for column in zip(*figures, strict=True)]
    paints, timeline, reader, peaks, trip_timeline, trip_reader, trip_none = medians[:7]
    last_timeline, last_reader = medians[7:]
    print(f"warm start to first complete paint: median {paints:.2f} s")
    print(
        f"keypress to repaint, p95: timeline {timeline:.0f} ms, reader {reader:.0f} ms "
        f"(from the key to the update after which the screen no longer changed; medians of "
        f"{args.runs} runs)"
    )
    print(
        f"  to the last screen update, even one that changed nothing, p95: timeline "
        f"{last_timeline:.0f} ms, reader {last_reader:.0f} ms"
    )
    print(
        f"  Pilot round trip per key, p95: timeline {trip_timeline:.0f} ms, reader "
        f"{trip_reader:.0f} ms, an unbound key {trip_none:.0f} ms (Pilot's own idle waits)"
    )
    print(f"peak memory of the app with the folder open: {peaks:.0f} MB")
    for line in run(ENGINE_RUN, folder).splitlines():
        size, per_article = line.split()
        print(f"engine, one core, {int(size):>5} articles: {float(per_article):.2f} ms/article")


if __name__ == "__main__":
    main()

"""Speed and memory figures of the corpus index and the reader on a large folder.

Usage: python benchmarks/run.py FOLDER [--runs N]

Prints medians of N runs: cold index of the folder into an empty database (all cores),
warm start of the app on the indexed folder to the first complete paint, keypress to
repaint in the timeline and the reader (95th percentile, Pilot), peak memory of the app
with the folder open, and the engine's time per article at 100, 1,000 and all articles.
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

APP_RUN = r"""
import asyncio, resource, sys, time
from briefing.resources import themes_dir
from briefing.themes import load_theme
from briefing.tui.app import BriefingApp
from briefing.tui.screens.main import MainScreen

async def main(folder, db, presses):
    started = time.perf_counter()
    app = BriefingApp([folder], load_theme(themes_dir()), db=db)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.corpus is not None
        paint = time.perf_counter() - started
        timings = {}
        for pane, keys in (("1", ("j", "k")), ("2", ("j", "k"))):
            await pilot.press(pane)
            values = []
            for index in range(presses):
                begun = time.perf_counter()
                await pilot.press(keys[0] if index < presses // 2 else keys[1])
                await pilot.pause()
                values.append((time.perf_counter() - begun) * 1000)
            timings[pane] = sorted(values)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p95 = {pane: v[int(0.95 * len(v)) - 1] for pane, v in timings.items()}
    print(f"{paint:.3f} {p95['1']:.1f} {p95['2']:.1f} {peak:.0f}")

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""

ENGINE_RUN = r"""
import sys, time
from briefing.analysis.pipeline import build_corpus
from briefing.ingest import load_articles
from briefing.resources import themes_dir
from briefing.themes import load_theme
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
        paints, timeline, reader, peaks = [], [], [], []
        for _ in range(args.runs):
            paint, p95_timeline, p95_reader, peak = run(APP_RUN, folder, warm_db,
                                                          str(args.presses)).split()  # fmt: skip
            paints.append(float(paint))
            timeline.append(float(p95_timeline))
            reader.append(float(p95_reader))
            peaks.append(float(peak))
    print(f"warm start to first complete paint: median {statistics.median(paints):.2f} s")
    print(
        f"keypress to repaint, p95: timeline {statistics.median(timeline):.0f} ms, "
        f"reader {statistics.median(reader):.0f} ms (medians of {args.runs} runs)"
    )
    print(f"peak memory of the app with the folder open: {statistics.median(peaks):.0f} MB")
    for line in run(ENGINE_RUN, folder).splitlines():
        size, per_article = line.split()
        print(f"engine, one core, {int(size):>5} articles: {float(per_article):.2f} ms/article")


if __name__ == "__main__":
    main()

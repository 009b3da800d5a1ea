"""How every cost grows with the corpus: mixed folders of 1k to 20k real articles.

Usage: python benchmarks/scale.py FOLDER... [--sizes 1000,3000,10000,20000] [--work DIR]

The folders are corpus folders (the BBC set, Reuters-21578, PolNeAR, CoNLL-2003 ...). Each
size takes their articles in turn, one folder after another, so every size mixes them; a
size beyond what they hold is filled with copies whose paragraphs are shuffled (a fixed
seed: the same folders give the same files). For each size, in one run:

- cold index (empty database, all cores), warm index (nothing changed) and the index of one
  added file (its analysis and the corpus assembled again): wall and CPU seconds of the
  ``briefing index`` process, its peak memory;
- the reader's warm open to its first complete paint, keypress p95 (ms, to the screen
  update after which the screen no longer changed, see _paint.py) and CPU ms per key for
  timeline j/k, ``]``, reader j/k and ``}``; search from Enter to the list of hits; the
  reader's peak memory;
- a brief of the whole folder through the database (``briefing export``);

and then, for each cost, its growth exponent: the slope of log(cost) on log(size) (1 is
linear). Nothing is written into the project: the folders and databases go to ``--work``
(a temporary folder by default).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
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

async def main(folder, db, presses):
    started = time.perf_counter()
    app = BriefingApp([folder], load_theme(themes_dir()), db=db)
    figures = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.screen.corpus is not None
        figures["open"] = time.perf_counter() - started
        for name, pane, keys in [
            ("timeline j/k", "1", ["j"] * (presses // 2) + ["k"] * (presses // 2)),
            ("timeline ]", "1", ["right_square_bracket"] * presses),
            ("reader j/k", "2", ["j"] * (presses // 2) + ["k"] * (presses // 2)),
            ("next article }", "2", ["right_curly_bracket"] * presses),
        ]:
            await pilot.press(pane)
            await pilot.pause()
            settled, cpu = [], 0.0
            for key in keys:
                _paint.forget()
                begun, begun_cpu = time.perf_counter(), time.process_time()
                await pilot.press(key)
                await pilot.pause()
                cpu += time.process_time() - begun_cpu
                settled.append(_paint.since(begun))
            figures[name] = [p95(settled), cpu / len(keys) * 1000]
        trips = []
        for word in ("minister", "growth", "election"):
            await pilot.press("slash", *word)
            begun = time.perf_counter()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            trips.append((time.perf_counter() - begun) * 1000)
            await pilot.press("escape")
            await pilot.pause()
        figures["search"] = max(trips)
    figures["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""

KEYS = ("timeline j/k", "timeline ]", "reader j/k", "next article }")


def corpus_files(folders: list[str]) -> list[list[Path]]:
    """The article files of each folder, in name order."""
    found = []
    for folder in folders:
        root = Path(folder)
        if not root.is_dir():
            sys.exit(f"{root}: not a folder")
        found.append(sorted(p for p in root.rglob("*.md")))
    return found


def mixed(sources: list[list[Path]]) -> list[Path]:
    """Every file, the folders taken in turn (one of each, then the next of each, ...)."""
    order: list[Path] = []
    for rank in range(max(len(files) for files in sources)):
        order.extend(files[rank] for files in sources if rank < len(files))
    return order


def build_folder(target: Path, files: list[Path], size: int) -> None:
    """``size`` articles in ``target``: links to the files, then shuffled copies."""
    target.mkdir(parents=True)
    shuffle = random.Random(20261202)
    for number in range(size):
        source = files[number % len(files)]
        if number < len(files):
            (target / f"{number:05d}-{source.name}").symlink_to(source.resolve())
            continue
        text = source.read_text(encoding="utf-8")
        front = ""
        if text.startswith("---\n") and "\n---\n" in text[4:]:  # the front matter stays first
            end = text.index("\n---\n", 4) + 5
            front, text = text[:end], text[end:]
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        shuffle.shuffle(paragraphs)
        copy = front + "\n\n".join(p.strip("\n") for p in paragraphs) + "\n"
        (target / f"{number:05d}-copy-{source.name}").write_text(copy, encoding="utf-8")


# Runs one command and prints its own peak memory: this process's children's peak would be
# the largest of every command run so far (an export of a smaller folder, the reader ...).
_PEAK_OF = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
    "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def timed_command(command: list[str]) -> tuple[float, float, float]:
    """Wall and CPU seconds of a command, and its own peak memory (MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", _PEAK_OF, *command], check=True,
                         capture_output=True, text=True)  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, int(run.stdout.split()[-1]) / 1024


def measure(folder: Path, db: Path, presses: int) -> dict[str, float]:
    """Every figure of one folder."""
    briefing = [sys.executable, "-m", "briefing"]
    figures: dict[str, float] = {}
    wall, cpu, peak = timed_command([*briefing, "index", str(folder), "--db", str(db)])
    figures["cold index s"], figures["cold index cpu s"] = wall, cpu
    figures["index peak MB"] = peak  # the cold run's: it analyses and assembles
    wall, cpu, _ = timed_command([*briefing, "index", str(folder), "--db", str(db)])
    figures["warm index s"], figures["warm index cpu s"] = wall, cpu
    added = add_article(folder)  # one new file: its analysis and the assembly
    wall, cpu, peak = timed_command([*briefing, "index", str(folder), "--db", str(db)])
    figures["one added index s"], figures["one added cpu s"] = wall, cpu
    figures["one added peak MB"] = peak
    added.unlink()  # the folder as it was: its snapshot is still kept
    app = subprocess.run([sys.executable, "-c", APP_RUN, str(folder), str(db), str(presses),
                          HERE], check=True, capture_output=True, text=True)  # fmt: skip
    shown = json.loads(app.stdout.strip().splitlines()[-1])
    figures["warm open s"] = shown["open"]
    for key in KEYS:
        figures[f"{key} p95 ms"], figures[f"{key} cpu ms"] = shown[key]
    figures["search ms"] = shown["search"]
    figures["reader peak MB"] = shown["peak"]
    brief = db.parent / f"{folder.name}.md"
    wall, _, peak = timed_command([*briefing, "export", str(folder), "--db", str(db), "-o",
                                   str(brief), "--force"])  # fmt: skip
    figures["export s"], figures["export peak MB"] = wall, peak
    return figures


def add_article(folder: Path) -> Path:
    """A new article in ``folder``: the paragraphs of its first file in reverse order."""
    first = min(folder.iterdir())
    text = first.read_text(encoding="utf-8")
    paragraphs = [p.strip("\n") for p in text.split("\n\n") if p.strip()]
    added = folder / "zz-added.md"
    added.write_text("\n\n".join(reversed(paragraphs)) + "\n", encoding="utf-8")
    return added


def exponent(sizes: list[int], costs: list[float]) -> float:
    """The least-squares slope of log(cost) on log(size)."""
    pairs = [(math.log(s), math.log(c)) for s, c in zip(sizes, costs, strict=True) if c > 0]
    if len(pairs) < 2:
        return float("nan")
    mean_x = sum(x for x, _ in pairs) / len(pairs)
    mean_y = sum(y for _, y in pairs) / len(pairs)
    spread = sum((x - mean_x) ** 2 for x, _ in pairs)
    return sum((x - mean_x) * (y - mean_y) for x, y in pairs) / spread if spread else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", metavar="FOLDER")
    parser.add_argument("--sizes", default="1000,3000,10000,20000")
    parser.add_argument("--work", help="where the folders and databases go")
    parser.add_argument("--presses", type=int, default=20)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    files = mixed(corpus_files(args.folders))
    work = Path(args.work or tempfile.mkdtemp(prefix="briefing-scale-"))
    print(f"machine: {os.cpu_count()} cores; {len(files)} articles in {len(args.folders)} "
          f"folders; work in {work}")  # fmt: skip
    rows: dict[int, dict[str, float]] = {}
    for size in sizes:
        folder = work / f"mixed-{size}"
        if not folder.exists():
            build_folder(folder, files, size)
        db = work / f"db-{size}" / "briefing.db"
        if db.parent.exists():
            for old in db.parent.iterdir():
                old.unlink()
        db.parent.mkdir(exist_ok=True)
        rows[size] = measure(folder, db, args.presses)
        print(f"{size:>6} articles: " + ", ".join(f"{k} {v:.2f}" for k, v in rows[size].items()),
              flush=True)  # fmt: skip
    names = list(rows[sizes[0]])
    print("\n" + f"{'cost':<26}" + "".join(f"{size:>10}" for size in sizes) + "  exponent")
    for name in names:
        costs = [rows[size][name] for size in sizes]
        print(f"{name:<26}" + "".join(f"{c:>10.2f}" for c in costs)
              + f"  {exponent(sizes, costs):>6.2f}")  # fmt: skip


if __name__ == "__main__":
    main()

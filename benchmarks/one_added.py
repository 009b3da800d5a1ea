"""What one added file costs an indexed folder, stage by stage.

Usage: python benchmarks/one_added.py FOLDER --db DB [--runs N]

The folder must be indexed into DB already (``briefing index FOLDER --db DB``). Each run
writes one new file into FOLDER (the paragraphs of its first file in reverse order, with a
line that makes its text new), runs ``briefing index`` in this process, times the stages
that assembly is made of, and removes the file again. Prints the median of each stage over
the runs: finding the files, analysing the new one, reading the last assembly's memo and the
assembly parts of what it does not cover, counting the names into the corpus-wide sets,
drafting and merging them, the timeline's order, all of assembly (with those three),
writing the memo and writing the snapshot.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import briefing.analysis.reassembly as reassembly
import briefing.library.assembly as assembly
import briefing.library.index as index
import briefing.store.database as database
from briefing.cli import main as briefing_main

STAGES = (
    ("find the files", index, "walk"),
    ("analyse the new file", index, "analyse_file"),
    ("read the memo", database.Store, "memo"),
    ("read the parts", database.Store, "parts"),
    ("count the names", reassembly, "count_mentions"),
    ("merge the names", reassembly, "merge_names"),
    ("timeline order", reassembly, "order_events"),
    ("assembly", assembly, "assemble"),  # with the three above
    ("write the memo", database.Store, "save_memo"),
    ("write the snapshot", database.Store, "save_snapshot"),
)


def timed(spent: dict[str, float], label: str, function: Callable) -> Callable:
    """``function``, adding the seconds each call takes to ``spent[label]``."""

    @functools.wraps(function)
    def run(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - started

    return run


def add_article(folder: Path, run: int) -> Path:
    """A new file in ``folder``: its first file's paragraphs reversed, and a line of its own."""
    first = min(path for path in folder.iterdir() if path.is_file())
    paragraphs = [p.strip("\n") for p in first.read_text(encoding="utf-8").split("\n\n")]
    text = "\n\n".join(reversed([p for p in paragraphs if p.strip()]))
    added = folder / "zz-one-added.md"
    added.write_text(f"{text}\n\nAdded for run {run} at {time.time_ns()}.\n", encoding="utf-8")
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    spent: dict[str, float] = {}
    for label, owner, name in STAGES:
        setattr(owner, name, timed(spent, label, getattr(owner, name)))
    files = sum(1 for path in args.folder.rglob("*") if path.is_file())
    figures: dict[str, list[float]] = {}
    for run in range(args.runs):
        spent.clear()
        added = add_article(args.folder, run)
        started = time.perf_counter()
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # its progress and summary
                briefing_main(["index", str(args.folder), "--db", args.db])
        finally:
            added.unlink()
        figures.setdefault("index, all of it", []).append(time.perf_counter() - started)
        for label, _owner, _name in STAGES:
            figures.setdefault(label, []).append(spent.get(label, 0.0))
    print(f"one file added to {files:,} files: seconds, median of {args.runs} runs")
    for label, values in figures.items():
        print(f"  {label:24} {statistics.median(values):6.2f}")


if __name__ == "__main__":
    main()

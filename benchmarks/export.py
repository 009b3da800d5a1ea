"""The export as a user runs it, in one run: a cold index of a folder, then exports that read
the database (the digest and ``--full``), with their sizes; and the JSON.

Usage: python benchmarks/export.py FOLDER [--runs N]

Each step runs the real command (``python -m briefing ...``) against a database in a fresh
temporary folder; warm exports are medians of N runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefing", *command], check=False, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import os

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        env = {**os.environ, "BRIEFING_DATA_DIR": str(root / "data"),
               "BRIEFING_CONFIG_DIR": str(root / "config")}  # fmt: skip
        db = str(root / "briefing.db")
        cold = timed(["index", args.folder, "--db", db, "--jobs", "1"], env)
        print(f"cold index (one process): {cold:.1f} s")
        for label, extra, name in (("digest", [], "digest.md"), ("--full", ["--full"], "full.md"),
                                   ("JSON", ["--format", "json"], "all.json")):  # fmt: skip
            out = root / name
            runs = [timed(["export", args.folder, "--db", db, "-o", str(out), "--force", *extra],
                          env) for _ in range(args.runs)]  # fmt: skip
            size = out.stat().st_size / 1024 if out.exists() else 0
            print(f"warm export, {label}: {statistics.median(runs):.1f} s "
                  f"(median of {args.runs}); {size:,.0f} KB")  # fmt: skip


if __name__ == "__main__":
    main()

"""Keys as seen in a real terminal: the reader in tmux, timed from the key to the screen.

Usage: python benchmarks/terminal.py FOLDER --db DB [--size 120x40] [--presses 20]

Starts ``briefing open FOLDER --db DB`` in a detached tmux session of the given size (index
the folder into DB first for a warm open), waits until the screen stops changing, then for
each key: reads the screen (``tmux capture-pane``), sends the key (``tmux send-keys``) and
reads the screen again every few milliseconds. Prints, for each key, the median and 95th
percentile of the time to the first change on the screen and to the last one (the screen
then stays as it is for ``--settle`` seconds), and the warm open to the first stable screen.
What tmux and the terminal add is in the figures, as it is for a person at the keyboard;
reading the screen back costs a few milliseconds, so a figure is good to about 5 ms.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

SCENARIOS = [  # name, the pane key first, the keys timed
    ("timeline j/k", "1", ["j", "k"]),
    ("timeline ]", "1", ["]"]),
    ("reader j/k", "2", ["j", "k"]),
    ("next article }", "2", ["}"]),
]


def tmux(*args: str) -> str:
    """Run a tmux command; what it printed."""
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def screen(session: str) -> str:
    """What the terminal shows now."""
    return tmux("capture-pane", "-p", "-e", "-t", session)


def wait_still(session: str, settle: float, limit: float) -> tuple[str, float]:
    """Read the screen until it has not changed for ``settle`` seconds; the screen and when
    it last changed (perf_counter)."""
    shown = screen(session)
    changed = time.perf_counter()
    deadline = changed + limit
    while time.perf_counter() < deadline:
        now = screen(session)
        if now != shown:
            shown, changed = now, time.perf_counter()
        elif time.perf_counter() - changed >= settle:
            break
        time.sleep(0.003)
    return shown, changed


def timed_key(session: str, key: str, settle: float) -> tuple[float, float]:
    """Milliseconds from sending ``key`` to the first change on the screen and to the last."""
    before = screen(session)
    sent = time.perf_counter()
    tmux("send-keys", "-t", session, "-l", key)
    first = None
    while time.perf_counter() - sent < 5:
        now = screen(session)
        if now != before:
            first = time.perf_counter()
            break
        time.sleep(0.002)
    if first is None:
        return float("nan"), float("nan")
    _, last = wait_still(session, settle, 5)
    return (first - sent) * 1000, (last - sent) * 1000


def p95(values: list[float]) -> float:
    """The 95th percentile (the nearest rank at or below it)."""
    ordered = sorted(values)
    return ordered[max(0, int(0.95 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--presses", type=int, default=20)
    parser.add_argument("--settle", type=float, default=0.25)
    args = parser.parse_args()
    width, height = args.size.split("x")
    session = f"briefing-bench-{os.getpid()}"
    with tempfile.TemporaryDirectory() as home:
        command = " ".join(shlex.quote(part) for part in [
            "env", f"BRIEFING_CONFIG_DIR={home}", sys.executable, "-m", "briefing", "open",
            args.folder, "--db", args.db,
        ])  # fmt: skip
        started = time.perf_counter()
        tmux("new-session", "-d", "-s", session, "-x", width, "-y", height, command)
        try:
            shown, changed = wait_still(session, 1.5, 120)
            print(f"machine: {os.cpu_count()} cores; {args.folder} at {args.size}")
            print(f"warm open to a still screen: {changed - started:.2f} s")
            if "Timeline" not in shown:
                sys.exit("the reader did not open:\n" + shown)
            print(f"{'key':<16}{'first p50':>10}{'first p95':>10}{'last p50':>10}{'last p95':>10}"
                  " (ms)")  # fmt: skip
            for name, pane, keys in SCENARIOS:
                tmux("send-keys", "-t", session, "-l", pane)
                wait_still(session, args.settle, 5)
                runs = [timed_key(session, keys[n * len(keys) // args.presses], args.settle)
                        for n in range(args.presses)]  # fmt: skip
                firsts = [r[0] for r in runs]
                lasts = [r[1] for r in runs]
                print(f"{name:<16}{statistics.median(firsts):>10.1f}{p95(firsts):>10.1f}"
                      f"{statistics.median(lasts):>10.1f}{p95(lasts):>10.1f}")  # fmt: skip
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


if __name__ == "__main__":
    main()

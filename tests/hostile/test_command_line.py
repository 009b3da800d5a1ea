"""The command line given hostile and broken input: one plain line per problem, the right
exit status, never a traceback, never an escape sequence on the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.cli import main
from tests.conftest import SEEDS

GOOD = "Tariffs on steel rose on Monday, officials said.\n"


def briefing(*args: str, stdin=None, stdout=subprocess.PIPE, env_dir: Path | None = None):
    """Run the installed command in a child process, as a shell would."""
    env = dict(os.environ)
    if env_dir is not None:
        env["BRIEFING_DATA_DIR"] = str(env_dir / "data")
        env["BRIEFING_CONFIG_DIR"] = str(env_dir / "config")
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=120,
    )  # fmt: skip


def test_escape_sequences_in_file_names_reach_stderr_neutralised(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    hostile = folder / "a\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZXZpbA==\x07.txt"
    hostile.write_bytes(b"\x00\x01binary")
    assert main(["analyze", str(folder)]) == 1
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if "binary file" in line)
    assert "\x1b" not in err and "\x07" not in err
    assert line == (
        f"briefing: {folder}/a\ufffd]0;pwned\ufffd\ufffd[2J\ufffd]52;c;ZXZpbA==\ufffd.txt: "
        "binary file (contains NUL bytes)"
    )


def test_a_newline_in_a_file_name_cannot_forge_a_second_line(tmp_path, capsys):
    (tmp_path / "ok.txt").write_text(GOOD)
    (tmp_path / "x\nbriefing: wrote brief.md.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"briefing: {tmp_path}/x\ufffdbriefing: wrote brief.md.txt: empty file"]


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("date: 2024-02-30", "malformed front matter: date '2024-02-30' is not a calendar date"),
        ("date: 0000-00-00", "malformed front matter: date '0000-00-00' is not a calendar date"),
        ("date: [2024]", "malformed front matter: 'date' must be text"),
        ("title: {a: 1}", "malformed front matter: 'title' must be text"),
        ("authors: [[a, b]]", "malformed front matter: 'authors' must be a list of names"),
        ("title: " + "x" * 2001, "malformed front matter: 'title' is longer than 2000"),
    ],
)
def test_a_bad_front_matter_value_is_one_line_and_the_rest_loads(tmp_path, capsys, front, reason):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "bad.md").write_text(f"---\n{front}\n---\nBody text.\n")
    assert main(["analyze", "--json", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"briefing: {tmp_path / 'bad.md'}: {reason}")
    assert captured.err.count("\n") == 1
    assert '"id": "good"' in captured.out


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path, capsys):
    lines = ["---", 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    lines += [f"authors: [*{previous}]", "---", "Body."]
    (tmp_path / "bomb.md").write_text("\n".join(lines) + "\n")
    (tmp_path / "small.md").write_text("---\na: &a [x]\nauthors: [*a]\n---\nBody.\n")
    started = time.perf_counter()
    assert main(["analyze", str(tmp_path)]) == 2
    assert time.perf_counter() - started < 10
    assert capsys.readouterr().err.splitlines() == [
        f"briefing: {tmp_path / 'bomb.md'}: malformed front matter: more than 50 YAML aliases",
        f"briefing: {tmp_path / 'small.md'}: malformed front matter: 'authors' must be a list "
        "of names",
        "briefing: no article could be loaded",
    ]


def test_a_fifo_a_broken_link_and_a_missing_folder_are_named(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    assert main(["analyze", str(tmp_path), str(tmp_path / "missing")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"briefing: {tmp_path / 'gone.md'}: broken symbolic link",
        f"briefing: {tmp_path / 'pipe.txt'}: not a regular file",
        f"briefing: {tmp_path / 'missing'}: no such file or directory",
    ]


def test_a_folder_that_cannot_be_listed_is_a_failure():
    from briefing.ingest.loader import _walk_folder

    files, failures = _walk_folder(Path("/nonexistent-briefing-folder"))
    assert files == []
    assert [(f.path, f.reason) for f in failures] == [
        ("/nonexistent-briefing-folder", "cannot read folder: No such file or directory")
    ]


def _closed_pipe() -> int:
    """The writing end of a pipe whose reader has gone, as after ``| head`` has exited."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    return write_end


def test_a_closed_pipe_ends_quietly(tmp_path):
    write_end = _closed_pipe()
    result = briefing("analyze", "--json", str(SEEDS), stdout=write_end, env_dir=tmp_path)
    os.close(write_end)
    assert (result.returncode, result.stderr) == (141, b"")


def test_a_full_standard_output_is_one_line_and_status_1(tmp_path):
    with open("/dev/full", "wb") as full:
        result = briefing("export", str(SEEDS), "-o", "-", stdout=full, env_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "briefing: standard output: No space left on device"
    ]


def test_search_into_a_closed_pipe_ends_quietly(tmp_path):
    db = tmp_path / "db.sqlite"
    assert briefing("index", str(SEEDS), "--db", str(db), env_dir=tmp_path).returncode == 0
    write_end = _closed_pipe()
    result = briefing("search", "visa", "--db", str(db), stdout=write_end, env_dir=tmp_path)
    os.close(write_end)
    assert (result.returncode, result.stderr) == (141, b"")


@pytest.mark.parametrize("command", ["index", "export"])
def test_index_and_export_name_a_hostile_file_neutralised(tmp_path, capsys, command):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "x\x1b[2J\x1b]0;t\x07.txt").write_bytes(b"\x00binary")
    extra = (
        ["--db", str(tmp_path / "db.sqlite")]
        if command == "index"
        else ["-o", str(tmp_path / "brief.md")]
    )
    assert main([command, str(tmp_path), *extra]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert (
        f"briefing: {tmp_path}/x\ufffd[2J\ufffd]0;t\ufffd.txt: binary file (contains NUL bytes)"
        in (err.splitlines())
    )

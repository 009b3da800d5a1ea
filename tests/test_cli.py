"""The command line: analyze --json, exit statuses and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

from briefing.cli import main
from tests.conftest import SEEDS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=120
    )


def test_analyze_json_on_seeds(capsys):
    assert main(["analyze", str(SEEDS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "briefing/1"
    (article,) = data["articles"]
    assert article["source"] == "Observer Net"
    assert article["authors"] == ["Wang Kaiwen"]
    assert article["url"] == "https://www.toutiao.com/article/7566178562336735744/"
    kinds = [p["kind"] for p in article["paragraphs"]]
    assert kinds.count("byline") == 1
    assert kinds.count("caption") == 1
    assert kinds.count("boilerplate") == 3
    body = article["body"]
    for key in ("timexes", "mentions", "quotes", "figures"):
        for item in article[key]:
            assert body[item["start"] : item["end"]] == item["text"]
    for key in ("paragraphs", "sentences"):
        for item in article[key]:
            assert 0 <= item["start"] < item["end"] <= len(body)
    for event in data["timeline"]:
        assert event["text"] == body[event["sentence"]["start"] : event["sentence"]["end"]]


def test_analyze_json_is_deterministic(capsys):
    main(["analyze", str(SEEDS), "--json"])
    first = capsys.readouterr().out
    main(["analyze", str(SEEDS), "--json"])
    assert capsys.readouterr().out == first


def test_date_option_fills_articles_without_a_date(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Talks resumed on Monday.\n")
    (tmp_path / "b.md").write_text("---\ndate: 2024-05-01\n---\nTalks ended.\n")
    assert main(["analyze", str(tmp_path), "--json", "--date", "2025-10-28"]) == 0
    articles = json.loads(capsys.readouterr().out)["articles"]
    assert [(a["date"], a["date_basis"]) for a in articles] == [
        ("2025-10-28", "option"),
        ("2024-05-01", "metadata"),
    ]


def test_some_files_fail_exit_1_one_line_each(tmp_path):
    (tmp_path / "good.txt").write_text("A fine article.\n")
    (tmp_path / "empty.txt").write_text("")
    result = run("analyze", str(tmp_path), "--json")
    assert result.returncode == 1
    assert result.stderr == f"briefing: {tmp_path / 'empty.txt'}: empty file\n"
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_nothing_loads_exit_2(tmp_path):
    result = run("analyze", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"briefing: {tmp_path / 'nope.txt'}: no such file or directory",
        "briefing: no article could be loaded",
    ]
    assert "Traceback" not in result.stderr


def test_bad_date_option_is_a_usage_error():
    result = run("analyze", str(SEEDS), "--date", "28/10/2025")
    assert result.returncode == 2
    assert "'28/10/2025' is not a date of the form YYYY-MM-DD" in result.stderr


HEAVY = ("briefing.analysis.pipeline", "briefing.ingest", "textual", "trafilatura", "rich")


def test_help_and_search_never_import_the_engine_the_readers_or_textual(tmp_path):
    db = tmp_path / "briefing.db"
    assert main(["index", str(SEEDS), "--db", str(db), "--jobs", "1"]) == 0
    probe = (
        "import sys, contextlib, io\n"
        "from briefing.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(sys.argv[1:])\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    for args in (["--help"], ["search", "tariff", "--db", str(db)]):
        done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                              text=True, timeout=60)  # fmt: skip
        assert done.stdout.strip() == "[]", (args, done.stdout, done.stderr)

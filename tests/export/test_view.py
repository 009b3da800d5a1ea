"""The export's filters hold everywhere: sources, events, key points, quotes and the JSON."""

from __future__ import annotations

import json

import pytest

from briefing.cli import main

JANUARY = """---
title: Tariff talks resume
date: 2025-01-20
source: Harbour Ledger
---
Trade ministers resumed tariff talks on Monday in Geneva, officials said.

Ana Ruiz flew to Geneva on Sunday with her team.

"We want a deal on steel tariffs," said Ana Ruiz, the trade minister.
"""
APRIL = """---
title: Visa rules eased
date: 2025-04-22
source: Coastal Wire
---
The ministry eased visa rules for shipyard engineers on Tuesday.

"Employers asked for this," said Tomas Reyes, the labour minister.
"""


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "january.md").write_text(JANUARY)
    (articles / "april.md").write_text(APRIL)
    return articles


def export(folder, tmp_path, *options, fmt="md"):
    out = tmp_path / f"out.{fmt}"
    code = main(["export", str(folder), "-o", str(out), "--force", "--format", fmt, *options])
    return code, (out.read_text() if out.exists() else None)


def section(brief: str, title: str) -> str:
    start = brief.index(f"## {title}")
    end = brief.find("\n## ", start + 1)
    return brief[start : end if end != -1 else None]


def test_an_entity_filter_holds_in_sources_key_points_and_quotes(folder, tmp_path):
    code, brief = export(folder, tmp_path, "--entity", "Ana Ruiz")
    assert code == 0
    assert "Tariff talks resume" in section(brief, "Sources")
    assert "Visa rules eased" not in section(brief, "Sources")
    points = section(brief, "Key points")  # her dated sentence, though it has no topic
    assert "Ana Ruiz flew to Geneva" in points and "No dated claim" not in points
    quotes = section(brief, "Quotes")
    assert "steel tariffs" in quotes and "Employers" not in quotes


def test_a_date_range_holds_for_quotes_and_sources(folder, tmp_path):
    code, brief = export(folder, tmp_path, "--since", "2025-04-01")
    assert code == 0
    assert "Tariff talks resume" not in section(brief, "Sources")
    assert "Employers asked" in section(brief, "Quotes")
    assert "steel tariffs" not in brief


def test_json_honours_the_filters(folder, tmp_path):
    code, text = export(folder, tmp_path, "--until", "2025-02-01", fmt="json")
    assert code == 0
    data = json.loads(text)
    assert [a["title"] for a in data["articles"]] == ["Tariff talks resume"]
    assert all(event["date"] <= "2025-02-01" for event in data["timeline"])


def test_a_view_that_matches_nothing_says_so(folder, tmp_path, capsys):
    code, text = export(folder, tmp_path, "--entity", "Nobody At All")
    assert (code, text) == (1, None)
    assert "no article matches the view (--entity Nobody At All)" in capsys.readouterr().err


def test_bad_ranges_and_unknown_topics_are_refused(folder, tmp_path, capsys):
    assert export(folder, tmp_path, "--since", "2025-05-01", "--until", "2025-01-01")[0] == 2
    assert "--since 2025-05-01 is after --until 2025-01-01" in capsys.readouterr().err
    assert export(folder, tmp_path, "--topic", "sports")[0] == 2
    assert "unknown topic 'sports'; the topics are: tariffs" in capsys.readouterr().err


def test_the_year_note_only_when_a_date_has_no_year(folder, tmp_path):
    _code, brief = export(folder, tmp_path)
    assert "has no year" not in brief


def test_export_reads_the_readers_database(folder, tmp_path):
    from briefing.store import Store

    db = tmp_path / "reader.db"
    store = Store(db)
    store.set_date(folder / "april.md", "2025-04-29")
    store.close()
    first = export(folder, tmp_path, "--db", str(db))
    again = export(folder, tmp_path, "--db", str(db))  # from the cache and the snapshot
    assert first == again and first[0] == 0
    assert "- **Coastal Wire** \u2014 2025-04-29 \u2014 Visa rules eased" in section(
        first[1], "Sources"
    )


def story(day: int, outlet: str = "Harbour Ledger") -> str:
    return (
        f"---\ntitle: Tariffs rise on day {day}\ndate: 2025-03-{day:02d}\nsource: {outlet}\n---\n"
        f"Steel tariffs rose again on March {day}, the trade ministry said in report {day}.\n"
    )


def test_the_same_story_is_one_source(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(story(3))
    (folder / "b.md").write_text(story(3, "Coastal Wire"))  # the same text, another outlet
    (folder / "c.md").write_text(story(9))
    code, brief = export(folder, tmp_path)
    assert code == 0
    sources = [line for line in section(brief, "Sources").splitlines() if line.startswith("- ")]
    assert sources == [
        "- **Harbour Ledger** \u2014 2025-03-03 \u2014 Tariffs rise on day 3 \u2014 also in "
        "Coastal Wire (2025-03-03)",
        "- **Harbour Ledger** \u2014 2025-03-09 \u2014 Tariffs rise on day 9",
    ]
    assert section(brief, "Timeline").count("Steel tariffs rose again on March 3") == 1


def test_a_digest_by_default_and_everything_with_full(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for day in range(1, 29):
        (folder / f"day{day:02d}.md").write_text(story(day))
    _code, digest = export(folder, tmp_path)
    tariffs = section(digest, "Tariffs \\& trade")
    assert tariffs.count("\n- ") == 12
    assert "*16 more dated claims under this topic in this view; `--full` lists them.*" in tariffs
    _code, full = export(folder, tmp_path, "--full")
    assert section(full, "Tariffs \\& trade").count("\n- ") == 28
    assert "--full" not in full


def test_one_claim_carries_every_outlets_footnote(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(story(3))
    (folder / "b.md").write_text(story(3, "Coastal Wire"))
    _code, brief = export(folder, tmp_path)
    rows = [line for line in section(brief, "Timeline").splitlines() if "March 3" in line]
    assert len(rows) == 1 and "[^1][^2]" in rows[0]
    notes = section(brief, "Notes")
    assert notes.count("Steel tariffs rose again on March 3") == 2


def test_a_filtered_brief_has_the_structure_of_a_brief(folder, tmp_path):
    from markdown_it import MarkdownIt

    _code, brief = export(folder, tmp_path, "--entity", "Tomas Reyes")
    tokens = MarkdownIt("commonmark").enable("table").parse(brief)
    h2 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.nesting == 1]
    assert h2[:2] == ["Sources", "Key points"] and "Quotes" in h2 and h2[-1] == "Notes"
    items = [tokens[i + 2].content for i, t in enumerate(tokens) if t.type == "list_item_open"]
    assert "**Coastal Wire** \u2014 2025-04-22 \u2014 Visa rules eased" in items
    assert not any("Harbour Ledger" in item for item in items)

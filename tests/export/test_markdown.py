"""The Markdown brief: structure, footnotes, escaping of hostile text, the export command."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from briefing.analysis.pipeline import build_corpus
from briefing.analysis.topics.themes import load_theme
from briefing.cli import main
from briefing.export.markdown import BriefView, escape, render_brief
from briefing.ingest import parse_article
from briefing.resources import themes_dir
from tests.conftest import SEEDS

PARSER = MarkdownIt("commonmark").enable("table").use(footnote_plugin)


@pytest.fixture(scope="module")
def theme():
    return load_theme(themes_dir())


@pytest.fixture(scope="module")
def seed_corpus(seed_article, theme):
    return build_corpus([seed_article], default_date="2025-10-28", theme=theme)


@pytest.fixture(scope="module")
def seed_brief(seed_corpus, theme):
    return render_brief(seed_corpus, theme)


def headings(tokens, level):
    return [
        tokens[i + 1].content.replace("\\", "")
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == level
    ]


def table_rows(tokens):
    tables, rows, cells = [], [], None
    for token in tokens:
        if token.type == "table_open":
            rows = []
        elif token.type == "tr_open":
            cells = []
        elif token.type == "inline" and cells is not None:
            cells.append(token.content)
        elif token.type == "tr_close":
            rows.append(cells)
            cells = None
        elif token.type == "table_close":
            tables.append(rows)
    return tables


def test_brief_sections_in_order(seed_brief):
    tokens = PARSER.parse(seed_brief)
    assert headings(tokens, "h1") == ["Brief: All topics"]
    h2 = headings(tokens, "h2")
    assert h2[:2] == ["Sources", "Key points"]
    assert h2[-5:] == ["Quotes", "Timeline", "Entities", "Figures", "Notes"]
    for label in ("Tariffs & trade", "Investment", "Visas & immigration", "Critical minerals"):
        assert label in h2


def test_brief_tables(seed_brief, seed_corpus):
    timeline, entities, figures = table_rows(PARSER.parse(seed_brief))
    assert timeline[0] == ["Date", "Event", "Source"]
    assert len(timeline) == 1 + len(seed_corpus.timeline)
    assert timeline[1][0] == "Sep 2025"  # the brief runs to 2029: every date has its year
    assert entities[0] == ["Name", "Type", "Roles", "Mentions"]
    rutherford = next(row for row in entities if row[0] == "Rutherford")
    assert rutherford == ["Rutherford", "PER", "U.S. Commerce Secretary", "12"]
    assert figures[0] == ["Figure", "What it measures", "Source"]
    assert any(row[0] == "475 people" for row in figures)
    for table in (timeline, entities, figures):
        assert {len(row) for row in table} == {len(table[0])}


def test_every_footnote_quotes_a_sentence_of_its_article(seed_brief, seed_corpus):
    article = seed_corpus.articles[0]
    sentences = {article.body[s.start : s.end] for s in article.sentences}
    definitions = re.findall(r"^\[\^(\d+)\]: (.*)$", seed_brief, re.M)
    references = set(re.findall(r"\[\^(\d+)\](?!:)", seed_brief))
    assert {n for n, _ in definitions} == references
    for _number, text in definitions:
        quoted = re.search(r"\u201c(.*)\u201d$", text).group(1).replace("\\", "")
        assert quoted in sentences
        assert "<https://www.toutiao.com/article/7566178562336735744/>" in text


def test_quotes_are_block_quotes_with_speakers(seed_brief):
    assert '> "This is a huge project. Who can take it? It\'s certainly Japan,"' in seed_brief
    assert "> \u2014 Rutherford[^" in seed_brief
    assert "> \u2014 Nikkei Asia[^" in seed_brief


def test_same_input_same_bytes(seed_corpus, theme, seed_brief):
    assert render_brief(seed_corpus, theme) == seed_brief


def test_topic_filter_and_pins(seed_corpus, theme):
    pinned = next(e for e in seed_corpus.timeline if "Georgia" in e.text)
    brief = render_brief(seed_corpus, theme, BriefView(topics=("visas",),
                                                        pinned=frozenset({pinned.id})))  # fmt: skip
    tokens = PARSER.parse(brief)
    assert headings(tokens, "h1") == ["Brief: Visas & immigration"]
    key_points = brief.split("## Key points")[1].split("\n## ")[0]
    first_point = [line for line in key_points.splitlines() if line.startswith("- ")][0]
    assert "(pinned)" in first_point and "Georgia" in first_point
    assert "## Critical minerals" not in brief


HOSTILE = (
    "# Not a heading | with a pipe\n"
    "Click [x](javascript:alert(1)) or <script>alert(1)</script> or <img src=x onerror=alert(1)>.\n"
    "Use `code` and *stars* and _under_ and [^1] and a line of ---\n"
    "> not a quote, 1. not a list, visit https://evil.example/x?a=1 or www.evil.example now.\n"
)


def test_hostile_article_text_adds_nothing(theme):
    article = parse_article(HOSTILE, Path("evil.txt"), "evil")
    corpus = build_corpus([article], default_date="2025-10-28", theme=theme)
    events = corpus.articles[0].sentences
    assert events
    brief = render_brief(corpus, theme)
    # every sentence of the article is cited somewhere, so all of it reaches the brief
    for token in PARSER.parse(brief):
        children = token.children or []
        for child in [token, *children]:
            assert child.type not in ("link_open", "image", "html_inline", "html_block")
            if child.type == "footnote_ref":
                assert int(child.meta["id"]) >= 0
    rendered = PARSER.render(brief)
    assert (
        "<script>" not in rendered and "<img" not in rendered and 'href="javascript' not in rendered
    )
    assert headings(PARSER.parse(brief), "h1") == ["Brief: All topics"]


@pytest.mark.parametrize(
    "text",
    ["# heading", "| a | b |", "[x](javascript:alert(1))", "<script>x</script>", "`tick`", "*a*",
     "_b_", "[^1]", "---", "> quote", "1. item", "- item", "<img src=x onerror=y>", "&amp;"],
)  # fmt: skip
def test_escaped_text_is_one_plain_paragraph(text):
    tokens = PARSER.parse(f"- {escape(text)}\n")
    inline = [t for t in tokens if t.type == "inline"][0]
    assert [c.type for c in inline.children] == ["text"]
    assert inline.children[0].content == text


def test_export_command_writes_refuses_to_overwrite_and_forces(tmp_path, capsys):
    out = tmp_path / "brief.md"
    assert main(["export", str(SEEDS), "-o", str(out)]) == 0
    first = out.read_text()
    assert first.startswith("# Brief: All topics\n")
    assert main(["export", str(SEEDS), "-o", str(out), "--topic", "visas"]) == 2
    assert "exists (use --force to overwrite)" in capsys.readouterr().err
    assert out.read_text() == first
    assert main(["export", str(SEEDS), "-o", str(out), "--topic", "visas", "--force"]) == 0
    assert out.read_text().startswith("# Brief: Visas & immigration\n")


def test_export_to_stdout_and_json_matches_analyze(capsys):
    assert main(["export", str(SEEDS), "-o", "-", "--format", "json"]) == 0
    exported = capsys.readouterr().out
    assert main(["analyze", str(SEEDS), "--json"]) == 0
    assert json.loads(exported) == json.loads(capsys.readouterr().out)


def test_export_entity_filter_and_unknown_topic(capsys):
    assert main(["export", str(SEEDS), "-o", "-", "--entity", "Kishida"]) == 0
    brief = capsys.readouterr().out
    timeline = brief.split("## Timeline")[1].split("## Entities")[0]
    assert timeline.count("\n| ") == 4  # header, rule and the two Kishida events
    assert main(["export", str(SEEDS), "-o", "-", "--topic", "nope"]) == 2
    assert "unknown topic 'nope'" in capsys.readouterr().err


def test_export_date_range(tmp_path, capsys):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-10-28\n---\nTariffs rose on October 3. Talks resumed on October 20.\n"
    )
    assert main(["export", str(tmp_path), "-o", "-", "--since", "2025-10-10"]) == 0
    brief = capsys.readouterr().out
    timeline = brief.split("## Timeline")[1].split("## Entities")[0]
    assert "Talks resumed" in timeline and "Tariffs rose" not in timeline
    assert main(["export", str(tmp_path), "-o", "-", "--until", "2025-10-10"]) == 0
    timeline = capsys.readouterr().out.split("## Timeline")[1].split("## Entities")[0]
    assert "Tariffs rose" in timeline and "Talks resumed" not in timeline


def test_dates_counted_from_an_inferred_article_date_are_marked_in_the_brief(theme):
    text = (
        "Port deal faces delays\n\n"
        "The contract was signed on June 2, 2014, after two years of talks.\n\n"
        "Last year the operator lost money.\n"
    )
    corpus = build_corpus([parse_article(text, Path("port.txt"), "port")], theme=theme)
    brief = render_brief(corpus, theme)
    assert "A date marked \u2248 was counted from an article date inferred from its text" in brief
    rows = [line for line in brief.splitlines() if line.startswith("| ") and "port" in line]
    # 2013 and 2014: a brief over two years gives every date its year
    assert [row.split(" | ")[0] for row in rows] == ["| \u22482013", "| 2 Jun 2014"]


def test_a_brief_saved_into_its_folder_is_not_loaded_as_an_article(tmp_path):
    from briefing.ingest import load_articles
    from briefing.model import BRIEF_MARK

    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    assert main(["export", str(folder), "-o", str(folder / "brief.md")]) == 0
    assert (folder / "brief.md").read_text().endswith("\n" + BRIEF_MARK + "\n")
    articles, failures = load_articles([folder])
    assert [a.id for a in articles] == ["us-japan-investment-deal"]
    assert [(f.reason, f.notice) for f in failures] == [("a brief briefing wrote: skipped", True)]


def test_history_is_a_table_of_its_own_after_the_news(theme):
    from tests.analysis.test_timeline import PORT_HISTORY

    article = parse_article(PORT_HISTORY, Path("port.txt"), "port")
    corpus = build_corpus([article], default_date="2016-05-03", theme=theme)
    brief = render_brief(corpus, theme, BriefView(full=True))
    tokens = PARSER.parse(brief)
    assert "Background" in headings(tokens, "h3")
    timeline = brief.split("## Timeline")[1]
    news, history = timeline.split("### Background")
    assert "2009" in news and "2 May" in news and "1890" not in news
    assert "| 1890 |" in history
    assert "Covering 2009 to 2 May" in brief

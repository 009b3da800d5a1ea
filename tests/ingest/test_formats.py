"""Plain-text layouts, Markdown with front matter, bylines, datelines and notices."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import load_articles, parse_article, read_article
from briefing.ingest.text import detect_layout, paragraph_spans
from tests.conftest import DATA

ARTICLES = DATA / "articles"


def texts(article, kind=None):
    return [
        article.text(p.start, p.end) for p in article.paragraphs if kind is None or p.kind == kind
    ]


def test_one_paragraph_per_line_layout():
    body = "First paragraph here.\nSecond one follows.\nThird closes it.\n"
    assert detect_layout(body) == "lines"
    assert [body[s:e] for s, e in paragraph_spans(body)] == [
        "First paragraph here.",
        "Second one follows.",
        "Third closes it.",
    ]


def test_wrapped_layout_joins_lines_of_a_block():
    article = read_article(ARTICLES / "wrapped-reuters.txt", "w")
    body_paragraphs = texts(article, "body")
    assert len(body_paragraphs) == 3
    assert body_paragraphs[0].startswith("LONDON (Reuters) - Dock workers")
    assert body_paragraphs[0].endswith("second straight week.")
    assert "\n" in body_paragraphs[0]


def test_headline_and_reuters_dateline():
    article = read_article(ARTICLES / "wrapped-reuters.txt", "w")
    assert article.paragraphs[0].kind == "heading"
    assert article.title == "Harbour cranes idle as port strike enters second week"
    assert article.source == "Reuters"


def test_by_name_outlet_line_photo_caption_copyright_and_source_url():
    article = read_article(ARTICLES / "byline-outlet.txt", "b")
    assert article.authors == ("Jane Whitfield",)
    assert article.source == "Harbour Daily News"
    assert article.url == "https://example.org/news/copper-permits"
    assert [p.kind for p in article.paragraphs] == [
        "byline",
        "body",
        "body",
        "caption",
        "boilerplate",
        "boilerplate",
    ]


def test_markdown_front_matter_and_headings():
    article = read_article(ARTICLES / "front-matter.md", "m")
    assert article.title == "Senate panel backs chip export curbs"
    assert article.date == "2025-03-14"
    assert article.date_basis == "metadata"
    assert article.source == "Capitol Wire"
    assert article.url == "https://example.org/chips"
    assert article.authors == ("Ana Ruiz", "Tom Becker")
    assert texts(article, "heading") == ["Senate panel backs chip export curbs", "What comes next"]
    assert texts(article, "body")[1:] == [
        "The full Senate is expected to vote in April.",
        '"This is about national security," the committee chair said.',
    ]
    # the body is plain text: its Markdown marks ("**export controls**", "# ") are gone
    assert article.body.startswith(
        "Senate panel backs chip export curbs\n\nWASHINGTON (AP) \u2014 A Senate committee on "
        "Thursday approved a bill that\nwould tighten export controls on advanced semiconductors."
    )


def test_ap_dateline_with_em_dash():
    article = parse_article(
        "WASHINGTON (AP) \u2014 Lawmakers met on Monday.\nThey agreed.\n", Path("a.txt"), "a"
    )
    assert article.source == "AP"
    assert article.paragraphs[0].kind == "body"


def test_standalone_dateline_line_is_a_byline_and_gives_the_date():
    article = parse_article(
        "Rain delays harvest\n\nLONDON 1996-08-22\n\nFarmers waited for the rain to stop.\n",
        Path("a.txt"),
        "a",
    )
    assert [p.kind for p in article.paragraphs] == ["heading", "byline", "body"]
    assert (article.date, article.date_basis) == ("1996-08-22", "metadata")


def test_folder_is_recursive_sorted_with_unique_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "story.txt").write_text("Second story text.\n")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.md").write_text("First story text.\n")
    (tmp_path / "notes.csv").write_text("ignored\n")
    (tmp_path / ".hidden.txt").write_text("a hidden file is not an article\n")
    articles, failures = load_articles([tmp_path])
    assert [(f.reason, f.notice) for f in failures] == [
        ("skipped 1 file of unknown kind: .csv 1", True)
    ]
    assert [(a.id, Path(a.path).relative_to(tmp_path).as_posix()) for a in articles] == [
        ("story", "a/story.md"),
        ("story-2", "b/story.txt"),
    ]


def test_crlf_and_utf8_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line here.\r\nSecond line here.\r\n")
    article = read_article(path, "c")
    assert article.body == "First line here.\nSecond line here.\n"
    assert texts(article) == ["First line here.", "Second line here."]


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Caf\u00e9 talks resumed.\r\n".encode("utf-16"))
    article = read_article(path, "u")
    assert article.body == "Caf\u00e9 talks resumed.\n"


@pytest.mark.parametrize(
    ("name", "front", "date"),
    [
        ("reuters_2015-12-13_poll-finds.md", "", "2015-12-13"),
        ("reuters_2015-12-13_poll-finds.md", "date: 2016-01-02\n", "2016-01-02"),
        ("2015-12-13-to-2015-12-20-review.md", "", None),
        ("notes_2015-13-01.md", "", None),
    ],
)
def test_a_date_in_the_file_name_dates_the_article_after_its_front_matter(name, front, date):
    text = f"---\ntitle: Poll\n{front}---\nThe poll closed.\n"
    article = parse_article(text, Path(name), "a")
    assert (article.date, article.date_basis) == (date, "metadata" if date else None)

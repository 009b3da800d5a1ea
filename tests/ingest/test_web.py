"""Saved pages, feeds and PDF reports, written for these tests: each rule by its result."""

from __future__ import annotations

import pytest

from briefing.ingest import load_articles, read_article
from briefing.ingest.errors import IngestError
from briefing.ingest.html_page import split_authors
from briefing.ingest.loader import file_parts, kind_of
from briefing.ingest.pdf import read_pdf
from tests.conftest import DATA
from tests.ingest.pdf_maker import make_pdf

WEB = DATA / "web"


def shown(article):
    return [(p.kind, article.body[p.start : p.end]) for p in article.paragraphs]


def test_a_saved_page_keeps_the_article_and_its_metadata():
    article = read_article(WEB / "port-deal.html", "port")
    assert article.title == "Port deal stalls as talks drag on"
    assert article.source == "The Harbour Ledger"
    assert article.authors == ("Mara Lind", "Tomas Reyes")
    assert article.date == "2025-03-04"  # published, not the modified 6 March
    assert article.url == "https://ledger.example.com/business/port-deal-stalls"
    paragraphs = shown(article)
    assert paragraphs[0] == ("heading", "Port deal stalls as talks drag on")
    assert paragraphs[4] == ("heading", "Steel at the centre")
    assert paragraphs[-1][1].startswith("Analysts expect a decision before the summer")
    for clutter in ("Share on", "Sign in", "Subscribe", "Related Coverage", "941 comments",
                    "cookies", "Copyright", "12 Jan 2019", "dataLayer"):  # fmt: skip
        assert clutter not in article.body
    assert [q for q in article.body.split('"') if "not close" in q] == ["We are not close,"]


def test_a_page_without_article_text_is_one_clear_line():
    with pytest.raises(IngestError, match="no article text in the page"):
        read_article(WEB / "script-built.html", "js")
    with pytest.raises(IngestError, match="not an HTML page"):
        read_article(WEB / "not-a-page.html", "data")


def test_an_rss_feed_is_one_article_per_item():
    articles, failures = load_articles([WEB / "ledger.rss"])
    assert failures == []
    first, second = articles
    assert (first.title, first.date, first.source, first.authors) == (
        "Port deal stalls as talks drag on", "2025-03-04", "The Harbour Ledger: Business",
        ("Mara Lind",),
    )  # fmt: skip
    assert first.url == "https://ledger.example.com/business/port-deal-stalls"
    assert shown(first) == [
        ("body", "The proposed expansion of the northern port stalled on Tuesday after "
                 "negotiators failed to agree on tariff schedules."),
        ("heading", "Steel at the centre"),
        ("body", "\u201cWe are not close,\u201d said Ana Ruiz, the trade minister."),
        ("body", "Analysts expect a decision before the summer."),
    ]  # fmt: skip
    assert dict(first.metadata).get("content") is None
    assert (second.title, second.date, second.authors) == (
        "Shipyard orders rise for a third month",
        "2025-03-05",
        (),
    )
    assert dict(second.metadata)["content"] == "summary only"
    assert second.path.endswith("ledger.rss#item-" + second.id.rsplit("-", 1)[1])


def test_atom_and_json_feeds():
    (atom,), _ = load_articles([WEB / "wire.atom"])
    assert (atom.title, atom.date, atom.authors, atom.source) == (
        "Visa rules for shipyard engineers eased", "2025-03-05", ("Tomas Reyes", "Jo Park"),
        "Coastal Wire",
    )  # fmt: skip
    lithium, copper = load_articles([WEB / "briefs.json"])[0]
    assert (lithium.title, lithium.date, lithium.authors) == (
        "Lithium output rises",
        "2025-02-28",
        ("Lena Vogt",),
    )
    assert copper.authors == ("Desk Staff",)  # the feed's authors, for an item without
    assert dict(copper.metadata)["content"] == "summary only"


def test_a_feed_that_does_not_parse_is_one_line():
    articles, failures = load_articles([WEB / "broken.rss"])
    assert articles == []
    assert [f.reason for f in failures] == ["not a feed that parses: no element found"]


def test_item_ids_stay_when_a_feed_gains_an_item(tmp_path):
    rss = (WEB / "ledger.rss").read_text()
    before = {a.title: a.id for a in load_articles([WEB / "ledger.rss"])[0]}
    extra = (
        "<item><title>Ferry fares frozen</title><link>https://ledger.example.com/ferry</link>"
        "<description>Fares were frozen.</description></item>\n"
    )
    (tmp_path / "ledger.rss").write_text(rss.replace("<item>", extra + "<item>", 1))
    after = {a.title: a.id for a in load_articles([tmp_path / "ledger.rss"])[0]}
    assert {title: after[title] for title in before} == before
    assert len(after) == 3


def test_a_folder_loads_every_kind_and_counts_the_rest(tmp_path):
    for name in ("port-deal.html", "ledger.rss", "briefs.json"):
        (tmp_path / name).write_bytes((WEB / name).read_bytes())
    (tmp_path / "report.pdf").write_bytes(make_pdf([["A short report on tariffs."]]))
    (tmp_path / "scores.json").write_text('{"data": [1, 2]}')
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "draft.docx").write_bytes(b"PK")
    articles, failures = load_articles([tmp_path])
    assert len(articles) == 6
    assert [(f.reason, f.notice) for f in failures] == [
        ("skipped 3 files of unknown kind: .docx 1, .json 1, .png 1", True)
    ]


def test_content_decides_for_a_file_of_another_name(tmp_path):
    feed = tmp_path / "saved.txt"
    feed.write_bytes((WEB / "ledger.rss").read_bytes())
    assert kind_of(feed, feed.read_bytes()) == "feed"
    assert [kind for _, kind, _ in file_parts(feed, feed.read_bytes())] == ["feed-item"] * 2
    page = tmp_path / "page"
    page.write_bytes((WEB / "port-deal.html").read_bytes())
    assert kind_of(page, page.read_bytes()) == "html"


HEADER = "Harbour Ledger Quarterly Review"


def test_a_pdf_report_becomes_paragraphs():
    pages = [
        [HEADER, "Port Expansion Review", "",
         "The northern port expansion stalled in the first quarter after talks on tariff",
         "schedules for container traffic broke down between the two govern-",
         "ments, officials said.", "", "Steel duties remain the main obstacle to a deal.", "1"],
        [HEADER, "Negotiators are expected to meet again in April, when the current arrange-",
         "ment on duties expires, and both sides say they want a deal before the summer",
         "recess.", "2"],
        [HEADER, "A final decision is due before the summer recess.", "3"],
    ]  # fmt: skip
    info = {"Title": "Port Expansion Review", "Author": "Mara Lind; Tomas Reyes",
            "CreationDate": "D:20250304081500Z"}  # fmt: skip
    document = read_pdf(make_pdf(pages, info))
    assert (document.title, document.authors, document.date) == (
        "Port Expansion Review",
        ("Mara Lind", "Tomas Reyes"),
        "2025-03-04",
    )
    assert [(kind, document.body[s:e]) for s, e, kind in document.blocks] == [
        ("heading", "Port Expansion Review"),
        ("body", "The northern port expansion stalled in the first quarter after talks on "
                 "tariff schedules for container traffic broke down between the two "
                 "governments, officials said."),
        ("body", "Steel duties remain the main obstacle to a deal."),
        ("body", "Negotiators are expected to meet again in April, when the current "
                 "arrangement on duties expires, and both sides say they want a deal before "
                 "the summer recess."),
        ("body", "A final decision is due before the summer recess."),
    ]  # fmt: skip


def test_a_pdf_without_text_or_not_a_pdf_is_one_line(tmp_path):
    with pytest.raises(IngestError, match="no text layer"):
        read_pdf(make_pdf([[]]))
    fake = tmp_path / "fake.pdf"
    fake.write_text("just text")
    with pytest.raises(IngestError, match="not a PDF file"):
        read_article(fake, "fake")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Mara Lind, Tomas Reyes and Jo Park", ("Mara Lind", "Tomas Reyes", "Jo Park")),
        ("MARA LIND", ("Mara Lind",)),
        ("No Author", ()),
        ("Lena Vogt; Lena Vogt", ("Lena Vogt",)),
    ],
)
def test_authors_are_a_list(byline, names):
    assert split_authors(byline) == names


def test_the_brief_cites_pages_and_items_by_their_titles_outlets_and_dates(tmp_path):
    from briefing.cli import main

    out = tmp_path / "brief.md"
    assert main(["export", str(WEB / "port-deal.html"), str(WEB / "wire.atom"), "-o",
                 str(out)]) == 0  # fmt: skip
    brief = out.read_text()
    sources = brief[brief.index("## Sources") : brief.index("## Key points")].splitlines()
    assert sources[2:4] == [
        "- **The Harbour Ledger** \u2014 Mara Lind, Tomas Reyes \u2014 2025-03-04 \u2014 Port deal "
        "stalls as talks drag on \u2014 <https://ledger.example.com/business/port-deal-stalls>",
        "- **Coastal Wire** \u2014 Tomas Reyes, Jo Park \u2014 2025-03-05 \u2014 Visa rules for "
        "shipyard engineers eased \u2014 <https://wire.example.org/visa-rules>",
    ]


def test_a_feed_cut_at_its_limit_says_so(tmp_path, monkeypatch):
    from briefing.ingest import feeds

    monkeypatch.setattr(feeds, "MAX_ITEMS", 1)
    feed = tmp_path / "ledger.rss"
    feed.write_bytes((WEB / "ledger.rss").read_bytes())
    articles, failures = load_articles([feed])
    assert len(articles) == 1
    assert [(f.path, f.reason, f.notice) for f in failures] == [
        (str(feed), "a feed of 2 items: the first 1 are read", True)
    ]

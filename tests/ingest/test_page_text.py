"""Text saved from web pages, by the general rules: date lines in the forms news sites print,
bylines after a standfirst, page clutter and related-stories blocks set apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import parse_article
from briefing.ingest.page_lines import date_line, is_clutter


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mon 20 Jan 2020 06.05 GMT", ("2020-01-20", False)),
        ("Feb 18, 2020", ("2020-02-18", False)),
        ("12/30/2019 05:03 AM EST", ("2019-12-30", False)),
        ("Updated 3:21 PM EET, September 11, 2024", ("2024-09-11", True)),
        ("Published 7:02 AM EST, Feb 3, 2025", ("2025-02-03", False)),
        ("Last updated: 2025-03-06", ("2025-03-06", True)),
        ("The vote was held on Feb 18, 2020.", None),
        ("Last month, on Feb 18, 2020, the minister left", None),
        ("Feb 30, 2020", None),
    ],
)
def test_date_lines(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize(
    ("line", "clutter"),
    [
        ("Share on Facebook", True),
        ("5 Min Read", True),
        ("941 comments", True),
        ("Sign in / Subscribe", True),
        ("Advertisement", True),
        ("Subscribe to our newsletter", True),
        ("Share prices fell for a third day.", False),
        ("Comments by the minister drew criticism.", False),
    ],
)
def test_page_clutter(line, clutter):
    assert is_clutter(line) is clutter


PAGE = """Port deal stalls as talks drag on

Negotiators failed to agree on tariffs for a third week.

By MARA LIND and Tomas Reyes

Updated 10:00 AM GMT, March 6, 2025

Published 8:15 AM GMT, March 4, 2025

Share on Facebook

5 Min Read

The proposed expansion of the northern port stalled on Tuesday after negotiators failed to agree.

"We are not close," said Ana Ruiz, the trade minister.

Related Coverage

Steel prices climb to a record on Jan 12, 2019

Port workers strike over pay

941 comments
"""


def test_a_page_saved_as_text_keeps_only_the_story():
    article = parse_article(PAGE, Path("port.txt"), "port")
    kinds = [(p.kind, article.body[p.start : p.end][:24]) for p in article.paragraphs]
    assert kinds == [
        ("heading", "Port deal stalls as talk"),
        ("body", "Negotiators failed to ag"),
        ("byline", "By MARA LIND and Tomas R"),
        ("byline", "Updated 10:00 AM GMT, Ma"),
        ("byline", "Published 8:15 AM GMT, M"),
        ("boilerplate", "Share on Facebook"),
        ("boilerplate", "5 Min Read"),
        ("body", "The proposed expansion o"),
        ("body", '"We are not close," said'),
        ("boilerplate", "Related Coverage"),
        ("boilerplate", "Steel prices climb to a "),
        ("boilerplate", "Port workers strike over"),
        ("boilerplate", "941 comments"),
    ]
    assert article.authors == ("Mara Lind", "Tomas Reyes")
    assert article.date == "2025-03-04"  # published, not updated; never the related link's


def test_no_author_is_no_author():
    article = parse_article("Ports reopen\n\nBy No Author\n\nThe ports reopened.\n",
                            Path("p.txt"), "p")  # fmt: skip
    assert article.authors == ()


CLIPPED = """---
title: "Port deal stalls"
source: "https://ledger.example.com/business/port-deal-stalls"
author:
  - "[[Mara Lind]]"
  - "No Author"
published: 2025-03-04
created: 2025-03-09
sitename: The Harbour Ledger
---
![A crane at the port](https://ledger.example.com/crane.jpg)

The **proposed** expansion of the [northern port](https://ledger.example.com/port) stalled
on *Tuesday*, officials said.

``We are not close,'' said Ana Ruiz, 5 * 3 times &#233;.
"""


def test_a_clipped_markdown_page():
    article = parse_article(CLIPPED, Path("clip.md"), "clip")
    assert (article.title, article.source, article.url, article.authors, article.date) == (
        "Port deal stalls", "The Harbour Ledger",
        "https://ledger.example.com/business/port-deal-stalls", ("Mara Lind",), "2025-03-04",
    )  # fmt: skip
    assert article.body == (
        "The proposed expansion of the northern port stalled\non Tuesday, officials said."
        "\n\n``We are not close,'' said Ana Ruiz, 5 * 3 times &#233;."
    )
    assert [article.body[p.start : p.end] for p in article.paragraphs][0].startswith("The ")
    assert article.metadata == (("link", "https://ledger.example.com/port"),)


def test_a_clipper_date_that_is_no_date_costs_nothing():
    text = "---\ntitle: T\npublished: last Tuesday\n---\nThe port reopened.\n"
    assert parse_article(text, Path("t.md"), "t").date is None


def test_the_outlet_of_a_dateline_after_a_standfirst():
    text = (
        "Ports reopen after strike\n\nUnions and owners settled late on Sunday.\n\n"
        "By Jo Park\n\nROTTERDAM (Reuters) - The ports reopened on Monday after a week.\n"
    )
    article = parse_article(text, Path("p.txt"), "p")
    assert (article.source, article.authors) == ("Reuters", ("Jo Park",))

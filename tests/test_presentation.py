"""What the app and the brief both say: date labels, focus year, the status line's date note."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.model import Article
from briefing.presentation import date_label, date_note, focus_year


@pytest.mark.parametrize(
    ("value", "mod", "focus", "label"),
    [
        ("2025-10-27", None, "2025", "27 Oct"),
        ("2025-09", None, "2025", "Sep"),
        ("2029-01", None, "2025", "Jan 2029"),
        ("XXXX-10-28", None, None, "28 Oct?"),
        ("2025", "END", "2025", "end 2025"),
        ("XXXX", "END", None, "end yr?"),
        ("199", None, "2025", "1990s"),
        ("2014-06-02", None, "2016", "2 Jun \u201914"),
        ("1917-05-24", None, "2016", "24 May 1917"),
        ("19", None, "2025", "20th c."),
        ("20", "START", "2025", "early 21st c."),
        ("10", None, "2025", "11th c."),
    ],
)
def test_date_labels(value, mod, focus, label):
    assert date_label(value, mod, focus) == label


@pytest.mark.parametrize(
    ("value", "mod", "offset", "label"),
    [
        ("XXXX", None, 0, "this yr?"),
        ("XXXX", "START", 0, "early yr?"),
        ("XXXX", "START", 1, "early next yr?"),
        ("XXXX", None, -1, "last yr?"),
        ("XXXX", None, -3, "yr-3?"),
        ("XXXX-01", None, 0, "Jan?"),
        ("XXXX-01", None, 1, "Jan next yr?"),
        ("XXXX-Q1", None, -1, "Q1 last yr?"),
        ("XXXX-03-05", None, 2, "5 Mar yr+2?"),
        ("XXXX-SP", None, 1, "spring next yr?"),
    ],
)
def test_a_year_counted_from_an_unknown_one_is_named_from_it(value, mod, offset, label):
    assert date_label(value, mod, None, offset) == label


def test_focus_year_is_the_most_common_year():
    articles = [
        Article(id=str(n), path="", body="", paragraphs=(), date=date)
        for n, date in enumerate(["2025-10-28", "2025-01-02", "2024-12-30", None])
    ]
    assert focus_year(articles) == "2025"
    assert focus_year([]) is None


def test_date_note_says_what_the_date_rests_on():
    article = Article(id="seed", path="", body="", paragraphs=(), source="Observer Net")
    assert date_note(article) == "Observer Net \u00b7 date not stated"
    assert date_note(replace(article, date_reference="XXXX-10-28")) == (
        "Observer Net \u00b7 undated (latest date in text: 28 Oct?)"
    )
    inferred = replace(article, date="2025-10-28", date_basis="inferred")
    assert date_note(inferred) == "Observer Net \u00b7 2025-10-28 (inferred)"
    assert date_note(replace(inferred, date_basis="metadata", source=None)) == (
        "seed \u00b7 2025-10-28"
    )

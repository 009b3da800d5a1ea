"""Figures: money, percentages, counts and measures with exact values."""

from __future__ import annotations

import pytest

from briefing.analysis.figures import find_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a $55 billion fund", ("$55 billion", "money", 55_000_000_000, "USD", None)),
        ("could cost over $60 billion", ("$60 billion", "money", 60_000_000_000, "USD", None)),
        ("US$1.2 trillion in debt", ("US$1.2 trillion", "money", 1.2e12, "USD", None)),
        ("a loss of 3 billion yen", ("3 billion yen", "money", 3e9, "JPY", None)),
        ("a \u20ac4.5m grant", ("\u20ac4.5m", "money", 4_500_000, "EUR", None)),
        ("a \u00a5700 billion budget", ("\u00a5700 billion", "money", 7e11, "JPY", None)),
        ("\u00a3200,000 in fines", ("\u00a3200,000", "money", 200_000, "GBP", None)),
        ("a 15% tariff", ("15%", "percent", 15, "%", None)),
        ("up 15 percent", ("15 percent", "percent", 15, "%", None)),
        ("arresting 475 people", ("475 people", "count", 475, "people", None)),
        (
            "10 to 12 Japanese companies",
            ("10 to 12 Japanese companies", "count", 10, "companies", 12),
        ),
        ("a 1,300-kilometer pipeline", ("1,300-kilometer", "measure", 1300, "kilometer", None)),
    ],
)
def test_figures(text, expected):
    (figure,) = find_figures(text)
    assert (figure.text, figure.kind, figure.value, figure.unit, figure.high) == expected
    assert text[figure.start : figure.end] == figure.text


def test_dates_are_not_counted_twice():
    text = "In 2025 exports rose 5%."
    assert [f.text for f in find_figures(text, taken=[(3, 7)])] == ["5%"]

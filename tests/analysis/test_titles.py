"""Titles of articles that give none: a readable file name, else the lead sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.pipeline import analyze_article
from briefing.analysis.titles import readable_name
from briefing.ingest import parse_article, read_article
from tests.conftest import SEED


@pytest.mark.parametrize(
    ("stem", "title"),
    [
        ("us-japan-investment-deal", "US-Japan investment deal"),
        ("uk-eu-trade-talks", "UK-EU trade talks"),
        ("South-Korea_chip_exports_fall", "South Korea chip exports fall"),
        ("2016-03-01_senate-passes-steel-tariff", "Senate passes steel tariff"),
        ("g7-summit-ends-in-discord", "G7 summit ends in discord"),
        ("german car sales slow (2)", "German car sales slow"),
        ("new-york-port-strike-0042", "New York port strike"),
        ("OPEC cuts output again", "OPEC cuts output again"),
        ("bbc-business-001", None),
        ("article-7", None),
        ("a3f9c2e1d4b5-story-text", None),
        ("2016-03-01", None),
    ],
)
def test_a_file_name_becomes_a_title_only_when_it_reads_as_one(stem, title):
    assert readable_name(stem) == title


def test_the_seed_is_titled_by_its_file_name():
    article = analyze_article(read_article(SEED, "seed"))
    assert article.title == "US-Japan investment deal"


def test_a_headline_line_wins_over_the_file_name():
    text = "Port strike enters second week\n\nDock workers stayed out on Monday.\n"
    article = analyze_article(parse_article(text, Path("us-port-strike-notes.txt"), "a"))
    assert article.title == "Port strike enters second week"


def test_without_a_headline_or_a_readable_name_the_lead_sentence_is_cut():
    text = (
        "Dock workers stayed out on Monday as talks over pay and automation at the three "
        "busiest container terminals on the coast broke down again. Shippers rerouted.\n"
    )
    article = analyze_article(parse_article(text, Path("0042.txt"), "a"))
    assert article.title == (
        "Dock workers stayed out on Monday as talks over pay and automation at the three "
        "busiest\u2026"
    )

"""A name runs across a line break that wraps the text, never across one that ends a line
of its own (a row of results, an item of a list)."""

from __future__ import annotations

from pathlib import Path

from briefing.analysis.names.line_breaks import split_at_line_ends, wrapped_at
from briefing.ingest import parse_article
from briefing.model import Mention

# a paragraph as textwrap.fill(..., 48) wraps it: "Berg" did not fit after "Anna"
WRAPPED = (
    "The talks in Geneva ran late into the night, and\n"
    "the delegation led by the foreign minister Anna\n"
    "Berg left without a statement for the press.\n"
)
RESULTS = (
    "Scores after the first round of the club cup:\n\n"
    "66 Tom Hale, Per Lund, Ola\nVik, Sam Roe (Norway), Jon Dahl (Sweden), Kai Berg\n"
    "67 Eva\nStrand\n"
)


def _mention(article, text: str, kind: str = "PER") -> Mention:
    start = article.body.index(text)
    return Mention(start, start + len(text), text, kind)


def test_a_name_runs_across_a_wrap():
    article = parse_article(WRAPPED, Path("a.txt"), "a")
    anna = _mention(article, "Anna\nBerg")
    assert split_at_line_ends(article, [anna]) == [anna]


def test_a_name_stops_at_a_line_of_its_own():
    article = parse_article(RESULTS, Path("a.md"), "a")
    found = split_at_line_ends(
        article, [_mention(article, "Ola\nVik"), _mention(article, "Eva\nStrand")]
    )
    assert [(m.text, m.type) for m in found] == [
        ("Ola", "PER"),
        ("Vik", "PER"),
        ("Eva", "PER"),
        ("Strand", "PER"),
    ]
    assert [article.body[m.start : m.end] for m in found] == [m.text for m in found]


def test_a_line_is_wrapped_where_the_next_word_would_not_have_fitted():
    body = "one two three\nfour five six\nseven\neight"
    assert wrapped_at(body, body.index("\n"), 13)  # "one two three four" is wider
    assert not wrapped_at(body, body.index("\nseven") + 6, 13)  # "seven eight" fits
    assert not wrapped_at(body, len(body) - 6, 13)  # the last line: "seven" + "eight"


def test_mentions_without_a_line_break_are_left_as_they_are():
    article = parse_article("Anna Berg met Ola Lind.\n", Path("a.txt"), "a")
    mentions = [_mention(article, "Anna Berg"), _mention(article, "Ola Lind")]
    assert split_at_line_ends(article, mentions) == mentions


def test_the_tagger_s_names_stop_at_a_line_of_their_own():
    from briefing.analysis.names.entities import find_mentions

    article = parse_article(RESULTS, Path("a.md"), "a")
    found = find_mentions(article)
    assert found and all("\n" not in m.text for m in found)
    assert {"Tom Hale", "Per Lund"} <= {m.text for m in found}

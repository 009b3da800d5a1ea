"""Document dates and the timeline, on the seed and on articles written for the purpose."""

from __future__ import annotations

from pathlib import Path

from briefing.analysis.pipeline import analyze_article, assemble_corpus, build_corpus
from briefing.analysis.time.timeline import (
    counts_from_reference,
    is_background,
    news_year,
    sort_key,
)
from briefing.ingest import parse_article
from briefing.model import TimeExpr
from briefing.presentation import event_label
from tests.conftest import SEED


def seed_timeline(date: str | None):
    from briefing.ingest import read_article

    article = read_article(SEED, "seed")
    corpus = build_corpus([article], default_date=date)
    return corpus


def test_seed_without_a_date_keeps_years_unknown():
    corpus = seed_timeline(None)
    article = corpus.articles[0]
    assert (article.date, article.date_basis, article.date_reference) == (
        None,
        "inferred",
        "XXXX-10-28",
    )
    assert [(e.date, e.mod) for e in corpus.timeline] == [
        ("XXXX-09", None),
        ("XXXX-09", None),
        ("XXXX-09-04", None),
        ("XXXX-10-26", None),
        ("XXXX-10-27", None),
        ("XXXX-10-27", None),
        ("XXXX-10-27", None),
        ("XXXX-10-28", None),
        ("XXXX-10-28", None),
        ("XXXX-10-28", None),
        ("XXXX", "END"),
        ("2029-01", None),
    ]


def test_seed_dated_timeline_runs_in_order():
    corpus = seed_timeline("2025-10-28")
    events = corpus.timeline
    starts = [e.text[:40] for e in events]
    assert [e.date for e in events] == [
        "2025-09", "2025-09", "2025-09-04", "2025-10-26", "2025-10-27", "2025-10-27",
        "2025-10-27", "2025-10-28", "2025-10-28", "2025-10-28", "2025", "2029-01",
    ]  # fmt: skip
    assert starts[0].startswith("Last month, Rutherford and Japanese")
    assert "Georgia" in events[1].text
    assert events[3].text.startswith("However, the New York Times noted on the 26th")
    assert events[10].mod == "END"
    assert "by the end of this year" in events[10].text


def test_seed_values():
    article = seed_timeline("2025-10-28").articles[0]
    values = {(t.text, t.value) for t in article.timexes}
    assert {
        ("October 27", "2025-10-27"),
        ("the 27th", "2025-10-27"),
        ("Last month", "2025-09"),
        ("September 4", "2025-09-04"),
        ("October 28", "2025-10-28"),
        ("the 26th", "2025-10-26"),
        ("the 28th", "2025-10-28"),
        ("January 2029", "2029-01"),
        ("six years", "P6Y"),
    } <= values


def test_event_spans_match_the_body():
    corpus = seed_timeline("2025-10-28")
    body = corpus.articles[0].body
    for event in corpus.timeline:
        assert body[event.sentence[0] : event.sentence[1]] == event.text
        assert event.sentence[0] <= event.timex[0] < event.timex[1] <= event.sentence[1]


def test_date_is_inferred_from_the_latest_stated_date():
    article = parse_article(
        "On March 3, 2024, the plant opened. By June 1, 2026, it will double.\n"
        "The board met on March 9, 2024.\n",
        Path("a.txt"),
        "a",
    )
    analysed = analyze_article(article)
    assert (analysed.date, analysed.date_basis) == ("2024-03-09", "inferred")


def test_no_date_anywhere():
    article = analyze_article(parse_article("Talks went on.\n", Path("a.txt"), "a"))
    assert (article.date, article.date_basis, article.date_reference) == (None, None, None)


def test_events_of_two_articles_sharing_date_and_entities_merge():
    from dataclasses import replace

    from briefing.model import Mention

    def article(name: str, text: str):
        parsed = analyze_article(parse_article(text, Path(f"{name}.txt"), name), None, "2025-10-28")
        mentions = tuple(
            Mention(text.index(word), text.index(word) + len(word), word, "PER", word.lower())
            for word in ("Trump", "Kishida")
        )
        return replace(parsed, mentions=mentions)

    first = article("a", "Trump met Kishida on October 28 in Tokyo.\n")
    second = article("b", "Trump and Kishida signed a pact on October 28.\n")
    timeline = assemble_corpus([first, second]).timeline
    assert [(e.date, e.sources) for e in timeline] == [("2025-10-28", ("a", "b"))]


def test_sort_key_orders_precision_within_a_year():
    values = ["2025", "2025-10-27", "2025-10", "2025-Q4", "2024-12-31", "XXXX-01-02", "2025-WI",
              "2025-W02", "2025-SU"]  # fmt: skip
    ordered = sorted(values, key=lambda v: sort_key(v, year_guess=2025))
    assert ordered == [
        "2024-12-31", "2025", "XXXX-01-02", "2025-W02", "2025-SU", "2025-10", "2025-Q4",
        "2025-10-27", "2025-WI",
    ]  # fmt: skip


UNDATED_PORT = (
    "Port deal faces delays\n\n"
    "The contract was signed on June 2, 2014, after two years of talks.\n\n"
    "Last year the operator lost money.\n"
)


def test_dates_counted_from_an_inferred_article_date_are_marked():
    article = parse_article(UNDATED_PORT, Path("port.txt"), "port")
    corpus = build_corpus([article])
    assert corpus.articles[0].date_basis == "inferred"
    assert [(e.date, e.inferred) for e in corpus.timeline] == [
        ("2013", True),
        ("2014-06-02", False),
    ]
    stated = build_corpus([article], default_date="2016-03-01")
    assert [(e.date, e.inferred) for e in stated.timeline] == [
        ("2014-06-02", False),
        ("2015", False),
    ]


def test_what_is_counted_from_the_date_is_told_by_each_value_whatever_was_asked_before():
    def counted(text: str, value: str) -> bool:
        return counts_from_reference(TimeExpr(0, len(text), text, "DATE", value))

    # the same words, counted from two articles' dates, and then written out in full
    assert [counted("last year", "2013"), counted("last year", "2019")] == [True, True]
    assert [counted("on Monday", "2016-03-07"), counted("June 2, 2014", "2014-06-02")] == [
        True,
        False,
    ]
    assert counted("June 2, 2014", "2015-06-02") is True  # not the value its words give


def test_a_year_the_text_never_gives_is_not_marked_as_counted():
    corpus = seed_timeline(None)
    assert not any(event.inferred for event in corpus.timeline)


OUTLOOK = (
    "Retailers brace for a slow start\n\n"
    "Sales rose early this year, the trade body said.\n\n"
    "It expects a recovery early next year.\n\n"
    "Last year the sector shed jobs.\n\n"
    "Stores first opened here in the 18th century, and the chain was founded in 1921.\n\n"
    "The chain was sold in 2003.\n"
)


def test_an_undated_article_keeps_each_year_apart_in_its_own_order():
    article = parse_article(OUTLOOK, Path("outlook.txt"), "outlook")
    corpus = build_corpus([article])
    assert corpus.articles[0].date_reference is None
    assert [(e.date, e.mod, e.year_offset, e.background) for e in corpus.timeline] == [
        ("XXXX", None, -1, False),
        ("XXXX", "START", 0, False),
        ("XXXX", "START", 1, False),
        ("2003", None, None, False),
        ("17", None, None, True),
    ]
    assert [event_label(e) for e in corpus.timeline] == [
        "last yr?",
        "early yr?",
        "early next yr?",
        "2003",
        "18th c.",
    ]


PORT_HISTORY = (
    "Port deal signed\n\n"
    "The port was built in 1890 and rebuilt in 1967.\n\n"
    "The contract was signed on May 2, 2016.\n\n"
    "A first bid failed in 2009.\n"
)


def history(text: str, date: str) -> list[tuple[str, bool]]:
    """Each event's date and whether it is background, for one story of that date."""
    corpus = build_corpus([parse_article(text, Path("story.txt"), "story")], default_date=date)
    return [(e.date, e.background) for e in corpus.timeline]


def test_history_far_before_the_article_comes_after_the_news():
    assert history(PORT_HISTORY, "2016-05-03") == [
        ("2009", False),
        ("2016-05-02", False),
        ("1890", True),
    ]


YARD = (
    "Yard to close\n\n"
    "Shipyards on the river boomed through the 20th century.\n\n"
    "The yard will close in March, the owner said on Tuesday.\n"
)


def test_the_century_an_article_is_written_in_is_its_setting_not_its_news():
    assert history(YARD, "1987-06-02") == [
        ("1988-03", False),
        ("19", True),
    ]


def test_a_century_that_began_lately_is_not_history():
    assert ("20", False) in history(YARD.replace("20th", "21st"), "2008-06-02")


STUDIO = (
    "Film studio sold\n\n"
    "The studio made its first film in 1967.\n\n"
    "It was sold in 2005 to a rival.\n\n"
    "The rival said in 2005 it would keep the name.\n"
)


def test_an_undated_article_is_judged_by_the_years_it_names_as_well_as_the_corpus():
    studio = parse_article(STUDIO, Path("studio.txt"), "studio")
    dated = parse_article(
        "---\ndate: 1987-03-04\n---\nSteel\n\nSteel prices rose on Monday.\n",
        Path("steel.md"),
        "steel",
    )
    corpus = build_corpus([studio, dated])
    assert news_year(corpus.articles, corpus.timeline) == 1987
    assert [(e.article, e.date, e.background) for e in corpus.timeline] == [
        ("steel", "1987-03-02", False),
        ("studio", "2005", False),
        ("studio", "2005", False),
        ("studio", "1967", True),
    ]


def test_news_year_falls_back_on_the_events_when_no_article_has_a_year():
    article = parse_article(OUTLOOK, Path("outlook.txt"), "outlook")
    corpus = build_corpus([article])
    assert news_year(corpus.articles, corpus.timeline) == 2003
    assert is_background(corpus.timeline[-1], 2003)
    assert not is_background(corpus.timeline[-2], 2003)


def test_the_same_date_a_year_apart_in_two_undated_articles_does_not_merge():
    first = parse_article(
        "One\n\nIn January next year Ana Ruiz and Ben Ode meet in Lima.\n", Path("a.txt"), "a"
    )
    second = parse_article(
        "Two\n\nIn January Ana Ruiz and Ben Ode met in Lima.\n", Path("b.txt"), "b"
    )
    corpus = build_corpus([first, second])
    assert [(e.date, e.year_offset, e.sources) for e in corpus.timeline] == [
        ("XXXX-01", 0, ("b",)),
        ("XXXX-01", 1, ("a",)),
    ]


def test_in_a_corpus_of_dated_news_an_undated_articles_dates_come_after_the_dated():
    dated = parse_article(
        "Vote held\n\nThe vote was held on May 2, 2016.\n", Path("vote.txt"), "vote"
    )
    text = OUTLOOK.replace("2003", "2011")  # within a decade of the news: not history
    undated = parse_article(text, Path("outlook.txt"), "outlook")
    corpus = build_corpus([undated, dated], default_date=None)
    assert [(e.article, e.date, e.year_offset) for e in corpus.timeline][:5] == [
        ("outlook", "2011", None),
        ("vote", "2016-05-02", None),
        ("outlook", "XXXX", -1),
        ("outlook", "XXXX", 0),
        ("outlook", "XXXX", 1),
    ]

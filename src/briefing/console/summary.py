"""A plain Rich summary of a corpus, for ``briefing analyze`` without ``--json``."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from briefing.model import Corpus
from briefing.safe_text import plain


def print_summary(corpus: Corpus, console: Console | None = None) -> None:
    """Print one row per article: title, source, date, paragraphs and sentences."""
    console = console or Console()
    table = Table(title=f"briefing \u00b7 {len(corpus.articles)} article(s)", title_justify="left")
    for column in ("article", "source", "date", "paragraphs", "sentences", "events"):
        table.add_column(column, overflow="fold")
    events_of = Counter(event.article for event in corpus.timeline)
    for article in corpus.articles:
        events = events_of[article.id]
        table.add_row(
            Text(plain(article.title or article.id)),
            Text(plain(article.source or "\u2014")),
            Text(article.date or "not stated"),
            str(len(article.paragraphs)),
            str(len(article.sentences)),
            str(events),
        )
    console.print(table)

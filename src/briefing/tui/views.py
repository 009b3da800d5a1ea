"""What each pane shows, worked out from the corpus and the selection: headless, so the
screen only pushes it down and tests need no screen."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.topics.themes import Theme
from briefing.library.query import Reading
from briefing.model import Article, Corpus
from briefing.presentation import event_label
from briefing.tui.selection import Selection
from briefing.tui.widgets.quote_panel import QuoteRef


def quotes_view(
    reading: Reading | None, article: Article | None, selection: Selection, theme: Theme
) -> tuple[Sequence[QuoteRef], str]:
    """Quotes of the selection and their title: the entity's, else the event's date's, else
    the topic's, else the article's."""
    if reading is None or article is None:
        return [], "none"
    if selection.entity:
        name = reading.names.get(selection.entity, selection.entity)
        return reading.quotes_of(selection.entity), name
    if selection.event is not None:
        label = event_label(selection.event, reading.focus)
        return reading.quotes_on(selection.event.date), label
    if selection.topic:
        return reading.quotes_under(selection.topic), theme.label(selection.topic)
    return [(article, q) for q in article.quotes], "this article"


def status_parts(
    corpus: Corpus | None,
    selection: Selection,
    progress: tuple[int, int],
    theme: Theme,
    names: dict[str, str],
    pinned: int,
) -> list[str]:
    """The status line: loading, counts, the filters, the search and the pins."""
    parts = ["briefing"]
    done, total = progress
    if corpus is None or done < total:
        parts.append(f"loading {done}/{total}" if total else "loading\u2026")
    if corpus is not None:
        parts.append(f"{len(corpus.articles)} article(s)")
        parts.append(f"{len(corpus.timeline)} events")
        parts.append(f"{len(corpus.entities)} entities")
    parts.append(f"topic: {theme.label(selection.topic) if selection.topic else 'all'}")
    if selection.entity:
        parts.append(f"entity: {names.get(selection.entity, selection.entity)}")
    if selection.query:
        count = len(selection.matches)
        where = f"{selection.match_position + 1}/{count}" if count else "no match"
        parts.append(f"search '{selection.query}': {where}")
    if pinned:
        parts.append(f"{pinned} pinned")
    return parts

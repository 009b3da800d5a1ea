"""Command palette entries: the same actions as the keys, one code path per feature."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape

from briefing.safe_text import plain

if TYPE_CHECKING:
    from briefing.tui.screens.main import MainScreen


class BriefingCommands(Provider):
    """Jump to an entity or an article, filter by topic, export the brief."""

    def _main(self) -> MainScreen | None:
        from briefing.tui.screens.main import MainScreen

        screen = self.app.screen_stack[-1] if self.app.screen_stack else None
        for candidate in reversed(self.app.screen_stack):
            if isinstance(candidate, MainScreen):
                return candidate
        return screen if isinstance(screen, MainScreen) else None

    def _entries(self):
        main = self._main()
        if main is None or main.corpus is None:
            return
        for entity in main.corpus.entities[:500]:
            yield (
                f"Jump to entity: {plain(entity.name)}",
                partial(main.choose_entity, entity.id),
                "Filter timeline and quotes to it",
            )
        for index, article in enumerate(main.corpus.headers[:500]):
            yield (
                f"Jump to article: {plain(article.title or article.id)}",
                partial(main.open_article, index),
                plain(article.source or ""),
            )
        for topic in main.theme.topics:
            yield (
                f"Filter by topic: {plain(topic.label)}",
                partial(main.set_topic, topic.key),
                "Show only this topic's events and quotes",
            )
        yield ("Export brief", main.action_export_brief, "Write the Markdown brief")

    async def discover(self) -> Hits:
        for title, callback, help_text in list(self._entries() or [])[:20]:
            yield Hit(1.0, Content(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._entries() or []:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _highlighted(matcher, title), callback, text=title,
                          help=escape(help_text))  # fmt: skip


def _highlighted(matcher: Matcher, title: str) -> Content:
    """The title with the matched letters marked, read as plain text (Textual's own
    highlight reads the candidate as markup: a title of "[/i]" would crash it)."""
    content = Content(title)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content

"""The briefing app: bindings, themes, keymap, the command palette and the help screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.notifications import SeverityLevel

from briefing.analysis.topics.themes import Theme
from briefing.config import Settings, data_dir, save_theme
from briefing.safe_text import plain
from briefing.tui.collector import TICK_SECONDS, IdleCollector
from briefing.tui.commands import BriefingCommands
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.entity_sidebar import EntitySidebar
from briefing.tui.widgets.quote_panel import QuotePanel
from briefing.tui.widgets.reader_pane import ReaderPane
from briefing.tui.widgets.timeline_pane import TimelinePane

# Textual's own bindings that carry no description.
_UNDESCRIBED = {"help_quit": "How to quit"}


def declared_bindings(node: DOMNode) -> list[Binding]:
    """The bindings a node's classes declare, one per key, a subclass's winning over its
    base's (as Textual merges them), in the order the keys were first declared."""
    by_key: dict[str, Binding] = {}
    for cls in reversed(type(node).__mro__):
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
            by_key[binding.key] = binding
    if isinstance(node, App) and node.ENABLE_COMMAND_PALETTE:  # bound by the app at start
        palette = Binding(node.COMMAND_PALETTE_BINDING, "command_palette", "palette")
        by_key.setdefault(palette.key, palette)
    return list(by_key.values())


# How the timeline marks a date it is unsure of.
_DATE_MARKS = [
    ("27 Oct?", "the article never gives the year"),
    ("\u22482013", "counted from an article date inferred from its text (d sets the date)"),
]


class BriefingApp(App[None]):
    """A terminal briefing reader."""

    CSS_PATH = "app.tcss"
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        # Ctrl+C ends the reader, as it ends every other terminal program
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="app.interrupt"),
        Binding("question_mark", "help", "Help", id="app.help"),
    ]

    def __init__(
        self,
        paths: Sequence[str | Path],
        theme: Theme,
        default_date: str | None = None,
        settings: Settings | None = None,
        db: str | Path | None = None,
    ) -> None:
        super().__init__()
        self.db = Path(db) if db else data_dir() / "briefing.db"
        self.paths = list(paths)
        self.topic_theme = theme
        self.default_date = default_date
        self.settings = settings or Settings()
        self.collector = IdleCollector(busy=lambda: any(w.is_running for w in self.workers))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification, the screens' and widgets' included, as plain text: what it
        says may come from an article, a file name or the config, never markup."""
        super().notify(plain(message), title=plain(title), severity=severity,
                       timeout=timeout, markup=False)  # fmt: skip

    async def on_event(self, event: events.Event) -> None:
        # input tells the collector the reader is busy (MainScreen starts it, see collector)
        if isinstance(event, events.InputEvent) and not event.is_forwarded:
            self.collector.saw_input()
        await super().on_event(event)

    def on_mount(self) -> None:
        self.set_interval(TICK_SECONDS, self.collector.tick)
        unknown = self.settings.theme and self.settings.theme not in self.available_themes
        if self.settings.theme and not unknown:
            self.theme = self.settings.theme
        if self.settings.keys:
            self.set_keymap(self.settings.keys)
        self.push_screen(MainScreen(self.paths, self.topic_theme, self.default_date, self.db))
        self.theme_changed_signal.subscribe(self, self.keep_theme)
        if unknown:  # once the reader's screen is up, where it is seen
            self.call_after_refresh(
                self.notify, f"Unknown colour theme {self.settings.theme!r}", severity="warning"
            )

    def on_unmount(self) -> None:
        self.collector.stop()

    def keep_theme(self, theme: object) -> None:
        """A colour theme chosen at run time is kept in the config for the next start."""
        name = getattr(theme, "name", None)
        if not isinstance(name, str) or name == self.settings.theme:
            return
        try:
            save_theme(name)
        except OSError as error:
            self.notify(f"The colour theme could not be kept: {error}", severity="warning")
            return
        self.settings = replace(self.settings, theme=name)

    def action_help(self) -> None:
        """Show the app's keys, from the live bindings (keymap applied), grouped by pane:
        moving first (the same in every pane), then each pane's own."""
        if isinstance(self.screen, HelpScreen):
            return
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        nodes: list[tuple[str, DOMNode | None]] = [("Everywhere", self), ("Main screen", main)]
        if main is not None:
            for title, kind in (("Timeline", TimelinePane), ("Reader", ReaderPane),
                                ("Entities", EntitySidebar), ("Quotes", QuotePanel),
                                ("Articles", ArticlePane)):  # fmt: skip
                nodes.append((title, main.query_one(kind)))
        sections = []
        # a key the app binds first (ctrl+c quits) does nothing else, wherever it is bound
        taken = {binding.key for binding in declared_bindings(self) if binding.priority}
        moving: dict[str, list[str]] = {}
        for title, node in nodes:
            if node is None:
                continue
            rows: dict[str, list[str]] = {}
            for binding in declared_bindings(node):
                if binding.action in _NOT_SHOWN or (node is not self and binding.key in taken):
                    continue
                key = self.get_key_display(binding)
                if binding.action in _MOVING:
                    if title == "Timeline":
                        moving.setdefault(_MOVING[binding.action], []).append(key)
                    continue
                label = _PANE_LABELS.get((title, binding.action)) or binding.description
                label = label or _UNDESCRIBED.get(
                    binding.action, binding.action.replace("_", " ").capitalize()
                )
                rows.setdefault(label, []).append(key)
            if rows:
                sections.append((title, [(" ".join(keys), label) for label, keys in rows.items()]))
        if moving:
            rows_moving = [(" ".join(keys), label) for label, keys in moving.items()]
            sections.insert(2, ("Moving in any pane", rows_moving))
        sections.append(("Palette", [("ctrl+p", "jump to entity or article, topic, theme")]))
        sections.append(("Dates", _DATE_MARKS))
        self.push_screen(HelpScreen(sections))


# Textual's own bindings that do nothing here: the panes never scroll sideways, and the
# entity tree's jumps between ancestors and siblings are its own business.
_NOT_SHOWN = frozenset(
    "noop scroll_left scroll_right page_left page_right cursor_parent "
    "cursor_parent_next_sibling cursor_previous_sibling cursor_next_sibling".split()
)
# The moves every pane shares, shown once
_MOVING = {
    "cursor_up": "Up", "cursor_down": "Down", "first": "First", "last": "Last",
    "scroll_home": "First", "scroll_end": "Last", "page_up": "Page up",
    "page_down": "Page down",
}  # fmt: skip
# What Enter and the like do in each pane
_PANE_LABELS = {
    ("Timeline", "select"): "Open the event in the reader",
    ("Timeline", "select_cursor"): "Open the event in the reader",
    ("Reader", "select"): "Select the paragraph",
    ("Reader", "select_cursor"): "Select the paragraph",
    ("Entities", "select_cursor"): "Filter by the entity (again: all)",
    ("Entities", "select"): "Filter by the entity (again: all)",
    ("Entities", "toggle_node"): "Fold or unfold",
    ("Entities", "toggle_expand_all"): "Fold or unfold all",
    ("Entities", "correct('merge')"): "Merge the entity into another (kept)",
    ("Entities", "correct('split')"): "Split an alias off the entity (kept)",
    ("Entities", "correct('list')"): "Your corrections: Enter undoes one",
    ("Quotes", "select"): "Open the quote in the reader",
    ("Quotes", "select_cursor"): "Open the quote in the reader",
    ("Everywhere", "command_palette"): "Command palette",
    ("Main screen", "article_list"): "List of articles (filter, sort, open)",
    ("Main screen", "search"): "Search all articles (a list of hits)",
    ("Main screen", "clear"): "Clear the search and the filters",
    ("Main screen", "pick_topic"): "Filter every pane by topic",
    ("Main screen", "pin"): "Pin the event or quote for the brief",
    ("Main screen", "add_note"): "Note on the paragraph (edits your newest)",
    ("Main screen", "set_date"): "Set or clear the article's date",
    ("Main screen", "export_brief"): "Export the brief of this view",
    ("Main screen", "toggle_sections"): "Topic sections or reading order",
    ("Main screen", "why"): "Why the paragraph sits under its topics",
    ("Main screen", "focus_pane('timeline')"): "Go to the timeline",
    ("Main screen", "focus_pane('reader')"): "Go to the reader",
    ("Main screen", "focus_pane('entities')"): "Go to the entities",
    ("Main screen", "focus_pane('quotes')"): "Go to the quotes",
    ("Main screen", "focus_pane('articles')"): "Go to the articles (wide terminal; else the list)",
    ("Articles", "select"): "Open the article in the reader",
}

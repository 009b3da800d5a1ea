"""Small modal dialogs: set a date, pick a topic, see why a paragraph has its topics."""

from __future__ import annotations

import datetime as dt

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import TopicScore
from briefing.safe_text import plain
from briefing.tui.widgets.nav_bindings import NAV_BINDINGS


class PickList(OptionList):
    """An option list that also moves with j/k and g/G, like the panes."""

    BINDINGS = NAV_BINDINGS


class DateDialog(ModalScreen[str | None]):
    """Ask for an article's date (YYYY-MM-DD); when the reader set it (``user_set``), an
    emptied date clears it (the dialog then answers "")."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="date.cancel")]

    def __init__(self, title: str, current: str | None, user_set: bool = False) -> None:
        super().__init__()
        self.article_title = title
        self.current = current
        self.user_set = user_set

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            if self.user_set:
                box.border_title = "Your date \u00b7 Enter sets, empty clears, Esc cancels"
            else:
                box.border_title = "Set the article's date \u00b7 Enter sets, Esc cancels"
            yield Label(
                Text(plain(self.article_title), no_wrap=True, overflow="ellipsis"), id="date-title"
            )
            yield Input(value=self.current or "", placeholder="YYYY-MM-DD", id="date-input")
            yield Label("", id="date-error")

    def on_input_submitted(self, message: Input.Submitted) -> None:
        value = message.value.strip()
        if not value and self.user_set:
            self.dismiss("")
            return
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            self.query_one("#date-error", Label).update(
                Text(f"'{plain(value)}' is not a date of the form YYYY-MM-DD")
            )
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        """Close without a date."""
        self.dismiss(None)


class TopicPicker(ModalScreen[str | None]):
    """Pick a topic to filter by ("" clears the filter)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="topic.cancel")]

    def __init__(
        self,
        topics: list[tuple[str, str, str]],
        current: str | None,
        counts: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        super().__init__()
        self.topics = topics
        self.current = current
        self.counts = counts or {}

    def compose(self) -> ComposeResult:
        options = [Option(Text("All topics"), id="")]
        width = max((len(label) for _, label, _ in self.topics), default=0)
        for key, label, colour in self.topics:
            mark = "\u25b6 " if key == self.current else "  "
            line = Text.assemble(mark, (f"{label:<{width}}", colour))
            if key in self.counts:
                articles, events = self.counts[key]
                line.append(f"  {articles:>5} articles {events:>6} events", style="dim")
            options.append(Option(line, id=key))
        with Vertical(classes="dialog") as box:
            box.border_title = "Filter by topic"
            yield PickList(*options, id="topic-list")

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(message.option.id or "")

    def action_cancel(self) -> None:
        """Close without changing the filter."""
        self.dismiss(None)


class WhyDialog(ModalScreen[None]):
    """The evidence behind a paragraph's topics: the theme's phrases and the learned model's
    strongest terms, with their weights, the score and the threshold."""

    BINDINGS = [Binding("escape,w,q", "dismiss", "Close", id="why.close")]

    def __init__(
        self,
        paragraph: str,
        scores: tuple[TopicScore, ...],
        thresholds: dict[str, float],
        labels: dict[str, str],
        filed: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.scores = scores
        self.thresholds = thresholds
        self.labels = labels
        self.filed = filed

    def compose(self) -> ComposeResult:
        table = Table(expand=True, box=None)
        for column in ("topic", "score", "needs", "filed", "phrases found", "model's terms"):
            table.add_column(column)
        for score in self.scores:
            needed = self.thresholds.get(score.topic, 1.0)
            if score.topic in self.filed:
                filed = "yes" if score.score >= needed else "yes, its article's best"
            else:
                filed = "no"
            table.add_row(
                Text(self.labels.get(score.topic, score.topic)),
                f"{score.score:.2f}",
                f"{needed:.2f}",
                filed,
                Text(plain(_found(score, "phrase"))),
                Text(plain(_found(score, "model"))),
            )
        with Vertical(classes="dialog wide") as box:
            box.border_title = "Why this paragraph sits under its topics \u00b7 Esc closes"
            yield Static(Text(plain(self.paragraph), style="italic"), id="why-paragraph")
            nothing = Text("Neither a topic's phrases nor the model's terms were found here.")
            yield Static(table if self.scores else nothing)


def _found(score: TopicScore, source: str) -> str:
    """The evidence of one source as "phrase ×count (+weight)", in the order found."""
    phrases: dict[str, tuple[int, float]] = {}
    for evidence in score.evidence:
        if evidence.source == source:
            count, weight = phrases.get(evidence.phrase, (0, evidence.weight))
            phrases[evidence.phrase] = (count + 1, weight)
    return ", ".join(
        f"{phrase} \u00d7{count} ({weight:+.2f})" for phrase, (count, weight) in phrases.items()
    )


class NoteDialog(ModalScreen[str | None]):
    """Write a note of your own on a paragraph, or edit the one it has (``current``): an
    emptied note is removed (the dialog then answers "")."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(self, current: str | None = None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            if self.current is None:
                box.border_title = "Your note on this paragraph \u00b7 Enter saves, Esc cancels"
            else:
                box.border_title = "Your note \u00b7 Enter saves, empty removes, Esc cancels"
            yield Input(value=self.current or "", placeholder="Your note", id="note-input")

    def on_input_submitted(self, message: Input.Submitted) -> None:
        text = message.value.strip()
        self.dismiss(text if text or self.current is not None else None)

    def action_cancel(self) -> None:
        """Close without a note."""
        self.dismiss(None)

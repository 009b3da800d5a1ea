"""The article reader: sections by topic (or reading order), with highlights and badges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Article, Paragraph
from briefing.presentation import paragraph_number
from briefing.safe_text import plain
from briefing.tui.widgets.nav_bindings import NAV_BINDINGS
from briefing.tui.widgets.steady import SteadySize

SET_APART = ("byline", "caption", "boilerplate")


@dataclass
class Marks:
    """What the reader highlights beyond the annotations: a sentence, an entity, matches."""

    sentence: tuple[int, int] | None = None
    entity: str | None = None
    matches: Sequence[tuple[int, int]] = ()
    styles: dict[str, str] = field(default_factory=dict)
    notes: dict[int, list[str]] = field(default_factory=dict)


class ReaderPane(SteadySize, OptionList):
    """One article, paragraph by paragraph; the cursor is on a paragraph."""

    BINDINGS = NAV_BINDINGS
    BORDER_TITLE = "Reader"

    # A cursor move neither repaints nor scrolls by itself: the screen draws the cursor
    # (draw_cursor) with what the paragraph changes elsewhere, one frame per key, not two.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    class ParagraphHighlighted(Message):
        """The cursor moved onto a paragraph."""

        def __init__(self, article: Article, paragraph: Paragraph) -> None:
            self.article = article
            self.paragraph = paragraph
            super().__init__()

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReaderPane.ParagraphHighlighted)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.order: list[int | None] = []  # paragraph index of each option (None: heading)

    def show_article(
        self,
        article: Article,
        sections: bool,
        labels: dict[str, str],
        colours: dict[str, str],
        marks: Marks,
    ) -> None:
        """Render ``article``; keep the cursor on the same paragraph when it is shown again."""
        previous = self.current
        same = self.article is not None and self.article.id == article.id
        self.article = article
        self.border_title = Text(plain(article.title or article.id))
        subtitle = " \u00b7 ".join(filter(None, [article.source, ", ".join(article.authors)]))
        self.border_subtitle = Text(plain(subtitle))
        options: list[Option] = []
        self.order = []
        for heading, paragraphs in self._layout(article, sections, labels):
            if heading is not None:
                key, label = heading
                title = Text(f"\u258c{label.upper()}", style=f"bold {colours.get(key, '')}")
                options.append(Option(title, disabled=True))
                self.order.append(None)
            for paragraph in paragraphs:
                options.append(Option(self._paragraph_text(article, paragraph, colours, marks)))
                self.order.append(paragraph.index)
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            if same and previous is not None:
                self.show_paragraph(previous.index, announce=False)

    def _layout(self, article: Article, sections: bool, labels: dict[str, str]):
        body = [p for p in article.paragraphs if p.kind not in SET_APART]
        apart = [p for p in article.paragraphs if p.kind in SET_APART]
        if not sections:
            yield None, list(article.paragraphs)
            return
        placed: set[int] = set()
        for section in article.sections:
            members = [
                p for p in body
                if p.topics and p.topics[0] == section.topic and p.index not in placed
            ]  # fmt: skip
            if members:
                placed.update(p.index for p in members)
                yield (section.topic, labels.get(section.topic, section.topic)), members
        rest = [p for p in body if p.index not in placed]
        if rest:
            yield ("", "Other"), rest
        if apart:
            yield ("", "Byline, captions and notices"), apart

    def _paragraph_text(
        self, article: Article, paragraph: Paragraph, colours: dict[str, str], marks: Marks
    ) -> Text:
        start, end = paragraph.start, paragraph.end
        raw = plain(article.body[start:end]).replace("\n", " ")
        text = Text(raw)
        styles = marks.styles

        def span(a: int, b: int, style: str) -> None:
            if a < end and start < b and style:
                text.stylize(style, max(a, start) - start, min(b, end) - start)

        for quote in article.quotes:
            span(quote.start, quote.end, styles.get("quote", "italic"))
        for timex in article.timexes:
            if not timex.value.endswith("_REF"):  # "now", "current": no date to point at
                span(timex.start, timex.end, styles.get("date", "bold"))
        for figure in article.figures:
            span(figure.start, figure.end, styles.get("figure", "bold"))
        for mention in article.mentions:
            chosen = marks.entity is not None and mention.entity == marks.entity
            span(mention.start, mention.end, styles.get("entity" if chosen else "name", "bold"))
        if marks.sentence:
            span(*marks.sentence, styles.get("sentence", "reverse"))
        for match in marks.matches:
            span(*match, styles.get("match", "reverse"))
        number = paragraph_number(article, paragraph.index)
        head = Text(f"\u00b6{number} ", style="dim")
        if paragraph.kind in SET_APART:
            head.append(f"{paragraph.kind}: ", style="dim italic")
            text.stylize("dim italic")
        badges = Text()
        for topic in paragraph.topics[1:]:
            badges.append(f" +{topic}", style=colours.get(topic, "dim"))
        result = Text.assemble(head, text, badges)
        for note in marks.notes.get(paragraph.index, ()):
            result.append(f"\n\u270e your note: {plain(note)}", style="italic bold")
        return result

    @property
    def current(self) -> Paragraph | None:
        """The paragraph under the cursor."""
        if self.article is None or self.highlighted is None:
            return None
        if not 0 <= self.highlighted < len(self.order):
            return None
        index = self.order[self.highlighted]
        return None if index is None else self.article.paragraphs[index]

    def show_paragraph(self, index: int, announce: bool = True) -> None:
        """Move the cursor to a paragraph and scroll it into view."""
        if index not in self.order:
            return
        position = self.order.index(index)
        if announce:
            self.highlighted = position
        else:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = position
            self.refresh()
        self.scroll_to_highlight(top=True)

    def show_offset(self, offset: int, announce: bool = False) -> None:
        """Move the cursor to the paragraph holding a body offset."""
        if self.article is None:
            return
        paragraph = self.article.paragraph_at(offset)
        if paragraph is not None:
            self.show_paragraph(paragraph.index, announce=announce)

    def on_option_list_option_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        message.stop()
        if self.article is not None and self.current is not None:
            self.post_message(self.ParagraphHighlighted(self.article, self.current))
        else:
            self.draw_cursor()

    def watch_highlighted(self, highlighted: int | None) -> None:
        option = self.get_option_at_index(highlighted) if highlighted is not None else None
        if option is not None and highlighted is not None and not option.disabled:
            self.post_message(self.OptionHighlighted(self, option, highlighted))

    def draw_cursor(self) -> None:
        """Scroll the cursor's paragraph into view and repaint."""
        self.scroll_to_highlight()
        self.refresh()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()

    def action_first(self) -> None:
        """Go to the first paragraph."""
        if self.option_count:
            self.highlighted = 0
            self.action_cursor_down() if self.order and self.order[0] is None else None

    def action_last(self) -> None:
        """Go to the last paragraph."""
        if self.option_count:
            self.highlighted = self.option_count - 1

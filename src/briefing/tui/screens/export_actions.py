"""The main screen's export: the brief of the current view, rendered away from the screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from briefing.tui.screens.export_dialog import ExportDialog

if TYPE_CHECKING:
    from briefing.analysis.topics.themes import Theme
    from briefing.export.markdown import BriefView
    from briefing.model import Corpus
    from briefing.store import Note


class ExportActions(Screen[None]):
    """Export for the main screen, which holds the view below."""

    if TYPE_CHECKING:
        corpus: Corpus | None
        theme: Theme
        topic: str | None
        entity: str | None
        pinned: set[str]
        notes: list[Note]

    def action_export_brief(self) -> None:
        """Preview and write the brief of the current view (filters and pins)."""
        if self.corpus is None:
            return
        from briefing.export.markdown import BriefView

        view = BriefView(
            topics=(self.topic,) if self.topic else (),
            entities=(self.entity,) if self.entity else (),
            pinned=frozenset(self.pinned),
            notes=tuple((n.target, n.text) for n in self.notes),
        )
        name = "brief" + (f"-{self.topic}" if self.topic else "") + ".md"
        if len(self.corpus.articles) > 50:
            self.notify("Writing the brief\u2026", timeout=2)
        self.prepare_brief(self.corpus, view, Path.cwd() / name)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def prepare_brief(self, corpus: Corpus, view: BriefView, path: Path) -> None:
        """Render the brief away from the screen (a whole corpus takes a second or two)."""
        from briefing.export.markdown import render_brief

        brief = render_brief(corpus, self.theme, view)
        self.app.call_from_thread(self.show_brief, brief, path)

    def show_brief(self, brief: str, path: Path) -> None:
        """Open the export dialog on a rendered brief."""

        def written(result: Path | None) -> None:
            if result is not None:
                self.notify(f"Wrote the brief to {result}", markup=False)

        self.app.push_screen(ExportDialog(brief, path), written)

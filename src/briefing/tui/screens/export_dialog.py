"""Preview the brief of the current view, then write it (asking before overwriting)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Markdown

from briefing.export.files import WriteRefused, check_target, write_atomically
from briefing.safe_text import plain

if TYPE_CHECKING:
    from briefing.analysis.topics.themes import Theme
    from briefing.export.markdown import BriefView
    from briefing.model import Corpus
    from briefing.tui.screens.main import MainScreen

PREVIEW_LINES = 400  # Textual's Markdown widget is slow on whole-corpus briefs (megabytes)


_FOOTNOTE_REF = re.compile(r"(?<!\\)\[\^(\d+)\]")
_FOOTNOTE_LINE = re.compile(r"^\[\^(\d+)\]:\s*", re.MULTILINE)
_SUPERSCRIPT = str.maketrans(
    "0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
)


def with_visible_footnotes(brief: str) -> str:
    """Footnotes as Textual's Markdown can show them (it has no footnote syntax): a
    reference as superscript digits, each note as a list item of its own."""
    brief = _FOOTNOTE_LINE.sub(lambda m: f"- {m.group(1).translate(_SUPERSCRIPT)} ", brief)
    return _FOOTNOTE_REF.sub(lambda m: m.group(1).translate(_SUPERSCRIPT), brief)


def preview_of(brief: str, limit: int = PREVIEW_LINES) -> str:
    """The start of ``brief`` for the preview: up to ``limit`` lines, cut at a blank line so
    no block is broken, and a last line saying how much is left out."""
    lines = brief.splitlines()
    if len(lines) <= limit:
        return brief
    cut = limit
    while cut > limit // 2 and lines[cut - 1].strip():
        cut -= 1
    size = len(brief.encode("utf-8")) / 1024
    return "\n".join(lines[:cut]) + (
        f"\n\n---\n\n*The preview shows the first {cut:,} of {len(lines):,} lines; "
        f"w writes the whole brief ({size:,.0f} KB).*\n"
    )


class ExportDialog(ModalScreen[Path | None]):
    """The brief rendered as it will read; w writes it, o overwrites, Esc cancels."""

    BINDINGS = [
        Binding("w", "write", "Write", id="export.write"),
        Binding("o", "overwrite", "Overwrite", id="export.overwrite", show=False),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, brief: str, path: Path) -> None:
        super().__init__()
        self.brief = brief
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="export-box") as box:
            box.border_title = "Export the brief \u00b7 w write \u00b7 Esc cancel"
            yield Label(Text(plain(f"to {self.path}")), id="export-path")
            with VerticalScroll(id="export-preview"):
                yield Markdown(with_visible_footnotes(preview_of(self.brief)))

    def action_write(self) -> None:
        """Write the brief, unless the file exists (then ask)."""
        if self.path.exists() or self.path.is_symlink():
            self.query_one("#export-path", Label).update(
                Text(plain(f"{self.path} exists: press o to overwrite it, Esc to cancel"))
            )
            return
        self._write()

    def action_overwrite(self) -> None:
        """Write the brief over an existing file."""
        self._write()

    def _write(self) -> None:
        try:
            write_atomically(check_target(self.path, force=True), self.brief)
        except (OSError, WriteRefused) as error:
            reason = error.strerror if isinstance(error, OSError) else None
            self.notify(f"{self.path}: {reason or error}", severity="error")
            return
        self.dismiss(self.path)

    def action_cancel(self) -> None:
        """Close without writing."""
        self.dismiss(None)


def export_brief(screen: MainScreen) -> None:
    """Render the brief of the screen's view (its filters, pins and notes) away from the
    screen, then open the dialog on it (a whole corpus takes a second or two)."""
    corpus = screen.corpus
    if corpus is None:
        return
    from briefing.export.markdown import BriefView

    view = BriefView(
        topics=(screen.topic,) if screen.topic else (),
        entities=(screen.entity,) if screen.entity else (),
        pinned=frozenset(screen.pinned),
        notes=tuple((n.target, n.text) for n in screen.notes),
    )
    name = "brief" + (f"-{screen.topic}" if screen.topic else "") + ".md"
    screen.set_busy("export", "writing the brief\u2026 Esc cancels")
    path = Path.cwd() / name
    screen.run_worker(lambda: _render(screen, corpus, screen.theme, view, path), thread=True,
                      group="export", exclusive=True, exit_on_error=False)  # fmt: skip


def _render(screen: MainScreen, corpus: Corpus, theme: Theme, view: BriefView, path: Path) -> None:
    """In a worker: the brief, handed to the screen's dialog (unless Esc cancelled it)."""
    from textual.worker import get_current_worker

    from briefing.export.markdown import render_brief

    brief = render_brief(corpus, theme, view)
    if get_current_worker().is_cancelled:
        return

    def written(result: Path | None) -> None:
        if result is not None:
            screen.notify(f"Wrote the brief to {result}", markup=False)

    def show() -> None:
        screen.set_busy("export", None)
        screen.app.push_screen(ExportDialog(brief, path), written)

    screen.app.call_from_thread(show)

"""Loading a folder away from the screen: an invisible widget whose worker reads and
analyses the articles (through the cache) and posts what it has as it goes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from textual import work
from textual.message import Message
from textual.widget import Widget
from textual.worker import get_current_worker

from briefing.analysis.topics.themes import Theme
from briefing.library import open_folder as opening
from briefing.model import Corpus, Correction


class CorpusLoader(Widget):
    """Posts :class:`Loaded` for each batch and :class:`Progress` between them; notices of
    the database become notifications."""

    DEFAULT_CSS = "CorpusLoader { display: none; }"

    class Loaded(Message):
        """Articles were analysed (a batch, or all of them); ``corpus`` has the reader's
        corrections of the entities made, ``base`` is as assembled."""

        def __init__(self, corpus: Corpus, done: int, total: int, base: Corpus) -> None:
            self.corpus = corpus
            self.done = done
            self.total = total
            self.base = base
            super().__init__()

    class Progress(Message):
        """How far loading has got."""

        def __init__(self, done: int, total: int) -> None:
            self.done = done
            self.total = total
            super().__init__()

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, CorpusLoader.Progress)

    def __init__(
        self,
        paths: Sequence[str | Path],
        theme: Theme,
        db: Path | None,
        default_date: str | None,
        corrections: Callable[[], Sequence[Correction]] = tuple,
    ) -> None:
        super().__init__()
        self.corrections = corrections  # asked for each corpus (a correction may come mid-way)
        self.paths = list(paths)
        self.theme = theme
        self.db = db
        self.default_date = default_date

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self, checked: bool = False) -> None:
        """Read and analyse the articles, posting batches as they come; ``checked``: the
        screen has just opened the database itself (it is not checked again)."""
        worker = get_current_worker()
        items = opening.open_corpus(self.paths, self.theme, self.db, self.default_date,
                                    should_stop=lambda: worker.is_cancelled,
                                    corrections=self.corrections, checked=checked)  # fmt: skip
        for item in items:
            if worker.is_cancelled:
                return
            if isinstance(item, opening.Progress):
                self.post_message(self.Progress(item.done, item.total))
            elif isinstance(item, opening.Notice):
                self.app.call_from_thread(self.app.notify, item.text, title="Database",
                                          severity="warning", timeout=10)  # fmt: skip
            else:
                self.post_message(self.Loaded(item.corpus, item.done, item.total, item.assembled))

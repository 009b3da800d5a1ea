"""The reader's corrections of the entities, as the sidebar's keys make them: merge the
highlighted entity into another (m), split an alias off it (u), list the corrections and
undo one (U). A helper the main screen holds (composition): it saves through the screen's
:class:`Annotations` and makes the corrections of the corpus as assembled in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.names.corrections import apply_corrections
from briefing.model import MERGE, SPLIT, Corpus, Correction, Entity
from briefing.tui.screens.entity_dialogs import (
    AliasPicker,
    CorrectionList,
    MergeTargetPicker,
    describe,
)

if TYPE_CHECKING:
    from briefing.tui.screens.main import MainScreen


class Correcting:
    """Merges, splits and their undoing for one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen

    def asked(self, action: str, entity: Entity | None) -> None:
        """A sidebar key: ``merge`` or ``split`` ``entity``, or ``list`` the corrections."""
        if action == "list":
            self.list_corrections()
        elif entity is None:
            self.screen.notify("Move the entities' cursor onto an entity first.")
        elif action == MERGE:
            self.merge(entity)
        elif action == SPLIT:
            self.split(entity)

    def merge(self, entity: Entity) -> None:
        """Ask which entity ``entity`` joins, then merge it there."""
        screen = self.screen
        corpus = screen.corpus
        if corpus is None:
            return

        def chosen(target: str | None) -> None:
            if target is None:
                return
            name = next((e.name for e in corpus.entities if e.id == target), target)
            said = f"{entity.name} merged into {name}; U lists your corrections."
            self.make(Correction(MERGE, entity.id, target), said, keep=target)

        screen.app.push_screen(MergeTargetPicker(entity, corpus.entities), chosen)

    def split(self, entity: Entity) -> None:
        """Ask which alias leaves ``entity``, then split it off."""
        if not entity.aliases:
            self.screen.notify(f"{entity.name} has no alias to split off.", markup=False)
            return

        def chosen(alias: str | None) -> None:
            if alias is not None:
                said = f"{alias} split off {entity.name}; U lists your corrections."
                self.make(Correction(SPLIT, entity.id, alias), said, keep=entity.id)

        self.screen.app.push_screen(AliasPicker(entity), chosen)

    def list_corrections(self) -> None:
        """Show the corrections made; the one chosen is undone."""
        screen = self.screen
        made = screen.annotations.corrections
        if not made:
            screen.notify("No corrections yet: m merges an entity into another, u splits an "
                          "alias off.")  # fmt: skip
            return
        names = self.names()

        def chosen(correction_id: int | None) -> None:
            if correction_id is None:
                return
            correction = dict(made)[correction_id]
            if screen.marking.saved(
                lambda: screen.annotations.undo_correction(correction_id), "undoing"
            ):
                self.remake(f"Undone: {describe(correction, names)}.", keep=correction.entity)

        screen.app.push_screen(CorrectionList(made, names), chosen)

    def names(self) -> dict[str, str]:
        """Entity names by id, as assembled and as corrected (a split's new entities)."""
        screen = self.screen
        names: dict[str, str] = {}
        for corpus in (screen.corpus, screen.base_corpus):
            if corpus is not None:
                names.update((e.id, e.name) for e in corpus.entities)
        return names

    def make(self, correction: Correction, message: str, keep: str) -> None:
        """Keep a correction, then make every correction of the corpus again."""
        if self.screen.marking.saved(
            lambda: self.screen.annotations.add_correction(correction), "correction"
        ):
            self.remake(message, keep)

    def remake(self, message: str, keep: str) -> None:
        """In a worker (a split reads the articles it reaches): the corpus as assembled with
        the reader's corrections made, handed to the screen with ``message``."""
        screen = self.screen
        base = screen.base_corpus
        if base is None:
            return
        corrections = screen.annotations.corrections_in_order

        def work() -> None:
            corrected: Corpus = apply_corrections(base, corrections)
            screen.app.call_from_thread(screen.show_corrected, corrected, message, keep)

        screen.run_worker(work, thread=True, group="correct", exclusive=True, exit_on_error=False)

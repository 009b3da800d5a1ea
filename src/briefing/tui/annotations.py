"""The reader's own marks on a corpus: pins, notes, dates, read marks and corrections of the
entities, kept in the database when there is one. Headless: the screen asks, this saves; a
failed save raises before anything changes here."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing.model import Correction, article_key, note_place, note_target
from briefing.store import Note, StoreError
from briefing.store.interface import CorpusStore


class Annotations:
    """Pins and notes of one reading session, saved through ``store`` (None: kept only for
    the session)."""

    def __init__(self, store: CorpusStore | None = None) -> None:
        self.store = store
        self.pinned: set[str] = store.pins() if store is not None else set()
        self.notes: list[Note] = store.notes() if store is not None else []
        self.read: set[str] = store.read() if store is not None else set()
        self.corrections: list[tuple[int, Correction]] = (
            store.corrections() if store is not None else []
        )

    @property
    def corrections_in_order(self) -> list[Correction]:
        """The corrections of the entities, oldest first (the order they are made in)."""
        return [correction for _id, correction in self.corrections]

    def add_correction(self, correction: Correction) -> int:
        """Keep a correction of the entities (made after every other); its id. Raises
        StoreError when it cannot be saved, and then changes nothing."""
        if self.store is not None:
            correction_id = self.store.add_correction(correction)
        else:
            correction_id = max((i for i, _ in self.corrections), default=0) + 1
        self.corrections.append((correction_id, correction))
        return correction_id

    def undo_correction(self, correction_id: int) -> None:
        """Forget one correction. Raises StoreError when that cannot be saved, and then
        changes nothing."""
        if self.store is not None:
            self.store.delete_correction(correction_id)
        self.corrections = [(i, c) for i, c in self.corrections if i != correction_id]

    def mark_read(self, path: str | Path) -> None:
        """Remember that the article at ``path`` was read (for the session alone when the
        database cannot keep it: it said so when it opened)."""
        key = article_key(path)
        if key in self.read:
            return
        self.read.add(key)
        if self.store is not None:
            try:
                self.store.mark_read(path)
            except StoreError:
                pass

    def toggle_pin(self, key: str) -> bool:
        """Pin ``key`` (an event id or a quote key), or unpin it; True when now pinned.
        Raises StoreError when the change cannot be saved, and then changes nothing."""
        pinning = key not in self.pinned
        if self.store is not None:
            self.store.set_pin(key, pinning)
        if pinning:
            self.pinned.add(key)
        else:
            self.pinned.discard(key)
        return pinning

    def add_note(self, path: str | Path, paragraph_index: int, text: str) -> Note:
        """Add a note on one paragraph of the article at ``path``."""
        target = note_target(path, paragraph_index)
        if self.store is not None:
            note = self.store.add_note(target, text)
        else:
            note = Note(len(self.notes) + 1, target, text, 0.0)
        self.notes.append(note)
        return note

    def latest_note(self, path: str | Path, paragraph_index: int) -> Note | None:
        """The newest note on one paragraph of the article at ``path``, if any."""
        target = note_target(path, paragraph_index)
        return next((note for note in reversed(self.notes) if note.target == target), None)

    def edit_note(self, note: Note, text: str) -> None:
        """Give ``note`` a new text, or remove it when ``text`` is empty. Raises StoreError
        when the change cannot be saved, and then changes nothing."""
        if self.store is not None:
            if text:
                self.store.edit_note(note.id, text)
            else:
                self.store.delete_note(note.id)
        position = self.notes.index(note)
        if text:
            self.notes[position] = replace(note, text=text)
        else:
            del self.notes[position]

    def save_date(self, path: str | Path, value: str) -> None:
        """Keep the reader's date of the article at ``path``."""
        if self.store is not None:
            self.store.set_date(path, value)

    def clear_date(self, path: str | Path) -> None:
        """Forget the reader's date of the article at ``path``."""
        if self.store is not None:
            self.store.clear_date(path)

    def notes_by_paragraph(self, article_key: str) -> dict[int, list[str]]:
        """The notes on one article (by its key), by paragraph index, oldest first."""
        found: dict[int, list[str]] = {}
        for note in self.notes:
            place = note_place(note.target)
            if place is not None and place[0] == article_key:
                found.setdefault(place[1], []).append(note.text)
        return found

"""The dialogs of the reader's corrections of the entities: pick the entity another joins,
pick the alias to split off, and the list of corrections made (Enter undoes one)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from briefing.model import MERGE, Correction, Entity
from briefing.presentation import shorten
from briefing.safe_text import plain
from briefing.tui.screens.dialogs import PickList
from briefing.tui.widgets.live_filter import LiveFilter

SHOWN = 100  # entities listed at once; the filter finds the rest
_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}


def _entity_line(entity: Entity, digits: int) -> Text:
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(f"{entity.mention_count:>{digits}} ", style="dim")
    line.append(plain(shorten(entity.name, 40)))
    line.append(f"  {_KINDS.get(entity.type, entity.type)}", style="italic dim")
    if entity.aliases:
        line.append(f"  aka {plain(shorten(', '.join(entity.aliases), 40))}", style="dim")
    return line


def _matches(entity: Entity, words: list[str]) -> bool:
    """Whether every word of the filter is in the entity's name or one of its aliases."""
    names = " ".join((entity.name, *entity.aliases)).lower()
    return all(word in names for word in words)


class MergeTargetPicker(ModalScreen[str | None]):
    """Pick the entity that ``entity`` joins; the answer is its id, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="merge.cancel"),
        Binding("down", "move(1)", "Down", show=False, priority=True, id="merge.down"),
        Binding("up", "move(-1)", "Up", show=False, priority=True, id="merge.up"),
        Binding("pagedown", "move(10)", "Page down", show=False, priority=True, id="merge.page"),
        Binding("pageup", "move(-10)", "Page up", show=False, priority=True, id="merge.page_up"),
    ]

    def __init__(self, entity: Entity, entities: Sequence[Entity]) -> None:
        super().__init__()
        self.entity = entity
        # the entity's own kind first: a surname joins a person, a short form its company
        self.candidates = sorted(
            (e for e in entities if e.id != entity.id), key=lambda e: e.type != entity.type
        )
        self.digits = len(str(max((e.mention_count for e in entities), default=0)))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="merge-box") as box:
            box.border_title = f"Merge {plain(shorten(self.entity.name, 40))} into \u2026"
            yield LiveFilter(self.refill, placeholder="Filter: words of a name", id="merge-filter")
            yield PickList(id="merge-list")

    def on_mount(self) -> None:
        self.refill("")
        self.query_one(Input).focus()

    def refill(self, query: str) -> None:
        """List the entities whose names hold every word typed (called as it is typed)."""
        words = query.lower().split()
        found = [e for e in self.candidates if _matches(e, words)]
        shown = found[:SHOWN]
        more = f" (the first {SHOWN})" if len(found) > SHOWN else ""
        self.query_one(
            "#merge-box"
        ).border_subtitle = f"{len(found)} found{more} \u00b7 Enter merges \u00b7 Esc cancels"
        listing = self.query_one(PickList)
        listing.clear_options()
        listing.add_options(Option(_entity_line(e, self.digits), id=e.id) for e in shown)
        if shown:
            listing.highlighted = 0

    @on(Input.Submitted, "#merge-filter")
    def filter_submitted(self) -> None:
        listing = self.query_one(PickList)
        if listing.highlighted is not None:
            self.dismiss(listing.get_option_at_index(listing.highlighted).id)

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(message.option.id)

    def action_move(self, step: int) -> None:
        """Move the list's cursor while the filter keeps the keyboard."""
        listing = self.query_one(PickList)
        if listing.option_count:
            place = (listing.highlighted or 0) + step
            listing.highlighted = max(0, min(place, listing.option_count - 1))

    def action_cancel(self) -> None:
        """Close without merging."""
        self.dismiss(None)


class AliasPicker(ModalScreen[str | None]):
    """Pick the alias to split off ``entity``; the answer is the alias, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="split.cancel")]

    def __init__(self, entity: Entity) -> None:
        super().__init__()
        self.entity = entity

    def compose(self) -> ComposeResult:
        options = [Option(Text(plain(alias)), id=alias) for alias in self.entity.aliases]
        with Vertical(classes="dialog") as box:
            box.border_title = f"Split an alias off {plain(shorten(self.entity.name, 30))}"
            box.border_subtitle = "Enter splits it off \u00b7 Esc cancels"
            yield PickList(*options, id="split-list")

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(message.option.id)

    def action_cancel(self) -> None:
        """Close without splitting."""
        self.dismiss(None)


def describe(correction: Correction, names: dict[str, str]) -> str:
    """A correction in words: "Obama merged into Barack Obama", "Clinton split off Hillary
    Clinton"."""
    entity = names.get(correction.entity, correction.entity)
    if correction.kind == MERGE:
        return f"{entity} merged into {names.get(correction.other, correction.other)}"
    return f"{correction.other} split off {entity}"


class CorrectionList(ModalScreen[int | None]):
    """The reader's corrections, newest first; the answer is the id of the one to undo."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="corrections.cancel")]

    def __init__(
        self, corrections: Sequence[tuple[int, Correction]], names: dict[str, str]
    ) -> None:
        super().__init__()
        self.corrections = list(corrections)
        self.names = names

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(plain(describe(correction, self.names))), id=str(correction_id))
            for correction_id, correction in reversed(self.corrections)
        ]
        with Vertical(classes="dialog wide") as box:
            box.border_title = f"Your corrections of the entities \u00b7 {len(options)}"
            box.border_subtitle = "Enter undoes one \u00b7 Esc closes"
            yield PickList(*options, id="corrections-list")

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(int(message.option.id or 0))

    def action_cancel(self) -> None:
        """Close without undoing anything."""
        self.dismiss(None)

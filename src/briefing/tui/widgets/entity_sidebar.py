"""The entity sidebar: people, organisations, places and other names, merged."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree

from briefing.model import Entity
from briefing.presentation import shorten
from briefing.safe_text import plain

GROUPS = (("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places"), ("MISC", "Other"))


class EntitySidebar(Tree[Entity | None]):
    """Entities by kind with mention counts and first role; a node opens to aliases and roles."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="entities.cursor_down"),
        Binding("k", "cursor_up", "Up", show=False, id="entities.cursor_up"),
        Binding("g", "scroll_home", "First", show=False, id="entities.scroll_home"),
        Binding("G", "scroll_end", "Last", show=False, id="entities.scroll_end"),
        Binding("m", "correct('merge')", "Merge into", id="entities.merge"),
        Binding("u", "correct('split')", "Split alias", id="entities.split"),
        Binding("U", "correct('list')", "Corrections", show=False, id="entities.corrections"),
    ]
    BORDER_TITLE = "Entities"

    class EntityChosen(Message):
        """Enter on an entity: filter the timeline and quotes to it."""

        def __init__(self, entity: Entity) -> None:
            self.entity = entity
            super().__init__()

    class CorrectionAsked(Message):
        """A key asked to correct the entities: ``merge`` or ``split`` the highlighted one
        (``entity``), or ``list`` the corrections made."""

        def __init__(self, action: str, entity: Entity | None) -> None:
            self.action = action
            self.entity = entity
            super().__init__()

    def __init__(self, **kwargs) -> None:
        super().__init__(Text("Entities"), **kwargs)
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2  # the names get the room

    def show_entities(
        self,
        entities: Sequence[Entity],
        chosen: str | None = None,
        within: set[str] | None = None,
        keep: str | None = None,
    ) -> None:
        """Rebuild the tree; the chosen entity is marked. With ``within`` (article ids: a
        topic's), only the entities named in those articles. Counts come first, whole. The
        cursor goes to entity ``keep`` when it is listed."""
        self.clear()
        kept = None
        if within is not None:
            entities = [e for e in entities if within.intersection(e.articles)]
        digits = len(str(max((e.mention_count for e in entities), default=0)))
        for kind, title in GROUPS:
            members = [e for e in entities if e.type == kind]
            if not members:
                continue
            group = self.root.add(Text(f"{title} ({len(members)})", style="bold"), expand=True)
            for entity in members[:300]:
                label = Text(no_wrap=True, overflow="ellipsis")
                if entity.id == chosen:
                    label.append("\u25b6 ", style="bold")
                label.append(f"{entity.mention_count:>{digits}} ", style="dim")
                label.append(plain(shorten(entity.name, 22)))
                if entity.roles:
                    label.append(f" {plain(shorten(entity.roles[0], 24))}", style="italic dim")
                node = group.add(label, data=entity)
                if entity.id == keep:
                    kept = node
                if entity.aliases:
                    aliases = plain(", ".join(entity.aliases))
                    node.add_leaf(Text(f"aka {aliases}", style="dim"), data=None)
                for role in entity.roles:
                    node.add_leaf(Text(f"role: {plain(role)}", style="dim"), data=None)
                node.add_leaf(Text(f"in {len(entity.articles)} article(s)", style="dim"), data=None)
        if kept is not None:
            self.call_after_refresh(self.move_cursor, kept)

    @property
    def highlighted_entity(self) -> Entity | None:
        """The entity under the cursor (or whose alias, role or count line it is on)."""
        node = self.cursor_node
        while node is not None and not isinstance(node.data, Entity):
            node = node.parent
        return node.data if node is not None else None

    def action_correct(self, action: str) -> None:
        """Ask the screen to merge or split the highlighted entity, or list corrections."""
        self.post_message(self.CorrectionAsked(action, self.highlighted_entity))

    def on_tree_node_selected(self, message: Tree.NodeSelected) -> None:
        message.stop()
        if isinstance(message.node.data, Entity):
            self.post_message(self.EntityChosen(message.node.data))

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
    ]
    BORDER_TITLE = "Entities"

    class EntityChosen(Message):
        """Enter on an entity: filter the timeline and quotes to it."""

        def __init__(self, entity: Entity) -> None:
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
    ) -> None:
        """Rebuild the tree; the chosen entity is marked. With ``within`` (article ids: a
        topic's), only the entities named in those articles. Counts come first, whole."""
        self.clear()
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
                if entity.aliases:
                    aliases = plain(", ".join(entity.aliases))
                    node.add_leaf(Text(f"aka {aliases}", style="dim"), data=None)
                for role in entity.roles:
                    node.add_leaf(Text(f"role: {plain(role)}", style="dim"), data=None)
                node.add_leaf(Text(f"in {len(entity.articles)} article(s)", style="dim"), data=None)

    def on_tree_node_selected(self, message: Tree.NodeSelected) -> None:
        message.stop()
        if isinstance(message.node.data, Entity):
            self.post_message(self.EntityChosen(message.node.data))

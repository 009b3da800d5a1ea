"""Theme colours as Rich styles: the reader's marks take opaque colours from the theme."""

from __future__ import annotations

from collections.abc import Mapping

from textual.color import Color


def solid(variables: Mapping[str, str], name: str) -> str:
    """Theme colour ``name`` as opaque ``#rrggbb`` (Rich styles take no alpha)."""
    value = variables.get(name)
    if not value:
        return ""
    colour = Color.parse(value)
    if colour.a < 1:
        background = Color.parse(variables.get("background", "#000000"))
        colour = background.blend(colour.with_alpha(1.0), colour.a)
    return colour.hex6


def reader_styles(variables: Mapping[str, str]) -> dict[str, str]:
    """How the reader marks dates, figures, names, quotes, the event and search matches."""
    return {
        "date": f"bold {solid(variables, 'accent')}",
        "figure": f"bold {solid(variables, 'success')}",
        "name": f"bold {solid(variables, 'foreground')}",
        "entity": f"bold reverse {solid(variables, 'accent')}",
        "quote": "italic",
        "sentence": f"underline on {solid(variables, 'panel')}",
        "match": f"reverse {solid(variables, 'warning')}",
    }

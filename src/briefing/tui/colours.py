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


MIN_CONTRAST = 3.0  # WCAG's least for bold text, against the pane's background


def contrast(one: Color, other: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: Color) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def legible(variables: Mapping[str, str], name: str) -> str:
    """Theme colour ``name``, darkened on a light background (lightened on a dark one) until
    it reads against the surface the panes are drawn on."""
    value = solid(variables, name)
    if not value:
        return value
    colour = Color.parse(value)
    surface = Color.parse(solid(variables, "surface") or solid(variables, "background") or "#000")
    dark_surface = surface.brightness < 0.5
    for _ in range(20):
        if contrast(colour, surface) >= MIN_CONTRAST:
            break
        colour = colour.lighten(0.05) if dark_surface else colour.darken(0.05)
    return colour.hex6


def reader_styles(variables: Mapping[str, str]) -> dict[str, str]:
    """How the reader marks dates, figures, names, quotes, the event and search matches."""
    return {
        "date": f"bold {legible(variables, 'accent')}",
        "figure": f"bold {legible(variables, 'success')}",
        "name": f"bold {solid(variables, 'foreground')}",
        "entity": f"bold reverse {solid(variables, 'accent')}",
        "quote": "italic",
        "sentence": f"underline on {solid(variables, 'panel')}",
        "match": f"reverse {solid(variables, 'warning')}",
    }

"""Write topics back into a theme file, keeping its header comment, name and description."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable

from briefing.analysis.topics.themes import Topic


def read_header(text: str) -> str:
    """The comment lines at the top of a theme file."""
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("#") or (not line.strip() and lines):
            lines.append(line)
        else:
            break
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def _string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _number(value: float) -> str:
    return f"{value:g}" if value != int(value) else f"{int(value)}.0"


def format_theme(header: str, original: str, topics: Iterable[Topic]) -> str:
    """The whole theme file: header, name and description from ``original``, then topics."""
    data = tomllib.loads(original)
    out = [header, ""] if header else []
    for key in ("name", "description"):
        if key in data:
            out.append(f"{key} = {_string(str(data[key]))}")
    for topic in topics:
        out += ["", "[[topic]]", f"key = {_string(topic.key)}", f"label = {_string(topic.label)}"]
        out.append(f"color = {_string(topic.color)}")
        out.append(f"threshold = {_number(topic.threshold)}")
        out.append(f"paragraph_threshold = {_number(topic.paragraph_threshold)}")
        if topic.exclude:
            out.append(f"exclude = [{', '.join(_string(p) for p in topic.exclude)}]")
        out += ["", "[topic.phrases]"]
        out += [f"{_string(phrase)} = {_number(weight)}" for phrase, weight in topic.phrases]
        if topic.learned:
            out += [
                "",
                "[topic.learned]  # fitted on Reuters-21578 by briefing.training.fit_themes",
            ]
            out += [f"{_string(phrase)} = {_number(weight)}" for phrase, weight in topic.learned]
    return "\n".join(out) + "\n"

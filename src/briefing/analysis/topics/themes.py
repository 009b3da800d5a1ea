"""Topic themes: TOML files of topics with weighted phrases, validated on load."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"^[a-z][a-z0-9_-]*$")
_THEME_KEYS = frozenset(("name", "description", "topic"))
_TOPIC_KEYS = frozenset(
    ("key", "label", "color", "threshold", "paragraph_threshold", "phrases", "learned", "exclude")
)
MIN_CONTRAST = 3.0


class ThemeError(Exception):
    """A theme file that cannot be used; the message names the file, the line and the fault."""


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic: how to show it and which phrases count for or against it."""

    key: str
    label: str
    color: str
    threshold: float
    paragraph_threshold: float
    phrases: tuple[tuple[str, float], ...]
    exclude: tuple[str, ...] = ()
    learned: tuple[tuple[str, float], ...] = ()

    @property
    def all_phrases(self) -> tuple[tuple[str, float], ...]:
        """Hand-written phrases, then phrases learned from data."""
        return self.phrases + self.learned


@dataclass(frozen=True, slots=True)
class Theme:
    """Topics from one or more theme files, in file order."""

    topics: tuple[Topic, ...]
    sources: tuple[str, ...] = ()

    def topic(self, key: str) -> Topic | None:
        """The topic with ``key``, if the theme has it."""
        for topic in self.topics:
            if topic.key == key:
                return topic
        return None

    def label(self, key: str) -> str:
        """The label of ``key`` (the key itself when unknown)."""
        topic = self.topic(key)
        return topic.label if topic else key


def load_theme(path: str | Path) -> Theme:
    """Load a theme file, or every ``*.toml`` of a folder in sorted order."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.toml"))
        if not files:
            raise ThemeError(f"{path}: no theme files (*.toml) in this folder")
    elif path.is_file():
        files = [path]
    else:
        raise ThemeError(f"{path}: no such file or folder")
    topics: list[Topic] = []
    seen: dict[str, str] = {}
    for file in files:
        for topic in _load_file(file):
            if topic.key in seen:
                first = seen[topic.key]
                raise ThemeError(f"{file}: topic '{topic.key}' is already defined in {first}")
            seen[topic.key] = str(file)
            topics.append(topic)
    return Theme(tuple(topics), tuple(str(file) for file in files))


def _load_file(file: Path) -> list[Topic]:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeError(f"{file}: cannot be read ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        where = f":{line.group(1)}" if line else ""
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise ThemeError(f"{file}{where}: {reason}") from None
    for key in data:
        if key not in _THEME_KEYS:
            raise ThemeError(f"{file}:{_line_of(text, key)}: unknown key '{key}'")
    raw_topics = data.get("topic")
    if not isinstance(raw_topics, list) or not raw_topics:
        raise ThemeError(f"{file}: no topics (add [[topic]] tables)")
    return [_topic(file, text, raw) for raw in raw_topics]


def _topic(file: Path, text: str, raw: object) -> Topic:
    if not isinstance(raw, dict):
        raise ThemeError(f"{file}: each topic must be a [[topic]] table")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        line = _line_of(text, "[[topic]]")
        raise ThemeError(
            f"{file}:{line}: topic key {key!r} must be lower-case letters, digits, - or _"
        )
    needle = 'key = "' + key + '"'
    where = f"{file}:{_line_of(text, needle)}"
    for name in raw:
        if name not in _TOPIC_KEYS:
            raise ThemeError(f"{file}:{_line_of(text, name)}: topic '{key}': unknown key '{name}'")
    label = raw.get("label", key)
    if not isinstance(label, str) or not label.strip():
        raise ThemeError(f"{where}: topic '{key}': label must be text")
    color = raw.get("color")
    if not isinstance(color, str) or not _COLOUR.match(color):
        raise ThemeError(f"{where}: topic '{key}': color {color!r} is not of the form #rrggbb")
    contrast = min(contrast_ratio(color, "#000000"), contrast_ratio(color, "#ffffff"))
    if contrast < MIN_CONTRAST:
        raise ThemeError(
            f"{where}: topic '{key}': color {color} is hard to read on a dark or a light "
            f"background (contrast {contrast:.1f}, at least {MIN_CONTRAST:.1f} needed)"
        )
    phrases = raw.get("phrases")
    if not isinstance(phrases, dict) or not phrases:
        raise ThemeError(f"{where}: topic '{key}' has no phrases")
    weighted = _weights(file, text, key, phrases)
    learned = raw.get("learned", {})
    if not isinstance(learned, dict):
        raise ThemeError(f"{where}: topic '{key}': learned must be a table of phrase = weight")
    learned_weights = _weights(file, text, key, learned)
    exclude = raw.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(item, str) for item in exclude):
        raise ThemeError(f"{where}: topic '{key}': exclude must be a list of phrases")
    threshold = _number(raw.get("threshold", 1.0), where, key, "threshold")
    paragraph = _number(
        raw.get("paragraph_threshold", threshold), where, key, "paragraph_threshold"
    )
    return Topic(
        key,
        label.strip(),
        color.lower(),
        threshold,
        paragraph,
        weighted,
        tuple(exclude),
        learned_weights,
    )


def _weights(file: Path, text: str, key: str, table: dict) -> tuple[tuple[str, float], ...]:
    weighted: list[tuple[str, float]] = []
    for phrase, weight in table.items():
        if not isinstance(weight, (int, float)) or isinstance(weight, bool):
            line = _line_of(text, f'"{phrase}"')
            raise ThemeError(f"{file}:{line}: topic '{key}': weight of '{phrase}' must be a number")
        weighted.append((phrase, float(weight)))
    return tuple(weighted)


def _number(value: object, where: str, key: str, name: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
        raise ThemeError(f"{where}: topic '{key}': {name} must be a positive number")
    return float(value)


def _line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line that contains ``needle`` (1 when absent)."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith(needle) or needle in stripped.split("=")[0] or needle in line:
            return number
    return 1


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)

"""Topic themes: TOML files of topics with weighted phrases, validated on load.

A theme file may name a learned model (``model = "builtin"``, or a model file's path
relative to the theme file): its topics with the model's keys are then scored by the model,
their own phrases (if any) adding to the model's margin; without it, phrases alone decide.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.topics.linear import (
    MODEL_FILE,
    LinearTopic,
    ModelError,
    TopicModel,
    load_model,
    probability,
)

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"^[a-z][a-z0-9_-]*$")
_THEME_KEYS = frozenset(("name", "description", "model", "topic"))
_TOPIC_KEYS = frozenset(
    ("key", "label", "color", "threshold", "paragraph_threshold", "phrases", "exclude")
)
BUILTIN_MODEL = "builtin"
MIN_CONTRAST = 3.0


class ThemeError(Exception):
    """A theme file that cannot be used; the message names the file, the line and the fault."""


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic: how to show it, which phrases count for or against it, and the learned
    weights that score it (when its theme names a model that knows its key).

    With a model, the thresholds are probabilities (the logistic function of the margin)."""

    key: str
    label: str
    color: str
    threshold: float
    paragraph_threshold: float
    phrases: tuple[tuple[str, float], ...]
    exclude: tuple[str, ...] = ()
    model: LinearTopic | None = None


@dataclass(frozen=True, slots=True)
class Theme:
    """Topics from one or more theme files, in file order."""

    topics: tuple[Topic, ...]
    sources: tuple[str, ...] = ()
    models: tuple[TopicModel, ...] = ()  # the learned models its topics use

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
    return load_theme_files(files)


def load_theme_files(files: Sequence[str | Path]) -> Theme:
    """Load theme files in this order into one theme (a key defined twice is an error)."""
    paths = [Path(file) for file in files]
    topics: list[Topic] = []
    models: dict[str, TopicModel] = {}
    seen: dict[str, str] = {}
    for file in paths:
        model, file_topics = _load_file(file)
        if model is not None:
            models.setdefault(model.path, model)
        for topic in file_topics:
            if topic.key in seen:
                first = seen[topic.key]
                raise ThemeError(f"{file}: topic '{topic.key}' is already defined in {first}")
            seen[topic.key] = str(file)
            topics.append(topic)
    return Theme(tuple(topics), tuple(str(file) for file in paths), tuple(models.values()))


def _load_file(file: Path) -> tuple[TopicModel | None, list[Topic]]:
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
    model = _model(file, text, data.get("model"))
    raw_topics = data.get("topic")
    if not isinstance(raw_topics, list) or not raw_topics:
        raise ThemeError(f"{file}: no topics (add [[topic]] tables)")
    return model, [_topic(file, text, raw, model) for raw in raw_topics]


def _model(file: Path, text: str, name: object) -> TopicModel | None:
    if name is None:
        return None
    if not isinstance(name, str) or not name.strip():
        where = f"{file}:{_line_of(text, 'model')}"
        raise ThemeError(f'{where}: model must be "{BUILTIN_MODEL}" or a model file\'s path')
    path = MODEL_FILE if name == BUILTIN_MODEL else file.parent / name
    try:
        return load_model(path)
    except ModelError as error:
        raise ThemeError(f"{file}:{_line_of(text, 'model')}: {error}") from None


def _topic(file: Path, text: str, raw: object, model: TopicModel | None) -> Topic:
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
    learned = model.topics.get(key) if model is not None else None
    phrases = raw.get("phrases", {} if learned else None)
    if not isinstance(phrases, dict) or not (phrases or learned):
        raise ThemeError(f"{where}: topic '{key}' has no phrases")
    weighted = _weights(file, text, key, phrases)
    exclude = raw.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(item, str) for item in exclude):
        raise ThemeError(f"{where}: topic '{key}': exclude must be a list of phrases")
    if learned is None:
        threshold = _number(raw.get("threshold", 1.0), where, key, "threshold")
        paragraph = _number(
            raw.get("paragraph_threshold", threshold), where, key, "paragraph_threshold"
        )
    else:
        threshold = _probability(raw, "threshold", probability(learned.threshold), where, key)
        paragraph = _probability(
            raw, "paragraph_threshold", probability(learned.paragraph_threshold), where, key
        )
    return Topic(
        key, label.strip(), color.lower(), threshold, paragraph, weighted, tuple(exclude), learned
    )


def _probability(raw: dict, name: str, default: float, where: str, key: str) -> float:
    value = _number(raw.get(name, default), where, key, name)
    if value >= 1.0:
        raise ThemeError(
            f"{where}: topic '{key}': {name} of a topic the model scores is a probability below 1"
        )
    return value


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

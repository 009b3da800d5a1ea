"""User settings: where they live, the ``config.toml`` file read into frozen settings, and
the one setting the reader writes back: the colour theme chosen at run time."""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

_KNOWN = {"keys", "theme"}


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class Settings:
    """Key remappings (binding id -> keys) and the colour theme."""

    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None


def config_dir() -> Path:
    """The config folder: ``$BRIEFING_CONFIG_DIR`` or the platform's."""
    return Path(os.environ.get("BRIEFING_CONFIG_DIR") or user_config_dir("briefing"))


def data_dir() -> Path:
    """The data folder: ``$BRIEFING_DATA_DIR`` or the platform's."""
    return Path(os.environ.get("BRIEFING_DATA_DIR") or user_data_dir("briefing"))


def load_settings(path: Path | None = None) -> Settings:
    """Read ``config.toml`` (missing file: defaults); never writes to it."""
    path = path or config_dir() / "config.toml"
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None
    unknown = set(data) - _KNOWN
    if unknown:
        raise ConfigError(f"{path}: unknown setting '{sorted(unknown)[0]}'")
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in keys.items()
    ):
        raise ConfigError(f'{path}: [keys] must map binding ids to keys, e.g. "app.quit" = "Q"')
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise ConfigError(f"{path}: theme must be the name of a colour theme")
    return Settings(keys=dict(keys), theme=theme)


_THEME_LINE = re.compile(r"^theme\s*=.*$", re.MULTILINE)
_FIRST_TABLE = re.compile(r"^\[", re.MULTILINE)


def save_theme(name: str, path: Path | None = None) -> Path:
    """Keep ``name`` as the colour theme in ``config.toml``, the rest of the file as it is
    (its ``theme =`` line replaced, else one added before the first table); the path
    written. Raises OSError when it cannot be written."""
    path = path or config_dir() / "config.toml"
    line = f"theme = {json.dumps(name)}"  # a TOML basic string: quotes and escapes as JSON's
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    head_end = m.start() if (m := _FIRST_TABLE.search(text)) else len(text)
    head, tables = text[:head_end], text[head_end:]
    if _THEME_LINE.search(head):
        head = _THEME_LINE.sub(lambda _m: line, head, count=1)
    else:
        head = f"{line}\n{head}"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(head + tables, encoding="utf-8")
    temporary.replace(path)
    return path

"""YAML front matter: the block between two ``---`` lines at the top of a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from briefing.ingest.errors import IngestError

KNOWN_KEYS = ("title", "date", "source", "url", "authors", "author")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Metadata read from front matter."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Split ``text`` into its front-matter block (or None) and the body after it."""
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 3)
    if end == -1:
        if text.endswith("\n---"):
            return text[4 : len(text) - 4], ""
        raise IngestError("malformed front matter: no closing '---' line")
    return text[4 : end + 1], text[end + 5 :]


# libyaml's safe loader when PyYAML was built with it (same documents, several times faster)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(block: str) -> object:
    """The YAML document; a bad one is read again by the pure-Python loader, whose error
    marks point at the line the reader must fix."""
    try:
        return yaml.load(block, Loader=_LOADER)
    except yaml.YAMLError:
        return yaml.safe_load(block)


def parse_front_matter(block: str) -> FrontMatter:
    """Read the YAML of a front-matter block into :class:`FrontMatter`."""
    try:
        data = _load_yaml(block) if block.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise IngestError(f"malformed front matter{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise IngestError("malformed front matter: expected 'key: value' lines")
    return FrontMatter(
        title=_text(data, "title"),
        date=_date(data.get("date")),
        source=_text(data, "source"),
        url=_text(data, "url"),
        authors=_authors(data.get("authors", data.get("author"))),
    )


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise IngestError(f"malformed front matter: '{key}' must be text")
    text = str(value).strip()
    return text or None


def _date(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise IngestError(f"malformed front matter: date {text!r} is not YYYY-MM-DD") from None


def _authors(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts = [part.strip() for part in value.replace(" and ", ",").split(",")]
        return tuple(part for part in parts if part)
    if isinstance(value, list):
        return tuple(str(item).strip() for item in value if str(item).strip())
    raise IngestError("malformed front matter: 'authors' must be a list or text")

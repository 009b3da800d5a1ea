"""YAML front matter: the block between two ``---`` lines at the top of a file."""

from __future__ import annotations

import datetime as dt
import re
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


# A field longer than this is no title, outlet or link but a pasted body or an attack.
MAX_FIELD_CHARS = 2000
MAX_AUTHORS = 100
# Aliases let a few lines of YAML name billions of values ("billion laughs"); front matter
# a person writes uses none, a clipper's a handful.
MAX_ALIASES = 50
_LOOSE_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ Tt]|$)")
_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]+")


def _plain_loader(base: Any) -> Any:
    """A safe YAML loader that reads timestamps as text: a date is validated here, with a
    message naming the field, not by the YAML library's constructor (which raises a bare
    ValueError on "2024-02-30" or "0000-00-00")."""

    class Loader(base):  # type: ignore[misc]
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return Loader


# libyaml's safe loader when PyYAML was built with it (same documents, several times faster)
_LOADER = _plain_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))
_PURE_LOADER = _plain_loader(yaml.SafeLoader)


def _load_yaml(block: str) -> object:
    """The YAML document; a bad one is read again by the pure-Python loader, whose error
    marks point at the line the reader must fix."""
    if len(_ALIAS.findall(block)) > MAX_ALIASES:
        raise IngestError(f"malformed front matter: more than {MAX_ALIASES} YAML aliases")
    try:
        return yaml.load(block, Loader=_LOADER)
    except yaml.YAMLError:
        return yaml.load(block, Loader=_PURE_LOADER)


def parse_front_matter(block: str) -> FrontMatter:
    """Read the YAML of a front-matter block into :class:`FrontMatter`."""
    try:
        data = _load_yaml(block) if block.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise IngestError(f"malformed front matter{where}: {problem}") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        raise IngestError(f"malformed front matter: {error}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise IngestError("malformed front matter: expected 'key: value' lines")
    source = _text(data, "source")
    url = _text(data, "url") or _text(data, "link") or _text(data, "canonical")
    if source is not None and _URL.match(source):  # a clipper's "source:" is the page's URL
        url, source = url or source, None
    site = next((_text(data, key) for key in _SITE_KEYS if _text(data, key)), None)
    return FrontMatter(
        title=_text(data, "title"),
        date=_date(data.get("date")) or _clipped_date(data),
        source=source or site,
        url=url,
        authors=_authors(data.get("authors", data.get("author"))),
    )


# What web clippers write (Obsidian's, MarkDownload, Zotero exports): the site's name, the
# published date ("created" is when the page was clipped, not when it was published).
_SITE_KEYS = ("sitename", "site_name", "site", "publisher", "hostname")
_PUBLISHED_KEYS = ("published", "date_published", "datePublished", "publish_date")
_URL = re.compile(r"https?://\S+$")


def _clipped_date(data: dict[Any, Any]) -> str | None:
    """The published date a clipper wrote, when it is a calendar date (else none: a
    clipper's odd date never costs the article)."""
    for key in _PUBLISHED_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        try:
            return _date(value)
        except IngestError:
            return None
    return None


def _scalar_text(key: str, value: object) -> str:
    """A scalar value as text, bounded; anything else is the field's error."""
    if isinstance(value, (dict, list, set, tuple, bytes)):
        raise IngestError(f"malformed front matter: '{key}' must be text")
    text = " ".join(str(value).split())  # a field is one line, whatever YAML folded into it
    if len(text) > MAX_FIELD_CHARS:
        raise IngestError(
            f"malformed front matter: '{key}' is longer than {MAX_FIELD_CHARS} characters"
        )
    return text


def _text(data: dict[Any, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    return _scalar_text(key, value) or None


def _date(value: object) -> str | None:
    if value is None or value == "":
        return None
    text = _scalar_text("date", value)
    loose = _LOOSE_DATE.match(text)  # "2024-1-5 10:00", as YAML writes a timestamp
    try:
        if loose is None:
            return dt.date.fromisoformat(text[:10]).isoformat()
        return dt.date(*(int(part) for part in loose.groups())).isoformat()
    except ValueError:
        shown = text if len(text) <= 40 else text[:39] + "\u2026"
        raise IngestError(
            f"malformed front matter: date {shown!r} is not a calendar date (YYYY-MM-DD)"
        ) from None


def _authors(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, dict):
        raise IngestError("malformed front matter: 'authors' must be a list or text")
    if isinstance(value, list):
        if len(value) > MAX_AUTHORS:
            raise IngestError(f"malformed front matter: more than {MAX_AUTHORS} 'authors'")
        if any(isinstance(item, (dict, list)) for item in value):
            raise IngestError("malformed front matter: 'authors' must be a list of names")
        names = (_unlinked(_scalar_text("authors", item)) for item in value if item is not None)
        return tuple(name for name in names if name)
    text = _scalar_text("authors", value)
    parts = [part.strip() for part in text.replace(" and ", ",").split(",")]
    return tuple(_unlinked(part) for part in parts if _unlinked(part))


_NO_AUTHOR = frozenset(("no author", "unknown", "anonymous", "n/a", "none"))


def _unlinked(name: str) -> str:
    """A name without the wiki-link brackets a clipper puts round it ("[[Mara Lind]]");
    "No Author" and the like are no name."""
    name = name.strip().removeprefix("[[").removesuffix("]]").strip()
    return "" if name.lower() in _NO_AUTHOR else name

"""News feeds: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed by its spec; one
article per item, each with its own title, date, link, authors and content.

A feed file becomes items first (cheap), each item a small JSON payload the cache keys on,
so a feed that gains an item analyses only the new one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from briefing.ingest.dates import iso_day, struct_day
from briefing.ingest.document import Document, join_blocks
from briefing.ingest.errors import IngestError
from briefing.ingest.html_page import split_authors
from briefing.ingest.html_text import fragment_blocks

_XML_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')
MAX_ITEMS = 5000  # a feed with more is cut here, and says so


@dataclass(frozen=True)
class FeedItem:
    """One item as the cache keeps it: what the feed said of it."""

    title: str | None
    link: str | None
    date: str | None
    authors: tuple[str, ...]
    content: str  # HTML (or plain text when ``html`` is False)
    html: bool
    summary_only: bool
    feed_title: str | None

    def payload(self) -> bytes:
        """The item as bytes (JSON, sorted keys): what the cache hashes and stores."""
        return json.dumps(self.__dict__, sort_keys=True, ensure_ascii=False).encode("utf-8")


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes hold a feed: an RSS, RDF or Atom root, or a JSON Feed."""
    head = data.lstrip(b"\xef\xbb\xbf")[:4096]
    if head.lstrip().startswith(b"{"):
        return bool(_JSON_FEED.search(head))
    return bool(_XML_FEED.search(head))


def feed_items(data: bytes) -> list[FeedItem]:
    """The items of a feed, in the feed's order (the first MAX_ITEMS), or IngestError when it
    does not parse."""
    return feed_with_count(data)[0]


def feed_with_count(data: bytes) -> tuple[list[FeedItem], int]:
    """The first MAX_ITEMS items of a feed and how many the feed holds."""
    if data.lstrip(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        return _json_items(data)
    import feedparser  # given bytes, feedparser parses them and fetches nothing

    if not data.strip():
        raise IngestError("an empty file, not a feed")
    try:
        parsed = feedparser.parse(data)
    except Exception as error:  # noqa: BLE001 - a library's failure on hostile bytes
        raise IngestError(f"not a feed that parses ({type(error).__name__})") from None
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")()
        raise IngestError(f"not a feed that parses{': ' + reason if reason else ''}")
    if not parsed.version and not parsed.entries:
        raise IngestError("not a feed (no RSS, RDF or Atom root)")
    feed_title = _clean(parsed.feed.get("title"))
    items = [_xml_item(entry, feed_title) for entry in parsed.entries[:MAX_ITEMS]]
    return items, len(parsed.entries)


def _xml_item(entry, feed_title: str | None) -> FeedItem:
    content = ""
    for part in entry.get("content") or ():
        if part.get("value"):
            content = part["value"]
            break
    summary_only = not content
    if summary_only:
        content = entry.get("summary") or ""
    authors = tuple(str(a["name"]) for a in entry.get("authors") or () if a.get("name"))
    if not authors and entry.get("author"):
        authors = split_authors(entry.get("author"))
    date = struct_day(entry.get("published_parsed")) or struct_day(entry.get("updated_parsed"))
    return FeedItem(
        title=_clean(entry.get("title")),
        link=entry.get("link"),
        date=date,
        authors=tuple(split_authors("; ".join(authors))),
        content=content,
        html=True,
        summary_only=summary_only,
        feed_title=feed_title,
    )


def _json_items(data: bytes) -> tuple[list[FeedItem], int]:
    try:
        feed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IngestError(f"not a JSON feed that parses: {error}") from None
    if not isinstance(feed, dict) or not str(feed.get("version", "")).startswith(
        ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")
    ):
        raise IngestError("not a JSON Feed (no jsonfeed.org version)")
    feed_title = _clean(feed.get("title")) if isinstance(feed.get("title"), str) else None
    items = feed.get("items")
    if not isinstance(items, list):
        raise IngestError("a JSON Feed without items")
    kept = [
        _json_item(item, feed, feed_title) for item in items[:MAX_ITEMS] if isinstance(item, dict)
    ]
    return kept, sum(1 for item in items if isinstance(item, dict))


def _json_item(item: dict, feed: dict, feed_title: str | None) -> FeedItem:
    html, text = item.get("content_html"), item.get("content_text")
    summary = item.get("summary")
    content, is_html = (html, True) if isinstance(html, str) and html else (text, False)
    summary_only = not (isinstance(content, str) and content)
    if summary_only:
        content, is_html = (summary if isinstance(summary, str) else ""), False
    people = item.get("authors") or (
        [item["author"]] if isinstance(item.get("author"), dict) else []
    )
    people = people or feed.get("authors") or []
    names = [str(p["name"]) for p in people if isinstance(p, dict) and _text(p.get("name"))]
    return FeedItem(
        title=_clean(_text(item.get("title"))),
        link=_text(item.get("url")),
        date=iso_day(_text(item.get("date_published"))),
        authors=split_authors("; ".join(names)),
        content=content or "",
        html=is_html,
        summary_only=summary_only,
        feed_title=feed_title,
    )


def read_feed_item(payload: bytes) -> Document:
    """The article of one item's payload (see :meth:`FeedItem.payload`)."""
    try:
        fields = json.loads(payload.decode("utf-8"))
        item = FeedItem(**{**fields, "authors": tuple(fields.get("authors") or ())})
    except (UnicodeDecodeError, json.JSONDecodeError, TypeError) as error:
        raise IngestError(f"a feed item that cannot be read: {error}") from None
    parts = fragment_blocks(item.content) if item.html else [
        (paragraph, "body") for paragraph in item.content.split("\n\n")
    ]  # fmt: skip
    body, blocks = join_blocks(parts)
    if not body:
        body, blocks = join_blocks([(item.title or "", "heading")])
    if not body:
        raise IngestError("a feed item with no title and no text")
    metadata: tuple[tuple[str, str], ...] = (
        (("content", "summary only"),) if item.summary_only else ()
    )
    if item.link:
        metadata += (("link", item.link),)
    return Document(body, blocks, item.title, item.authors, item.date, item.feed_title,
                    item.link, metadata)  # fmt: skip


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None

"""Plain-text citations for the clipboard, and which article addresses may be opened."""

from __future__ import annotations

from urllib.parse import urlsplit

from briefing.model import Article
from briefing.presentation import paragraph_number
from briefing.safe_text import plain

OPENABLE_SCHEMES = ("http", "https")


def citation(article: Article, offset: int) -> str:
    """Where a passage stands: title, outlet, date, paragraph and address."""
    parts = [article.title or article.id]
    if article.source:
        parts.append(article.source)
    parts.append(article.date or "undated")
    paragraph = article.paragraph_at(offset)
    if paragraph is not None:
        parts.append(f"\u00b6{paragraph_number(article, paragraph.index)}")
    if article.url:
        parts.append(article.url)
    return plain(", ".join(parts))


def cited(text: str, article: Article, offset: int, speaker: str | None = None) -> str:
    """A passage in quotation marks, its speaker if any, then its citation."""
    said = f" \u2014 {speaker}" if speaker else ""
    return plain(f"\u201c{' '.join(text.split())}\u201d{said} ({citation(article, offset)})")


def openable(url: str | None) -> bool:
    """Whether an article's address is a web address a browser may be given."""
    if not url:
        return False
    parts = urlsplit(url)
    return parts.scheme.lower() in OPENABLE_SCHEMES and bool(parts.netloc)

"""Saved web pages: the main text and the page's metadata, through trafilatura.

trafilatura is given the page's bytes and makes no network call; it keeps navigation,
share bars, related stories, comments, subscription prompts and cookie notices out of the
text, and reads the title, authors, the date published (not modified), the site's name and
the canonical address from the page's metadata, JSON-LD and visible lines.
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from briefing.ingest.dates import iso_day
from briefing.ingest.document import Document, join_blocks
from briefing.ingest.errors import IngestError

_MARKUP = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
MIN_WORDS = 15  # fewer on a page with scripts: a notice, not an article
_BLOCK_TAGS = {"p": "body", "head": "heading", "item": "body", "quote": "body", "row": "body"}
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*")
_BY = re.compile(r"^(?:by|written by)\s+", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes open as an HTML page (after any BOM, XML declaration, comments)."""
    return bool(_MARKUP.match(data.lstrip(b"\xef\xbb\xbf")[:4096]))


def read_html(data: bytes) -> Document:
    """The article of a page, or IngestError: not HTML, or no article text in it."""
    if not looks_like_html(data) and b"<p" not in data[:200_000].lower():
        raise IngestError("not an HTML page")
    import trafilatura  # a second to import: only when a page is read

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # its warnings are not ours to print
    try:
        xml = _extract(trafilatura, data)
    except Exception as error:  # noqa: BLE001 - a library's failure on hostile bytes
        raise IngestError(f"a page that cannot be read ({type(error).__name__})") from None
    if not xml:
        raise IngestError("no article text in the page (a page built by scripts?)")
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        raise IngestError("a page that cannot be read (its text is no valid XML)") from None
    body, blocks = join_blocks(_blocks(root.find("main")))
    scripted = b"<script" in data.lower()
    if not body or (scripted and len(body.split()) < MIN_WORDS):  # "enable JavaScript"
        raise IngestError("no article text in the page (a page built by scripts?)")
    return Document(
        body=body,
        blocks=blocks,
        title=_attribute(root, "title"),
        authors=split_authors(root.get("author")),
        date=iso_day(root.get("date")),
        source=_attribute(root, "sitename") or _attribute(root, "hostname"),
        url=_attribute(root, "url"),
    )


def _extract(trafilatura, data: bytes) -> str | None:
    """trafilatura's XML of the page: main text, headings, metadata (no network call)."""
    return trafilatura.extract(
        data,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=True,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )


def _blocks(main: etree._Element | None) -> list[tuple[str, str]]:
    if main is None:
        return []
    found = []
    for element in main.iter():
        kind = _BLOCK_TAGS.get(element.tag)
        if kind is None or _inside_block(element):
            continue
        if element.tag == "row":  # a table's row: its cells apart
            text = " \u2502 ".join(" ".join(cell.itertext()) for cell in element)
        else:
            text = " ".join(element.itertext())
        found.append((text, kind))
    return found


def _inside_block(element: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in _BLOCK_TAGS:
            return True
        parent = parent.getparent()
    return False


def _attribute(root: etree._Element, name: str) -> str | None:
    value = " ".join((root.get(name) or "").split())
    return value or None


def split_authors(value: str | None) -> tuple[str, ...]:
    """Authors as a list: "By A, B and C" is three; "No Author" and the like are none."""
    names = []
    for part in _AUTHOR_SPLIT.split(_BY.sub("", (value or "").strip())):
        part = " ".join(part.split())
        if part and part.lower() not in _NO_AUTHOR and any(c.isalpha() for c in part):
            names.append(_name_case(part))
    return tuple(dict.fromkeys(names))


_NO_AUTHOR = frozenset(
    ("no author", "unknown", "anonymous", "staff", "admin", "editor", "n/a", "none")
)


def _name_case(name: str) -> str:
    """A name written in capitals as a name is written ("MARA LIND" is Mara Lind)."""
    if name.isupper() and len(name) > 3:
        return " ".join(word.capitalize() for word in name.split())
    return name

"""Files and folders to :class:`Article` objects, with one-line failures."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from briefing.ingest.decode import MAX_BYTES, decode_bytes, normalise_newlines
from briefing.ingest.document import Document
from briefing.ingest.errors import IngestError
from briefing.ingest.feeds import feed_with_count, looks_like_feed, read_feed_item
from briefing.ingest.frontmatter import FrontMatter, parse_front_matter, split_front_matter
from briefing.ingest.html_page import looks_like_html, read_html
from briefing.ingest.markdown import plain_markdown, read_markdown
from briefing.ingest.metadata import read_text_metadata
from briefing.ingest.pdf import read_pdf
from briefing.ingest.sentences import split_sentences
from briefing.ingest.text import paragraph_spans
from briefing.model import BRIEF_MARK, Article, LoadFailure, Paragraph

# What each file name says a file holds; content decides for other names given by hand.
SUFFIX_KINDS = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
    ".htm": "html", ".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".json": "feed", ".pdf": "pdf",
}  # fmt: skip
ARTICLE_SUFFIXES = tuple(SUFFIX_KINDS)
_SLUG = re.compile(r"[^a-z0-9]+")
# A date written into a file's name, as news downloads name them ("reuters_2015-12-13_x.md").
_NAMED_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")


def find_article_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[LoadFailure]]:
    """Expand paths into article files: folders recursively, in sorted order.

    A folder that cannot be listed and an article-named entry that is no regular file (a
    FIFO, a socket, a device: reading one could block for ever) are failures, not skipped
    in silence; symbolic links to folders are not followed (a link loop cannot trap it)."""
    files: list[Path] = []
    failures: list[LoadFailure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, unreadable = _walk_folder(path)
            files.extend(found)
            failures.extend(unreadable)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            failures.append(LoadFailure(str(path), "not a regular file"))
        else:
            failures.append(LoadFailure(str(path), "no such file or directory"))
    return files, failures


def _walk_folder(root: Path) -> tuple[list[Path], list[LoadFailure]]:
    found: list[tuple[str, str]] = []
    failures: list[LoadFailure] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or str(root)
        failures.append(LoadFailure(str(where), f"cannot read folder: {error.strerror}"))

    unknown: dict[str, int] = {}
    top = os.fspath(root)
    for folder, dirs, names in os.walk(top, onerror=unreadable):
        dirs[:] = [name for name in dirs if not name.startswith(".")]  # .git, .cache ...
        inside = os.path.relpath(folder, top) if folder != top else ""
        for name in names:
            if name.startswith("."):
                continue
            if not name.lower().endswith(ARTICLE_SUFFIXES):
                suffix = os.path.splitext(name)[1].lower() or "(no suffix)"
                unknown[suffix] = unknown.get(suffix, 0) + 1
                continue
            full = os.path.join(folder, name)
            relative = f"{inside}/{name}".replace(os.sep, "/") if inside else name
            regular = os.path.isfile(full)
            if regular and not _maybe_feed(full):
                suffix = os.path.splitext(name)[1].lower()  # data, no feed: not read
                unknown[suffix] = unknown.get(suffix, 0) + 1
            elif regular:
                found.append((relative, full))
            elif os.path.islink(full) and not os.path.exists(full):
                failures.append(LoadFailure(full, "broken symbolic link"))
            else:
                failures.append(LoadFailure(full, "not a regular file"))
    found.sort(key=lambda item: item[0])
    failures.sort(key=lambda failure: failure.path)
    if unknown:
        failures.append(skipped_kinds(root, unknown))
    return [Path(full) for _, full in found], failures


_DATA_SUFFIXES = (".json", ".xml")  # feeds, or data of other kinds: the content tells


def _maybe_feed(path: str) -> bool:
    """False for a ``.json`` or ``.xml`` file in a folder whose opening is no feed (data of
    another kind, not an article); True for every other file."""
    if not path.lower().endswith(_DATA_SUFFIXES):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # reading it says why
    return looks_like_feed(head)


def skipped_kinds(root: Path, counts: dict[str, int]) -> LoadFailure:
    """One line for the files of kinds briefing does not read ("skipped 12 files of unknown
    kind: .docx 10, .png 2"): a notice, not a failure."""
    total = sum(counts.values())
    kinds = ", ".join(
        f"{suffix} {n}" for suffix, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    )
    files = "file" if total == 1 else "files"
    return LoadFailure(str(root), f"skipped {total} {files} of unknown kind: {kinds}", notice=True)


def kind_of(path: Path, data: bytes) -> str:
    """What a file holds: its name's kind; a text file or a file of another name is
    looked at (a feed, a page or a PDF saved under another name is read as one)."""
    kind = SUFFIX_KINDS.get(path.suffix.lower(), "text")
    if kind not in ("text", "markdown"):
        return kind
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if looks_like_feed(data):
        return "feed"
    if kind == "text" and looks_like_html(data):
        return "html"
    return kind


Part = tuple[Path, str, bytes]  # (path, kind, data) of one article a file holds


def file_parts(path: Path, data: bytes, notices: list[str] | None = None) -> list[Part]:
    """The articles a file holds: one, or a feed's items (each a path ``feed.xml#item-…``
    and a payload of its own), or IngestError when a feed does not parse. A feed cut at
    MAX_ITEMS says so in ``notices``."""
    kind = kind_of(path, data)
    if kind != "feed":
        return [(path, kind, data)]
    parts = []
    items, total = feed_with_count(data)
    if total > len(items) and notices is not None:
        notices.append(f"a feed of {total:,} items: the first {len(items):,} are read")
    for item in items:
        payload = item.payload()
        tag = hashlib.sha1((item.link or item.title or "").encode() or payload).hexdigest()[:10]
        parts.append((Path(f"{path}#item-{tag}"), "feed-item", payload))
    if not parts:
        raise IngestError("a feed with no items")
    return parts


def read_article(path: Path, article_id: str) -> Article:
    """Read one file into an :class:`Article`, or raise :class:`IngestError` (a feed holds
    many articles: see :func:`load_articles`)."""
    data = read_bytes(path)
    parts = file_parts(path, data)
    if len(parts) != 1 or parts[0][1] == "feed-item":
        raise IngestError("a feed of several articles, not one")
    return parse_document(data, path, article_id, parts[0][1])


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or IngestError (too large, or unreadable)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            size = path.stat().st_size / 1048576
            raise IngestError(f"file too large ({size:.1f} MB; the limit is 5 MB)")
        return path.read_bytes()
    except OSError as error:
        raise IngestError(error.strerror or str(error)) from None


_READERS = {"html": read_html, "pdf": read_pdf, "feed-item": read_feed_item}


def parse_document(data: bytes, path: Path, article_id: str, kind: str) -> Article:
    """Build an article from a file's bytes read as ``kind`` (see :func:`kind_of`)."""
    reader = _READERS.get(kind)
    if reader is None:
        return parse_article(decode_bytes(data), path, article_id)
    return article_from_document(reader(data), path, article_id)


def article_from_document(document: Document, path: Path, article_id: str) -> Article:
    """An article from what a page, a feed item or a PDF gave: its own metadata first, then
    what the text says of itself (bylines, datelines, notices)."""
    meta = read_text_metadata(document.body, document.blocks)
    paragraphs = tuple(
        Paragraph(index=index, start=start, end=end, kind=kind)
        for index, (start, end, kind) in enumerate(meta.blocks)
    )
    body = document.body
    date = document.date or meta.date or date_in_name(path)
    return Article(
        id=article_id,
        path=str(path),
        body=body,
        paragraphs=paragraphs,
        title=_one_line(document.title) or _one_line(_title_from_text(body, paragraphs)),
        source=document.source or meta.source,
        authors=document.authors or tuple(meta.authors),
        url=document.url or meta.url,
        date=date,
        date_basis="metadata" if date else None,
        sentences=split_sentences(body, paragraphs),
        metadata=document.metadata,
    )


def date_in_name(path: Path) -> str | None:
    """The calendar date a file's name carries (``YYYY-MM-DD``), if exactly one."""
    found = {m.group() for m in _NAMED_DATE.finditer(path.stem)}
    if len(found) != 1:
        return None
    (value,) = found
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def parse_article(text: str, path: Path, article_id: str) -> Article:
    """Build an article from decoded text, choosing the reader by file suffix."""
    is_markdown = path.suffix.lower() in (".md", ".markdown")
    text = normalise_newlines(text)
    links: tuple[str, ...] = ()
    if is_markdown:
        block, body, blocks = read_markdown(text)
        body, blocks, links = plain_markdown(body, blocks)
    else:
        block, body = split_front_matter(text)
        blocks = [(start, end, "body") for start, end in paragraph_spans(body)]
    front = parse_front_matter(block) if block is not None else FrontMatter()
    if not body.strip():
        raise IngestError("no article text after the front matter")
    links_said = tuple(("link", link) for link in links)
    document = Document(body, blocks, front.title, front.authors, front.date, front.source,
                        front.url, links_said)  # fmt: skip
    return article_from_document(document, path, article_id)


def article_parts(
    files: Iterable[Path], failures: list[LoadFailure], used: set[str] | None = None
) -> Iterator[tuple[Path, str, str, bytes]]:
    """(path, unique id, kind, data) of every article the files hold, in order; a file
    that cannot be read or split is added to ``failures`` instead. Ids are unique among
    themselves and ``used`` (which they join)."""
    used = set() if used is None else used
    for path in files:
        notices: list[str] = []
        try:
            data = read_bytes(path)
            if data.rstrip().endswith(BRIEF_MARK.encode()):
                failures.append(LoadFailure(str(path), "a brief briefing wrote: skipped", True))
                continue
            parts = file_parts(path, data, notices)
        except IngestError as error:
            failures.append(LoadFailure(str(path), str(error)))
            continue
        failures.extend(LoadFailure(str(path), notice, notice=True) for notice in notices)
        for part_path, kind, data in parts:
            yield part_path, unique_id(part_path, used), kind, data


def load_articles(
    paths: Iterable[str | Path],
    on_failure: Callable[[LoadFailure], None] | None = None,
) -> tuple[list[Article], list[LoadFailure]]:
    """Load every article under ``paths``; unreadable files become failures."""
    files, failures = find_article_files(paths)
    articles: list[Article] = []
    for part_path, article_id, kind, data in article_parts(files, failures):
        try:
            articles.append(parse_document(data, part_path, article_id, kind))
        except IngestError as error:
            failures.append(LoadFailure(str(part_path), str(error)))
        except RecursionError:
            failures.append(LoadFailure(str(part_path), "too deeply nested to read"))
    if on_failure:
        for failure in failures:
            on_failure(failure)
    return articles, failures


def unique_id(path: Path, used: set[str]) -> str:
    """An article id from the file name, made unique against ``used``."""
    name, _, item = path.name.partition("#")  # a feed's item: "feed.xml#item-3fa2…"
    stem = _stem(name) + (f"-{item}" if item else "")
    base = _SLUG.sub("-", stem.lower()).strip("-") or "article"
    candidate = base
    counter = 2
    while candidate in used:
        candidate = f"{base}-{counter}"
        counter += 1
    used.add(candidate)
    return candidate


def _stem(name: str) -> str:
    """A file name without its last suffix, as ``Path.stem`` gives it (".md" stays)."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else text


def _title_from_text(body: str, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """A headline line if the text opens with one (the analysis names an article without
    one: ``briefing.analysis.titles``)."""
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            return body[paragraph.start : paragraph.end]
        if paragraph.kind != "body":
            continue
        text = " ".join(body[paragraph.start : paragraph.end].split())
        if len(text.split()) <= 15 and not text.endswith((".", "!", "?", '"', "\u201d")):
            return text
        return None
    return None

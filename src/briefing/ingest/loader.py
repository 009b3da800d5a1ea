"""Files and folders to :class:`Article` objects, with one-line failures."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing.ingest.decode import MAX_BYTES, decode_bytes, normalise_newlines
from briefing.ingest.errors import IngestError
from briefing.ingest.frontmatter import FrontMatter, parse_front_matter, split_front_matter
from briefing.ingest.markdown import read_markdown
from briefing.ingest.metadata import read_text_metadata
from briefing.ingest.sentences import sentence_spans, split_sentences
from briefing.ingest.text import paragraph_spans
from briefing.model import Article, LoadFailure, Paragraph
from briefing.presentation import shorten

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
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
    found: list[tuple[str, Path]] = []
    failures: list[LoadFailure] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or str(root)
        failures.append(LoadFailure(str(where), f"cannot read folder: {error.strerror}"))

    for folder, _dirs, names in os.walk(root, onerror=unreadable):
        for name in names:
            if not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            if path.is_file():
                found.append((relative, path))
            elif path.is_symlink() and not path.exists():
                failures.append(LoadFailure(str(path), "broken symbolic link"))
            else:
                failures.append(LoadFailure(str(path), "not a regular file"))
    found.sort(key=lambda item: item[0])
    failures.sort(key=lambda failure: failure.path)
    return [path for _, path in found], failures


def read_article(path: Path, article_id: str) -> Article:
    """Read one file into an :class:`Article`, or raise :class:`IngestError`."""
    try:
        if path.stat().st_size > MAX_BYTES:
            size = path.stat().st_size / 1048576
            raise IngestError(f"file too large ({size:.1f} MB; the limit is 5 MB)")
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(error.strerror or str(error)) from None
    return parse_article(decode_bytes(data), path, article_id)


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
    if is_markdown:
        block, body, blocks = read_markdown(text)
    else:
        block, body = split_front_matter(text)
        blocks = [(start, end, "body") for start, end in paragraph_spans(body)]
    front = parse_front_matter(block) if block is not None else FrontMatter()
    if not body.strip():
        raise IngestError("no article text after the front matter")
    meta = read_text_metadata(body, blocks)
    paragraphs = tuple(
        Paragraph(index=index, start=start, end=end, kind=kind)
        for index, (start, end, kind) in enumerate(meta.blocks)
    )
    date = front.date or meta.date or date_in_name(path)
    return Article(
        id=article_id,
        path=str(path),
        body=body,
        paragraphs=paragraphs,
        title=front.title or _one_line(_title_from_text(body, paragraphs)),
        source=front.source or meta.source,
        authors=front.authors or tuple(meta.authors),
        url=front.url or meta.url,
        date=date,
        date_basis="metadata" if date else None,
        sentences=split_sentences(body, paragraphs),
    )


def load_articles(
    paths: Iterable[str | Path],
    on_failure: Callable[[LoadFailure], None] | None = None,
) -> tuple[list[Article], list[LoadFailure]]:
    """Load every article under ``paths``; unreadable files become failures."""
    files, failures = find_article_files(paths)
    articles: list[Article] = []
    used: set[str] = set()
    for path in files:
        article_id = unique_id(path, used)
        try:
            articles.append(read_article(path, article_id))
        except IngestError as error:
            failures.append(LoadFailure(str(path), str(error)))
        except RecursionError:
            failures.append(LoadFailure(str(path), "too deeply nested to read"))
    if on_failure:
        for failure in failures:
            on_failure(failure)
    return articles, failures


def unique_id(path: Path, used: set[str]) -> str:
    """An article id from the file name, made unique against ``used``."""
    base = _SLUG.sub("-", path.stem.lower()).strip("-") or "article"
    candidate = base
    counter = 2
    while candidate in used:
        candidate = f"{base}-{counter}"
        counter += 1
    used.add(candidate)
    return candidate


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) if text else text


def _title_from_text(body: str, paragraphs: tuple[Paragraph, ...]) -> str | None:
    """A headline line if the text opens with one, else its lead sentence, shortened."""
    for paragraph in paragraphs:
        if paragraph.kind == "heading":
            return body[paragraph.start : paragraph.end]
        if paragraph.kind != "body":
            continue
        text = " ".join(body[paragraph.start : paragraph.end].split())
        if len(text.split()) <= 15 and not text.endswith((".", "!", "?", '"', "\u201d")):
            return text
        first = sentence_spans(text)[0]
        return shorten(text[first[0] : first[1]], 90)
    return None

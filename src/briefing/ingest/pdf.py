"""PDF reports through pypdfium2 (PDFium's text layer; Apache/BSD licensed): paragraphs
rebuilt from lines, hyphenation at line ends joined, running headers, footers and page
numbers left out; title, authors and date from the PDF's metadata, else its first page."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing.ingest.dates import pdf_day
from briefing.ingest.document import Document, join_blocks
from briefing.ingest.errors import IngestError
from briefing.ingest.html_page import split_authors

_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;\"\u201d)]$")
_HYPHEN_END = re.compile(r"[a-z]-$")
MAX_PAGES = 2000


def read_pdf(data: bytes) -> Document:
    """The text of a PDF, or IngestError (not a PDF, encrypted, or no text layer)."""
    if not data.lstrip()[:5] == b"%PDF-":
        raise IngestError("not a PDF file")
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as error:  # noqa: BLE001 - PdfiumError, or worse on hostile bytes
        raise IngestError(f"a PDF that cannot be opened ({type(error).__name__})") from None
    try:
        pages = [_page_lines(pdf[index]) for index in range(min(len(pdf), MAX_PAGES))]
        meta = pdf.get_metadata_dict(skip_empty=True)
    except Exception as error:  # noqa: BLE001 - PDFium's failure on a damaged file
        raise IngestError(f"a PDF that cannot be read ({type(error).__name__})") from None
    finally:
        pdf.close()
    running = _running_lines(pages)
    paragraphs = _paragraphs(pages, running)
    if not paragraphs:
        raise IngestError("no text layer in the PDF (a scan?)")
    body, blocks = join_blocks(paragraphs)
    title = " ".join(str(meta.get("Title", "")).split()) or None
    return Document(
        body=body,
        blocks=blocks,
        title=title,
        authors=split_authors(meta.get("Author")),
        date=pdf_day(meta.get("CreationDate")) or pdf_day(meta.get("ModDate")),
        source=None,
    )


@dataclass
class _Line:
    text: str
    left: float
    bottom: float
    right: float
    top: float


def _page_lines(page) -> list[_Line]:
    """The text lines of a page, top to bottom, with their boxes (PDFium's text rects,
    those on one baseline joined)."""
    textpage = page.get_textpage()
    lines: list[_Line] = []
    try:
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            text = textpage.get_text_bounded(left, bottom, right, top).replace("\x02", "-")
            text = " ".join(text.replace("\ufffe", "-").split())
            if not text:
                continue
            if lines and abs(lines[-1].bottom - bottom) < 2 and left >= lines[-1].right - 1:
                last = lines[-1]
                last.text, last.right = f"{last.text} {text}", max(last.right, right)
            else:
                lines.append(_Line(text, left, bottom, right, top))
    finally:
        textpage.close()
        page.close()
    return lines


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Lines at the top or bottom of most pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = {line.text for line in lines[:2] + lines[-2:]}
        counts.update({_PAGE_NUMBER.sub("#", text) for text in edges})
    return {text for text, count in counts.items() if count >= max(3, len(pages) // 2)}


def _paragraphs(pages: list[list[_Line]], running: set[str]) -> list[tuple[str, str]]:
    """Lines joined into paragraphs. A paragraph ends at a gap wider than the line spacing,
    or after a line that stops short of the right margin at a sentence's end; a short
    line standing alone is a heading; a word broken by a hyphen at a line's end is joined
    again; running headers, footers and page numbers are left out."""
    kept = [
        [line for line in page if not _PAGE_NUMBER.fullmatch(line.text)
         and _PAGE_NUMBER.sub("#", line.text) not in running]
        for page in pages
    ]  # fmt: skip
    rights = sorted(line.right for page in kept for line in page)
    margin = rights[int(len(rights) * 0.9)] if rights else 0.0
    paragraphs: list[tuple[str, str]] = []
    current: list[_Line] = []

    def close() -> None:
        if current:
            text = current[0].text
            for line in current[1:]:
                if _HYPHEN_END.search(text) and line.text[:1].islower():
                    text = text[:-1] + line.text
                else:
                    text = f"{text} {line.text}"
            alone = len(current) == 1 and not _SENTENCE_END.search(text)
            short = current[0].right < 0.75 * margin
            paragraphs.append((text, "heading" if alone and short else "body"))
            current.clear()

    for page in kept:
        for line in page:
            if current:
                previous = current[-1]
                spacing = previous.top - previous.bottom
                gap = previous.bottom - line.top
                ended = _SENTENCE_END.search(previous.text) and previous.right < 0.92 * margin
                new_page = line.bottom > previous.bottom  # a paragraph may run on
                if ended or (not new_page and gap > 1.2 * spacing):
                    close()
                elif new_page and previous.right < 0.92 * margin:
                    close()
            current.append(line)
    close()
    return paragraphs

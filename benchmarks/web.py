"""Pages, feed items and PDFs: seconds per page for reading (extraction) and for the whole
analysis, beside the same text read as a plain article; and how much of each article's
text the page reader gets back (token-level body F1) with the page's clutter around it.

Usage: python benchmarks/web.py CORPUS_DIR [--limit N]

CORPUS_DIR holds ``.md`` articles (the development corpus's BBC folder, say). Each article is
wrapped at run time in a page of its own with navigation, a share bar, a cookie notice,
related stories and a comment count around it, in an RSS item, and in a PDF; nothing is
written to the project.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.ingest.pdf_maker import make_pdf  # noqa: E402

from briefing.analysis.pipeline import analyze_article  # noqa: E402
from briefing.analysis.topics.themes import load_theme  # noqa: E402
from briefing.ingest import read_article  # noqa: E402
from briefing.ingest.feeds import feed_items, read_feed_item  # noqa: E402
from briefing.ingest.html_page import read_html  # noqa: E402
from briefing.ingest.loader import article_from_document  # noqa: E402
from briefing.ingest.pdf import read_pdf  # noqa: E402
from briefing.resources import themes_dir  # noqa: E402

PAGE = """<!DOCTYPE html><html><head><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-06T08:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Sign in</a>
<a href="/subscribe">Subscribe</a></nav></header>
<div class="cookies">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>{title}</h1><div class="byline">By Jo Park</div>
<div class="share"><a>Share on Facebook</a> <a>Share on X</a></div>
{paragraphs}</article>
<aside><h3>Related Coverage</h3><ul><li><a>Markets close higher on 12 Jan 2019</a></li>
<li><a>Ten things to know this week</a></li></ul></aside>
<div class="comments">941 comments</div><footer>Copyright 2024 Example News</footer>
</body></html>"""
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
<item><title>{title}</title><link>https://news.example/a</link>
<pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate><description><![CDATA[{paragraphs}]]>
</description></item></channel></rss>"""


def tokens(text: str) -> Counter[str]:
    return Counter(text.lower().split())


def f1(gold: str, got: str) -> float:
    g, s = tokens(gold), tokens(got)
    overlap = sum((g & s).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(s.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def wrapped_lines(text: str, width: int = 90) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    theme = load_theme(themes_dir())
    files = sorted(args.corpus.glob("*.md"))[: args.limit]
    timings: dict[str, list[float]] = {k: [] for k in ("text", "page", "item", "pdf")}
    reading: dict[str, list[float]] = {k: [] for k in ("page", "item", "pdf")}
    scores: dict[str, list[float]] = {k: [] for k in ("page", "item", "pdf")}
    for path in files:
        article = read_article(path, path.stem)
        body = [article.body[p.start : p.end] for p in article.paragraphs if p.kind == "body"]
        gold = " ".join(body)
        title = escape(article.title or "Untitled")
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in body)
        started = time.perf_counter()
        analyze_article(article, theme)
        timings["text"].append(time.perf_counter() - started)
        pdf_lines = [line for p in body for line in wrapped_lines(p) + [""]]
        pages = [pdf_lines[i : i + 48] for i in range(0, len(pdf_lines), 48)] or [[""]]
        made = {
            "page": PAGE.format(title=title, paragraphs=paragraphs).encode(),
            "item": RSS.format(title=title, paragraphs=paragraphs).encode(),
            "pdf": make_pdf(pages),
        }
        for kind, data in made.items():
            started = time.perf_counter()
            if kind == "item":
                document = read_feed_item(feed_items(data)[0].payload())
            else:
                document = (read_html if kind == "page" else read_pdf)(data)
            reading[kind].append(time.perf_counter() - started)
            page_article = article_from_document(document, path, path.stem)
            story = " ".join(page_article.body[p.start : p.end] for p in page_article.paragraphs
                             if p.kind in ("body", "heading"))  # fmt: skip
            scores[kind].append(f1(gold, story.replace(article.title or "", "", 1)))
            analyze_article(page_article, theme)
            timings[kind].append(time.perf_counter() - started)
    print(f"{len(files)} articles of {args.corpus}, each as text, a page, a feed item and a PDF")
    print(f"{'as':8}{'read s/page':>14}{'all s/page':>14}{'body F1':>10}")
    print(f"{'text':8}{'':>14}{statistics.median(timings['text']):>14.4f}{'':>10}")
    for kind in ("page", "item", "pdf"):
        read, whole = statistics.median(reading[kind]), statistics.median(timings[kind])
        print(f"{kind:8}{read:>14.4f}{whole:>14.4f}{statistics.mean(scores[kind]):>10.3f}")


if __name__ == "__main__":
    main()

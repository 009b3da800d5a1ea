"""Reading files into articles: one module per format, metadata by general rules."""

from briefing.ingest.errors import IngestError
from briefing.ingest.loader import find_article_files, load_articles, parse_article, read_article

__all__ = ["IngestError", "find_article_files", "load_articles", "parse_article", "read_article"]

"""Views that write the corpus out: the briefing/1 JSON and the Markdown brief."""

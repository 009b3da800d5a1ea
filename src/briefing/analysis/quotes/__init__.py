"""Quotes: find quoted speech and who said it."""

"""Dates as pages, feeds and PDFs state them, to ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import re
import time

_ISO_DAY = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
_PDF_DATE = re.compile(r"D:((?:19|20)\d\d)([01]\d)([0-3]\d)")


def iso_day(text: str | None) -> str | None:
    """The calendar day an ISO timestamp or date starts with ("2025-03-04T08:15Z")."""
    found = _ISO_DAY.match((text or "").strip())
    return _checked(*found.groups()) if found else None


def pdf_day(text: str | None) -> str | None:
    """The day of a PDF date string ("D:20250304081500Z")."""
    found = _PDF_DATE.match((text or "").strip())
    return _checked(*found.groups()) if found else None


def struct_day(value: time.struct_time | None) -> str | None:
    """The day of a parsed time (feedparser's ``published_parsed``, in UTC)."""
    if value is None:
        return None
    return _checked(str(value.tm_year), f"{value.tm_mon:02d}", f"{value.tm_mday:02d}")


def _checked(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None

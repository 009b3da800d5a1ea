"""Lines that text saved from a web page carries besides the article: the date line in the
forms news sites print it, and page clutter (share bars, reading times, comment counts,
sign-in prompts, related-stories blocks). General shapes, each tested with lines written
for the tests."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I
)  # noqa: E501
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
)  # noqa: E501
_NUMERIC = re.compile(r"\b(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_LEAD = re.compile(
    r"^\s*(?P<lead>(?:first\s+)?published|updated|last\s+(?:updated|modified)|posted|modified|"
    r"created|date)\b\s*(?:on|at)?\s*[:\-\u2013\u2014]?\s*",
    re.I,
)
# What a date line may hold besides its date: weekdays, times, zones, "at", separators.
_REST = re.compile(
    r"(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\b\.?|"
    r"\b[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\b|\b(?:a\.?m\.?|p\.?m\.?)(?=\W|$)|"
    r"(?-i:\b[A-Z]{2,4}\b)|\bUTC[+-]\d{1,2}\b|\bGMT[+-]\d{1,2}\b|\b(?:at|on|local time)\b|"
    r"[,|\u00b7/()\-\u2013\u2014\s])",
    re.I,
)  # fmt: skip

_CLUTTER = re.compile(
    r"^(?:share(?:\s+(?:this|on|via)\b.*)?|tweet|email|print|copy link|save|listen|"
    r"\d+\s*min(?:ute)?s?\s+read|(?:\d[\d,.]*k?\s+)?comments?|\d[\d,]*\s+comments?|"
    r"sign\s+in(?:\s*/\s*(?:register|subscribe))?|log\s*in|register|"
    r"subscribe(?:\s+now|\s+to\s+(?:our|the)\s+\w+(?:\s+\w+)?)?|"
    r"sign\s+up|advertisement|advert|sponsored|skip to (?:main )?content|"
    r"follow us(?: on .*)?|accept (?:all )?cookies|we use cookies.*|"
    r"(?:share on|follow on)\s+(?:facebook|twitter|x|linkedin|whatsapp|email)(?:[\s,|]+\w+)*|"
    r"image(?:s)?:?\s*.{0,40}|getty images|reuters/[\w ]+)[.!]?$",
    re.I,
)
_RELATED = re.compile(
    r"^(?:related(?:\s+(?:coverage|stories|articles|content|topics|reading|links))?|"
    r"more (?:from|on|stories|news)\b.*|read more\b.*|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|"
    r"you (?:may|might) also like|top stories|trending(?: now)?|see also)\s*:?$",
    re.I,
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def date_line(text: str) -> tuple[str, bool] | None:
    """The ISO date of a date line and whether it is an update ("Updated 3:21 PM EET,
    September 11, 2024"), or None when the line is more than a date."""
    if len(text.split()) > 14:
        return None
    lead = _LEAD.match(text)
    updated = bool(lead and re.match(r"(?:last\s+)?(?:updated|modified)", lead["lead"], re.I))
    rest = text[lead.end() :] if lead else text
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC, _ISO):
        found = pattern.search(rest)
        if found is None:
            continue
        others = rest[: found.start()] + " " + rest[found.end() :]
        if _REST.sub("", others).strip():
            return None  # words besides the date: a sentence, not a date line
        day = _day(found)
        return (day, updated) if day else None
    return None


def _day(found: re.Match[str]) -> str | None:
    month = found["month"]
    number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    try:
        return dt.date(int(found["year"]), number, int(found["day"])).isoformat()
    except ValueError:
        return None


def is_clutter(text: str) -> bool:
    """A line of the page around the article: a share bar, a reading time, a comment count,
    a sign-in or subscription prompt, an advertisement mark, a cookie notice."""
    text = " ".join(text.split())
    return len(text.split()) <= 10 and bool(_CLUTTER.match(text))


def opens_related_block(text: str) -> bool:
    """A "Related coverage", "More from ...", "Read more" line: what follows are links."""
    return len(text.split()) <= 8 and bool(_RELATED.match(" ".join(text.split())))


def is_link_line(text: str) -> bool:
    """A line of a related-stories list: a headline, short and with no sentence's end."""
    return len(text.split()) <= 16 and not _SENTENCE_END.search(text.strip())

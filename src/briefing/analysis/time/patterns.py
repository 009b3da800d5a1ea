"""The pieces the time families' patterns share: months, weekdays, numbers, units, years,
modifiers and parts of the day."""

from __future__ import annotations

from briefing.analysis.lexicon.time_words import (
    MONTH_PATTERN,
    NUMBER_PATTERN,
    UNIT_PATTERN,
    WEEKDAY_PATTERN,
)

M = MONTH_PATTERN
W = WEEKDAY_PATTERN
N = NUMBER_PATTERN
U = UNIT_PATTERN
YEAR = r"(?:1[6-9]|20)\d\d"
ORDINAL_DAY = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
DECADE_WORDS = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
MOD = (
    r"(?:(?P<mod>\b(?i:the\s+(?:end|beginning|start|middle|close)\s+of(?:\s+the)?|"
    r"(?:the\s+)?(?:early|mid|late)|mid-|early-|late-))[\s-]*)?"
)
PART = r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"

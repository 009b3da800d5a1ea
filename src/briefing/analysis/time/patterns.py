"""The pieces the time families' patterns share: months, weekdays, numbers, units, years,
modifiers and parts of the day."""

from __future__ import annotations

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_words import (
    MOD_WORDS,
    MOD_WORDS_2,
    MONTH_PATTERN,
    NUMBER_PATTERN,
    PART_WORDS,
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
    rf"(?:(?P<mod>\b(?i:the\s+(?:{either(MOD_WORDS)})\s+of(?:\s+the)?|(?:the\s+)"
    rf"?(?:{either(MOD_WORDS_2)})|mid-|early-|late-))[\s-]*)?"
)
PART = rf"(?:\s+(?P<part>(?i:{either(PART_WORDS)})))?"

"""The pieces the time families' patterns share: months, weekdays, numbers, units, years,
modifiers and parts of the day."""

from __future__ import annotations

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_words import (
    DAY_PARTS,
    EARLY_MID_LATE,
    HYPHENED_MODIFIERS,
    MONTH_PATTERN,
    NUMBER_PATTERN,
    ORDINAL_DAY_WORDS,
    PERIOD_PARTS,
    UNIT_PATTERN,
    WEEKDAY_PATTERN,
)

M = MONTH_PATTERN
W = WEEKDAY_PATTERN
N = NUMBER_PATTERN
U = UNIT_PATTERN
YEAR = r"(?:1[6-9]|20)\d\d"
ORDINAL_DAY = rf"{either(ORDINAL_DAY_WORDS)}"
MOD = (
    rf"(?:(?P<mod>\b(?i:the\s+(?:{either(PERIOD_PARTS)})\s+of(?:\s+the)?|(?:the\s+)"
    rf"?(?:{either(EARLY_MID_LATE)})|{either(HYPHENED_MODIFIERS)}))[\s-]*)?"
)
PART = rf"(?:\s+(?P<part>(?i:{either(DAY_PARTS)})))?"

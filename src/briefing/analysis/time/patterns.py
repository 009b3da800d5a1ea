"""The patterns of English time expressions, one compiled regex per family."""

from __future__ import annotations

import re

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
MOD = (
    r"(?:(?P<mod>\b(?i:the\s+(?:end|beginning|start|middle|close)\s+of(?:\s+the)?|"
    r"(?:the\s+)?(?:early|mid|late)|mid-|early-|late-))[\s-]*)?"
)
PART = r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"

# Each family: (name, prefix, core). The core is literal-led so the regex engine can skip
# quickly to where it may start; the prefix (modifiers, "last", numbers...) is matched
# backwards from the core's start, only where a core matched.
FAMILIES: list[tuple[str, str, str]] = [
    (
        "iso",
        "",
        r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b",
    ),
    ("numeric", "", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
    (
        "month_day",
        rf"(?:\b(?P<wd>{W}),?\s+)?(?:\b(?P<rel>(?i:last|this|next))\s+)?" + MOD,
        rf"\b(?P<month>{M})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d)\b"
        rf"(?:,?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent)))?" + PART,
    ),
    (
        "day_month",
        rf"(?:\b(?P<wd>{W}),?\s+)?" + MOD,
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{M})"
        rf"(?:,?\s+(?P<y>{YEAR})\b)?",
    ),
    (
        "month_year",
        MOD,
        rf"\b(?P<month>{M})(?:\s+of)?,?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent))",
    ),
    (
        "month",
        r"(?:\b(?P<rel>(?i:last|this|next|earlier this|later this|early next|late last))\s+)?"
        + MOD,
        rf"\b(?P<month>{M})(?:\s+(?:(?i:of)\s+)?(?P<ry>(?i:last|this|next))\s+(?i:year)\b)?",
    ),
    (
        "year",
        MOD + r"(?:\b(?P<fiscal>(?i:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year))\s*)?",
        rf"\b(?P<y>{YEAR})\b(?![-\u2013]\d)(?!\s*(?:%|percent))(?!,\d)(?!\.\d)",
    ),
    (
        "decade",
        r"(?:\b(?i:the)\s+)?(?:(?P<mod>\b(?i:early|mid|late))[\s-]+)?",
        r"(?:\b(?P<dec>(?:1[6-9]|20)\d)0|['\u2019](?P<short>\d)0)['\u2019]?s\b",
    ),
    (
        "decade_word",
        r"\b(?i:the)\s+(?:(?P<mod>\b(?i:early|mid|late))[\s-]+)?",
        r"\b(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    ),
    (
        "quarter",
        r"(?:(?:\b(?i:the)\s+)?(?:(?P<rel>\b(?i:last|this|next|latest|current|previous|same|"
        r"fiscal|calendar|year-earlier|year-ago|corresponding|comparable|first|second|third|fourth))"
        r"\s+)?"
        r"(?:(?P<py>" + YEAR + r")(?:['\u2019]s)?\s+"  # "the 1988 period", "1985's fourth quarter"
        r"|\b(?P<ry>(?i:last|this|next))\s+(?i:year)['\u2019]s\s+)?"
        r"(?:(?P<q>\b(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+)?"
        r"(?:\b(?i:fiscal|calendar)\s+)?"
        r"|\b(?P<that>(?i:that))\s+)",
        r"\b(?P<word>(?i:quarter|period))(?!s)\b"
        rf"(?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{YEAR})\b)?"
        r"(?:\s+(?P<ago>(?i:last\s+year|a\s+year\s+(?:ago|earlier)))\b)?",
    ),
    (
        "month_quarter",
        r"(?:\b(?i:the)\s+)?(?:(?P<py>" + YEAR + r")\s+)?",
        rf"\b(?P<m1>{M})\s*[-\u2013/]\s*(?P<m2>{M})\s+(?P<word>(?i:quarter|period))\b",
    ),
    ("q_short", "", rf"\bQ(?P<q>[1-4])(?:[\s-]*(?P<y>{YEAR}))?\b"),
    (
        "half",
        r"(?:\b(?i:the)\s+)?(?P<h>\b(?i:first|second|last))[\s-]+",
        r"\b(?:(?P<pair>(?i:first|last))\s+(?i:two)\s+(?i:quarters)|(?i:half)"
        r"|(?P<span>(?i:first|last))\s+(?P<months>(?i:three|six|3|6))\s+(?i:months)"
        r"(?=\s+(?i:of)\s+(?:\d|(?i:the|this|next|last)\s+year)))\b"
        r"(?:\s+(?:(?i:of)\s+)?(?P<y>" + YEAR + r")\b"
        r"|\s+(?i:of)\s+(?P<ry>(?i:the|this|next|last))\s+(?i:year)\b)?",
    ),
    (
        "season",
        r"(?:\b(?P<rel>(?i:last|this|next|early|late|the|earlier this|later this|this past))\s+)?",
        r"\b(?P<season>(?i:spring|summer|autumn|fall|winter))\b"
        rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR})\b)?",
    ),
    (
        "deictic",
        r"(?:\b(?P<early>(?i:early|late|earlier|later))\s+)?"
        r"(?:\b(?i:early\s+|mid-?|late\s+)?(?P<lead>(?i:morning|afternoon|evening|night))\s+)?",
        r"\b(?P<word>(?i:yesterday|today|tomorrow|tonight|overnight))\b" + PART,
    ),
    (
        "weekday",
        r"(?:\b(?P<rel>(?i:last|this|next|past|coming|early|late|the previous|the following|"
        r"the next))\s+)?",
        # "Mondays", "Tuesday nights": every such day, a SET
        r"\b(?P<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
        r"(?:(?P<plural>s)|['\u2019]s)?(?![a-z])"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night))(?P<parts>s)?(?![a-z]))?",
    ),
    (
        "unit",
        r"(?:\b(?P<every>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?)?"
        + MOD
        + r"(?:(?<!-)\b(?P<ago_word>(?i:earlier|later))\s+)?"
        r"(?:\b(?P<rel>(?i:this\s+past|last|this|next|past|coming|recent|previous|current|following|"
        r"same|prior|"
        r"the\s+past|the\s+coming|the\s+previous|the\s+current|the\s+following|the\s+next|"
        r"the\s+last|the\s+same|the\s+prior|the\s+first|the\s+full|the\s+recent|the\s+latest|"
        r"latest|over\s+the\s+past|"
        r"over\s+the\s+last|another|first|that|the))\s+)?"
        rf"(?:\b(?P<n>{N})[\s-]+)?"
        r"(?:\b(?P<fiscal>(?i:fiscal|calendar))\s+)?",
        r"\b(?P<unit>(?i:years?|months?|weeks?|weekends?|days?|decades?|centur(?:y|ies)|hours?|"
        r"minutes?|mornings?|afternoons?|evenings?|nights?|quarters))\b(?:-(?P<adj>(?i:long|old)))?"
        r"(?P<half>\s+(?i:and\s+a\s+half)\b)?"
        r"(?:\s+(?:(?i:or\s+so)\s+)?"
        r"(?P<dir>(?i:ago|earlier|later|before|after|from now|hence)\b))?",
    ),
    (
        "week_of",
        r"(?:\b(?i:the)\s+)?",
        rf"\b(?i:week)\s+(?i:of)\s+(?P<month>{M})\s*(?P<d>[0-3]?\d)\b(?:,?\s+(?P<y>{YEAR})\b)?",
    ),
    (
        "year_end",
        r"(?:\b(?i:the)\s+)?",
        r"\b(?i:year)(?:-|\s+|['\u2019]s\s+)(?i:end)\b",
    ),
    (
        "century",
        r"(?:\b(?i:the)\s+)?(?:(?P<mod>\b(?i:early|mid|late))[\s-]+)?",
        r"\b(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)\b",
    ),
    (
        "year_ago",
        r"(?:\b(?i:the)\s+)?",
        r"\b(?i:year-(?:earlier|ago)|prior-year)"
        r"(?:\s+(?P<what>(?i:quarter|period|level|month))"
        rf"|\s+(?P<months>(?i:{N})\s+(?i:months)))?",
    ),
    (
        "nth",
        r"(?:\b(?i:the)\s+)",
        r"\b(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b"
        r"(?!\s+(?i:century|centuries|anniversary|time|times|floor|place|round|consecutive|"
        r"straight|year|day|minute|percentile|amendment|congress|largest|biggest|annual|"
        r"edition|session|seed|hole|inning|birthday|grade|graf|paragraph|district|circuit|"
        r"precinct|division|street|avenue|term|qtrs?|quarters?|half|period|week|month|"
        r"mths?|most|least|best|worst|[a-z]+est\b|of\s+(?!" + M + r")))",
    ),
    (
        "clock",
        "",
        r"\b(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am\b|pm\b|"
        r"(?:(?<=\bat \d )|(?<=\bat \d\d ))(?:in the (?:morning|afternoon|evening)|at night)\b))"
        r"(?:\s+(?P<tz>[A-Z]{1,4}T(?![\w&])|GMT|UTC|local time))?"
        rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{W})|(?P<month>{M})\s*(?P<d>[0-3]?\d)\b))?",
    ),
    (
        "clock24",
        "",
        # "14:30 GMT", and as the military and wire services write it, "0600 GMT"
        r"\b(?:(?P<h>[01]?\d|2[0-3]):|(?P<h4>[01]\d|2[0-3]))(?P<mi>[0-5]\d)\s*"
        r"(?P<tz>[A-Z]{1,4}T(?![\w&])|GMT|UTC|(?i:local time|hours|hrs))",
    ),
    (
        "noon",
        "",
        r"\b(?P<word>(?i:noon|midnight|midday))\b"
        rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{W})|(?P<month>{M})\s*(?P<d>[0-3]?\d)\b))?",
    ),
    (
        "ref",
        r"(?:\b(?P<pre>(?i:the|the near|in the near|in the|at))\s+)?",
        r"\b(?P<word>(?i:nowadays|now|currently|present|recently|lately|past|formerly|"
        r"future quarters|future|coming quarters|these days|recent years|near term|short term|"
        r"a later date|a future date))\b",
    ),
    ("current", r"(?:\b(?P<then>(?i:then))[\s-]+)?", r"\b(?P<word>(?i:current))\b"),
    (
        "set",
        "",
        r"\b(?P<adv>(?i:daily|weekly|monthly|annually|yearly|quarterly|nightly))\b",
    ),
    (
        "day_of",
        r"(?:\b(?i:the)\s+)?",
        rf"\b(?P<ord>(?i:{ORDINAL_DAY}))\s+(?i:day)\s+(?=(?i:of)\b)",
    ),
    ("elided_last", "", r"\b(?P<word>last)(?=\s*(?:[.,;:!?)]|$))"),
    (
        "every_weekday",
        r"\b(?P<every>(?i:every|each))\s+(?:(?i:other)\s+)?",
        rf"\b(?P<what>{W})",
    ),
    (
        "holiday",
        "",
        r"\b(?P<word>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Thanksgiving(?: Day)?|"
        r"Independence Day|Fourth of July|Labor Day|Memorial Day|Valentine's Day|Halloween|"
        r"Veterans Day|Election Day|Boxing Day|Good Friday|"
        r"Easter(?: (?P<easter>Sunday|Monday|week|weekend)|(?!\s+[A-Z])))\b",
    ),
    (
        "spelled_year",
        rf"(?:\b(?P<month>{M})\s+|\b(?i:the\s+year)\s+|(?:\b(?i:the)\s+)?"
        r"\b(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?i:of)\s+)?",
        r"\b(?P<word>(?i:nineteen[\s-](?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:[\s-]"
        r"(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?))\b",
    ),
]

# Where each family may start: "scan" families are found by their own regex (they start
# with a capital, a quote or "1"/"2", which the engine skips to quickly); "digit" families
# are tried where a run of digits starts; the rest are tried where one of their stems (in
# lower case) starts a word.
DIGIT_LED = frozenset(
    ("iso", "numeric", "day_month", "decade", "century", "nth", "clock", "clock24")
)
STEMS: dict[str, tuple[str, ...]] = {
    "year": ("year_ago", "year_end", "set", "unit"),
    "month": ("set", "unit"),
    "week": ("set", "unit", "week_of"),
    "night": ("set", "unit"),
    "day": ("unit",),
    "decade": ("unit",),
    "centur": ("unit",),
    "hour": ("unit",),
    "minute": ("unit",),
    "morning": ("unit",),
    "afternoon": ("unit",),
    "evening": ("unit",),
    "quarter": ("set", "quarter", "unit"),
    "period": ("quarter",),
    "prior-year": ("year_ago",),
    "now": ("ref",),
    "currently": ("ref",),
    "current": ("current",),
    "recent": ("ref",),
    "lately": ("ref",),
    "formerly": ("ref",),
    "present": ("ref",),
    "past": ("ref",),
    "future": ("ref",),
    "coming quarters": ("ref",),
    "a later date": ("ref",),
    "a future date": ("ref",),
    "these days": ("ref",),
    "near term": ("ref",),
    "short term": ("ref",),
    "last": ("elided_last",),
    **{f"{word} day": ("day_of",) for word in ORDINAL_DAY.split("|")},
    "daily": ("set",),
    "annually": ("set",),
    "yesterday": ("deictic",),
    "today": ("deictic",),
    "tomorrow": ("deictic",),
    "tonight": ("deictic",),
    "overnight": ("deictic",),
    "spring": ("season",),
    "summer": ("season",),
    "autumn": ("season",),
    "fall": ("season",),
    "winter": ("season",),
    "half": ("half",),
    "first two quarters": ("half",),
    "last two quarters": ("half",),
    **{
        f"{which} {count} months": ("half",)
        for which in ("first", "last")
        for count in ("three", "six", "3", "6")
    },  # fmt: skip
    **{
        word: ("decade_word",)
        for word in "twenties thirties forties fifties sixties seventies eighties nineties".split()
    },
    "noon": ("noon",),
    "midnight": ("noon",),
    "midday": ("noon",),
    "nineteen": ("spelled_year",),
    "two thousand": ("spelled_year",),
}
WORD_LED = frozenset(name for names in STEMS.values() for name in names)
DIGIT_RUN = re.compile(r"\d+")


def _core(pattern: str) -> re.Pattern[str]:
    """Compile a core without its leading word boundary, which defeats the engine's quick
    skip to possible first characters; the caller checks the left boundary instead."""
    return re.compile(pattern[2:] if pattern.startswith("\\b") else pattern)


COMPILED: list[tuple[str, re.Pattern[str] | None, re.Pattern[str]]] = [
    (
        name,
        re.compile(prefix + r"$") if prefix else None,
        re.compile(core[2:], re.IGNORECASE) if name in WORD_LED else _core(core),
    )
    for name, prefix, core in FAMILIES
]

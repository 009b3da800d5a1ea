"""Every family of English time expressions, each declared once.

A family is what HeidelTime calls a rule: its pattern (a prefix matched backwards from where
its literal-led core matched), where it may start, the resolver that gives its TimeML value,
its negative checks in order, its span trimming, and examples of what it finds. The examples
run as tests (``tests/analysis/test_time_families.py``) against ``EXAMPLE_REFERENCE``.
"""

from __future__ import annotations

from briefing.analysis.time.calendar import (
    resolve_century,
    resolve_decade,
    resolve_decade_word,
    resolve_half,
    resolve_holiday,
    resolve_iso,
    resolve_month,
    resolve_month_day,
    resolve_month_year,
    resolve_numeric,
    resolve_season,
    resolve_spelled_year,
    resolve_week_of,
    resolve_year,
    resolve_year_end,
)
from briefing.analysis.time.days_and_clocks import (
    resolve_clock,
    resolve_clock24,
    resolve_noon,
    resolve_nth,
    resolve_weekday,
)
from briefing.analysis.time.family import Family, trim_a_reference, trim_an_amount
from briefing.analysis.time.negative_checks import (
    century_company,
    clock_repeated_or_a_year,
    decade_word_an_age,
    generic_day,
    half_not_the_years,
    high_noon,
    month_not_a_date,
    ordinal_not_a_day,
    quarter_without_anchor,
    season_without_anchor,
    set_as_a_kind,
    spelled_count,
    title_word,
    to_the_same,
    vague_count,
    year_not_a_year,
)
from briefing.analysis.time.patterns import DECADE_WORDS, MOD, ORDINAL_DAY, PART, YEAR, M, N, W
from briefing.analysis.time.quarters import (
    resolve_month_quarter,
    resolve_q_short,
    resolve_quarter,
    resolve_year_ago,
)
from briefing.analysis.time.relative import (
    resolve_current,
    resolve_day_of,
    resolve_deictic,
    resolve_elided_last,
    resolve_every_weekday,
    resolve_ref,
    resolve_set,
    resolve_unit,
)

# In order of rank: where two families find the same span, the earlier one wins.
FAMILIES: tuple[Family, ...] = (
    Family(
        "iso",
        prefix="",
        core=r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b",
        led_by="digits",
        resolve=resolve_iso,
        examples=(("The order is dated 2025-03-14.", "2025-03-14", "2025-03-14"),),
    ),
    Family(
        "numeric",
        prefix="",
        core=r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
        led_by="digits",
        resolve=resolve_numeric,
        examples=(("The bill passed on 6/12/2025.", "6/12/2025", "2025-06-12"),),
    ),
    Family(
        "month_day",
        prefix=rf"(?:\b(?P<wd>{W}),?\s+)?(?:\b(?P<rel>(?i:last|this|next))\s+)?" + MOD,
        core=rf"\b(?P<month>{M})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d)\b"
        rf"(?:,?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent)))?" + PART,
        led_by="scan",
        resolve=resolve_month_day,
        examples=(
            ("Talks resume on March 5.", "March 5", "2026-03-05"),
            ("The vote is set for Friday, Dec. 12, 2025.", "Friday, Dec. 12, 2025", "2025-12-12"),
        ),
    ),
    Family(
        "day_month",
        prefix=rf"(?:\b(?P<wd>{W}),?\s+)?" + MOD,
        core=rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{M})"
        rf"(?:,?\s+(?P<y>{YEAR})\b)?",
        led_by="digits",
        resolve=resolve_month_day,
        examples=(
            ("The vote took place on 9 July 2024.", "9 July 2024", "2024-07-09"),
            ("He arrives on the 3rd of November.", "3rd of November", "2025-11-03"),
        ),
    ),
    Family(
        "month_year",
        prefix=MOD,
        core=rf"\b(?P<month>{M})(?:\s+of)?,?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent))",
        led_by="scan",
        resolve=resolve_month_year,
        examples=(
            ("Prices peaked in June 2022.", "June 2022", "2022-06"),
            ("It opened in early May of 2019.", "early May of 2019", "2019-05"),
        ),
    ),
    Family(
        "month",
        prefix=(
            r"(?:\b(?P<rel>(?i:last|this|next|earlier this|later this|early next|late last))"
            r"\s+)?" + MOD
        ),
        core=rf"\b(?P<month>{M})(?:\s+(?:(?i:of)\s+)?(?P<ry>(?i:last|this|next))\s+(?i:year)\b)?",
        led_by="scan",
        resolve=resolve_month,
        checks=(month_not_a_date,),
        examples=(("Exports fell in August.", "August", "2025-08"),),
    ),
    Family(
        "year",
        prefix=MOD
        + r"(?:\b(?P<fiscal>(?i:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year))\s*)?",
        core=rf"\b(?P<y>{YEAR})\b(?![-\u2013]\d)(?!\s*(?:%|percent))(?!,\d)(?!\.\d)",
        led_by="scan",
        resolve=resolve_year,
        checks=(year_not_a_year,),
        examples=(("The law dates from 1998.", "1998", "1998"),),
    ),
    Family(
        "decade",
        prefix=r"(?:\b(?i:the)\s+)?(?:(?P<mod>\b(?i:early|mid|late))[\s-]+)?",
        core=r"(?:\b(?P<dec>(?:1[6-9]|20)\d)0|['\u2019](?P<short>\d)0)['\u2019]?s\b",
        led_by="digits",
        resolve=resolve_decade,
        examples=(
            ("Inflation was high in the 1970s.", "the 1970s", "197"),
            ("Rates rose in the late '80s.", "the late '80s", "198"),
        ),
    ),
    Family(
        "decade_word",
        prefix=r"\b(?i:the)\s+(?:(?P<mod>\b(?i:early|mid|late))[\s-]+)?",
        core=rf"\b(?P<word>(?i:{DECADE_WORDS}))\b",
        led_by=tuple(DECADE_WORDS.split("|")),
        resolve=resolve_decade_word,
        checks=(decade_word_an_age,),
        examples=(("Rates were high in the seventies.", "the seventies", "197"),),
    ),
    Family(
        "quarter",
        prefix=r"(?:(?:\b(?i:the)\s+)?(?:(?P<rel>\b(?i:last|this|next|latest|current|previous|same|"
        r"fiscal|calendar|year-earlier|year-ago|corresponding|comparable|first|second|third|fourth))"
        r"\s+)?"
        r"(?:(?P<py>" + YEAR + r")(?:['\u2019]s)?\s+"  # "the 1988 period", "1985's fourth quarter"
        r"|\b(?P<ry>(?i:last|this|next))\s+(?i:year)['\u2019]s\s+)?"
        r"(?:(?P<q>\b(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+)?"
        r"(?:\b(?i:fiscal|calendar)\s+)?"
        r"|\b(?P<that>(?i:that))\s+)",
        core=r"\b(?P<word>(?i:quarter|period))(?!s)\b"
        rf"(?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{YEAR})\b)?"
        r"(?:\s+(?P<ago>(?i:last\s+year|a\s+year\s+(?:ago|earlier)))\b)?",
        led_by=("quarter", "period"),
        resolve=resolve_quarter,
        checks=(to_the_same, quarter_without_anchor),
        examples=(("Profit fell in the second quarter.", "the second quarter", "2025-Q2"),),
    ),
    Family(
        "month_quarter",
        prefix=r"(?:\b(?i:the)\s+)?(?:(?P<py>" + YEAR + r")\s+)?",
        core=rf"\b(?P<m1>{M})\s*[-\u2013/]\s*(?P<m2>{M})\s+(?P<word>(?i:quarter|period))\b",
        led_by="scan",
        resolve=resolve_month_quarter,
        examples=(
            ("Sales rose in the July-September quarter.", "the July-September quarter", "2025-Q3"),
        ),
    ),
    Family(
        "q_short",
        prefix="",
        core=rf"\bQ(?P<q>[1-4])(?:[\s-]*(?P<y>{YEAR}))?\b",
        led_by="scan",
        resolve=resolve_q_short,
        examples=(("Revenue grew in Q2 2024.", "Q2 2024", "2024-Q2"),),
    ),
    Family(
        "half",
        prefix=r"(?:\b(?i:the)\s+)?(?P<h>\b(?i:first|second|last))[\s-]+",
        core=r"\b(?:(?P<pair>(?i:first|last))\s+(?i:two)\s+(?i:quarters)|(?i:half)"
        r"|(?P<span>(?i:first|last))\s+(?P<months>(?i:three|six|3|6))\s+(?i:months)"
        r"(?=\s+(?i:of)\s+(?:\d|(?i:the|this|next|last)\s+year)))\b"
        r"(?:\s+(?:(?i:of)\s+)?(?P<y>" + YEAR + r")\b"
        r"|\s+(?i:of)\s+(?P<ry>(?i:the|this|next|last))\s+(?i:year)\b)?",
        led_by=(
            "half",
            "first two quarters",
            "last two quarters",
            "first three months",
            "first six months",
            "first 3 months",
            "first 6 months",
            "last three months",
            "last six months",
            "last 3 months",
            "last 6 months",
        ),
        resolve=resolve_half,
        checks=(half_not_the_years,),
        examples=(("Output rose in the first half of 2024.", "the first half of 2024", "2024-H1"),),
    ),
    Family(
        "season",
        prefix=(
            r"(?:\b(?P<rel>(?i:last|this|next|early|late|the|earlier this|later this|"
            r"this past))\s+)?"
        ),
        core=r"\b(?P<season>(?i:spring|summer|autumn|fall|winter))\b"
        rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR})\b)?",
        led_by=("spring", "summer", "autumn", "fall", "winter"),
        resolve=resolve_season,
        checks=(season_without_anchor,),
        examples=(("The plant opened last summer.", "last summer", "2025-SU"),),
    ),
    Family(
        "deictic",
        prefix=r"(?:\b(?P<early>(?i:early|late|earlier|later))\s+)?"
        r"(?:\b(?i:early\s+|mid-?|late\s+)?(?P<lead>(?i:morning|afternoon|evening|night))\s+)?",
        core=r"\b(?P<word>(?i:yesterday|today|tomorrow|tonight|overnight))\b" + PART,
        led_by=("yesterday", "today", "tomorrow", "tonight", "overnight"),
        resolve=resolve_deictic,
        checks=(generic_day, title_word),
        examples=(("The minister resigned yesterday.", "yesterday", "2025-10-27"),),
    ),
    Family(
        "weekday",
        prefix=r"(?:\b(?P<rel>(?i:last|this|next|past|coming|early|late|the previous|the following|"
        r"the next))\s+)?",
        core=r"\b(?P<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
        r"(?:(?P<plural>s)|['\u2019]s)?(?![a-z])"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night))(?P<parts>s)?(?![a-z]))?",
        led_by="scan",
        resolve=resolve_weekday,
        examples=(
            ("The talks resume on Thursday.", "Thursday", "2025-10-30"),
            ("Markets shut on Sundays.", "Sundays", "XXXX-WXX-7"),
        ),
    ),
    Family(
        "unit",
        prefix=r"(?:\b(?P<every>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?)?"
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
        core=r"\b(?P<unit>(?i:years?|months?|weeks?|weekends?|days?|decades?|centur(?:y|ies)|hours?|"
        r"minutes?|mornings?|afternoons?|evenings?|nights?|quarters))\b(?:-(?P<adj>(?i:long|old)))?"
        r"(?P<half>\s+(?i:and\s+a\s+half)\b)?"
        r"(?:\s+(?:(?i:or\s+so)\s+)?"
        r"(?P<dir>(?i:ago|earlier|later|before|after|from now|hence)\b))?",
        led_by=tuple(
            "year month week night day decade centur hour minute morning afternoon "
            "evening quarter".split()
        ),
        resolve=resolve_unit,
        trim=trim_an_amount,
        checks=(to_the_same, vague_count, title_word),
        examples=(
            ("The mine closed three years ago.", "three years ago", "2022"),
            ("Exports fell last month.", "last month", "2025-09"),
        ),
    ),
    Family(
        "week_of",
        prefix=r"(?:\b(?i:the)\s+)?",
        core=rf"\b(?i:week)\s+(?i:of)\s+(?P<month>{M})\s*(?P<d>[0-3]?\d)\b(?:,?\s+(?P<y>{YEAR})\b)?",
        led_by=("week",),
        resolve=resolve_week_of,
        examples=(("The hearing is the week of March 3.", "the week of March 3", "2026-W10"),),
    ),
    Family(
        "year_end",
        prefix=r"(?:\b(?i:the)\s+)?",
        core=r"\b(?i:year)(?:-|\s+|['\u2019]s\s+)(?i:end)\b",
        led_by=("year",),
        resolve=resolve_year_end,
        examples=(("The deal should close by year-end.", "year-end", "2025"),),
    ),
    Family(
        "century",
        prefix=r"(?:\b(?i:the)\s+)?(?:(?P<mod>\b(?i:early|mid|late))[\s-]+)?",
        core=r"\b(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)\b",
        led_by="digits",
        resolve=resolve_century,
        checks=(century_company,),
        examples=(("It was built in the 19th century.", "the 19th century", "18"),),
    ),
    Family(
        "year_ago",
        prefix=r"(?:\b(?i:the)\s+)?",
        core=r"\b(?i:year-(?:earlier|ago)|prior-year)"
        r"(?:\s+(?P<what>(?i:quarter|period|level|month))"
        rf"|\s+(?P<months>(?i:{N})\s+(?i:months)))?",
        led_by=("year", "prior-year"),
        resolve=resolve_year_ago,
        examples=(("Sales beat the year-earlier quarter.", "the year-earlier quarter", "2024-QX"),),
    ),
    Family(
        "nth",
        prefix=r"(?:\b(?i:the)\s+)",
        core=r"\b(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b"
        r"(?!\s+(?i:century|centuries|anniversary|time|times|floor|place|round|consecutive|"
        r"straight|year|day|minute|percentile|amendment|congress|largest|biggest|annual|"
        r"edition|session|seed|hole|inning|birthday|grade|graf|paragraph|district|circuit|"
        r"precinct|division|street|avenue|term|qtrs?|quarters?|half|period|week|month|"
        r"mths?|most|least|best|worst|[a-z]+est\b|of\s+(?!" + M + r")))",
        led_by="digits",
        resolve=resolve_nth,
        checks=(ordinal_not_a_day,),
        examples=(("The board meets on the 14th.", "the 14th", "2025-10-14"),),
    ),
    Family(
        "clock",
        prefix="",
        core=r"\b(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am\b|pm\b|"
        r"(?:(?<=\bat \d )|(?<=\bat \d\d ))(?:in the (?:morning|afternoon|evening)|at night)\b))"
        r"(?:\s+(?P<tz>[A-Z]{1,4}T(?![\w&])|GMT|UTC|local time))?"
        rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{W})|(?P<month>{M})\s*(?P<d>[0-3]?\d)\b))?",
        led_by="digits",
        resolve=resolve_clock,
        examples=(("The market closed at 4:30 p.m.", "4:30 p.m.", "2025-10-28T16:30"),),
    ),
    Family(
        "clock24",
        prefix="",
        core=r"\b(?:(?P<h>[01]?\d|2[0-3]):|(?P<h4>[01]\d|2[0-3]))(?P<mi>[0-5]\d)\s*"
        r"(?P<tz>[A-Z]{1,4}T(?![\w&])|GMT|UTC|(?i:local time|hours|hrs))",
        led_by="digits",
        resolve=resolve_clock24,
        checks=(clock_repeated_or_a_year,),
        examples=(("The strike began at 0600 GMT.", "0600 GMT", "2025-10-28T06:00"),),
    ),
    Family(
        "noon",
        prefix="",
        core=r"\b(?P<word>(?i:noon|midnight|midday))\b"
        rf"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{W})|(?P<month>{M})\s*(?P<d>[0-3]?\d)\b))?",
        led_by=("noon", "midnight", "midday"),
        resolve=resolve_noon,
        checks=(high_noon,),
        examples=(
            ("The deadline was noon on Friday.", "noon on Friday", "2025-10-24T12:00"),
            ("The talks ended at midnight.", "midnight", "2025-10-28T24:00"),
        ),
    ),
    Family(
        "ref",
        prefix=r"(?:\b(?P<pre>(?i:the|the near|in the near|in the|at))\s+)?",
        core=r"\b(?P<word>(?i:nowadays|now|currently|present|recently|lately|past|formerly|"
        r"future quarters|future|coming quarters|these days|recent years|near term|short term|"
        r"a later date|a future date))\b",
        led_by=(
            "now",
            "currently",
            "recent",
            "lately",
            "formerly",
            "present",
            "past",
            "future",
            "coming quarters",
            "a later date",
            "a future date",
            "these days",
            "near term",
            "short term",
        ),
        resolve=resolve_ref,
        trim=trim_a_reference,
        examples=(
            ("Prices are now higher.", "now", "PRESENT_REF"),
            ("Sales fell recently.", "recently", "PAST_REF"),
        ),
    ),
    Family(
        "current",
        prefix=r"(?:\b(?P<then>(?i:then))[\s-]+)?",
        core=r"\b(?P<word>(?i:current))\b",
        led_by=("current",),
        resolve=resolve_current,
        examples=(("The current rules lapse.", "current", "PRESENT_REF"),),
    ),
    Family(
        "set",
        prefix="",
        core=r"\b(?P<adv>(?i:daily|weekly|monthly|annually|yearly|quarterly|nightly))\b",
        led_by=("year", "month", "week", "night", "quarter", "daily", "annually"),
        resolve=resolve_set,
        checks=(set_as_a_kind,),
        examples=(("The index is published weekly.", "weekly", "P1W"),),
    ),
    Family(
        "day_of",
        prefix=r"(?:\b(?i:the)\s+)?",
        core=rf"\b(?P<ord>(?i:{ORDINAL_DAY}))\s+(?i:day)\s+(?=(?i:of)\b)",
        led_by=tuple(f"{word} day" for word in ORDINAL_DAY.split("|")),
        resolve=resolve_day_of,
        examples=(("Today is the third day of the strike.", "the third day", "2025-10-28"),),
    ),
    Family(
        "elided_last",
        prefix="",
        core=r"\b(?P<word>last)(?=\s*(?:[.,;:!?)]|$))",
        led_by=("last",),
        resolve=resolve_elided_last,
        examples=(("Exports are higher this year than last.", "last", "2024"),),
    ),
    Family(
        "every_weekday",
        prefix=r"\b(?P<every>(?i:every|each))\s+(?:(?i:other)\s+)?",
        core=rf"\b(?P<what>{W})",
        led_by="scan",
        resolve=resolve_every_weekday,
        examples=(("The council meets every Monday.", "every Monday", "XXXX-WXX-1"),),
    ),
    Family(
        "holiday",
        prefix="",
        core=r"\b(?P<word>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Thanksgiving(?: Day)?|"
        r"Independence Day|Fourth of July|Labor Day|Memorial Day|Valentine's Day|Halloween|"
        r"Veterans Day|Election Day|Boxing Day|Good Friday|"
        r"Easter(?: (?P<easter>Sunday|Monday|week|weekend)|(?!\s+[A-Z])))\b",
        led_by="scan",
        resolve=resolve_holiday,
        examples=(("Shops close on Christmas Day.", "Christmas Day", "2025-12-25"),),
    ),
    Family(
        "spelled_year",
        prefix=rf"(?:\b(?P<month>{M})\s+|\b(?i:the\s+year)\s+|(?:\b(?i:the)\s+)?"
        r"\b(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?i:of)\s+)?",
        core=r"\b(?P<word>(?i:nineteen[\s-](?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:[\s-]"
        r"(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?))\b",
        led_by=("nineteen", "two thousand"),
        resolve=resolve_spelled_year,
        checks=(spelled_count,),
        examples=(
            ("The treaty was signed in nineteen ninety-two.", "nineteen ninety-two", "1992"),
        ),
    ),
)

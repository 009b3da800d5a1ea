"""Every family of English time expressions, each declared once.

A family is what HeidelTime calls a rule: its pattern (a prefix matched backwards from where
its literal-led core matched), where it may start, the resolver that gives its TimeML value,
its negative checks in order, its span trimming, and examples of what it finds. The examples
run as tests (``tests/analysis/test_time_families.py``) against ``EXAMPLE_REFERENCE``.
"""

from __future__ import annotations

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_words import (
    CLOCK_24_ZONES,
    CLOCK_DAY_PARTS,
    DAY_PARTS,
    DECADE_NAMES,
    DEICTIC_DAYS,
    DEICTIC_STEPS,
    DIGIT_WORDS,
    EARLY_MID_LATE,
    EARLY_OR_LATER,
    EASTER_DAYS,
    FREQUENCY_ADVERBS,
    HALF_ORDINALS,
    HALF_YEAR_RELATIONS,
    MONTH_RELATIONS,
    NOON_WORDS,
    NOT_AFTER_AN_ORDINAL,
    ONE_TO_TEN,
    QUARTER_ORDINALS,
    QUARTER_RELATIONS,
    REFERENCE_WORDS,
    SEASON_RELATIONS,
    SEASONS,
    SET_STEMS,
    SHORT_MONTHS_BEFORE_A_DAY,
    TEENS,
    TENS,
    UNIT_DIRECTIONS,
    UNIT_RELATIONS,
    UNIT_STEMS,
    WEEKDAY_NAMES,
    WEEKDAY_RELATIONS,
    YEAR_AGO_THINGS,
)
from briefing.analysis.time import calendar, days_and_clocks, quarters, relative
from briefing.analysis.time import negative_checks as negative
from briefing.analysis.time.family import Family, trim_a_reference, trim_an_amount
from briefing.analysis.time.patterns import MOD, ORDINAL_DAY, PART, YEAR, M, N, W

# In order of rank: where two families find the same span, the earlier one wins.
FAMILIES: tuple[Family, ...] = (
    Family(
        "iso",
        prefix="",
        core=r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b",
        led_by="digits",
        resolve=calendar.resolve_iso,
        examples=(("The order is dated 2025-03-14.", "2025-03-14", "2025-03-14"),),
    ),
    Family(
        "numeric",
        prefix="",
        core=r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
        led_by="digits",
        resolve=calendar.resolve_numeric,
        examples=(("The bill passed on 6/12/2025.", "6/12/2025", "2025-06-12"),),
    ),
    Family(
        "month_day",
        prefix=(
            rf"(?:\b(?P<wd>{W}),?\s+)?(?:\b(?P<rel>(?i:{either(DEICTIC_STEPS)}))\s+)"
            rf"?"
        )
        + MOD,
        core=rf"\b(?P<month>{M}|{SHORT_MONTHS_BEFORE_A_DAY})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d)(?!\.\d)\b"
        rf"(?:,?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent)))?" + PART,
        led_by="month",
        resolve=calendar.resolve_month_day,
        examples=(
            ("Talks resume on March 5.", "March 5", "2026-03-05"),
            ("Talks ran from May 2 to June 9, 2024.", "May 2", "2024-05-02"),
            ("The vote is set for Friday, Dec. 12, 2025.", "Friday, Dec. 12, 2025", "2025-12-12"),
            ("The vote on Mar 10 passed.", "Mar 10", "2026-03-10"),
        ),
    ),
    Family(
        "day_month",
        prefix=rf"(?:\b(?P<wd>{W}),?\s+)?" + MOD,
        core=rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{M})"
        rf"(?:,?\s+(?P<y>{YEAR})\b)?",
        led_by="digits",
        resolve=calendar.resolve_month_day,
        examples=(
            ("The vote took place on 9 July 2024.", "9 July 2024", "2024-07-09"),
            ("He arrives on the 3rd of November.", "3rd of November", "2025-11-03"),
        ),
    ),
    Family(
        "month_year",
        prefix=MOD,
        core=rf"\b(?P<month>{M})(?:\s+of)?,?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent))",
        led_by="month",
        resolve=calendar.resolve_month_year,
        examples=(
            ("Prices peaked in June 2022.", "June 2022", "2022-06"),
            ("It opened in early May of 2019.", "early May of 2019", "2019-05"),
        ),
    ),
    Family(
        "month",
        prefix=(rf"(?:\b(?P<rel>(?i:{either(MONTH_RELATIONS)}))\s+)?" + MOD),
        core=(
            rf"\b(?P<month>{M})(?:\s+(?:(?i:of)\s+)?(?P<ry>(?i:{either(DEICTIC_STEPS)})"
            rf")\s+(?i:year)\b)?"
        ),
        led_by="month",
        resolve=calendar.resolve_month,
        checks=(negative.month_not_a_date,),
        examples=(
            ("Exports fell in August.", "August", "2025-08"),
            ("Output rose in March and April 2024.", "March", "2024-03"),
        ),
    ),
    Family(
        "year",
        prefix=MOD
        + r"(?:\b(?P<fiscal>(?i:fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year))\s*)?",
        core=rf"\b(?P<y>{YEAR})\b(?![-\u2013]\d)(?!\s*(?:%|percent))(?!,\d)(?!\.\d)",
        led_by="digits",
        resolve=calendar.resolve_year,
        checks=(negative.year_without_evidence, negative.year_not_a_year),
        examples=(("The law dates from 1998.", "1998", "1998"),),
    ),
    Family(
        "decade",
        prefix=(
            rf"(?:\b(?i:the)\s+)?(?:(?P<mod>\b(?i:{either(EARLY_MID_LATE)}))[\s-]+)"
            rf"?"
        ),
        core=r"(?:\b(?P<dec>(?:1[6-9]|20)\d)0|['\u2019](?P<short>\d)0)['\u2019]?s\b",
        led_by="digits",
        resolve=calendar.resolve_decade,
        examples=(
            ("Inflation was high in the 1970s.", "the 1970s", "197"),
            ("Rates rose in the late '80s.", "the late '80s", "198"),
        ),
    ),
    Family(
        "decade_word",
        prefix=rf"\b(?i:the)\s+(?:(?P<mod>\b(?i:{either(EARLY_MID_LATE)}))[\s-]+)?",
        core=rf"\b(?P<word>(?i:{either(DECADE_NAMES)}))\b",
        led_by=DECADE_NAMES,
        resolve=calendar.resolve_decade_word,
        checks=(negative.decade_word_an_age,),
        examples=(("Rates were high in the seventies.", "the seventies", "197"),),
    ),
    Family(
        "quarter",
        prefix=(
            rf"(?:(?:\b(?i:the)\s+)?(?:(?P<rel>\b(?i:{either(QUARTER_RELATIONS)}))\s+)"
            rf"?(?:\b(?:FY)?(?P<py>"
        )
        + YEAR
        + (
            rf")(?:['\u2019]s)?\s+|\b(?P<ry>(?i:{either(DEICTIC_STEPS)}))\s+(?i:year)"
            rf"['\u2019]s\s+)?(?:(?P<q>\b(?i:{either(QUARTER_ORDINALS)})"
            rf")[\s-]+)?(?:\b(?i:fiscal|calendar)\s+)?|\b(?P<that>(?i:that))\s+)"
        ),
        core=r"\b(?P<word>(?i:quarter|period))(?!s)\b"
        rf"(?:\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{YEAR})\b)?"
        r"(?:\s+(?P<ago>(?i:last\s+year|a\s+year\s+(?:ago|earlier)))\b)?",
        led_by=("quarter", "period"),
        resolve=quarters.resolve_quarter,
        checks=(negative.to_the_same, negative.quarter_without_anchor),
        examples=(("Profit fell in the second quarter.", "the second quarter", "2025-Q2"),),
    ),
    Family(
        "month_quarter",
        prefix=r"(?:\b(?i:the)\s+)?(?:\b(?:FY)?(?P<py>" + YEAR + r")\s+)?",
        core=rf"\b(?P<m1>{M})\s*[-\u2013/]\s*(?P<m2>{M})\s+(?P<word>(?i:quarter|period))\b",
        led_by="month",
        resolve=quarters.resolve_month_quarter,
        examples=(
            ("Sales rose in the July-September quarter.", "the July-September quarter", "2025-Q3"),
        ),
    ),
    Family(
        "q_short",
        prefix="",
        core=rf"\bQ(?P<q>[1-4])(?:[\s-]*(?P<y>{YEAR}))?\b",
        led_by="scan",
        resolve=quarters.resolve_q_short,
        examples=(("Revenue grew in Q2 2024.", "Q2 2024", "2024-Q2"),),
    ),
    Family(
        "half",
        prefix=rf"(?:\b(?i:the)\s+)?(?P<h>\b(?i:{either(HALF_ORDINALS)}))[\s-]+",
        core=(
            rf"\b(?:(?P<pair>(?i:first|last))\s+(?i:two)\s+(?i:quarters)|(?i:half)|(?P<span>(?i:first|"
            rf"last))\s+(?P<months>(?i:three|six|3|6))\s+(?i:months)(?=\s+(?i:of)\s+(?:\d|"
            rf"(?i:{either(HALF_YEAR_RELATIONS)})\s+year)))\b(?:\s+(?:(?i:of)\s+)?(?P<y>"
        )
        + YEAR
        + (
            rf")\b|\s+(?i:of)\s+(?P<ry>(?i:{either(HALF_YEAR_RELATIONS)}))\s+(?i:year)\b)"
            rf"?"
        ),
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
        resolve=calendar.resolve_half,
        checks=(negative.half_not_the_years,),
        examples=(("Output rose in the first half of 2024.", "the first half of 2024", "2024-H1"),),
    ),
    Family(
        "season",
        prefix=(rf"(?:\b(?P<rel>(?i:{either(SEASON_RELATIONS)}))\s+)?"),
        core=(
            rf"\b(?P<season>(?i:{either(SEASONS)}))\b(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR})"
            rf"\b)?"
        ),
        led_by=tuple(SEASONS),
        resolve=calendar.resolve_season,
        checks=(negative.season_without_anchor,),
        examples=(("The plant opened last summer.", "last summer", "2025-SU"),),
    ),
    Family(
        "deictic",
        prefix=(
            rf"(?:\b(?P<early>(?i:{either(EARLY_OR_LATER)}))\s+)?(?:\b(?i:early\s+|"
            rf"mid-?|late\s+)?(?P<lead>(?i:{either(DAY_PARTS)}))\s+)?"
        ),
        core=rf"\b(?P<word>(?i:{either(DEICTIC_DAYS)}))\b" + PART,
        led_by=DEICTIC_DAYS,
        resolve=relative.resolve_deictic,
        checks=(negative.generic_day, negative.title_word),
        examples=(("The minister resigned yesterday.", "yesterday", "2025-10-27"),),
    ),
    Family(
        "weekday",
        prefix=rf"(?:\b(?P<rel>(?i:{either(WEEKDAY_RELATIONS)}))\s+)?",
        core=(
            rf"\b(?P<wd>(?:{either(WEEKDAY_NAMES)}))(?:(?P<plural>s)|['\u2019]s)?(?![a-z])"
            rf"(?:\s+(?P<part>(?i:{either(DAY_PARTS)}))(?P<parts>s)?(?![a-z]))"
            rf"?"
        ),
        led_by="weekday",
        resolve=days_and_clocks.resolve_weekday,
        examples=(
            ("The talks resume on Thursday.", "Thursday", "2025-10-30"),
            ("Markets shut on Sundays.", "Sundays", "XXXX-WXX-7"),
        ),
    ),
    Family(
        "unit",
        prefix=r"(?:\b(?P<every>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?)?"
        + MOD
        + (
            rf"(?:(?<!-)\b(?P<ago_word>(?i:earlier|later))\s+)?(?:\b(?P<rel>(?i:{either(UNIT_RELATIONS)})"
            rf")\s+)?(?:\b(?P<n>{N})[\s-]+)?(?:\b(?P<fiscal>(?i:fiscal|calendar))\s+)"
            rf"?"
        ),
        core=(
            rf"\b(?P<unit>(?i:years?|months?|weeks?|weekends?|days?|decades?|centur(?:y|"
            rf"ies)|hours?|minutes?|mornings?|afternoons?|evenings?|nights?|quarters)"
            rf")\b(?:-(?P<adj>(?i:long|old)))?(?P<half>\s+(?i:and\s+a\s+half)\b)?(?:\s+(?:(?i:or\s+so)"
            rf"\s+)?(?P<dir>(?i:{either(UNIT_DIRECTIONS)})\b))?"
        ),
        led_by=UNIT_STEMS,
        resolve=relative.resolve_unit,
        trim=trim_an_amount,
        checks=(negative.to_the_same, negative.vague_count, negative.title_word),
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
        resolve=calendar.resolve_week_of,
        examples=(("The hearing is the week of March 3.", "the week of March 3", "2026-W10"),),
    ),
    Family(
        "year_end",
        prefix=r"(?:\b(?i:the)\s+)?",
        core=r"\b(?i:year)(?:-|\s+|['\u2019]s\s+)(?i:end)\b",
        led_by=("year",),
        resolve=calendar.resolve_year_end,
        examples=(("The deal should close by year-end.", "year-end", "2025"),),
    ),
    Family(
        "century",
        prefix=(
            rf"(?:\b(?i:the)\s+)?(?:(?P<mod>\b(?i:{either(EARLY_MID_LATE)}))[\s-]+)"
            rf"?"
        ),
        core=r"\b(?P<c>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)\b",
        led_by="digits",
        resolve=calendar.resolve_century,
        checks=(negative.century_company,),
        examples=(("It was built in the 19th century.", "the 19th century", "18"),),
    ),
    Family(
        "year_ago",
        prefix=r"(?:\b(?i:the)\s+)?",
        core=(
            rf"\b(?i:year-(?:earlier|ago)|prior-year)(?:\s+(?P<what>(?i:{either(YEAR_AGO_THINGS)})"
            rf")|\s+(?P<months>(?i:{N})\s+(?i:months)))?"
        ),
        led_by=("year", "prior-year"),
        resolve=quarters.resolve_year_ago,
        examples=(("Sales beat the year-earlier quarter.", "the year-earlier quarter", "2024-QX"),),
    ),
    Family(
        "nth",
        prefix=r"(?:\b(?i:the)\s+)",
        core=r"\b(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b"
        rf"(?!\s+(?i:{either(NOT_AFTER_AN_ORDINAL)}|[a-z]+est\b|of\s+(?!" + M + r")))",
        led_by="digits",
        resolve=days_and_clocks.resolve_nth,
        checks=(negative.ordinal_not_a_day,),
        examples=(("The board meets on the 14th.", "the 14th", "2025-10-14"),),
    ),
    Family(
        "clock",
        prefix="",
        core=(
            rf"\b(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|"
            rf"am\b|pm\b|(?:(?<=\bat \d )|(?<=\bat \d\d ))(?:in the (?:{either(CLOCK_DAY_PARTS)})"
            rf"|at night)\b))(?:\s+(?P<tz>[A-Z]{{1,4}}T(?![\w&])|GMT|UTC|local time))"
            rf"?(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{W})|(?P<month>{M})\s*(?P<d>[0-3]?\d)"
            rf"\b))?"
        ),
        led_by="digits",
        resolve=days_and_clocks.resolve_clock,
        examples=(("The market closed at 4:30 p.m.", "4:30 p.m.", "2025-10-28T16:30"),),
    ),
    Family(
        "clock24",
        prefix="",
        core=(
            rf"\b(?:(?P<h>[01]?\d|2[0-3]):|(?P<h4>[01]\d|2[0-3]))(?P<mi>[0-5]\d)\s*(?P<tz>[A-Z]{{1,4}}T(?![\w&])"
            rf"|GMT|UTC|(?i:{either(CLOCK_24_ZONES)}))"
            rf"(?:,?\s+(?:(?i:on)\s+)?(?P<wd>{W})\b)?"
        ),
        led_by="digits",
        resolve=days_and_clocks.resolve_clock24,
        checks=(negative.clock_repeated_or_a_year,),
        examples=(
            ("The strike began at 0600 GMT.", "0600 GMT", "2025-10-28T06:00"),
            ("He spoke at 10:30 GMT on Monday.", "10:30 GMT on Monday", "2025-10-27T10:30"),
        ),
    ),
    Family(
        "noon",
        prefix="",
        core=(
            rf"\b(?P<word>(?i:{either(NOON_WORDS)}))\b(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>{W})"
            rf"|(?P<month>{M})\s*(?P<d>[0-3]?\d)\b))?"
        ),
        led_by=NOON_WORDS,
        resolve=days_and_clocks.resolve_noon,
        checks=(negative.high_noon,),
        examples=(
            ("The deadline was noon on Friday.", "noon on Friday", "2025-10-24T12:00"),
            ("The talks ended at midnight.", "midnight", "2025-10-28T24:00"),
        ),
    ),
    Family(
        "ref",
        prefix=r"(?:\b(?P<pre>(?i:the|the near|in the near|in the|at))\s+)?",
        core=rf"\b(?P<word>(?i:{either(REFERENCE_WORDS)}))\b",
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
        resolve=relative.resolve_ref,
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
        resolve=relative.resolve_current,
        examples=(("The current rules lapse.", "current", "PRESENT_REF"),),
    ),
    Family(
        "set",
        prefix="",
        core=rf"\b(?P<adv>(?i:{either(FREQUENCY_ADVERBS)}))\b",
        led_by=SET_STEMS,
        resolve=relative.resolve_set,
        checks=(negative.set_as_a_kind,),
        examples=(("The index is published weekly.", "weekly", "P1W"),),
    ),
    Family(
        "day_of",
        prefix=r"(?:\b(?i:the)\s+)?",
        core=rf"\b(?P<ord>(?i:{ORDINAL_DAY}))\s+(?i:day)\s+(?=(?i:of)\b)",
        led_by=tuple(f"{word} day" for word in ORDINAL_DAY.split("|")),
        resolve=relative.resolve_day_of,
        examples=(("Today is the third day of the strike.", "the third day", "2025-10-28"),),
    ),
    Family(
        "elided_last",
        prefix="",
        core=r"\b(?P<word>last)(?=\s*(?:[.,;:!?)]|$))",
        led_by=("last",),
        resolve=relative.resolve_elided_last,
        examples=(("Exports are higher this year than last.", "last", "2024"),),
    ),
    Family(
        "every_weekday",
        prefix=r"\b(?P<every>(?i:every|each))\s+(?:(?i:other)\s+)?",
        core=rf"\b(?P<what>{W})",
        led_by="weekday",
        resolve=relative.resolve_every_weekday,
        examples=(("The council meets every Monday.", "every Monday", "XXXX-WXX-1"),),
    ),
    Family(
        "holiday",
        prefix="",
        core=(
            rf"\b(?P<word>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Thanksgiving(?: Day)"
            rf"?|Independence Day|Fourth of July|Labor Day|Memorial Day|Valentine's Day|"
            rf"Halloween|Veterans Day|Election Day|Boxing Day|Good Friday|Easter"
            rf"(?: (?P<easter>{either(EASTER_DAYS)})|(?!\s+[A-Z])))\b"
        ),
        led_by="scan",
        resolve=calendar.resolve_holiday,
        examples=(("Shops close on Christmas Day.", "Christmas Day", "2025-12-25"),),
    ),
    Family(
        "spelled_year",
        prefix=(
            rf"(?:\b(?P<month>{M})\s+|\b(?i:the\s+year)\s+|(?:\b(?i:the)\s+)?\b(?P<season>(?i:{either(SEASONS)})"
            rf")\s+(?i:of)\s+)?"
        ),
        core=(
            rf"\b(?P<word>(?i:nineteen[\s-](?:(?:{either(TEENS)})|(?:{either(TENS)})"
            rf"(?:[\s-](?:{either(DIGIT_WORDS)}))?)|two thousand(?:[\s-](?:and\s+)"
            rf"?(?:{either(ONE_TO_TEN)}))?))\b"
        ),
        led_by=("nineteen", "two thousand"),
        resolve=calendar.resolve_spelled_year,
        checks=(negative.spelled_count,),
        examples=(
            ("The treaty was signed in nineteen ninety-two.", "nineteen ninety-two", "1992"),
        ),
    ),
)

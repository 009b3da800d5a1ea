"""Words around a time expression that say what it refers to: a plan, a report, a range."""

from __future__ import annotations

NOT_A_TIME_AFTER_WORDS = (
    "accounts?", "affairs", "assets", "liabilities", "ratio",
)  # fmt: skip
SPAN_WORDS = frozenset(("recent", "coming", "the coming", "the recent", "past"))

PRESENT_FUTURE_WORDS = (
    "will", "won't", "shall", "plans? to",
    "(?:is|are) (?:set |due |scheduled |expected |going |planning )?to",
)  # fmt: skip
PLAN_GONE_WORDS = tuple("had previously originally initially".split())
WHEN_BEFORE_WORDS = (
    "as soon as", "once", "until", "till", "when", "if", "unless", "before", "after",
)  # fmt: skip

TOWARD_A_MONTH_WORDS = tuple("by until till through to before".split())
SINCE_BEFORE_WORDS = tuple("shortly just soon right immediately".split())
THROUGH_WORDS = tuple("through to until till in".split())

FIGURES_WORDS = (
    "cents?", "pence", "million", "billion",
)  # fmt: skip
NOT_FINAL = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov rev prof no co corp inc ltd u.s u.k "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

FORWARD_WORDS = tuple("by until till before through from starting effective".split())

SKIPPED_KINDS = ("byline", "boilerplate", "heading")
# Units of an amount of money or goods before a number ("$5 million", "20 tons")
AMOUNT_UNITS = (
    "thousand", "hundred", "dollars?", "yen", "euros?", "pounds?", "cents?", "tons?",
    "barrels?", "times",
)  # fmt: skip
BACKWARD_DIRECTIONS = ("ago", "earlier", "before")
DAY_UNITS = frozenset(("day", "morning", "afternoon", "evening", "night"))
CALENDAR_UNITS = ("year", "month", "week")
ANAPHORIC_RELATIONS = (
    "the previous", "the following", "the next", "the same", "the prior", "previous",
    "following", "same", "prior",
)  # fmt: skip
RANGE_WORDS = ("to", "through", "until", "and")
# English verbs whose past tense is not an "-ed" form, as they are written in the past
# (forms that are the present too, "cut", "put", "set", "hit", are left out).
IRREGULAR_PAST_VERBS = tuple(
    "began met said told came went took made rose fell won lost held left spoke arrived "
    "sent gave flew struck died quit saw broke bought sold sought thought brought caught "
    "fought built spent kept felt meant led fled paid laid stood understood shot ran became "
    "overcame drove wrote rode chose froze woke stole wore tore swore knew grew threw blew "
    "drew withdrew shook undertook got forgot found sank sprang hid slid bit lit sat did "
    "ate forgave swept wept dealt lent".split()
)
AFTER_NOON_PARTS = ("afternoon", "evening", "night")
MONTH_COUNTS = ("nine", "six", "twelve", "9", "6", "12")
YEAR_EARLIER_RELATIONS = ("year-earlier", "year-ago", "same")

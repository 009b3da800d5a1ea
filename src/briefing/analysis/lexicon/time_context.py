"""Words around a time expression that say what it refers to: a plan, a report, a range."""

from __future__ import annotations

NOT_A_TIME_AFTER_WORDS = (
    "accounts?", "affairs", "assets", "liabilities", "ratio",
)  # fmt: skip
COMPARED_WITH_LAST_WORDS = tuple("year month week".split())
SPAN_WORDS = frozenset(("recent", "coming", "the coming", "the recent", "past"))

PRESENT_FUTURE_WORDS = (
    "will", "won't", "shall", "plans? to",
    "(?:is|are) (?:set |due |scheduled |expected |going |planning )?to",
)  # fmt: skip
PLAN_GONE_WORDS = tuple("had previously originally initially".split())
JOINED_TO_NIGHTS_WORDS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
JOINED_TO_NIGHTS_WORDS_2 = tuple("morning afternoon evening night".split())
WHEN_BEFORE_WORDS = (
    "as soon as", "once", "until", "till", "when", "if", "unless", "before", "after",
)  # fmt: skip

TOWARD_A_MONTH_WORDS = tuple("by until till through to before".split())
SINCE_BEFORE_WORDS = tuple("shortly just soon right immediately".split())
YEAR_THROUGH_WORDS = tuple("this last next".split())
YEAR_THROUGH_WORDS_2 = tuple("through to until till in".split())
DECADE_WORDS = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)

FIGURES_WORDS = (
    "cents?", "pence", "million", "billion",
)  # fmt: skip
NOT_FINAL = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov rev prof no co corp inc ltd u.s u.k "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

FORWARD_WORDS = tuple("by until till before through from starting effective".split())

SKIPPED_KINDS = ("byline", "boilerplate", "heading")

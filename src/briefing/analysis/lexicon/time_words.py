"""Words of time: months, weekdays, numbers, units, parts of day, seasons."""

from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|"
    r"Dec\.?)(?![a-z])"
)
# Months written short without a full stop that may be words or names alone ("Mar", "Jun"),
# a month only right before a day's number ("Mar 10", "Jun 5th").
SHORT_MONTHS_BEFORE_A_DAY = r"(?:Mar|Jun|Jul|Sep)(?=\s*[0-3]?\d(?:st|nd|rd|th)?\b)"
# A month and day, and the year when written: "Oct. 26", "April 25, 1998".
MONTH_DAY_YEAR = (
    rf"(?P<month>{MONTH_PATTERN})\s*(?P<d>[0-3]?\d)\b(?!,\d)"
    r"(?:,?\s+(?P<y>(?:1[6-9]|20)\d\d)\b)?"
)
# Modal verbs: "will last", "would meet", "could one day".
MODALS = "will|would|could|might|may|can|shall|should|must"
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}  # fmt: skip
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "hundred": 100, "half a": 0.5, "half an": 0.5, "a half": 0.5, "several": None,
    "few": None, "a few": None, "many": None, "some": None, "couple of": 2,
    "a couple of": 2, "dozen": 12, "a dozen": 12,
}  # fmt: skip
_DIGITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# A count: digits (with a half: "5 1/2", "2\u00bd"), words ("twenty-four", "a few"), and
# "and a half" after either ("one and a half")
NUMBER_PATTERN = (
    r"(?i:(?:\d{1,3}(?:\.\d+)?(?:\s+1/2|\u00bd)?|(?:twenty|thirty|forty|fifty|sixty)[\s-]"
    rf"(?:{_DIGITS_WORDS})|a couple of|couple of|a few|a dozen|half an?|an?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|few|dozen|"
    r"many|some)(?:\s+and\s+a\s+half)?)"
)
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
UNITS = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "decade": "DE",
    "century": "CE",
    "hour": "H",
    "minute": "MIN",
    "second": "S",
    "quarter": "Q",
    "weekend": "WE",
}
UNIT_PATTERN = r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?)"

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI",
}  # fmt: skip
SEASONS = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
MODIFIERS = {
    "early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
    "late": "END", "end": "END", "close": "END",
}  # fmt: skip

DEICTIC_STEPS = tuple("last this next".split())
EARLY_MID_LATE = tuple("early mid late".split())
HALF_ORDINALS = tuple("first second last".split())
SEASON_RELATIONS = (
    "last", "this", "next", "early", "late", "the", "earlier this", "later this",
    "this past",
)  # fmt: skip
EARLY_OR_LATER = tuple("early late earlier later".split())
DAY_PARTS = tuple("morning afternoon evening night".split())
WEEKDAY_RELATIONS = (
    "last", "this", "next", "past", "coming", "early", "late", "the previous",
    "the following", "the next",
)  # fmt: skip
WEEKDAY_NAMES = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
UNIT_DIRECTIONS = (
    "ago", "earlier", "later", "before", "after", "from now", "hence",
)  # fmt: skip
YEAR_AGO_THINGS = tuple("quarter period level month".split())
CLOCK_DAY_PARTS = tuple("morning afternoon evening".split())
CLOCK_24_ZONES = (
    "local time", "hours", "hrs",
)  # fmt: skip
NOON_WORDS = tuple("noon midnight midday".split())
REFERENCE_WORDS = (
    "nowadays", "now", "currently", "present", "recently", "lately", "past", "formerly",
    "future quarters", "future", "coming quarters", "these days", "recent years",
    "near term", "short term", "a later date", "a future date",
)  # fmt: skip
FREQUENCY_ADVERBS = tuple("daily weekly monthly annually yearly quarterly nightly".split())
EASTER_DAYS = tuple("Sunday Monday week weekend".split())
TEENS = tuple(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
)
TENS = tuple("twenty thirty forty fifty sixty seventy eighty ninety".split())
DIGIT_WORDS = tuple("one two three four five six seven eight nine".split())
ONE_TO_TEN = tuple("one two three four five six seven eight nine ten".split())
MONTH_RELATIONS = (
    "last", "this", "next", "earlier this", "later this", "early next", "late last",
)  # fmt: skip
HALF_YEAR_RELATIONS = tuple("the this next last".split())
DEICTIC_DAYS = tuple("yesterday today tomorrow tonight overnight".split())
QUARTER_RELATIONS = tuple(
    "last this next latest current previous same fiscal calendar year-earlier year-ago "
    "corresponding comparable first second third fourth".split()
)

PERIOD_PARTS = tuple("end beginning start middle close".split())

UNIT_RELATIONS = (
    r"this\s+past", "last", "this", "next", "past", "coming", "recent", "previous",
    "current", "following", "same", "prior", r"the\s+past", r"the\s+coming",
    r"the\s+previous", r"the\s+current", r"the\s+following", r"the\s+next", r"the\s+last",
    r"the\s+same", r"the\s+prior", r"the\s+first", r"the\s+full", r"the\s+recent",
    r"the\s+latest", "latest", r"over\s+the\s+past", r"over\s+the\s+last", "another",
    "first", "that", "the",
)  # fmt: skip

ORDINAL_DAY_WORDS = tuple(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split()
)
DECADE_NAMES = tuple(
    "twenties thirties forties fifties sixties seventies eighties nineties".split()
)

BOUND_BEFORE_WORDS = (
    "nearly", "at least", "less than", "more than", "up to",
)  # fmt: skip
HEDGE_BEFORE_WORDS = tuple("about almost roughly some around approximately".split())
QUARTER_ORDINALS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
HYPHENED_MODIFIERS = ("mid-", "early-", "late-")
# Stems a family may start with, in lower case (see ``time.family.Family.led_by``)
UNIT_STEMS = tuple(
    "year month week night day decade centur hour minute morning afternoon evening quarter".split()
)
SET_STEMS = ("year", "month", "week", "night", "quarter", "daily", "annually")
# What follows an ordinal that is no day of the month ("the 12th century", "the 4th floor")
NOT_AFTER_AN_ORDINAL = (
    "century", "centuries", "anniversary", "time", "times", "floor", "place", "round",
    "consecutive", "straight", "year", "day", "minute", "percentile", "amendment", "congress",
    "largest", "biggest", "annual", "edition", "session", "seed", "hole", "inning", "birthday",
    "grade", "graf", "paragraph", "district", "circuit", "precinct", "division", "street",
    "avenue", "term", r"qtrs?", r"quarters?", "half", "period", "week", "month", r"mths?",
    "most", "least", "best", "worst",
)  # fmt: skip

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

FAMILIES_WORDS = tuple("last this next".split())
FAMILIES_WORDS_2 = tuple("early mid late".split())
FAMILIES_WORDS_3 = tuple("first second last".split())
FAMILIES_WORDS_4 = (
    "last", "this", "next", "early", "late", "the", "earlier this", "later this",
    "this past",
)  # fmt: skip
FAMILIES_WORDS_5 = tuple("early late earlier later".split())
FAMILIES_WORDS_6 = tuple("morning afternoon evening night".split())
FAMILIES_WORDS_7 = (
    "last", "this", "next", "past", "coming", "early", "late", "the previous",
    "the following", "the next",
)  # fmt: skip
FAMILIES_WORDS_8 = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
FAMILIES_WORDS_9 = (
    "ago", "earlier", "later", "before", "after", "from now", "hence",
)  # fmt: skip
FAMILIES_WORDS_10 = tuple("quarter period level month".split())
FAMILIES_WORDS_11 = tuple("morning afternoon evening".split())
FAMILIES_WORDS_12 = (
    "local time", "hours", "hrs",
)  # fmt: skip
FAMILIES_WORDS_13 = tuple("noon midnight midday".split())
FAMILIES_WORDS_14 = (
    "nowadays", "now", "currently", "present", "recently", "lately", "past", "formerly",
    "future quarters", "future", "coming quarters", "these days", "recent years",
    "near term", "short term", "a later date", "a future date",
)  # fmt: skip
FAMILIES_WORDS_15 = tuple("daily weekly monthly annually yearly quarterly nightly".split())
FAMILIES_WORDS_16 = tuple("Sunday Monday week weekend".split())
FAMILIES_WORDS_17 = tuple(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
)
FAMILIES_WORDS_18 = tuple("twenty thirty forty fifty sixty seventy eighty ninety".split())
FAMILIES_WORDS_19 = tuple("one two three four five six seven eight nine".split())
FAMILIES_WORDS_20 = tuple("one two three four five six seven eight nine ten".split())
FAMILIES_WORDS_21 = (
    "last", "this", "next", "earlier this", "later this", "early next", "late last",
)  # fmt: skip
FAMILIES_WORDS_22 = tuple("the this next last".split())
FAMILIES_WORDS_23 = tuple("yesterday today tomorrow tonight overnight".split())
FAMILIES_WORDS_24 = tuple(
    "last this next latest current previous same fiscal calendar year-earlier year-ago "
    "corresponding comparable first second third fourth".split()
)

MOD_WORDS = tuple("end beginning start middle close".split())
MOD_WORDS_2 = tuple("early mid late".split())
PART_WORDS = tuple("morning afternoon evening night".split())

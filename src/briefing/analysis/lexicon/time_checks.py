"""Words around a time expression that say it is one, or is not: a name, a count, a street."""

from __future__ import annotations

COUNTED_AFTER_WORDS = tuple("has was is does as this his its thus plus unless".split())
MONTH_CONTEXT_WORDS = tuple(
    "in since until till by last this next early mid late of through from to during "
    "before after end beginning start and or between following each every".split()
)
A_NOUN_AFTER_WORDS = tuple(
    "and or but the for with from than while since until after before because are was "
    "were will would has have had through into over under basis".split()
)
YEARISH_BEFORE_WORDS = tuple("the in of since during".split())
MONTH_AS_MODIFIER_WORDS = tuple(
    "of on to in for from through toward towards against past government administration "
    "cabinet era years ministry premiership team camp deal plan".split()
)
# Words before a number that say it is a year: a preposition of time, a season, a list or a
# range of years, a determiner of the thing the year names ("the 2016 election").
YEAR_EVIDENCE_BEFORE_WORDS = (
    "in", "into", "since", "by", "until", "till", "from", "during", "of", "before", "after",
    "through", "throughout", "within", "over", "beyond", "toward", "towards", "at", "on", "to",
    "both", "due", "maturing", "expiring", "between", "around", "circa", "about", "for",
    "as of", "early", "mid",
    "late", "fiscal", "calendar", "year", "spring", "summer", "autumn", "fall", "winter",
    "and", "or", "than", "the", "its", "his", "her", "their", "that", "this", "a", "an",
    "each", "every", "last", "next", "until", "back to", "beginning", "end", "start",
    "election", "elected", "born", "founded", "established", "built", "dating", "vintage",
    "class of", "season", "cycle", "version", "copyright", "c\\.", "ca\\.",
    "enter(?:s|ed|ing)?", "spen[dt]", "see", "saw", "call(?:s|ed)?", "name[ds]?", "expect(?:s|ed)?",
    "forecasts?", "predict(?:s|ed)?",
)  # fmt: skip
YEAR_AFTER_ALL_WORDS = (
    "months?", "weeks?", "days?", "quarters?", "half", "end", "beginning", "start",
    "middle", "rest", "remainder", "part", "most", "much", "spring", "summer", "fall",
    "autumn", "winter", "Act", "class", "course",
)  # fmt: skip
DETERMINER_BEFORE_WORDS = tuple("the its his her their that this".split())
PLURAL_AFTER_WORDS = tuple("elections olympics games levels talks figures".split())
STREET_AFTER_WORDS = (
    "Avenue", r"Ave\.", "Street", r"St\.", "Road", r"Rd\.", "Boulevard", r"Blvd\.",
    "Drive", "Lane", "Place", "Plaza", "Square", "Court", "Parkway", "Highway",
)  # fmt: skip
GENERIC_DAY_AFTER_WORDS = tuple(
    "world youth society generation children kids young economy culture standards terms "
    "dollars prices technology families workers students consumers personal modern global "
    "fast-paced".split()
)
DEGREES_WORDS = (
    "low", "high", "upper", "lower", "temperatures?", "degrees",
)  # fmt: skip
BEFORE_A_DAY_WORDS = tuple("on by until till since from before after and or to through".split())
PROGRAMME_AFTER_WORDS = tuple("programme program show newspaper".split())
CAPITALISED_STARTERS = frozenset(
    "The A An In On At By For From Since Until Last This Next Early Late Mid And But Or "
    "As After Before During Through Between To Of Until Till Around About By That Its His Her "
    "Their This".split()
)

DAY_AFTER_WORDS = tuple(
    "in at on and or to for with when as after before the this that while but from of is "
    "was will were are had has".split()
)
# Words that may begin or continue a time expression's prefix ("the end of", "fiscal", "two")
PREFIX_WORDS = frozenset(
    "the that end beginning start middle close of early mid late last this next earlier later "
    "fiscal fy calendar year past coming recent previous current following same prior over "
    "another full morning afternoon evening night near then year's corresponding comparable "
    "first second third fourth latest year-earlier year-ago every each other 1st 2nd 3rd 4th "
    "a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty several few "
    "dozen couple many some half".split()
)
COUNTED_NOUNS = ("year", "more", "other")  # "two thousand more": a count
MONTHS_NEEDING_CONTEXT = ("May", "March", "Mar.")  # also a verb or a walk
MONTHS_AS_FIRST_NAMES = ("May", "March", "April", "June", "August")  # "June Carter"
# what "the period" needs before it to be a time ("the year-earlier period")
ANCHORED_PERIODS = ("year-earlier", "year-ago", "latest", "same", "corresponding", "comparable")

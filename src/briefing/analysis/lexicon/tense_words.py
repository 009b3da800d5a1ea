"""Words of tense: what says a date is past or ahead."""

from __future__ import annotations

FUTURE_CUE_WORDS = (
    "will", "won't", "shall", "'ll", "would", "going to", "expected to", "expects? to",
    "scheduled", "plans? to", "planned", "planning", "supposed to", "due to", "set to",
    "aims? to", "intends? to", "upcoming", "next", "until", "by the end", "deadline",
    "payable", "begins", "starts", "ends", "expires", "takes? effect", "comes? into force",
    "runs? out", "is due", "are due", "is to", "are to",
    "to be (?:held|signed|confirmed|released|published)",
    "(?:is|are) (?:being )?(?:held|heard|debated|decided|voted on)",
)  # fmt: skip
STRONG_FUTURE_CUE_WORDS = (
    "will", "won't", "shall", "'ll", "going to", "scheduled", "is to", "are to",
    "upcoming", "plans? to", "plann(?:ed|ing) (?:to|a)", "set to", "as (?:soon|early) as",
    "would be", "is expected to", "are expected to", "is due", "are due",
)  # fmt: skip
# Words of time that "last" points back with ("last week"); the verb "last" points nowhere
# ("the talks will last until Tuesday").
LAST_OF = (
    "week|weekend|month|year|night|season|quarter|time|summer|winter|spring|autumn|fall|"
    "decade|century|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    "february|march|april|may|june|july|august|september|october|november|december|"
    "(?:few|two|three|several|\\d+)\\b"
)
PAST_CUE_WORDS = (
    *"was were had did ago earlier previously announced reported took held signed made met "
    "began came went rose fell won lost closed ended started happened".split(),
    rf"last(?=\s+(?:{LAST_OF}))",
)
# Words ending in "-ed" that are no verbs in the past ("a hundred days").
NOT_PAST_VERBS = frozenset("hundred indeed naked wicked sacred kindred beloved rugged".split())
LOOKING_AHEAD = frozenset(
    "scheduled planned slated expected delayed postponed deferred moved rescheduled extended "
    "advanced intended proposed targeted aimed earmarked timed pencilled penciled billed "
    "tipped projected estimated anticipated predicted needed required ordered called "
    "adjourned recessed pushed brought set".split()
)
# An agreement or offer to act, before the date of the act ("agreed to buy it in February")
INTENT_WORDS = (
    r"agree(?:d|s)?", r"agreements?", r"offer(?:ed|s)?", "bid", "deal", r"decide[ds]?",
    r"vote[ds]?",
)  # fmt: skip
# Verbs whose simple present tells of a day in a diary, so of a day ahead: "the team plays
# Saturday", "ministers meet again on Thursday", "parliament returns from recess in April"
# (the futurate present; things gone take the past: "played", "met", "returned").
SCHEDULE_VERBS = (
    "meet", "resume", "open", "reopen", "begin", "start", "convene", "arrive", "leave", "visit",
    "travel", "expire", "vote", "play", "host", "return", "go", "head", "fly", "end", "close",
    "launch", "sit", "take place", "take effect", "kick off", "get under way", "come into force",
)  # fmt: skip
# Words before a verb's form that make it a noun ("a visit", "the close", "its return").
NOUN_MARKERS = ("a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "of")
# The past of the auxiliaries ("was set", "had been due").
PAST_AUXILIARIES = ("was", "were", "had", "did")
# Adverbs between "is" and the day it names ("the vote is now on Friday").
STILL_WORDS = ("now", "again", "still", "also")
# Words before an event of a day that set the day after the telling ("ahead of Friday's
# report", "in the run-up to Sunday's vote").
AHEAD_OF_WORDS = (
    "ahead of", "in advance of", "in the run-up to", "in the lead-up to", "in the build-up to",
    "in the runup to", "in the leadup to", "in the buildup to",
)  # fmt: skip
# Words of degree before "ahead of" that make it a figure above another ("well ahead of").
DEGREE_WORDS = ("well", "far", "just", "slightly", "comfortably", "narrowly", "points", "pct")
# Words before an "-ed" form that make it no verb in the past ("to be closed", "is closed").
NOT_FINITE_WORDS = ("be", "been", "being", "is", "are", "to")
# Words before a verb's base form that make it an infinitive ("to start", "see it start").
INFINITIVE_BEFORE_WORDS = ("to", "see", "saw", "let", "make", "made", "help", "helped")

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
PAST_CUE_WORDS = tuple(
    "was were had did ago last earlier previously announced reported took held signed "
    "made met began came went rose fell won lost closed ended started happened".split()
)
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

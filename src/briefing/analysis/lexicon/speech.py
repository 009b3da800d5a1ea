"""Words of speech: the verbs that cue a quotation, and the words around a speaker."""

from __future__ import annotations

REPORTED_WORDS = tuple("on in at during earlier late last".split())

NAME_STOP_WORDS = tuple("Mrs Sen Rep Gov Gen Col Sgt Amb".split())
AFTER_INVERTED_WORDS = tuple("on in at during after before from to when as about who".split())
AFTER_NORMAL_WORDS = tuple("this his its has was does is as us yes thus plus less".split())
CLAUSE_OPENERS = frozenset("when if as after once before while although though since".split())
SUBJECT_START_WORDS = tuple(
    "that how what whether if when why to in on at for with by from about of as".split()
)
CLAUSE_BOUNDARY_WORDS = tuple("as while when and but after before because".split())
INTRODUCES_WORDS = tuple("as while when and but after before".split())

PRONOUNS = {"he": "PER", "she": "PER", "him": "PER", "her": "PER", "they": "ORG", "it": "ORG"}
SPEAKING_GROUPS = tuple(
    "officials sources analysts people experts executives diplomats lawmakers economists "
    "investors critics residents witnesses spokesman spokeswoman spokesperson".split()
)
RELATIVE_CLAUSE_WORDS = tuple("which who whose".split())
AUXILIARY_END_WORDS = tuple(
    "has have had is are was were will would could should may might must also then later "
    "earlier again been now since already once still even just never often".split()
)
JOINING_WORD_WORDS = tuple("and but or so yet then".split())

TITLE_SMALL_WORDS = frozenset("a an the of and or to in on with for at by from".split())

SPEECH_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "revealed",
    "reveals", "noted", "notes", "warned", "warns", "commented", "comments", "stated",
    "states", "explained", "explains", "asked", "asks", "replied", "replies", "wrote",
    "writes", "declared", "declares", "argued", "argues", "insisted", "insists",
    "announced", "announces", "claimed", "claims", "continued", "recalled", "acknowledged",
    "conceded", "tweeted", "posted", "suggested", "predicted", "cautioned", "emphasized",
    "emphasised", "stressed", "pointed out", "mentioned", "urged", "vowed", "promised",
    "admitted", "responded", "remarked", "observed", "joked", "testified", "complained",
    "boasted", "concluded", "shouted", "yelled", "wondered", "adding", "noting", "telling",
    "asking", "shouting", "chanting", "writing", "declaring", "arguing", "insisting",
    "warning", "explaining", "proclaiming", "tweeting", "reads", "read", "demanded",
    "exclaimed", "snapped", "retorted", "quipped", "countered", "shot back", "fired back",
    "hit back", "chanted", "chant", "sang", "cracked", "asserted", "asserting",
    "interjected", "interjecting", "announce", "stating", "put it", "puts it",
)  # fmt: skip
# Verbs that report what someone said in a clause of their own ("X reported that ..."): speech
# verbs, and "reported", which cues no direct quotation
REPORTING_VERBS = (
    "reported", "noted", "revealed", "said", "says", "warned", "mentioned", "commented",
    "pointed out", "announced", "argued", "claimed", "stated", "wrote", "added",
)  # fmt: skip
# Works whose names stand in quotation marks ('the book "Fire and Fury"')
WORKS_IN_MARKS = tuple(
    "book novel memoir film movie song anthem album show series program programme column "
    "essay play documentary poem single hit".split()
)
TITLING_WORDS = ("titled", "entitled", "dubbed")
# Speech verbs right after a name that make it a person's ("Jo Smith said")
PERSON_CUES = ("said", "says", "told", "added")

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
GROUP_WORDS_WORDS = tuple(
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

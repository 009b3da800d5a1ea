"""Words around names: openers that are no names, titles, award and company words."""

from __future__ import annotations

from briefing.analysis.lexicon.time_words import WEEKDAYS

COMPASS_WORDS = (
    "north", "south", "east", "west", "central", "northern", "southern", "eastern",
    "western", "north-?eastern", "north-?western", "south-?eastern", "south-?western",
)  # fmt: skip

# Capitalised words that open sentences and clauses but are not names.
NOT_NAMES = frozenset(
    "however according last currently subsequently additionally statement original earlier "
    "later meanwhile moreover furthermore also the a an this that these those it its he she "
    "they we i you his her their our but and or so yet as in on at by for from with after "
    "before when while if although though since until because many most some several "
    "aside besides despite during once still then there here what who why how today "
    "yesterday tomorrow tonight now mr mrs ms dr sir madam whatever whenever wherever "
    "whoever whichever whether where which when unless even only perhaps maybe".split()
)
# Words a person's name never opens with: prepositions, quantifiers and determiners,
# conjunctions, thanks ("Unlike Dana Whitfield, ...", "Both Ortega and ...", "Thank God").
# Only for people: a company or a work may open so ("Beyond Meat", "Into the Woods").
PERSON_NEVER_OPENS = frozenset(
    "to of about against among between into onto upon within without via toward towards "
    "unlike amid amidst throughout both neither either each every nor thank thanks "
    "please like".split()
)
AWARD_DETERMINERS = frozenset(
    "a an the his her their its this that two three four five six seven eight nine ten "
    "first second third multiple main ever best film picture actor actress director design "
    "artist song album supporting".split()
)
AWARD_NOUN_AFTER_WORDS = (
    "nominations?", "nominees?", "nominated", "winners?", "winning", "hopefuls",
    "ceremony", "race", "field", "contenders?", "voters", "glory", "night",
    "categor(?:y|ies)", "success", "awards?", "coverage", "favourites?", "presenters?",
    "rules", "gods", "statuette", "campaign", "buzz", "season", "party", "parties",
)  # fmt: skip
# Verbs of title-case headlines that the tagger reads as part of a name ("Clinton Goes"):
# forms that are verbs only, never a plural noun a name may hold ("Claims", "Plans").
HEADLINE_VERBS = frozenset(
    "Says Said Is Are Was Were Has Have Had Will Would Goes Gets Calls Wants Tells Thinks "
    "Knows Does Did Slams Blasts Urges Vows Warns Seeks Makes Takes Gives Shows "
    "Unveils Announces Meets Rejects Denies Admits Accuses Quits Sues Defends Criticizes "
    "Criticises Endorses Opposes Hails Pledges Launches Insists Reveals Confirms Predicts "
    "Expects Becomes Begins Agrees Refuses Threatens".split()
)
ABBREVIATED_END_WORDS = tuple("Inc Corp Co Ltd Bros Cos".split())
# Titles written short before a name ("Sen. Cruz", "Gov. Abbott"): never a name alone.
TITLE_ABBREVIATIONS = frozenset("sen rep gov gen lt col sgt capt prof rev dr mr mrs ms".split())

PARTICLES = frozenset("de da del della di du van von der den la le bin ibn al".split())
PLACE_QUALIFIERS = frozenset(
    "new old north south east west northern southern eastern western upper lower greater "
    "central inner outer".split()
)

TRADING_VERBS = tuple("was were closed ended finished traded".split())
MARKET_MOVES = tuple("up down off unchanged higher lower".split())
MARKET_VERBS = tuple("rose fell jumped slipped climbed dropped gained lost".split())
COMPANY_BEFORE_WORDS = tuple("research analyst consulting consultancy law investment".split())
# Nouns of kinds of company: before a name ("online retailer Amazon", "firms like Amazon",
# "retailers such as Wal-Mart") or after it in apposition ("Wal-Mart, the largest US
# retailer"). "Maker" is left out: film-makers are people.
COMPANY_NOUNS = (
    "retailers?", "manufacturers?", "firms?", "compan(?:y|ies)", "giants?", "carriers?",
    "supermarkets?", "chains?", "airlines?", "brewers?", "insurers?", "operators?",
    "conglomerates?", "multinationals?",
)  # fmt: skip
PERSON_AFTER_WORDS = tuple(
    "wife husband son daughter mother father brother sister family girlfriend boyfriend "
    "career life death".split()
)

CONNECTORS = frozenset("of for and new former acting deputy vice chief interim - the".split())
OPENERS = frozenset(
    "as according in on at by after before when while if although since but and so then "
    "however meanwhile last earlier later currently subsequently additionally with from "
    "said says told".split()
)
# Capitalised words that end a title read right to left: prepositions, auxiliaries, and
# words in -ing other than the trades titles name ("Housing Minister", "Chief Operating
# Officer"): "Refugees Fleeing President Trump" is a headline's
NEVER_IN_A_TITLE = frozenset(
    "like unlike will would can could should may might must shall is are was were be been "
    "has have had do does did than about against between during".split()
)
TITLE_ING = frozenset(
    "acting planning housing learning operating marketing banking publishing building "
    "engineering training programming manufacturing licensing mining shipping trading "
    "accounting broadcasting fundraising polling nursing policing lending farming fishing "
    "ranking presiding managing founding commanding consulting investigating organizing "
    "organising reporting processing funding".split()
)
NOT_A_ROLE_START = frozenset(
    "he she they it we i you his her their its who whom whose which that to and but or nor "
    "so yet as in on at with after before while when if although because since until "
    "particularly especially including not also".split()
)

# Words a role never opens with: a count or a naming ("One of President", "known as Queen
# of the Sky" are no titles), and adverbs of time a role drops ("now foreign secretary").
ROLE_NEVER_OPENS = frozenset("one two three some many known called dubbed".split())
ROLE_DROPS_FIRST = frozenset("now currently then".split())
# How a role may end that is no part of it: where or when it was said ("director of the
# theatre since 2002", "chief secretary to the Treasury in a statement"), or a pointing
# adverb ("the governor there", "the minister then").
ROLE_TAIL = (
    r"in an? (?:statement|interview|e-?mail|letter|speech)", r"since \d{4}",
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"there", r"here", r"then", r"now", r"too", r"at the time",
)  # fmt: skip
WORK_BEFORE_WORDS = tuple("role roles performance performances star starring stars".split())
WORK_AFTER_WORDS = (
    "star", "stars", "director", "DVD", "DVDs", "sequel", "soundtrack", "trailer",
    "browser", "premiere", "box office", "cast",
)  # fmt: skip

COMPANY_ROLES = (
    "boss", "bosses", "chairman", r"chief\s+executive", "spokesman", "spokeswoman",
    "spokesperson", "analysts?", "striker", "midfielder", "defender", "goalkeeper",
    "captain", "squad", "shareholders", "shares", "executives",
)  # fmt: skip
COMPANY_POSSESSIONS = (
    "shares", "shareholders", r"share\s+price", "profits?", "sales", "revenues?",
    "customers", "subsidiary", "headquarters", r"chief\s+executive", "chairman", "board",
    "employees", "workers", "products", "factories", "factory", "stores", "brand", "squad",
    "striker", "midfielder", "defender", "goalkeeper",
)  # fmt: skip
# Acronyms of things, not of names.
NOT_NAMES |= frozenset("lng gdp gnp cpi ceo cfo ipo vat ai ev evs tv pc dna ok".split())
# Abbreviations of financial tables ("Qtr", "Avg", "Shr", "Dlrs").
NOT_NAMES |= frozenset("qtr qtrs avg oper shr shrs cts dlrs mln bln pct revs".split())
# Days that are names of their own ("Monday", "Christmas"), never a person's
CALENDAR_NAMES = frozenset(WEEKDAYS) | {"christmas", "easter", "thanksgiving"}
# Titles a name follows that are no job ("King Charles", "Lady Gaga")
ROYAL_AND_NOBLE_TITLES = frozenset(
    "king queen prince princess emperor pope sir lord lady dame".split()
)
# Titles of office a person's name follows ("Senator Warren")
OFFICE_TITLES = ("President", "Senator", "Sen", "Rep", "Gov")
# Kinds of work whose name follows ("the movie Vera Drake")
WORK_KINDS = tuple(
    "film films movie movies biopic drama comedy thriller documentary album single song "
    "novel book game musical sitcom series browser software programme program".split()
)

"""Name lists: countries (from pycountry), demonyms, US states, titles, outlets, org words."""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

import pycountry

DEMONYMS = {
    "american": "United States", "japanese": "Japan", "chinese": "China",
    "korean": "South Korea", "south korean": "South Korea", "north korean": "North Korea",
    "british": "United Kingdom", "english": "England", "french": "France",
    "german": "Germany", "italian": "Italy", "spanish": "Spain", "russian": "Russia",
    "indian": "India", "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil",
    "australian": "Australia", "israeli": "Israel", "iranian": "Iran", "iraqi": "Iraq",
    "saudi": "Saudi Arabia", "turkish": "Turkey", "ukrainian": "Ukraine", "polish": "Poland",
    "dutch": "Netherlands", "swiss": "Switzerland", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "belgian": "Belgium",
    "austrian": "Austria", "greek": "Greece", "irish": "Ireland", "scottish": "Scotland",
    "welsh": "Wales", "egyptian": "Egypt", "south african": "South Africa",
    "nigerian": "Nigeria", "kenyan": "Kenya", "pakistani": "Pakistan", "afghan": "Afghanistan",
    "vietnamese": "Vietnam", "thai": "Thailand", "indonesian": "Indonesia",
    "malaysian": "Malaysia", "filipino": "Philippines", "philippine": "Philippines",
    "singaporean": "Singapore", "taiwanese": "Taiwan", "argentine": "Argentina",
    "argentinian": "Argentina", "chilean": "Chile", "colombian": "Colombia",
    "venezuelan": "Venezuela", "peruvian": "Peru", "cuban": "Cuba", "syrian": "Syria",
    "lebanese": "Lebanon", "jordanian": "Jordan", "palestinian": "Palestine",
    "european": "Europe", "asian": "Asia", "african": "Africa", "arab": "Arab",
    "portuguese": "Portugal", "czech": "Czech Republic", "hungarian": "Hungary",
    "romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia",
    "croatian": "Croatia", "bosnian": "Bosnia", "zimbabwean": "Zimbabwe",
    "ethiopian": "Ethiopia", "moroccan": "Morocco", "algerian": "Algeria",
    "tunisian": "Tunisia", "libyan": "Libya", "sudanese": "Sudan", "yemeni": "Yemen",
    "qatari": "Qatar", "emirati": "United Arab Emirates", "kuwaiti": "Kuwait",
    "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepalese": "Nepal",
    "mongolian": "Mongolia", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan",
    "new zealand": "New Zealand", "soviet": "Soviet Union", "latin american": "Latin America",
}  # fmt: skip
COUNTRY_ALIASES = {
    "u.s.": "United States", "us": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "united states": "United States",
    "united states of america": "United States", "the united states": "United States",
    "u.k.": "United Kingdom", "uk": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "united kingdom": "United Kingdom",
    "south korea": "South Korea", "korea": "South Korea", "republic of korea": "South Korea",
    "north korea": "North Korea", "russia": "Russia", "russian federation": "Russia",
    "china": "China", "people's republic of china": "China", "prc": "China",
    "taiwan": "Taiwan", "iran": "Iran", "syria": "Syria", "vietnam": "Vietnam",
    "viet nam": "Vietnam", "laos": "Laos", "bolivia": "Bolivia", "venezuela": "Venezuela",
    "tanzania": "Tanzania", "moldova": "Moldova", "czechia": "Czech Republic",
    "czech republic": "Czech Republic", "turkey": "Turkey", "t\u00fcrkiye": "Turkey",
    "turkiye": "Turkey", "palestine": "Palestine", "vatican": "Vatican City",
    "macedonia": "North Macedonia", "swaziland": "Eswatini", "kosovo": "Kosovo",
    "bosnia": "Bosnia and Herzegovina", "brunei": "Brunei", "macau": "Macau",
    "macao": "Macau", "democratic republic of congo": "Democratic Republic of the Congo",
    "democratic republic of the congo": "Democratic Republic of the Congo",
    "drc": "Democratic Republic of the Congo", "dr congo": "Democratic Republic of the Congo",
    "east timor": "Timor-Leste", "cape verde": "Cape Verde", "the gambia": "Gambia",
    "the bahamas": "Bahamas", "micronesia": "Micronesia",
    "c\u00f4te d'ivoire": "Ivory Coast", "cote d'ivoire": "Ivory Coast",
    "holland": "Netherlands", "the netherlands": "Netherlands", "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates", "ivory coast": "Ivory Coast", "burma": "Myanmar",
    "england": "England", "scotland": "Scotland", "wales": "Wales", "europe": "Europe",
    "asia": "Asia", "africa": "Africa", "soviet union": "Soviet Union", "ussr": "Soviet Union",
    "eu": "European Union", "european union": "European Union",
}  # fmt: skip
# Unions of countries act as organisations ("the EU said", "EU ministers"), not places.
UNIONS_OF_COUNTRIES = frozenset(("European Union",))
TITLES = frozenset(
    "president vice secretary minister prime chancellor premier governor senator sen "
    "representative rep congressman congresswoman mayor ambassador envoy spokesman "
    "spokeswoman spokesperson chairman chairwoman chair ceo chief executive director "
    "negotiator commissioner king queen prince princess emperor pope general gen admiral "
    "colonel col captain capt lieutenant sergeant judge justice attorney lawyer professor "
    "prof dr mr mrs ms sir lord lady economist analyst official officer adviser advisor "
    "deputy head leader founder president-elect treasurer speaker chief-of-staff organiser "
    "organizer activist candidate lawmaker legislator diplomat correspondent editor "
    "researcher scientist fellow strategist executive manager owner coach member "
    "secretary-general director-general governor-general commander premier".split()
)  # fmt: skip
# Forms of address: part of how a person is written, never a role and never the name itself.
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof mx".split())
# Titles that, capitalised just before a name, make it a person's ("President Trump",
# "Senator Cruz"): offices held by people, not nouns that also start companies' names
# ("General Motors", "Coach") or describe anyone ("Chief", "Leader").
PERSON_TITLES = HONORIFICS | frozenset(
    "president secretary minister chancellor premier governor senator sen representative "
    "rep congressman congresswoman mayor ambassador spokesman spokeswoman king queen prince "
    "princess emperor pope admiral colonel col captain capt lieutenant sergeant judge "
    "justice professor chairman chairwoman commissioner president-elect speaker".split()
)  # fmt: skip
ORG_WORDS = frozenset(
    "inc inc. corp corp. corporation co co. ltd ltd. llc plc ag sa nv group bank ministry "
    "department agency committee council commission university college institute party "
    "association federation union organization organisation authority board fund "
    "foundation company airlines airways motors motor holdings industries partners "
    "securities capital bureau office court parliament congress senate assembly army navy "
    "police club news times post press journal network tv radio exchange reserve".split()
)  # fmt: skip
# The AP's abbreviations of US states, as datelines and "Oshkosh, Wis." write them: places.
STATE_ABBREVIATIONS = frozenset(
    "ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. "
    "mass. mich. minn. miss. mo. mont. neb. nebr. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. "
    "ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.".split()
)  # fmt: skip
# Followers of a faith or members of a people, as a group ("Sunni Muslims"): never a person.
ADHERENTS = frozenset(
    "muslims christians jews catholics protestants hindus buddhists sikhs sunnis shiites "
    "shias evangelicals mormons latino latina latinos latinas hispanic hispanics".split()
)
# A faith or a people as an adjective ("the Muslim community"): never a person.
FAITHS = frozenset(
    "muslim christian jewish jew catholic protestant hindu buddhist sikh sunni shia shiite "
    "islamic evangelical mormon latino latina hispanic".split()
)
# Awards news names by one word ("won an Oscar", "Oscar nominations"): not people.
AWARDS = frozenset("oscar oscars grammy grammys emmy emmys bafta baftas".split())
# Platforms news quotes as if they spoke ("Twitter said"): organisations.
PLATFORMS = frozenset(
    "twitter facebook instagram youtube google tiktok reddit linkedin whatsapp wikipedia "
    "telegram snapchat".split()
)
# What a name names when it ends in one of these nouns (an English name's head is its last
# word): "Clinton Foundation" is an organisation, "Clinton Plan" a thing, "Leicester Square"
# a place, "Super Bowl" an event, "Xbox Live" a service; none is a person. Nouns that are
# also surnames often enough ("Lane", "Park", "Player") are left out.
NAMED_AFTER = {
    "foundation": "ORG", "administration": "ORG", "campaign": "ORG", "institute": "ORG",
    "center": "ORG", "centre": "ORG", "library": "ORG", "team": "ORG", "camp": "ORG",
    "plan": "MISC", "doctrine": "MISC", "act": "MISC", "rule": "MISC", "era": "MISC",
    "presidency": "MISC", "tower": "LOC", "towers": "LOC", "award": "MISC", "awards": "MISC",
    "prize": "MISC", "square": "LOC", "street": "LOC", "road": "LOC", "avenue": "LOC",
    "boulevard": "LOC", "bowl": "MISC", "cup": "MISC", "festival": "MISC",
    "olympics": "MISC", "championship": "MISC", "championships": "MISC", "marathon": "MISC",
    "trophy": "MISC", "live": "MISC", "messenger": "MISC", "university": "ORG",
    "college": "ORG", "school": "ORG", "museum": "ORG", "airport": "LOC",
    "stadium": "LOC",
}  # fmt: skip
# Last words of company names: "Cairn Energy", "Ford Motor Co" are organisations whatever
# the tagger says, and their first words ("Cairn", "Ford") name them in the same story.
COMPANY_WORDS = frozenset(
    "energy oil petroleum gas coal mining minerals resources pharmaceuticals pharma telecom "
    "telecommunications systems technologies technology electric electronics steel "
    "chemicals foods insurance entertainment media communications software motor motors "
    "airlines airways holdings group corp corp. corporation inc inc. ltd ltd. plc co co. "
    "company industries bancorp bancshares bankshares brands ventures spa s.p.a. ag sa "
    "s.a. nv n.v. ab asa gmbh bv b.v. oyj bhd tbk pty pte llp llc partners advisors "
    "advisers".split()
)  # fmt: skip
# Political parties and their members as news names them: never a person. ("Green" is
# left out: it is a surname as often as a party.)
PARTIES = frozenset(
    (
        "tory",
        "tories",
        "labour",
        "conservative",
        "conservatives",
        "lib dem",
        "lib dems",
        "liberal democrat",
        "liberal democrats",
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "gop",
        "ukip",
        "snp",
        "sinn fein",
        "plaid cymru",
        "greens",
        "social democrats",
        "christian democrats",
        "communists",
        "socialists",
        "komeito",
    )
)
# A party's names and the words for its members, as the one party they name ("the Tories",
# "Tory MPs", "the Conservative Party": the Conservative Party).
PARTY_FORMS = {
    form: party
    for party, forms in {
        "Conservative Party": ("tory", "tories", "conservative", "conservatives",
                               "conservative party", "tory party"),
        "Labour Party": ("labour", "labour party"),
        "Liberal Democrats": ("lib dem", "lib dems", "libdems", "liberal democrat",
                              "liberal democrats"),
        "Democratic Party": ("democrat", "democrats", "democratic party"),
        "Republican Party": ("republican", "republicans", "republican party", "gop"),
        "UK Independence Party": ("ukip", "uk independence party"),
        "Scottish National Party": ("snp", "scottish national party"),
        "Green Party": ("greens", "green party"),
    }.items()
    for form in forms
}  # fmt: skip
OUTLETS = frozenset(
    (
        "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg",
        "xinhua", "kyodo", "yonhap", "nikkei", "nikkei asia", "new york times",
        "washington post", "wall street journal", "financial times", "guardian", "bbc", "cnn",
        "fox news", "nbc", "abc", "cbs", "npr", "politico", "axios", "economist",
        "south china morning post", "japan times", "asahi", "yomiuri", "mainichi",
        "global times", "people's daily", "tass", "interfax", "al jazeera", "observer net",
        "usa today", "los angeles times", "breitbart", "huffington post", "huffpost",
        "western journalism", "the hill", "nhk", "dow jones", "cnbc", "times", "telegraph",
    )
)  # fmt: skip
US_STATES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida "
    "georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio "
    "oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington "
    "wisconsin wyoming".split()
) | frozenset(
    ("new hampshire", "new jersey", "new mexico", "new york", "north carolina",
     "north dakota", "rhode island", "south carolina", "south dakota", "west virginia")
)  # fmt: skip


class Gazetteer:
    """Lower-cased names by kind; a word of a multi-word name is tagged ``<kind>_part``."""

    @cached_property
    def countries(self) -> dict[str, str]:
        """Country names and aliases (lower case) to one canonical name."""
        names: dict[str, str] = {}
        for country in pycountry.countries:
            canonical = getattr(country, "common_name", None) or country.name
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(country, attribute, None)
                if value and "," not in value:
                    names[value.lower()] = canonical
        names.update(COUNTRY_ALIASES)
        return names

    @cached_property
    def _tags(self) -> dict[str, frozenset[str]]:
        tags: dict[str, set[str]] = defaultdict(set)
        lists = {
            "country": self.countries.keys(),
            "demonym": DEMONYMS.keys(),
            "state": US_STATES,
            "outlet": OUTLETS,
        }
        for kind, names in lists.items():
            for name in names:
                words = name.split()
                if len(words) == 1:
                    tags[name].add(kind)
                else:
                    for word in words:
                        tags[word].add(kind + "_part")
        for word in TITLES:
            tags[word].add("title")
        for word in ORG_WORDS:
            tags[word].add("org")
        return {word: frozenset(kinds) for word, kinds in tags.items()}

    def tags(self, lower: str) -> frozenset[str]:
        """Every kind a lower-cased word belongs to."""
        return self._tags.get(lower, frozenset())


GAZETTEER = Gazetteer()

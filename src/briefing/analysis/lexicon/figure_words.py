"""Words of figures: scales, currencies and measures."""

from __future__ import annotations

SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "\u20ac": "EUR",
    "\u00a3": "GBP",
    "\u00a5": "JPY",
    "\u20a9": "KRW",
    "\u20b9": "INR",
}
WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "dlrs": "USD",
    "yen": "JPY",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rupees": "INR",
    "rubles": "RUB",
    "roubles": "RUB",
    "pesos": "MXN",
    "francs": "CHF",
}
SCALE_WORDS = tuple("trillion billion million thousand mln bn".split())
COUNT_WORDS = tuple(
    "people persons workers employees jobs companies firms countries nations states "
    "members soldiers troops migrants refugees deaths cases vehicles cars units ships "
    "vessels planes aircraft projects factories plants mines stores banks seats votes "
    "voters students children families households homes visas applications shares flights "
    "sites cities villages businesses arrests victims casualties officials delegates "
    "lawmakers senators".split()
)

SCALE_SUFFIXES = tuple("trillion billion million thousand bn mln mn tn m b k".split())
MEASURES_WORDS = (
    "kilomet(?:er|re)s?", "km", "miles?", "met(?:er|re)s?", "feet", "foot", "tons?",
    "tonnes?", "barrels?", "acres?", "hectares?", "square (?:kilomet(?:er|re)s?|miles?)",
    "gigawatts?", "megawatts?", "kilowatts?", "GW", "MW", "bpd",
    "cubic (?:feet|met(?:er|re)s?)", "liters?", "litres?", "gallons?", "kilograms?", "kg",
    "pounds? of",
)  # fmt: skip

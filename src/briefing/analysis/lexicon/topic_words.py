"""Words of topics: the endings the light stemmer strips."""

from __future__ import annotations

SIBILANT_PLURALS = ("sses", "shes", "ches", "xes", "zes")  # "classes", "taxes": drop "es"

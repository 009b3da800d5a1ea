"""briefing: a terminal briefing reader for policy and economic news."""

__version__ = "0.1.0"

"""Untrusted text made harmless for a terminal: no control characters or escapes."""

from __future__ import annotations

import re

# C0 controls (tab and newline kept), DEL, C1 controls, and bidirectional overrides.
CONTROL_CHARACTERS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def plain(text: str) -> str:
    """``text`` with control characters and escape sequences replaced, same length.

    Each control character becomes U+FFFD (or a space for tab), so offsets still hold.
    """
    return CONTROL_CHARACTERS.sub(lambda m: " " if m.group() == "\t" else "\ufffd", text)

"""Bytes to normalised text: BOM removed, line endings turned into ``\\n``."""

from __future__ import annotations

import codecs
import re

from briefing.ingest.errors import IngestError

MAX_BYTES = 5 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, newline, form feed, carriage return and escape: never prose.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def decode_bytes(data: bytes) -> str:
    """Decode file bytes to text, or raise :class:`IngestError` with the reason."""
    if len(data) > MAX_BYTES:
        raise IngestError(f"file too large ({len(data) / 1048576:.1f} MB; the limit is 5 MB)")
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
            encoding = name
            break
    else:
        if b"\x00" in data:
            raise IngestError("binary file (contains NUL bytes)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise IngestError(
            f"not valid {encoding.upper()} text (byte 0x{bad} at offset {error.start})"
        ) from None
    text = normalise_newlines(text)
    if not text.strip():
        raise IngestError("empty file")
    controls = len(_BINARY_CONTROL.findall(text, 0, 4096))
    if controls > 8 and controls * 50 > min(len(text), 4096):
        raise IngestError("binary file (control characters)")
    return text


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line endings into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")

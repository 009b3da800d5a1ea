"""The one error type ingest raises for a file it cannot read."""


class IngestError(Exception):
    """A file could not be read; the message is the reason, for one line."""

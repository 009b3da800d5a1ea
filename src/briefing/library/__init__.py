"""A folder of articles as the CLI and the reader share it: index, open, query."""

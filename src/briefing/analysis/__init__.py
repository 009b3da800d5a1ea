"""The analysis engine: pure functions over articles. Never imports textual or rich."""

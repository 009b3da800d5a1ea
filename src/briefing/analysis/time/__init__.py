"""Time: find time expressions, resolve them to TimeML values, date the events."""

"""Names: tag people, organisations and places, clean them, merge aliases, read roles."""

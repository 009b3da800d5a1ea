"""Word lists the rules share, each list once: the engine's lexicon."""

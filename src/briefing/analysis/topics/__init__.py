"""Topics: the themes of weighted phrases and the filing of paragraphs under them."""

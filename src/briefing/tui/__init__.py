"""The Textual reader. Imports the engine; the engine never imports this."""

"""The engine's version: a cached analysis or corpus made by another version is made again.

Kept apart from the pipeline so that code which only checks the cache (a warm index, a
warm open) does not import the engine.
"""

ENGINE_VERSION = "55"

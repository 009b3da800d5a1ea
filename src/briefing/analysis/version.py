"""The engine's version: a cached analysis or corpus made by another version is made again.

Kept apart from the pipeline so that code which only checks the cache (a warm index, a
warm open) does not import the engine.
"""

ENGINE_VERSION = "56"

# The corpus-wide assembly's version (entities merged across articles, the timeline's order
# and history): a snapshot made by another is assembled again from the cached analyses,
# which stay as they are.
ASSEMBLY_VERSION = "4"

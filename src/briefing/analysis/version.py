"""The engine's version: a cached analysis or corpus made by another version is made again.

Kept apart from the pipeline so that code which only checks the cache (a warm index, a
warm open) does not import the engine.
"""

ENGINE_VERSION = "72"

# The corpus-wide assembly's version (entities merged across articles, the timeline's order
# and history): a snapshot made by another is assembled again from the cached analyses,
# which stay as they are. Each analysis's assembly part (what assembly reads of it, see
# ``briefing.analysis.parts``) is kept under this version too: change it when the parts'
# content changes (the cues, the dated sentences), and they are made again.
ASSEMBLY_VERSION = "5"

"""Building big acyclic structures without Python's cycle collector walking them.

Each full pass of the collector walks every object already made; while a corpus of
thousands of articles is assembled or decoded, those passes come again and again and make
the work grow faster than the corpus. Reference counting still frees what is dropped.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Hold the cycle collector off for the block (as it was before, after it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

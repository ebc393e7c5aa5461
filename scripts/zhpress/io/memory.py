"""Pausing Python's cyclic garbage collector while a large structure is built.

Loading a project creates hundreds of thousands of small objects (parsed YAML,
figures, readings) and no garbage cycles to speak of; every so many allocations
CPython walks all objects still alive to look for cycles, so the cost of loading
grows faster than the data (at 1,000 articles a third of the load went on those
walks). Reference counting still frees everything at once; only the search for
cycles waits until the block ends.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (as it was again afterwards, also on an error)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

"""Pause the cyclic garbage collector while a large batch of acyclic values is built.

The ground floor beside :mod:`geoincidents.errors` and :mod:`geoincidents._files`: every
wing may import it. Rows of a sheet, mentions of a corpus and a map's payload hold no
reference cycles, so a collection in the middle of the batch frees none of them, while the
collector's passes over the growing heap cost up to half the building time.

Examples
--------
>>> import gc
>>> with gc_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Within the block the cyclic collector is off; it is restored in ``finally`` (left
    off when it was off before)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

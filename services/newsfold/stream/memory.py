"""The worker process's memory, as glibc's allocator holds it (no-ops elsewhere).

The worker allocates from several threads (Faust's consumer thread, the database calls'
thread pool), and most of what it allocates is short-lived (articles, decoded fold
states) between long-lived fold-table values, so freed memory stays resident: in
per-thread arenas, and in heap pages pinned by a few live chunks.
"""

from __future__ import annotations

import ctypes
import os
from functools import cache

M_ARENA_MAX = -8  # from malloc.h


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's malloc arenas, unless ``MALLOC_ARENA_MAX`` is set: a lower peak RSS at
    no measurable speed cost (docs/performance.md, "Figures behind the code"). Call it
    first thing."""
    libc = _libc()
    if libc is not None and not os.environ.get("MALLOC_ARENA_MAX"):
        libc.mallopt(M_ARENA_MAX, arenas)


def release_free_memory() -> None:
    """Give freed heap pages back to the OS (``malloc_trim``); a few ms, run on a timer."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)

"""community-lens: is this account building a following, or a community?

Arrows point one way: platform readers -> canonical model -> metrics -> charts -> notebooks / dashboard / CLI.
"""

import os

# polars' allocator (jemalloc) keeps freed memory for reuse by default; on a big export that holds the peak
# of every step long after it (measured: 550 MB against 420 MB for the summary of a 1M-follower archive).
# Give it back at once; set _RJEM_MALLOC_CONF yourself to choose otherwise. Must precede polars' import.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")

from helpers.errors import ExportError
from helpers.model import Coverage, Export, Owner
from helpers.platforms.loading import load_export

__all__ = ["Coverage", "Export", "ExportError", "Owner", "load_export"]

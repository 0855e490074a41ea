"""The scope digest: one hash over the (case id, HQ version) pairs a device holds.

Device and HQ compute it the same way; when they differ, HQ sends its list and the device
fetches what it lacks and drops what left its scope.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def scope_digest(pairs: Iterable[tuple[str, int]]) -> str:
    """SHA-256 over sorted ``id:version`` lines."""
    h = hashlib.sha256()
    for case_id, version in sorted(pairs):
        h.update(f"{case_id}:{version}\n".encode("ascii"))
    return h.hexdigest()

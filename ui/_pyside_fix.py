"""A work-around for PySide6 6.12 on Python 3.11: calls that return ``None``, ``True`` or
``False`` without taking a reference to it.

Python 3.12 made these singletons immortal, and PySide6 6.12 (built against it) no longer counts
references to them: every call of a Qt method returning ``None`` (``label.setText(…)``), every
``signal.emit()`` and every ``data()`` that answers ``None`` takes one reference away. On Python
3.11 the count reaches zero after some thousands of calls and the interpreter aborts
("deallocating None"). At import, :func:`apply` measures whether references are lost and, only
then, gives the three singletons a reference count so large that it cannot run out, which is
what Python 3.12 does for them.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBES = 32
IMMORTAL = 1 << 60
_applied = False


class _Probe(QObject):
    ping = Signal()
    """Emitted only to measure whether ``emit`` loses a reference to ``True``."""


def lost_references() -> dict[str, int]:
    """References to ``None`` and ``True`` that PySide6 calls lose (zeros on a correct build)."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBES):
        probe.setObjectName("probe")  # a Qt method returning nothing
        probe.ping.emit()  # returns True
    lost = {"None": none_before - sys.getrefcount(None), "True": true_before - sys.getrefcount(True)}
    return {k: max(0, v) for k, v in lost.items()}


def _add_references(obj: object, count: int) -> None:
    # ob_refcnt is the first field of every object; the GIL is held while it is written.
    refcount = ctypes.c_ssize_t.from_address(id(obj))
    refcount.value += count


def apply() -> bool:
    """Make ``None``, ``True`` and ``False`` immortal if PySide6 loses references to them."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12):
        return False  # already immortal
    lost = lost_references()
    if not any(lost.values()):
        return False
    for singleton in (None, True, False):
        _add_references(singleton, IMMORTAL)
    _applied = True
    return True

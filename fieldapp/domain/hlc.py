"""Hybrid logical clock stamps: wall-clock milliseconds, a counter and the node, as sortable text.

A stamp never goes backwards even when the laptop's clock does, and a stamp received from HQ
pushes the local clock forward, so changes order causally across devices.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    """One clock reading; compares by (wall, counter, node)."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp written by ``str()``; raise ValueError."""
        wall, counter, node = text.split("-", 2)
        if len(wall) != 13 or len(counter) != 5 or not node:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter), node)


def now_ms() -> int:
    """Wall-clock milliseconds."""
    return time.time_ns() // 1_000_000


def tick(last: Stamp | None, node: str, wall_ms: int | None = None) -> Stamp:
    """The next local stamp after ``last``."""
    wall = now_ms() if wall_ms is None else wall_ms
    if last is None or wall > last.wall_ms:
        return Stamp(wall, 0, node)
    return Stamp(last.wall_ms, last.counter + 1, node)


def receive(last: Stamp | None, remote: Stamp, node: str, wall_ms: int | None = None) -> Stamp:
    """The local stamp after seeing ``remote``."""
    wall = now_ms() if wall_ms is None else wall_ms
    base = max(x for x in (last, remote) if x is not None)
    if wall > base.wall_ms:
        return Stamp(wall, 0, node)
    return Stamp(base.wall_ms, base.counter + 1, node)

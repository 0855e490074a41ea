"""The vulnerability score: a weighted sum of flags, with weights from reference data.

No official matrix is published, so the weights are configuration
(``resources/reference/vulnerability_weights.json``) and the breakdown is always shown with the
total, so a reviewer sees why a household scored as it did.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fieldapp.domain.reference import shipped


@dataclass(frozen=True)
class Score:
    """A total and its parts (flag → weight), in the order the flags were given."""

    total: float
    parts: tuple[tuple[str, float], ...]


def score(flags: Iterable[str], weights: Mapping[str, float] | None = None) -> Score:
    """Score the vulnerability ``flags`` of a household; unknown flags weigh nothing."""
    weights = shipped().vulnerability_weights if weights is None else weights
    parts = tuple((f, float(weights.get(f, 0))) for f in dict.fromkeys(flags))
    return Score(total=sum(w for _, w in parts), parts=parts)

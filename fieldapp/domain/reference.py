"""Reference data: municipalities, settlements and code lists, loaded from ``resources/reference``.

The lists are data, not code, so that an office can add a settlement or a code without a release.
A workspace may carry additions; they are merged over the shipped lists with :func:`load`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from resources import ROOT as RESOURCES_ROOT

REFERENCE_DIR = RESOURCES_ROOT / "reference"
UI_LANGUAGES = ("en", "sq", "sr-Latn", "sr-Cyrl")


@dataclass(frozen=True)
class Municipality:
    """A municipality with its KAS code, names per language and known settlements."""

    code: str
    names: dict[str, str]
    settlements: tuple[dict[str, Any], ...] = ()

    def name(self, lang: str = "en") -> str:
        """The name in ``lang``, falling back to English."""
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True)
class ReferenceData:
    """All code lists (code → labels per language) and the municipalities."""

    lists: dict[str, dict[str, dict[str, str]]]
    municipalities: dict[str, Municipality]
    vulnerability_weights: dict[str, float] = field(default_factory=dict)

    def codes(self, list_name: str) -> tuple[str, ...]:
        """The codes of one list, in their shipped order."""
        return tuple(self.lists[list_name])

    def label(self, list_name: str, code: str, lang: str = "en") -> str:
        """The label of ``code`` in ``lang``; the code itself when unknown."""
        labels = self.lists.get(list_name, {}).get(code)
        if not labels:
            return code
        return labels.get(lang) or labels.get("en") or code


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def shipped() -> ReferenceData:
    """The reference data shipped with the application (cached)."""
    codes = _read_json(REFERENCE_DIR / "codes.json")["lists"]
    munis = {
        m["code"]: Municipality(m["code"], dict(m["name"]), tuple(m.get("settlements", ())))
        for m in _read_json(REFERENCE_DIR / "municipalities.json")["municipalities"]
    }
    weights = _read_json(REFERENCE_DIR / "vulnerability_weights.json")["weights"]
    return ReferenceData(lists=codes, municipalities=munis, vulnerability_weights=dict(weights))

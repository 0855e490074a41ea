"""Write the case files the install smoke checks import (any Python 3; no FieldApp needed).

``cases.json``: two households named in Albanian and Serbian Cyrillic; ``many.jsonl``: enough
households that the import runs in its own child process (files over 512 KiB).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

CASE = {
    "format": "fieldapp.case/1",
    "case_type": "displaced_return",
    "status": "draft",
    "municipality": "20",
    "settlement": "Prizren",
    "displacement": {"category": "displaced_in_region", "location": "Kraljevo, Serbia",
                     "since": "1999-06"},
    "interview": {"date": "2026-11-20", "language": "sr-Latn", "interpreter": False, "notes": ""},
    "members": [
        {"given_name": "Đorđe", "family_name": "Petrović", "script": "Latn", "sex": "M",
         "date_of_birth": "1968", "relationship": "head", "personal_number": None,
         "documents": ["id_card"], "community": "serb", "disability": False,
         "chronic_illness": False},
    ],
    "property": {"tenure": "damaged", "cadastral_zone": None, "parcel": None, "claim_number": None},
    "vulnerabilities": ["older_person_without_support"],
    "needs": [{"category": "housing_reconstruction", "priority": "high", "note": ""}],
    "consent": {"processing": True, "share_with_partners": False, "photos": False,
                "sensitive_data": True, "recorded_on": "2026-11-20"},
    "notes": [],
}


def household(given: str, family: str, script: str, index: int) -> dict:
    """The sample household with its head renamed."""
    doc = copy.deepcopy(CASE)
    head = doc["members"][0]
    head.update(given_name=given, family_name=family, script=script)
    doc["interview"]["notes"] = f"smoke check household {index} " + "x" * 600
    return doc


def main(out: Path) -> None:
    """Write both files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    cases = [household("Đorđe", "Petrović", "Latn", 0), household("Ђорђе", "Јовановић", "Cyrl", 1)]
    cases[1]["interview"]["language"] = "sr-Cyrl"
    (out / "cases.json").write_text(json.dumps(cases, ensure_ascii=False), "utf-8")
    with (out / "many.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(900):
            fh.write(json.dumps(household("Arta", f"Krasniqi{i}", "Latn", i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

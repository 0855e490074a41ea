"""Synthetic returnee households for benchmarks: realistic Albanian and Serbian names, both scripts.

``python bench/gen_cases.py N OUT.jsonl [SEED]`` writes N valid interchange documents (about five
members each). Serbian households are written in Cyrillic about half the time, as field forms are.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fieldapp.text.folding import latin_to_cyrillic

SQ_MALE = ("Arben", "Besnik", "Driton", "Fatmir", "Gëzim", "Ilir", "Kushtrim", "Lulzim", "Mentor",
           "Shkëlzen", "Xhevdet", "Çlirim", "Agron", "Bujar", "Valon", "Arsim", "Blerim", "Hysen",
           "Ramadan", "Bekim", "Faton", "Liridon", "Mërgim", "Qëndrim")
SQ_FEMALE = ("Arta", "Blerta", "Drita", "Fjolla", "Gresa", "Hana", "Jehona", "Lirie", "Mimoza",
             "Shqipe", "Teuta", "Vjosa", "Zana", "Luljeta", "Afërdita", "Besa", "Donika", "Edona",
             "Lumnije", "Qëndresa")
SQ_FAMILY = ("Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Kelmendi", "Bytyqi",
             "Hasani", "Rexhepi", "Thaçi", "Ahmeti", "Sylejmani", "Mustafa", "Zeqiri", "Dervishi",
             "Haliti", "Jashari", "Limani", "Musliu", "Hyseni", "Gërguri", "Dreshaj", "Çitaku")
SR_MALE = ("Đorđe", "Dragan", "Milan", "Nikola", "Stefan", "Miloš", "Dušan", "Nenad", "Zoran",
           "Goran", "Slobodan", "Vladimir", "Branislav", "Dejan", "Srđan", "Živko", "Ljubomir",
           "Radoš", "Predrag", "Aleksandar", "Nemanja", "Vukašin", "Džemal")
SR_FEMALE = ("Jelena", "Milica", "Dragana", "Ljiljana", "Snežana", "Jovana", "Marija", "Ana",
             "Gordana", "Slavica", "Vesna", "Nataša", "Biljana", "Danijela", "Tijana", "Žaklina",
             "Svetlana", "Mirjana", "Njegosava")
SR_FAMILY = ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
             "Stanković", "Pavlović", "Milošević", "Todorović", "Živković", "Ristić", "Lazić",
             "Simić", "Kostić", "Đukić", "Savić", "Vučković", "Mitić", "Trajković", "Denić")
SETTLEMENTS = {"19": "Prishtinë", "20": "Prizren", "17": "Pejë", "02": "Gjakovë", "27": "Vushtrri",
               "35": "Graçanicë", "12": "Leposaviq", "23": "Shtërpcë", "14": "Novobërdë",
               "06": "Istog", "08": "Klinë", "16": "Rahovec", "04": "Gjilan", "11": "Mitrovicë"}
NEEDS = ("housing_reconstruction", "housing_repair", "food", "non_food_items", "firewood",
         "furniture", "income_generation", "employment_training", "school_enrolment", "health",
         "legal_aid_property", "legal_aid_documents", "transport")
VULNS = ("older_person_without_support", "person_with_disability", "serious_medical_condition",
         "single_head_of_household", "child_under_15", "person_over_65", "social_assistance_household")
DISPLACED_IN = ("Kraljevo, Serbia", "Kragujevac, Serbia", "Niš, Serbia", "Beograd, Serbia",
                "Podgorica, Montenegro", "Skopje, North Macedonia", "Berane, Montenegro")


def _household(rng: random.Random) -> tuple[str, list[dict[str, Any]], str]:
    serbian = rng.random() < 0.45
    cyrillic = serbian and rng.random() < 0.5
    males, females, families = (SR_MALE, SR_FEMALE, SR_FAMILY) if serbian else (SQ_MALE, SQ_FEMALE, SQ_FAMILY)
    family = rng.choice(families)
    size = max(1, min(12, int(rng.gauss(5, 2))))
    head_male = rng.random() < 0.8
    members = []
    head_year = rng.randint(1940, 1990)
    for i in range(size):
        if i == 0:
            sex, rel, year = ("M" if head_male else "F"), "head", head_year
        elif i == 1 and size > 2:
            sex, rel, year = ("F" if head_male else "M"), "spouse", head_year + rng.randint(-5, 5)
        else:
            sex, rel, year = rng.choice("MF"), "child", min(2025, head_year + rng.randint(18, 40))
        given = rng.choice(males if sex == "M" else females)
        g, f = (latin_to_cyrillic(given), latin_to_cyrillic(family)) if cyrillic else (given, family)
        dob = str(year) if rng.random() < 0.4 else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        members.append({"given_name": g, "family_name": f, "script": "Cyrl" if cyrillic else "Latn",
                        "sex": sex, "date_of_birth": dob, "relationship": rel,
                        "documents": rng.sample(["id_card", "birth_certificate", "passport"], rng.randint(0, 2)),
                        "community": "serb" if serbian else rng.choice(["albanian", "roma", "ashkali", "egyptian"]),
                        "disability": rng.random() < 0.05, "chronic_illness": rng.random() < 0.1})
    return ("sr-Cyrl" if cyrillic else "sr-Latn") if serbian else "sq", members, family


def generate(n: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """``n`` valid case documents, deterministic for a seed."""
    rng = random.Random(seed)
    munis = list(SETTLEMENTS)
    for _ in range(n):
        language, members, _family = _household(rng)
        muni = rng.choice(munis)
        yield {
            "format": "fieldapp.case/1",
            "case_type": "displaced_return" if rng.random() < 0.85 else "repatriated",
            "municipality": muni,
            "settlement": SETTLEMENTS[muni],
            "displacement": {"category": rng.choice(["displaced_in_region", "idp_in_kosovo", "refugee_abroad"]),
                             "location": rng.choice(DISPLACED_IN), "since": f"{rng.randint(1998, 2004)}-{rng.randint(1, 12):02d}"},
            "interview": {"date": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
                          "language": language, "interpreter": rng.random() < 0.2, "notes": ""},
            "members": members,
            "property": {"tenure": rng.choice(["owned", "damaged", "destroyed", "occupied_by_others"]),
                         "cadastral_zone": None, "parcel": None, "claim_number": None},
            "vulnerabilities": rng.sample(VULNS, rng.randint(0, 3)),
            "needs": [{"category": c, "priority": rng.choice(["high", "medium", "low"]), "note": ""}
                      for c in rng.sample(NEEDS, rng.randint(1, 4))],
            "consent": {"processing": True, "share_with_partners": rng.random() < 0.5, "photos": False,
                        "sensitive_data": True, "recorded_on": "2026-11-20"},
            "notes": [],
        }


def write_jsonl(path: Path, n: int, seed: int = 1) -> Path:
    """Write ``n`` cases to ``path`` as JSON Lines (reused when already there with n lines)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        with path.open("rb") as fh:
            if sum(1 for _ in fh) == n:
                return path
    with path.open("w", encoding="utf-8") as fh:
        for doc in generate(n, seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench/out/cases.jsonl")
    write_jsonl(out, count, int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    print(out)

"""Households for the report benchmark and tests: bench/gen_cases.py cases with what reports count.

:func:`report_cases` gives each generated household the members of a bench/gen_people.py
household (names from many family names, as a municipality's caseload has them), their
community, disability and chronic illness, and adds a workflow status, the date the intention
to return was registered, planned and delivered assistance (item, donor, project, handover date),
referrals, and for about one household in ten no sensitive-data consent (its members then carry
no community, disability or chronic illness, as validation requires).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gen_cases import generate
from bench.gen_people import People, _is_serbian, household

DISPLACED = ("draft", "submitted", "under_review", "approved", "selected", "waitlisted",
             "assistance_in_progress", "delivered", "monitoring", "closed")
REPATRIATED = ("arrival_registered", "emergency_assistance", "municipal_request",
               "sustainable_measures", "monitoring", "closed")
ITEMS = ("house_reconstruction", "house_repair", "food_package", "non_food_items", "firewood",
         "furniture", "income_generation_grant")
DONORS = (("EU", "EU-RETURN-2026"), ("UNHCR", "UNHCR-KOS-26"), ("MCR", "MCR-SRP-2026"),
          ("USAID", "USAID-REINT"))
SERVICES = ("centre_for_social_work", "civil_registry", "employment_office", "health_service",
            "legal_aid_property")
REFERRAL_STATES = ("open", "done", "cancelled")


def report_cases(n: int, seed: int = 3) -> Iterator[dict[str, Any]]:
    """``n`` valid case documents with statuses, assistance and referrals (deterministic)."""
    rng = random.Random(seed)
    people = People(rng)
    for doc in generate(n, seed):
        named = household(rng, people)
        serbian = _is_serbian(named)
        for m in named["members"]:
            m["community"] = "serb" if serbian else rng.choice(["albanian", "roma", "ashkali", "egyptian"])
            m["disability"] = rng.random() < 0.05
            m["chronic_illness"] = rng.random() < 0.1
        doc["members"] = named["members"]
        kind = doc["case_type"]
        doc["status"] = rng.choice(DISPLACED if kind == "displaced_return" else REPATRIATED)
        doc["intention_registered_on"] = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.1:
            doc["consent"]["sensitive_data"] = False
            for m in doc["members"]:
                m["community"] = None
                m["disability"] = False
                m["chronic_illness"] = False
        assistance = []
        for item in rng.sample(ITEMS, rng.randint(0, 3)):
            donor, project = rng.choice(DONORS)
            delivered = rng.random() < 0.5
            assistance.append({
                "item": item, "status": "delivered" if delivered else "planned", "donor": donor,
                "project": project, "quantity": rng.randint(1, 3),
                "handover_date": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
                if delivered else None,
                "receipt_reference": f"R-{rng.randrange(10**5, 10**6)}" if delivered else None})
        doc["assistance"] = assistance
        doc["referrals"] = [{"service": s, "reason": "", "status": rng.choice(REFERRAL_STATES),
                             "date": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"}
                            for s in rng.sample(SERVICES, rng.randint(0, 2))]
        yield doc

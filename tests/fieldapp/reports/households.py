"""Households for the report tests, and their figures counted straight from the documents.

:func:`expected` counts what :mod:`fieldapp.reports.summary` describes, in plain Python over the
interchange documents that were imported, so the SQL of the laptop and of HQ is held to what
the data says, not to itself.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from typing import Any

from tests.conftest import sample_case

FORMULA_NAME = '=HYPERLINK("http://x")'


def member(given: str, family: str, sex: str, born: str, relationship: str, **more: Any) -> dict[str, Any]:
    """A household member as the interchange format writes one."""
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in given + family)
    return {"given_name": given, "family_name": family, "script": "Cyrl" if cyrillic else "Latn",
            "sex": sex, "date_of_birth": born, "relationship": relationship, **more}


def households() -> list[dict[str, Any]]:
    """Six households of municipalities 20 and 19, both case types, one without sensitive-data
    consent, one whose head's name a spreadsheet would run as a formula."""
    a = sample_case(
        settlement="Prizren", intention_registered_on="2026-03-02",
        members=[member("Đorđe", "Petrović", "M", "1968-04-12", "head", community="serb",
                        personal_number="0123456789", documents=["id_card", "passport"]),
                 member("Јелена", "Петровић", "F", "1971-03", "spouse", community="serb"),
                 member("Luka", "Petrović", "M", "2012", "child", community="serb")],
        vulnerabilities=["older_person_without_support", "child_under_15"],
        needs=[{"category": "housing_reconstruction", "priority": "high", "note": "roof gone"},
               {"category": "food", "priority": "medium", "note": ""}],
        assistance=[{"item": "house_reconstruction", "status": "planned", "donor": "EU",
                     "project": "EU-RETURN-2026"},
                    {"item": "food_package", "status": "delivered", "donor": "UNHCR",
                     "project": "UNHCR-KOS-26", "quantity": 2, "handover_date": "2026-04-01",
                     "receipt_reference": "R-100"}],
        referrals=[{"service": "centre_for_social_work", "reason": "pension", "date": "2026-04-03",
                    "status": "open"}])
    b = sample_case(
        settlement="Lubizhdë", intention_registered_on="2026-05-20",
        members=[member("Arben", "Krasniqi", "M", "1975", "head", community="albanian"),
                 member("Drita", "Krasniqi", "F", "1978", "spouse", community="albanian")],
        vulnerabilities=["single_head_of_household"],
        needs=[{"category": "food", "priority": "high", "note": ""},
               {"category": "firewood", "priority": "low", "note": ""}],
        assistance=[{"item": "food_package", "status": "planned", "donor": "UNHCR",
                     "project": "UNHCR-KOS-26"}],
        referrals=[{"service": "civil_registry", "reason": "", "status": "done"}])
    c = sample_case(
        settlement="Prizren", intention_registered_on="2026-05-21",
        members=[member(FORMULA_NAME, "Berisha", "M", "1980", "head"),
                 member("Fatime", "Berisha", "F", "1982", "spouse")],
        consent={"processing": True, "share_with_partners": False, "photos": False,
                 "sensitive_data": False, "recorded_on": "2026-05-21"},
        vulnerabilities=[], needs=[{"category": "legal_aid_documents", "priority": "high",
                                    "note": "-born abroad"}],
        assistance=[], referrals=[])
    d = sample_case(
        case_type="repatriated", status="arrival_registered", settlement="Prizren",
        intention_registered_on="2026-07-01",
        members=[member("Şaban", "Beriša", "M", "1990", "head", community="roma")],
        vulnerabilities=["person_with_disability"],
        needs=[{"category": "rent_support", "priority": "high", "note": ""}],
        assistance=[{"item": "accommodation", "status": "delivered", "donor": "MCR",
                     "handover_date": "2026-07-02"}],
        referrals=[{"service": "employment_office", "status": "open"},
                   {"service": "health_service", "status": "cancelled"}])
    e = sample_case(
        municipality="19", settlement="Prishtinë", intention_registered_on="2026-09-10",
        members=[member("Драган", "Јовановић", "M", "1961", "head", community="serb"),
                 member("Снежана", "Јовановић", "F", "1964", "spouse", community="serb")],
        vulnerabilities=["older_person_without_support"],
        needs=[{"category": "housing_repair", "priority": "medium", "note": ""}],
        assistance=[{"item": "house_repair", "status": "delivered", "donor": "EU",
                     "project": "EU-RETURN-2026", "handover_date": "2026-10-01"}],
        referrals=[])
    f = sample_case(
        municipality="19", settlement=None, intention_registered_on="2026-10-15",
        members=[member("Hana", "Gashi", "F", "1985", "head")],
        vulnerabilities=[], needs=[], assistance=[], referrals=[])
    return [a, b, c, d, e, f]


def expected(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """The summary's JSON figures (without returns per month) counted from ``docs``."""
    docs = copy.deepcopy(docs)
    status: Counter[str] = Counter()
    municipality: Counter[str] = Counter()
    case_type: Counter[str] = Counter()
    need: Counter[str] = Counter()
    flag: Counter[str] = Counter()
    community: Counter[str] = Counter()
    people: Counter[str] = Counter()
    settlement: dict[str, Counter[str]] = defaultdict(Counter)
    items: dict[str, Counter[str]] = defaultdict(Counter)
    donors: dict[str, Counter[str]] = defaultdict(Counter)
    projects: dict[str, Counter[str]] = defaultdict(Counter)
    referrals: dict[str, Counter[str]] = defaultdict(Counter)
    members = 0
    for d in docs:
        sensitive = bool(d["consent"]["sensitive_data"])
        status[d.get("status") or "draft"] += 1
        municipality[d["municipality"]] += 1
        case_type[d["case_type"]] += 1
        settlement[d["municipality"]][d.get("settlement") or ""] += 1
        members += len(d["members"])
        need.update({n["category"] for n in d.get("needs") or ()})
        flag.update(set(d.get("vulnerabilities") or ()))
        head = next(m for m in d["members"] if m["relationship"] == "head")
        community[(head.get("community") or "not_recorded") if sensitive else "withheld"] += 1
        for m in d["members"]:
            people[(m.get("community") or "not_recorded") if sensitive else "withheld"] += 1
        for key, into in (("item", items), ("donor", donors), ("project", projects)):
            for value, st in {(a.get(key), a.get("status", "planned")) for a in d.get("assistance") or ()}:
                if value:
                    into[value][st] += 1
        for svc, st in {(r["service"], r.get("status", "open")) for r in d.get("referrals") or ()}:
            referrals[svc][st] += 1

    def planned(by: dict[str, Counter[str]]) -> dict[str, dict[str, int]]:
        return {k: {"planned": v["planned"], "delivered": v["delivered"]} for k, v in by.items()}

    return {
        "cases": len(docs), "members": members, "by_status": dict(status),
        "by_municipality": dict(municipality), "by_case_type": dict(case_type),
        "by_settlement": {m: dict(v) for m, v in settlement.items()},
        "by_need": dict(need), "by_vulnerability": dict(flag), "by_community": dict(community),
        "members_by_community": dict(people), "assistance": planned(items),
        "assistance_by_donor": planned(donors), "assistance_by_project": planned(projects),
        "referrals": {k: dict(v) for k, v in referrals.items()},
    }


def figures(summary_json: dict[str, Any]) -> dict[str, Any]:
    """The parts of a summary's JSON that :func:`expected` counts."""
    keys = ("cases", "members", "by_status", "by_municipality", "by_case_type", "by_settlement",
            "by_need", "by_vulnerability", "by_community", "members_by_community", "assistance",
            "assistance_by_donor", "assistance_by_project", "referrals")
    return {k: summary_json[k] for k in keys}

"""Finding the same person by search: Albanian and Serbian spellings, either script, no
diacritics, typing mistakes, one member at a time, numbers exactly, best match first."""

from __future__ import annotations

from typing import Any

import pytest

from fieldapp.store import cases
from fieldapp.store.cases import CaseFilter
from fieldapp.store.workspace import Workspace
from tests.conftest import sample_case


def household(*members: tuple[str, str], settlement: str = "Prizren", **changes: Any) -> dict[str, Any]:
    doc = sample_case(settlement=settlement, **changes)
    doc["members"] = [{"given_name": g, "family_name": f, "sex": "M", "relationship": "head" if i == 0 else "child",
                       "script": "Cyrl" if any("\u0400" <= c <= "\u04ff" for c in g + f) else "Latn"}
                      for i, (g, f) in enumerate(members)]
    return doc


# Each pair: how an Albanian office and a Serbian office write the same person.
SPELLINGS = [
    (("Xhemajl", "Berisha"), ("Džemajl", "Beriša")),
    (("Qamil", "Krasniqi"), ("Ćamil", "Krasnići")),
    (("Gjergj", "Gjoka"), ("Đerđ", "Đoka")),
    (("Shaban", "Hoxha"), ("Šaban", "Hodža")),
    (("Zhivko", "Gjorgjeviq"), ("Živko", "Đorđević")),
    (("Sylejman", "Ymeri"), ("Sulejman", "Imeri")),
    (("Rrustem", "Çeliku"), ("Rustem", "Čeliku")),
    (("Muharrem", "Thaçi"), ("Muharem", "Tači")),
    (("Dhurata", "Halili"), ("Durata", "Halili")),
]


@pytest.fixture
def people(workspace: Workspace) -> dict[str, str]:
    """One household per Albanian spelling (its id by the head's family name as written)."""
    ids = {}
    with workspace.write() as ctx:
        for (given, family), _serbian in SPELLINGS:
            ids[family] = cases.create_case(ctx, household((given, family)))["id"]
        ids["Petrović"] = cases.create_case(ctx, household(("Đorđe", "Petrović"), ("Marija", "Petrović")))["id"]
        ids["two people"] = cases.create_case(ctx, household(("Marko", "Petković"), ("Ana", "Filipović")))["id"]
        ids["Jovanović"] = cases.create_case(ctx, household(
            ("Милан", "Јовановић"), settlement="Shtërpcë",
            property={"tenure": "owned", "claim_number": "KPCVA-DS-2008-001234"}))["id"]
        doc = household(("Bekim", "Morina"))
        doc["members"][0]["personal_number"] = "1002003004"
        ids["Morina"] = cases.create_case(ctx, doc)["id"]
    return ids


def found(workspace: Workspace, query: str) -> list[cases.CaseSummary]:
    with workspace.read() as s:
        return cases.search_cases(s, query)


@pytest.mark.parametrize(("albanian", "serbian"), SPELLINGS, ids=[a[0] for a, _ in SPELLINGS])
def test_the_other_languages_spelling_finds_the_person(workspace: Workspace, people: dict[str, str],
                                                       albanian: tuple[str, str], serbian: tuple[str, str]) -> None:
    from fieldapp.text.folding import latin_to_cyrillic

    want = people[albanian[1]]
    for query in (" ".join(serbian), latin_to_cyrillic(" ".join(serbian)), serbian[0], " ".join(albanian)):
        hits = found(workspace, query)
        assert hits and hits[0].id == want, query
        assert hits[0].matched == " ".join(albanian)
    # ... and the list (and every screen's filter) finds it the same way.
    with workspace.read() as s:
        assert want in {r.id for r in cases.list_cases(s, CaseFilter(query=" ".join(serbian)))}


def test_without_diacritics_and_with_the_eth_typed_for_dj(workspace: Workspace, people: dict[str, str]) -> None:
    for query in ("Dordje Petrovic", "Djordje Petrovic", "Ðorđe Petrović", "Ђорђе Петровић", "Dorde"):
        hits = found(workspace, query)
        assert hits and hits[0].id == people["Petrović"], query
        assert hits[0].matched == "Đorđe Petrović"
    # Macedonian letters (Gorani names): ѓ is đ/gj, ќ is ć/q.
    assert found(workspace, "Ѓерѓ")[0].id == people["Gjoka"]
    assert found(workspace, "Ќамил")[0].id == people["Krasniqi"]


@pytest.mark.parametrize("typo", ["Krasnoqi", "Krasniq", "Krasniqqi", "Karsniqi", "Krsaniqi", "Berishaa", "Bersiha"])
def test_one_wrong_missing_extra_or_swapped_letter(workspace: Workspace, people: dict[str, str], typo: str) -> None:
    hits = found(workspace, typo)
    family = "Krasniqi" if typo.lower().startswith("k") else "Berisha"
    assert hits and hits[0].id == people[family], typo
    # A doubled letter is one sound in both orthographies (rr, ll): the key already forgives it;
    # a missing last letter leaves the start of the name, which matches as typed.
    assert hits[0].matched_by == {"Krasniqqi": "cross_language", "Berishaa": "cross_language",
                                  "Krasniq": "folded"}.get(typo, "fuzzy")


def test_two_mistakes_only_in_long_names_and_none_in_short_ones(workspace: Workspace, people: dict[str, str]) -> None:
    # Gjorgjeviq has nine letters or more: two mistakes are forgiven.
    assert found(workspace, "Zhivko Gjorgjevoc")[0].id == people["Gjorgjeviq"]
    # Ymeri: five letters, one mistake forgiven but not two; Tači (four letters): none.
    assert found(workspace, "Ymeru")[0].id == people["Ymeri"]
    assert found(workspace, "Yneru") == []
    assert found(workspace, "Tafi") == []


def test_all_words_must_match_the_same_member(workspace: Workspace, people: dict[str, str]) -> None:
    assert found(workspace, "Marko Filipović") == []
    assert [h.id for h in found(workspace, "Marko Petković")] == [people["two people"]]
    assert found(workspace, "Ana Filipović")[0].matched == "Ana Filipović"
    # A member and the household's place go together.
    hits = found(workspace, "Milan Shterpce")
    assert [h.id for h in hits] == [people["Jovanović"]] and hits[0].matched == "Милан Јовановић"
    assert found(workspace, "Milan Gjakove") == []
    # The matched member is the one the search found, not the head.
    assert found(workspace, "Marija Petrovic")[0].matched == "Marija Petrović"


def test_numbers_match_exactly(workspace: Workspace, people: dict[str, str]) -> None:
    hits = found(workspace, "1002003004")
    assert [h.id for h in hits] == [people["Morina"]] and hits[0].matched == "Bekim Morina"
    assert found(workspace, "1002003005") == [] and found(workspace, "100200300") == []
    assert [h.id for h in found(workspace, "KPCVA-DS-2008-001234")] == [people["Jovanović"]]
    with workspace.read() as s:
        number = cases.get_case(s, people["Morina"])["case_number"]
    assert [h.id for h in found(workspace, number)] == [people["Morina"]]
    assert [h.id for h in found(workspace, f"Morina {number}")] == [people["Morina"]]
    assert found(workspace, f"Berisha {number}") == []


def test_ranking_says_how_the_match_was_made(workspace: Workspace) -> None:
    with workspace.write() as ctx:
        exact = cases.create_case(ctx, household(("Šaban", "Beriša")))["id"]
        cross = cases.create_case(ctx, household(("Shaban", "Berisha")))["id"]
        typo = cases.create_case(ctx, household(("Šaban", "Berišda")))["id"]
    hits = found(workspace, "Šaban Beriša")
    assert [h.id for h in hits] == [exact, cross, typo]
    assert [h.matched_by for h in hits] == ["exact", "cross_language", "fuzzy"]
    # Folded beats cross-language too: typed without marks, "Saban Berisa" is closest to Šaban Beriša.
    assert found(workspace, "Saban Berisa")[0].id == exact


def test_search_json_from_the_command_line(cli_ws: Any) -> None:
    import json

    from tests.conftest import run_cli

    path = cli_ws / "people.json"
    path.write_text(json.dumps([household(("Xhemajl", "Berisha"), ("Valbona", "Berisha")),
                                household(("Ana", "Gashi"))]), encoding="utf-8")
    env = {"FIELDAPP_HOME": str(cli_ws)}
    assert run_cli("case", "import", str(path), env=env).code == 0
    out = run_cli("case", "search", "Džemajl Beriša", "--json", env=env)
    assert out.code == 0, out.err
    rows = out.json()
    assert len(rows) == 1 and rows[0]["matched"] == "Xhemajl Berisha" and rows[0]["matched_by"] == "cross_language"
    text = run_cli("case", "search", "Valbona", env=env)
    assert "Valbona Berisha" in text.out and "MATCHED" in text.out

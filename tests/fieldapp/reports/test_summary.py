"""The laptop's summary (:func:`fieldapp.store.reports.summary`) against the households imported.

Cases go in through the store's real import; the expected figures are counted in Python from
the same documents (tests/fieldapp/reports/households.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bench.report_data import report_cases
from fieldapp.domain.errors import UserError
from fieldapp.messages.format import format_number
from fieldapp.reports.summary import Summary, SummaryFilter, parse_day, shown, summary_text
from fieldapp.store import cases, reports
from fieldapp.store.imports import import_records
from tests.fieldapp.reports.households import expected, figures, households


def _import(ws: Any, docs: list[dict[str, Any]]) -> list[str]:
    return list(import_records(ws, [(f"record {i + 1}", d) for i, d in enumerate(docs)]).case_numbers)


def _summary(ws: Any, f: SummaryFilter | None = None) -> Summary:
    with ws.read() as s:
        return reports.summary(s, f)


def test_every_figure_matches_the_imported_households(workspace: Any) -> None:
    docs = households()
    _import(workspace, docs)
    got = _summary(workspace).to_json()
    assert figures(got) == expected(docs)
    assert got["cases"] == 6 and got["members"] == 11
    assert got["by_community"] == {"serb": 2, "albanian": 1, "roma": 1, "withheld": 1, "not_recorded": 1}
    assert got["assistance"]["food_package"] == {"planned": 1, "delivered": 1}
    assert got["referrals"]["employment_office"] == {"open": 1}


def test_generated_households_agree_with_counting_by_hand(workspace: Any) -> None:
    docs = list(report_cases(400, seed=5))
    _import(workspace, docs)
    assert figures(_summary(workspace).to_json()) == expected(docs)
    f = SummaryFilter(municipality="20", case_type="displaced_return",
                      date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 6, 30))
    kept = [d for d in docs if d["municipality"] == "20" and d["case_type"] == "displaced_return"
            and "2026-03-01" <= d["intention_registered_on"] <= "2026-06-30"]
    assert kept
    assert figures(_summary(workspace, f).to_json()) == expected(kept)


def test_filters_narrow_by_municipality_case_type_and_period(workspace: Any) -> None:
    docs = households()
    _import(workspace, docs)
    assert figures(_summary(workspace, SummaryFilter(municipality="19")).to_json()) == expected(docs[4:])
    assert figures(_summary(workspace, SummaryFilter(case_type="repatriated")).to_json()) == expected([docs[3]])
    period = SummaryFilter(date_from=dt.date(2026, 5, 1), date_to=dt.date(2026, 7, 31))
    assert figures(_summary(workspace, period).to_json()) == expected(docs[1:4])
    assert _summary(workspace, SummaryFilter(municipality="02")).cases == 0


def test_a_household_without_sensitive_data_consent_gives_no_community(workspace: Any) -> None:
    docs = households()
    _import(workspace, [docs[2]])
    got = _summary(workspace)
    assert dict(got.by_community) == {"withheld": 1}
    assert dict(got.members_by_community) == {"withheld": 2}
    # The same household with consent and a declared community is counted under it.
    consenting = households()[2]
    consenting["consent"]["sensitive_data"] = True
    consenting["members"][0]["community"] = "ashkali"
    _import(workspace, [consenting])
    assert dict(_summary(workspace).by_community) == {"withheld": 1, "ashkali": 1}


def test_returns_per_month_count_monitoring_and_arrivals_once(workspace: Any) -> None:
    docs = households()
    docs[0]["status"] = "delivered"
    docs[1]["status"] = "closed"
    numbers = _import(workspace, docs)
    month = dt.datetime.now(dt.UTC).strftime("%Y-%m")
    # The repatriated household has arrived; the closed one returned before it was closed.
    assert dict(_summary(workspace).returns_per_month) == {month: 2}
    with workspace.write() as ctx:
        cases.transition(ctx, numbers[0], "monitoring")
    assert dict(_summary(workspace).returns_per_month) == {month: 3}


def test_small_cells_are_suppressed_only_where_people_read_them(workspace: Any) -> None:
    _import(workspace, households())
    got = _summary(workspace)
    assert got.to_json()["by_status"] == {"draft": 5, "arrival_registered": 1}
    text = summary_text(got, "en")
    assert "<5" in text and "Counts from 1 to 4" in text
    draft = next(line for line in text.splitlines() if line.startswith("Draft"))
    assert draft.split()[-1] == "5"
    roma = next(line for line in text.splitlines() if line.startswith("Roma"))
    assert roma.split()[-1] == "<5"
    assert [shown(n) for n in (0, 1, 4, 5, 1234)] == ["0", "<5", "<5", "5", "1,234"]
    assert shown(1234, "sq") == format_number(1234, "sq")


def test_the_printed_summary_is_worded_in_the_chosen_language(workspace: Any) -> None:
    _import(workspace, households())
    got = _summary(workspace)
    sq = summary_text(got, "sq")
    assert "Nevoja" in sq and "Rindërtim i shtëpisë" in sq and "Familje" in sq
    cyr = summary_text(got, "sr-Cyrl")
    assert "Потреба" in cyr and "Домаћинства" in cyr and "Призрен" in cyr
    assert "Pa të dhëna: pa pëlqim për të dhëna të ndjeshme" in sq


def test_a_wrong_filter_is_refused_with_a_message() -> None:
    with pytest.raises(UserError) as bad:
        SummaryFilter(municipality="99").check()
    assert bad.value.id == "reports.unknown_municipality"
    with pytest.raises(UserError) as backwards:
        SummaryFilter(date_from=dt.date(2026, 6, 1), date_to=dt.date(2026, 5, 1)).check()
    assert backwards.value.id == "reports.period_backwards"
    with pytest.raises(UserError) as date:
        parse_day("2026-13-01")
    assert date.value.id == "reports.bad_date"
    with pytest.raises(UserError) as kind:
        SummaryFilter(case_type="refugee").check()
    assert kind.value.id == "reports.unknown_case_type"

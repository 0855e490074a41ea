"""The caseload workbook (:func:`fieldapp.reports.workbook.write_workbook`) read back with openpyxl.

Cases go in through the store's real import and come out through the store's pages; the
workbook is then opened as an office would open it and checked cell by cell.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldapp.domain.reference import shipped
from fieldapp.progress import Cancelled, Progress
from fieldapp.reports.workbook import COLUMNS, SHEETS, write_workbook
from fieldapp.store import reports
from fieldapp.store.imports import import_records
from tests.fieldapp.reports.households import FORMULA_NAME, households


@pytest.fixture
def filled(workspace: Any) -> Any:
    """The workspace holding the report households."""
    docs = households()
    import_records(workspace, [(f"record {i + 1}", d) for i, d in enumerate(docs)])
    return workspace


def _write(ws: Any, path: Path, lang: str, size: int = 1000) -> Any:
    with ws.read() as s:
        return write_workbook(path, reports.pages(s, size=size), lang=lang)


def _rows(sheet: Any) -> list[list[Any]]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def _by_header(sheet: Any, row: list[Any]) -> dict[str, Any]:
    return dict(zip([c.value for c in sheet[1]], row, strict=True))


def test_sheets_headers_and_cells_in_albanian(filled: Any, tmp_path: Path) -> None:
    path = tmp_path / "raste.xlsx"
    result = _write(filled, path, "sq", size=4)  # two pages
    assert dict(result.rows) == {"Households": 6, "Members": 11, "Needs": 7, "Assistance": 5,
                                 "Referrals": 4}
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(SHEETS)
    hh = book["Households"]
    assert [c.value for c in hh[1]][:8] == ["Numri i rastit", "Identifikuesi i rastit", "Lloji i rastit",
                                            "Statusi", "Komuna e kthimit", "Vendbanimi i kthimit",
                                            "Kryefamiljari", "Anëtarë"]
    assert hh.freeze_panes == "A2"
    assert hh.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(COLUMNS['Households']))}7"
    rows = {r[0]: _by_header(hh, r) for r in _rows(hh)[1:]}
    assert len(rows) == 6
    petrovic = next(r for r in rows.values() if r["Kryefamiljari"] == "Đorđe Petrović")
    assert petrovic["Statusi"] == "Draft" and petrovic["Komuna e kthimit"] == "Prizren"
    assert petrovic["Anëtarë"] == 3 and isinstance(petrovic["Anëtarë"], int)
    assert petrovic["Qëllimi u regjistrua më"] == dt.datetime(2026, 3, 2)
    assert petrovic["Nevojat"] == "Rindërtim i shtëpisë; " + shipped().label("need", "food", "sq")
    assert petrovic["Pëlqimi: të dhënat e ndjeshme"] == "Po"
    assert petrovic["Komuniteti"] == shipped().label("community", "serb", "sq")
    withheld = next(r for r in rows.values() if r["Kryefamiljari"].startswith("=HYPERLINK"))
    assert withheld["Komuniteti"] == "Pa të dhëna: pa pëlqim për të dhëna të ndjeshme"
    assistance = _rows(book["Assistance"])
    food = next(r for r in assistance if r[1] == "food_package" and r[2] == "Dorëzuar")
    assert food[0] == petrovic["Numri i rastit"]
    assert food[3:] == ["UNHCR", "UNHCR-KOS-26", 2, dt.datetime(2026, 4, 1), "R-100"]
    referral = next(r for r in _rows(book["Referrals"]) if r[0] == petrovic["Numri i rastit"])
    assert referral[1:4] == ["Qendra për Punë Sociale", "E hapur", dt.datetime(2026, 4, 3)]


def test_members_in_serbian_cyrillic_keep_names_numbers_and_dates(filled: Any, tmp_path: Path) -> None:
    path = tmp_path / "предмети.xlsx"
    _write(filled, path, "sr-Cyrl")
    book = openpyxl.load_workbook(path)
    members = book["Members"]
    header = [c.value for c in members[1]]
    assert header[:4] == ["Број предмета", "Бр.", "Име", "Презиме"]
    rows = [_by_header(members, r) for r in _rows(members)[1:]]
    head = next(r for r in rows if r["Име"] == "Đorđe")
    assert head["Датум рођења"] == dt.datetime(1968, 4, 12)
    assert head["Лични број"] == "0123456789"  # text: the leading zero stays
    assert head["Сродство са носиоцем"] == shipped().label("relationship", "head", "sr-Cyrl")
    assert head["Документа"] == "; ".join(shipped().label("document", d, "sr-Cyrl")
                                           for d in ("id_card", "passport"))
    spouse = next(r for r in rows if r["Име"] == "Јелена")
    assert spouse["Презиме"] == "Петровић" and spouse["Датум рођења"] == "1971-03"
    assert spouse["Пол"] == shipped().label("sex", "F", "sr-Cyrl")
    assert spouse["Заједница"] == shipped().label("community", "serb", "sr-Cyrl")
    hh = book["Households"]
    cells = [_by_header(hh, r) for r in _rows(hh)[1:]]
    assert {r["Општина повратка"] for r in cells} == {"Призрен", "Приштина"}
    assert book["Needs"].cell(1, 2).value == "Потреба"


def test_a_formula_looking_name_is_written_as_text(filled: Any, tmp_path: Path) -> None:
    path = tmp_path / "cases.xlsx"
    _write(filled, path, "en")
    book = openpyxl.load_workbook(path)
    members = book["Members"]
    cell = next(row[2] for row in members.iter_rows(min_row=2) if row[2].value == FORMULA_NAME)
    assert cell.data_type == "s" and cell.quotePrefix
    note = next(row[3] for row in book["Needs"].iter_rows(min_row=2) if row[3].value == "-born abroad")
    assert note.data_type == "s" and note.quotePrefix
    plain = members.cell(2, 3)
    assert not plain.quotePrefix
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)


def test_a_failed_export_leaves_nothing_behind(filled: Any, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"the previous workbook")

    def broken() -> Iterator[list[dict[str, Any]]]:
        with filled.read() as s:
            yield from reports.pages(s, size=2)
        raise OSError(28, "No space left on device")

    with pytest.raises(Exception) as failed:
        write_workbook(path, broken(), lang="en")
    assert getattr(failed.value, "id", "") == "reports.cannot_write"
    assert path.read_bytes() == b"the previous workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx", "ws"]

    progress = Progress()
    progress.start(6, "export")
    progress.cancel()
    with filled.read() as s, pytest.raises(Cancelled):
        write_workbook(tmp_path / "new.xlsx", reports.pages(s, size=2), progress=progress)
    assert not (tmp_path / "new.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx", "ws"]

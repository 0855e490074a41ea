"""The selection list as a bilingual PDF (read back with pdftotext) and as an XLSX workbook."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from fieldapp.domain.selection import Line, rank
from fieldapp.reports.cells import neutralise
from fieldapp.reports.selection_list import render_pdf, render_xlsx, selection_list
from tests.fieldapp.forms.helpers import assert_fonts_embedded, need_tool, page_images


@dataclass(frozen=True)
class Row:
    id: str
    case_number: str
    status: str
    score: float
    waiting_days: int
    vulnerabilities: tuple[str, ...]
    head: str
    settlement: str | None
    municipality: str
    members: int


HEADS = ("Đorđe Petrović", "Ђорђе Ђурђевић", "Shkëlzen Berisha", "=HYPERLINK(\"http://x\")",
         "Љиљана Његош", "Çlirim Thaçi")


def households(n: int = 30) -> list[Row]:
    return [Row(f"id-{i}", f"20-2026-AB{i:02d}-0001", "waitlisted" if i % 5 == 0 else "approved",
                float((i * 7) % 11), i, ("older_person_without_support", "child_under_15"),
                HEADS[i % len(HEADS)], "Landovicë" if i % 2 else "Prizren", "20", 2 + i % 5)
            for i in range(n)]


def the_list(line: Line) -> object:
    return selection_list(rank(households(), line), municipalities=["20"], printed_on=dt.date(2026, 12, 2))


def pdftotext(pdf: bytes, tmp: Path) -> str:
    exe = need_tool("pdftotext")
    src = tmp / "list.pdf"
    src.write_bytes(pdf)
    out = subprocess.run([exe, "-layout", str(src), "-"], check=True, capture_output=True, timeout=60)
    return out.stdout.decode("utf-8")


def test_pdf_in_albanian_and_serbian_cyrillic(tmp_path: Path) -> None:
    pdf = render_pdf(the_list(Line(quota=12)), langs="sq+sr-Cyrl")  # type: ignore[arg-type]
    assert_fonts_embedded(pdf)
    text = pdftotext(pdf, tmp_path)
    flat = " ".join(text.split())
    # Both languages, Cyrillic intact (names as written, labels transliterated).
    for words in ("Lista e përzgjedhjes së përfituesve", "Листа за избор корисника",
                  "Kryefamiljari", "Носилац домаћинства", "Prizren / Призрен",
                  "Vija: kuota prej 12 familjesh", "Линија: квота од 12 домаћинстава",
                  "Ђорђе Ђурђевић", "Љиљана Његош", "Đorđe Petrović", "Çlirim Thaçi",
                  "— vija — — линија —", "Përzgjedhur", "Изабрано", "На листи чекања"):
        assert words in flat, words
    # Signature lines for the chair and each member, the date, the place.
    assert "Kryesuesi i komisionit / Председавајући комисије" in flat
    for n in range(1, 5):
        assert f"{n}. Anëtar i komisionit / Члан комисије" in flat
    assert flat.count("Emri dhe nënshkrimi / Име и потпис") == 5
    assert "Vendi dhe data / Место и датум" in flat
    assert "Shtypur më 02.12.2026 / Штампано 02.12.2026" in flat
    pages = len(re.findall(r"Faqja \d+ nga (\d+)", text))
    assert pages >= 2 and f"Faqja {pages} nga {pages} / Страна {pages} од {pages}" in flat
    assert "KONFIDENCIALE" in flat and "ПОВЕРЉИВО" in flat
    # The line falls after the twelfth household: rank 12 above it, rank 13 below.
    before, after = flat.split("— vija — — линија —", 1)
    assert re.search(r"\b12 20-2026-AB", before) and re.search(r"\b13 20-2026-AB", after)
    assert not re.search(r"\b13 20-2026-AB", before)


def test_pdf_in_serbian_latin_with_english_and_a_budget_line(tmp_path: Path) -> None:
    pdf = render_pdf(the_list(Line(budget=10000, cost=2500)), langs="sq+sr-Latn+en")  # type: ignore[arg-type]
    flat = " ".join(pdftotext(pdf, tmp_path).split())
    assert "Lista za izbor korisnika" in flat and "Beneficiary selection list" in flat
    assert "Linija: budžet od 10.000, 2.500 po domaćinstvu" in flat
    assert "Line: a budget of 10,000, 2,500 per household" in flat
    assert "4 of 30 households above the line; Cost above the line: 10,000; left of the budget: 0" in flat
    assert "Chair of the commission" in flat and "Predsedavajući komisije" in flat


def test_the_pdf_pages_render(tmp_path: Path) -> None:
    pdf = render_pdf(the_list(Line(quota=5)), langs="sq+sr-Latn")  # type: ignore[arg-type]
    images = page_images(pdf, tmp_path, dpi=40)
    assert len(images) >= 2 and all(p.stat().st_size > 2000 for p in images)


def test_a_language_choice_a_form_cannot_take() -> None:
    from fieldapp.forms.labels import FormLanguageError

    with pytest.raises(FormLanguageError):
        render_pdf(the_list(Line()), langs="sr-Latn+sr-Cyrl")  # type: ignore[arg-type]


def _sheet(xlsx: bytes) -> list[list[str]]:
    """The first sheet's cells as text, read from the workbook's XML (shared strings resolved)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(BytesIO(xlsx)) as z:
        shared = [("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
                  for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")  # no formula anywhere
    out = []
    for row in sheet.find("m:sheetData", ns).findall("m:row", ns):
        cells = []
        for c in row.findall("m:c", ns):
            v = c.find("m:v", ns)
            value = "" if v is None else v.text or ""
            cells.append(shared[int(value)] if c.get("t") == "s" else value)
        out.append(cells)
    return out


def test_xlsx_header_labels_numbers_and_no_formulas() -> None:
    xlsx = render_xlsx(the_list(Line(quota=12)), lang="sr-Cyrl")  # type: ignore[arg-type]
    rows = _sheet(xlsx)
    assert rows[0][:4] == ["Ранг", "Бр. предмета", "Носилац домаћинства", "Насеље"]
    assert len(rows) == 31
    first = rows[1]
    assert first[0] == "1" and first[1].startswith("20-2026-AB")
    assert "Старије лице без подршке 3" in first[7]
    heads = [r[2] for r in rows[1:]]
    assert "'=HYPERLINK(\"http://x\")" in heads and "Ђорђе Ђурђевић" in heads
    assert [r[10] for r in rows[1:]].count("Изабрано") == 12
    try:
        import openpyxl  # type: ignore[import-not-found]
    except ImportError:
        return
    book = openpyxl.load_workbook(BytesIO(xlsx))
    sheet = book.active
    assert sheet.cell(1, 1).value == "Ранг" and sheet.cell(2, 1).value == 1


def test_xlsx_in_english_has_the_cost_column_under_a_budget() -> None:
    rows = _sheet(render_xlsx(the_list(Line(budget=5000, cost=2500)), lang="en"))  # type: ignore[arg-type]
    assert rows[0] == ["Rank", "Case no.", "Head of household", "Settlement", "Municipality", "Members",
                       "Score", "Score breakdown", "Waiting (days)", "Status", "Decision", "Cost"]
    assert rows[1][11] == "2500" and rows[1][10] == "Selected" and rows[3][10] == "Waiting list"


@pytest.mark.parametrize("text, safe", [
    ("=1+1", "'=1+1"), ("+381 44 123", "'+381 44 123"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=x", "'\t=x"), (" =cmd", "' =cmd"), ("Đorđe", "Đorđe"), ("", ""), ("a=b", "a=b"),
])
def test_neutralise(text: str, safe: str) -> None:
    assert neutralise(text) == safe

"""Shared pieces of the form tests: the test household, PDF inspection and the external tools."""

from __future__ import annotations

import ctypes.util
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from fieldapp.domain.interchange import validate_case
from tests.conftest import sample_case

NAMES = ("Đorđe Petrović", "Ђорђе Петровић", "Xhevdet Gashi", "Shkëlzen Berisha", "Çlirim Krasniqi")
EPOCH = 1795000000  # 2026-11-18, pinned as SOURCE_DATE_EPOCH would pin it

STANDARD_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
               "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
               "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def member(given: str, family: str, relationship: str, **extra: Any) -> dict[str, Any]:
    """A household member for the interchange format."""
    return {"given_name": given, "family_name": family, "sex": extra.pop("sex", "M"),
            "date_of_birth": extra.pop("date_of_birth", "1980"), "relationship": relationship,
            **extra}


def household_case(*, sensitive: bool = True) -> dict[str, Any]:
    """An interchange document whose members carry the five test names, all forms' data set."""
    members = [
        member("Đorđe", "Petrović", "head", date_of_birth="1968", documents=["id_card"],
               community="serb" if sensitive else None, chronic_illness=sensitive),
        member("Ђорђе", "Петровић", "parent", date_of_birth="1941", documents=["passport"],
               community="serb" if sensitive else None, disability=sensitive),
        member("Xhevdet", "Gashi", "non_relative", date_of_birth="1990-04",
               community="albanian" if sensitive else None, personal_number="1234567890"),
        member("Shkëlzen", "Berisha", "other_relative", date_of_birth="1985-02-11",
               documents=["birth_certificate", "civil_registration"]),
        member("Çlirim", "Krasniqi", "other_relative", sex="M", date_of_birth="2001",
               education="secondary", occupation="mechanic"),
    ]
    return sample_case(
        members=members,
        origin={"municipality": "17", "settlement": "Gorazhdec / Goraždevac"},
        return_mode="organised",
        intention_registered_on="2026-10-01",
        vulnerabilities=["older_person_without_support", "person_with_disability",
                         "child_under_15"],
        needs=[{"category": "housing_reconstruction", "priority": "high", "note": "roof"},
               {"category": "legal_aid_documents", "priority": "medium", "note": ""}],
        consent={"processing": True, "share_with_partners": False, "photos": False,
                 "sensitive_data": sensitive, "recorded_on": "2026-11-20",
                 "recorded_by": "Arta Krasniqi"},
        interview={"date": "2026-11-20", "place": "Prizren", "officer": "Arta Krasniqi",
                   "language": "sr-Latn", "interpreter": True, "interpreter_name": "Ana Kovač",
                   "notes": "The house is roofless; the family stays with relatives."},
        assistance=[{"item": "Food parcel", "status": "delivered", "donor": "EU",
                     "project": "RRK V", "quantity": 2, "handover_date": "2026-11-21",
                     "receipt_reference": "R-0042"}],
        referrals=[{"service": "civil_registry", "reason": "late birth registration",
                    "date": "2026-11-21", "status": "open"}],
    )


def as_stored(doc: dict[str, Any], *, revision: int = 3) -> dict[str, Any]:
    """``doc`` validated and completed like :func:`fieldapp.store.cases.get_case` returns it."""
    out = validate_case(doc)
    out["id"] = out["id"] or "019a0000-0000-7000-8000-00000000abcd"
    out["case_number"] = out["case_number"] or "20-2026-K7QD-0001"
    out["revision"] = revision
    out["history"] = [{"from": None, "to": "draft", "by": "Arta Krasniqi", "role": "officer",
                       "at": "2026-11-20T09:00:00.000Z", "comment": None, "decision": None,
                       "origin": "device"}]
    return out


# --- reading PDFs ----------------------------------------------------------------------------

def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(pdf))


def metadata(pdf: bytes) -> dict[str, Any]:
    """The document information dictionary (empty when there is none)."""
    return dict(reader(pdf).metadata or {})


def all_text(pdf: bytes) -> str:
    """The text of every page, as pypdf extracts it."""
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts_of(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary reachable from the pages' resources (form XObjects included)."""
    found: dict[int, dict[str, Any]] = {}

    def walk(resources: Any) -> None:
        """Collect the fonts of ``resources`` and of the form XObjects in it."""
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            return
        for font in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(font)
            found[id(font)] = font
        for xobj in (_resolve(resources.get("/XObject")) or {}).values():
            xobj = _resolve(xobj)
            if xobj.get("/Subtype") == "/Form" and "/Resources" in xobj:
                walk(xobj["/Resources"])

    for page in reader(pdf).pages:
        walk(page.get("/Resources"))
    return list(found.values())


def assert_fonts_embedded(pdf: bytes) -> None:
    """Every font is an embedded TrueType subset and none is one of the standard 14."""
    fonts = fonts_of(pdf)
    assert fonts, "no fonts found"
    for font in fonts:
        base = str(font.get("/BaseFont", "")).lstrip("/")
        assert base.split("+")[-1] not in STANDARD_14, f"standard-14 font {base}"
        descendants = font.get("/DescendantFonts")
        target = _resolve(descendants[0]) if descendants else font
        descriptor = _resolve(target.get("/FontDescriptor"))
        assert descriptor is not None, f"{base} has no font descriptor (not embedded)"
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile3", "/FontFile")), \
            f"{base} is not embedded"


# --- external tools ----------------------------------------------------------------------------

def need_tool(name: str) -> str:
    """The path of a command-line tool, or skip saying which Debian package provides it."""
    path = shutil.which(name)
    if path is None:
        package = {"pdftoppm": "poppler-utils", "pdffonts": "poppler-utils",
                   "qpdf": "qpdf"}.get(name, name)
        pytest.skip(f"{name} is not installed (Debian package {package}; `make test-sysdeps`)")
    return path


def need_zbar() -> Any:
    """pyzbar's decode function, or skip when libzbar is missing."""
    if ctypes.util.find_library("zbar") is None:
        pytest.skip("libzbar is not installed (Debian package libzbar0; `make test-sysdeps`)")
    try:
        from pyzbar.pyzbar import decode
    except ImportError as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"pyzbar cannot load libzbar: {exc}")
    return decode


def page_images(pdf: bytes, tmp: Path, dpi: int = 150) -> list[Path]:
    """Each page rendered to PNG with poppler's pdftoppm."""
    exe = need_tool("pdftoppm")
    src = tmp / "form.pdf"
    src.write_bytes(pdf)
    subprocess.run([exe, "-r", str(dpi), "-png", str(src), str(tmp / "page")], check=True,
                   capture_output=True, timeout=120)
    return sorted(tmp.glob("page-*.png"))

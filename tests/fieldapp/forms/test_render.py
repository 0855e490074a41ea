"""Rendering without a store: names as written, embedded fonts, scripts, QR, determinism, layout."""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.errors import UserError
from fieldapp.forms.content import FORMS, form_content
from fieldapp.forms.labels import parse_langs, text
from fieldapp.forms.layout import FOOTER_TOP, FRAME_BOTTOM, FRAME_TOP, HEADER_BOTTOM
from fieldapp.forms.payload import META_DETAIL, META_PAYLOAD, Payload
from fieldapp.forms.render import Office
from fieldapp.forms.service import render_blank, render_document
from tests.fieldapp.forms.helpers import (
    EPOCH,
    NAMES,
    all_text,
    as_stored,
    assert_fonts_embedded,
    household_case,
    metadata,
    need_tool,
    need_zbar,
    page_images,
    reader,
)

SCRIPTS = ("sq+sr-Latn", "sq+sr-Cyrl")
CASES = [(form, langs) for form in FORMS for langs in SCRIPTS]


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    """The test household as the store would return it."""
    return as_stored(household_case())


@pytest.fixture(scope="module")
def rendered(doc: dict[str, Any]) -> dict[tuple[str, str], bytes]:
    """Every form in both Serbian scripts, rendered once for the module."""
    return {(form, langs): render_document(doc, form=form, langs=langs, epoch=EPOCH)
            for form, langs in CASES}


@pytest.mark.parametrize(("form", "langs"), CASES)
def test_names_extract_exactly_as_written(rendered: dict[tuple[str, str], bytes], form: str,
                                          langs: str) -> None:
    extracted = all_text(rendered[form, langs])
    for name in NAMES:
        assert name in extracted, f"{name!r} missing from {form} ({langs})"


@pytest.mark.parametrize(("form", "langs"), CASES)
def test_every_font_is_embedded(rendered: dict[tuple[str, str], bytes], form: str,
                                langs: str) -> None:
    assert_fonts_embedded(rendered[form, langs])


@pytest.mark.parametrize(("form", "langs"), CASES)
def test_pdffonts_shows_every_font_embedded(rendered: dict[tuple[str, str], bytes],
                                            form: str, langs: str, tmp_path: Path) -> None:
    exe = need_tool("pdffonts")
    path = tmp_path / "form.pdf"
    path.write_bytes(rendered[form, langs])
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        cols = row.split()
        # name, type (two words: "TrueType" or "CID TrueType"), encoding, emb, sub, uni, id, gen
        assert cols[-5] == "yes", f"not embedded: {row}"
        assert "Helvetica" not in row and "Times" not in row and "Courier" not in row


@pytest.mark.parametrize(("form", "langs"), CASES)
def test_serbian_is_in_the_chosen_script(rendered: dict[tuple[str, str], bytes], form: str,
                                         langs: str) -> None:
    extracted = all_text(rendered[form, langs])
    script = langs.split("+")[1]
    other = "sr-Latn" if script == "sr-Cyrl" else "sr-Cyrl"
    assert text(f"title.{form}", "sq") in extracted
    assert text(f"title.{form}", script) in extracted
    assert text("col.name", script) in extracted
    assert text("col.name", other) not in extracted
    assert text(f"title.{form}", "en") not in extracted  # English only when asked for


@pytest.mark.parametrize(("form", "langs"), CASES)
def test_qpdf_check_passes(rendered: dict[tuple[str, str], bytes], form: str, langs: str,
                           tmp_path: Path) -> None:
    exe = need_tool("qpdf")
    path = tmp_path / "form.pdf"
    path.write_bytes(rendered[form, langs])
    proc = subprocess.run([exe, "--check", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize(("form", "langs"), CASES)
def test_qr_on_every_page_decodes_to_the_metadata_payload(
        rendered: dict[tuple[str, str], bytes], doc: dict[str, Any], form: str, langs: str,
        tmp_path: Path) -> None:
    decode = need_zbar()
    from PIL import Image

    pdf = rendered[form, langs]
    meta = reader(pdf).metadata
    assert meta is not None
    payload = str(meta[META_PAYLOAD])
    assert Payload.decode(payload) == Payload.of(form_content(doc, form))
    images = page_images(pdf, tmp_path)
    assert len(images) == len(reader(pdf).pages)
    for image in images:
        with Image.open(image) as img:
            found = [d.data.decode("utf-8") for d in decode(img) if d.type == "QRCODE"]
        assert found == [payload], f"{image.name}: {found}"


def test_payload_carries_case_revision_form_and_content_hash(doc: dict[str, Any]) -> None:
    pdf = render_document(doc, form="referral", langs="sq+sr-Latn", epoch=EPOCH)
    payload = Payload.decode(str(metadata(pdf)[META_PAYLOAD]))
    content = form_content(doc, "referral")
    assert (payload.case_id, payload.revision, payload.form) == (doc["id"], 3, "referral")
    assert payload.sha256 == content.sha256
    # The hash is over content, not bytes: another script, office or date, the same hash.
    other = render_document(doc, form="referral", langs="sq+sr-Cyrl+en",
                            office=Office(name="MOCR Štrpce"), epoch=EPOCH + 86400 * 30)
    assert Payload.decode(str(metadata(other)[META_PAYLOAD])).sha256 == payload.sha256
    assert other != pdf


def test_same_input_gives_identical_bytes(doc: dict[str, Any]) -> None:
    a = render_document(doc, form="application", langs="sq+sr-Cyrl", epoch=EPOCH)
    b = render_document(copy.deepcopy(doc), form="application", langs="sq+sr-Cyrl", epoch=EPOCH)
    assert a == b


def test_only_the_creation_date_differs_between_renders(doc: dict[str, Any],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    a = render_document(doc, form="case-summary", langs="sq+sr-Latn")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 3600))  # an hour later, the same day
    b = render_document(doc, form="case-summary", langs="sq+sr-Latn")
    assert a != b
    dates = re.compile(rb"/(CreationDate|ModDate) \(D:[0-9]{14}\+00'00'\)")
    assert dates.sub(b"", a) == dates.sub(b"", b)
    meta = reader(a).metadata
    assert meta is not None and str(meta["/CreationDate"]).startswith("D:20261118")


@pytest.mark.parametrize("form", FORMS)
def test_english_is_optional_third_language(doc: dict[str, Any], form: str) -> None:
    pdf = render_document(doc, form=form, langs="sq+sr-Cyrl+en", epoch=EPOCH)
    extracted = all_text(pdf)
    assert text(f"title.{form}", "en") in extracted
    assert text(f"title.{form}", "sr-Cyrl") in extracted
    for name in NAMES:
        assert name in extracted


def test_sensitive_fields_print_only_with_consent() -> None:
    with_consent = all_text(render_document(as_stored(household_case(sensitive=True)),
                                            form="application", epoch=EPOCH))
    without = all_text(render_document(as_stored(household_case(sensitive=False)),
                                       form="application", epoch=EPOCH))
    assert text("col.community", "sq") in with_consent
    assert "Srbin" in with_consent
    assert text("col.community", "sq") not in without
    assert text("col.chronic", "sq") not in without
    assert "Srbin" not in without
    assert text("sensitive.withheld", "sq").split(":")[0] in without.replace("\n", " ")


def test_health_flags_are_withheld_without_consent_but_the_score_adds_up() -> None:
    doc = as_stored(household_case(sensitive=False))
    extracted = all_text(render_document(doc, form="needs-assessment", epoch=EPOCH))
    assert "Osoba sa invaliditetom" not in extracted
    assert "Starije lice bez podrške" in extracted
    content = form_content(doc, "needs-assessment").sections["vulnerabilities"]
    assert content["withheld_count"] == 1
    shown = sum(w for _, w in content["flags"])
    assert shown + content["withheld_weight"] == content["total"] == 7


@pytest.mark.parametrize("form", FORMS)
def test_blank_forms_print_without_a_case(form: str, tmp_path: Path) -> None:
    pdf = render_blank(form=form, langs="sq+sr-Cyrl", epoch=EPOCH)
    extracted = all_text(pdf)
    assert text(f"title.{form}", "sr-Cyrl") in extracted
    assert text("blank", "sq") in extracted
    assert "Petrović" not in extracted
    meta = reader(pdf).metadata
    assert meta is not None and META_PAYLOAD not in meta and META_DETAIL in meta
    assert_fonts_embedded(pdf)
    exe = need_tool("qpdf")
    path = tmp_path / "blank.pdf"
    path.write_bytes(pdf)
    assert subprocess.run([exe, "--check", str(path)], capture_output=True).returncode == 0


def test_language_choice_is_checked() -> None:
    assert parse_langs("sq+sr-Cyrl") == ("sq", "sr-Cyrl")
    assert parse_langs("sr-Cyrl+sq+en") == ("sr-Cyrl", "sq", "en")
    assert parse_langs("sr-Cyrl") == ("sq", "sr-Cyrl")
    assert parse_langs(None) == ("sq", "sr-Latn")
    for bad in ("sq+en", "sq+sr-Latn+sr-Cyrl", "sq+de", "sq+sq+sr-Latn", "sr-Latn+en"):
        with pytest.raises(ValueError):
            parse_langs(bad)
    with pytest.raises(UserError):
        render_document(as_stored(household_case()), form="consent", langs="sq+fr")
    with pytest.raises(UserError):
        render_document(as_stored(household_case()), form="leaflet")


def test_office_name_and_logo_are_in_the_header(doc: dict[str, Any], tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 80), (20, 60, 140)).save(logo)
    pdf = render_document(doc, form="consent", epoch=EPOCH,
                          office=Office(name="Zyra Komunale Shtërpcë / Opštinska kancelarija Štrpce",
                                        logo=logo.read_bytes()))
    r = reader(pdf)
    assert "Zyra Komunale Shtërpcë / Opštinska kancelarija Štrpce" in all_text(pdf)


    def images(resources: Any) -> int:
        found = 0
        xobjects = resources.get_object().get("/XObject") or {}
        for ref in xobjects.values():
            xobj = ref.get_object()
            if xobj["/Subtype"] == "/Image":
                found += 1
            elif "/Resources" in xobj:
                found += images(xobj["/Resources"])
        return found

    for page in r.pages:
        assert images(page["/Resources"]) == 1  # the logo, on every page


# --- pagination --------------------------------------------------------------------------------

def _big_household() -> dict[str, Any]:
    doc = as_stored(household_case(sensitive=False))
    doc["members"] = [{**doc["members"][i % 5], "given_name": f"Arbër{i:02d}",
                       "family_name": "Hoxha", "relationship": "head" if i == 0 else "child"}
                      for i in range(40)]
    categories = ["housing_reconstruction", "food", "firewood", "health", "transport"]
    doc["needs"] = [{"category": categories[i % 5], "priority": "high",
                     "note": f"need-note-{i:02d} " + "detail " * (i % 4)} for i in range(30)]
    return doc


def _runs(page: Any) -> list[tuple[float, float, str]]:
    runs: list[tuple[float, float, str]] = []

    def visit(t: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if t.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, t.strip()))

    page.extract_text(visitor_text=visit)
    return runs


def test_forty_members_and_thirty_needs_paginate_with_repeated_headers() -> None:
    doc = _big_household()
    pdf = render_document(doc, form="application", langs="sq+sr-Latn", epoch=EPOCH)
    pages = reader(pdf).pages
    assert len(pages) >= 3
    seen_members: list[int] = []
    seen_needs: list[int] = []
    member_pages = need_pages = 0
    for number, page in enumerate(pages, start=1):
        runs = _runs(page)
        members = [(y, int(m.group(1))) for _, y, t in runs
                   for m in [re.fullmatch(r"Arbër(\d\d) Hoxha", t)] if m]
        needs = [(y, int(m.group(1))) for _, y, t in runs
                 for m in [re.match(r"need-note-(\d\d)", t)] if m]
        body = [(y, t) for _, y, t in runs if FRAME_BOTTOM - 1 <= y <= FRAME_TOP + 1]
        for _, y, t in runs:
            # Text sits in the body frame, the header band or the footer: never between them.
            assert (y >= HEADER_BOTTOM or y <= FOOTER_TOP or FRAME_BOTTOM - 1 <= y <= FRAME_TOP + 1), \
                f"page {number}: {t!r} at y={y:.1f} is outside the frame"
        for rows, header, seen in ((members, text("col.name", "sq"), seen_members),
                                   (needs, text("col.need", "sq"), seen_needs)):
            if not rows:
                continue
            top_row = max(y for y, _ in rows)
            headers = [y for y, t in body if t == header]
            assert headers and max(headers) > top_row, \
                f"page {number}: no table header above the first row"
            ys = [y for y, _ in rows]
            assert ys == sorted(ys, reverse=True), f"page {number}: rows out of order"
            gaps = [a - b for a, b in zip(ys, ys[1:], strict=False)]
            assert all(g >= 8 for g in gaps), f"page {number}: rows overlap ({min(gaps):.1f} pt)"
            assert min(ys) >= FRAME_BOTTOM
            seen.extend(i for _, i in rows)
        member_pages += bool(members)
        need_pages += bool(needs)
    assert seen_members == list(range(40))
    assert seen_needs == list(range(30))
    assert member_pages >= 2 and need_pages >= 2, (member_pages, need_pages)


def _household_of(rng: random.Random, size: int) -> dict[str, Any]:
    sensitive = rng.random() < 0.7
    doc = as_stored(household_case(sensitive=sensitive))
    base = doc["members"]
    documents = ["id_card", "passport", "birth_certificate", "civil_registration"]
    doc["members"] = [{**base[i % len(base)], "relationship": "head" if i == 0 else "child",
                       "documents": rng.sample(documents, rng.randint(0, 3)),
                       "personal_number": rng.choice([None, "1234567890123"])}
                      for i in range(size)]
    categories = ["housing_repair", "food", "firewood", "health", "transport", "furniture",
                  "school_enrolment", "legal_aid_property"]
    doc["needs"] = [{"category": c, "priority": "low", "note": "x " * rng.randint(0, 40)}
                    for c in rng.sample(categories, rng.randint(0, len(categories)))]
    doc["vulnerabilities"] = rng.sample(doc["vulnerabilities"], rng.randint(0, 3))
    doc["assistance"] = doc["assistance"] * rng.randint(0, 6)
    doc["referrals"] = doc["referrals"] * rng.randint(0, 3)
    doc["interview"]["notes"] = "Lorem ipsum. " * rng.randint(0, 60)
    doc["history"] = doc["history"] * rng.randint(1, 6)
    return doc


def test_every_household_shape_lays_out() -> None:
    # Section blocks kept together, headings that need room below them and tables that split
    # must agree for any amount of content: a layout error would stop a print in the field.
    rng = random.Random(20261120)
    for _ in range(12):
        doc = _household_of(rng, rng.randint(1, 16))
        langs = rng.choice(["sq+sr-Latn", "sq+sr-Cyrl", "sq+sr-Cyrl+en"])
        for form in FORMS:
            pdf = render_document(doc, form=form, langs=langs, epoch=EPOCH)
            assert len(reader(pdf).pages) >= 1


def test_kept_sections_and_headings_fit_at_any_height_on_the_page() -> None:
    # Walk a short kept section (heading + fields) and a heading + table down the whole page:
    # wherever the page break falls, the layout must succeed and never split a kept block.
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from fieldapp.forms.layout import CONTENT_W, FormBuilder, PageDecor, build_pdf

    decor = PageDecor(form="consent", langs=("sq", "sr-Latn"), office_name="Office", logo=None,
                      case_number=None, revision=None, printed_on=dt.date(2026, 11, 18),
                      epoch=EPOCH, payload=None, metadata={})
    height = FRAME_TOP - FRAME_BOTTOM
    for offset in range(0, int(height), 5):
        b = FormBuilder(("sq", "sr-Latn"))
        story = [Spacer(CONTENT_W, offset),
                 b.section("sec.displacement", b.fields([("displacement.category", "x"),
                                                         ("displacement.since", "1999")])),
                 b.heading("sec.needs"),
                 b.table([("col.no", 8 * mm), ("col.need", CONTENT_W - 8 * mm)],
                         [["", f"need {i}"] for i in range(3)])]
        pages = len(reader(build_pdf(story, decor, title="t", subject="s", author="a",
                                     creator="c")).pages)
        assert pages in (1, 2), (offset, pages)

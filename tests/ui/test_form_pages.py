"""Form pages rasterised in memory through PDFium, with no program outside the app."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from fieldapp.forms.service import render_blank
from ui.forms import pages


@pytest.fixture(scope="module")
def blank_pdf() -> bytes:
    """A blank bilingual application form (several pages)."""
    return render_blank(form="application", langs="sq+sr-Cyrl", municipality="20")


def test_each_page_comes_back_as_a_png_of_the_asked_resolution(
        blank_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")  # no pdftoppm or any other program can be found
    images = pages.render_pages(blank_pdf, dpi=pages.PREVIEW_DPI)
    reader = PdfReader(io.BytesIO(blank_pdf))
    assert len(images) == len(reader.pages)
    for png, page in zip(images, reader.pages, strict=True):
        assert png.startswith(pages.PNG_SIGNATURE)
        image = Image.open(io.BytesIO(png))
        expected_width = float(page.mediabox.width) * pages.PREVIEW_DPI / 72
        assert abs(image.width - expected_width) <= 2
        # Not a blank sheet: the form's text and boxes are drawn.
        darkest, _lightest = image.convert("L").getextrema()
        assert isinstance(darkest, int) and darkest < 128


def test_grey_pages_for_the_printer_are_single_channel(blank_pdf: bytes) -> None:
    images = pages.render_pages(blank_pdf, dpi=150, gray=True)
    image = Image.open(io.BytesIO(images[0]))
    assert image.mode == "L"
    assert image.width > pages.PREVIEW_DPI * 8  # 150 dpi on an A4 sheet


def test_nothing_is_written_to_the_temp_folder(blank_pdf: bytes, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    pages.render_pages(blank_pdf)
    assert os.listdir(tmp_path) == []


def test_a_damaged_pdf_is_reported_as_failed() -> None:
    with pytest.raises(pages.PreviewUnavailable) as info:
        pages.render_pages(b"%PDF-1.7\nthis is not a PDF at all")
    assert info.value.reason == "failed"


def test_a_missing_renderer_is_reported_as_missing(
        blank_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "pdfium", lambda: None)
    with pytest.raises(pages.PreviewUnavailable) as info:
        pages.render_pages(blank_pdf)
    assert info.value.reason == "missing"

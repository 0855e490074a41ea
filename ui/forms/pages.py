"""PDF pages as PNG images, in memory, through PDFium (the ``pypdfium2`` wheel).

PySide6-Essentials has no QtPdf, and a PDF with names on it must never land on disk before the
officer saves it. PDFium opens the PDF from the bytes in memory and draws each page into a
bitmap in memory; each bitmap is encoded as PNG in memory. Nothing is written anywhere, and no
program outside the app is needed (``pypdfium2`` ships PDFium in its wheels for Linux, Windows
and macOS).

Runs on an I/O thread (a page takes tens of milliseconds at screen resolution). PDFium itself is
not thread-safe, so one lock serialises every call into it. When ``pypdfium2`` cannot be loaded,
:class:`PreviewUnavailable` says so; the dialog shows that instead of a preview.
"""

from __future__ import annotations

import io
import logging
import threading
from types import ModuleType
from typing import Any

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PREVIEW_DPI = 80
PRINT_DPI = 300
POINTS_PER_INCH = 72.0

log = logging.getLogger(__name__)

# PDFium keeps global state: two documents must never be worked on from two threads at once.
_PDFIUM_LOCK = threading.Lock()


class PreviewUnavailable(Exception):
    """Pages cannot be turned into images here; ``reason`` is ``missing`` or ``failed``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def pdfium() -> ModuleType | None:
    """The ``pypdfium2`` module, or None when it cannot be loaded in this installation."""
    try:
        import pypdfium2
    except ImportError:
        return None
    return pypdfium2


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI, *, gray: bool = False) -> list[bytes]:
    """Each page of ``pdf`` as PNG bytes at ``dpi``; raise :class:`PreviewUnavailable`."""
    module = pdfium()
    if module is None:
        raise PreviewUnavailable("missing")
    scale = float(dpi) / POINTS_PER_INCH
    try:
        with _PDFIUM_LOCK:
            return _render_all(module, pdf, scale, gray)
    except PreviewUnavailable:
        raise
    except Exception as exc:  # PDFium reports a damaged PDF in several ways; all mean "failed"
        log.warning("PDF pages could not be drawn (%s)", type(exc).__name__)
        raise PreviewUnavailable("failed") from None


def _render_all(module: Any, pdf: bytes, scale: float, gray: bool) -> list[bytes]:
    doc = module.PdfDocument(pdf)
    try:
        pages: list[bytes] = []
        for index in range(len(doc)):
            page = doc[index]
            try:
                bitmap = page.render(scale=scale, grayscale=gray)
                try:
                    image = bitmap.to_pil()
                finally:
                    bitmap.close()
            finally:
                page.close()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            pages.append(buffer.getvalue())
    finally:
        doc.close()
    if not pages:
        raise PreviewUnavailable("failed")
    return pages

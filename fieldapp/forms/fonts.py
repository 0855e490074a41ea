"""The embedded TrueType fonts of every form (DejaVu Sans, shipped in ``resources/fonts``).

The standard 14 PDF fonts lack ë, č, ђ and the rest of the letters field work writes, so every
piece of text in a form uses these fonts, and reportlab embeds the subset each document uses.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldapp.domain.errors import UserError
from resources import ROOT as RESOURCES_ROOT

FONT_DIR = RESOURCES_ROOT / "fonts"
REGULAR = "FieldAppSans"
BOLD = "FieldAppSans-Bold"
OBLIQUE = "FieldAppSans-Oblique"
FAMILY = "FieldAppSans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


class FontsMissing(UserError, RuntimeError):
    """The shipped font files are not where the installation put them."""


def register_fonts() -> None:
    """Register the form fonts with reportlab once per process (safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = FONT_DIR / filename
            if not path.is_file():
                raise FontsMissing("forms.font_missing", path=str(path))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside paragraphs must resolve to these faces, never to Helvetica.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, OBLIQUE)
        addMapping(FAMILY, 1, 1, BOLD)
        _registered = True

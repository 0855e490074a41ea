"""Keep the Serbian Cyrillic translation in step with the Serbian Latin one.

Serbian has one official correspondence between its two alphabets, so translators work on
``fieldapp_sr_Latn.ts`` (in Qt Linguist) and this script writes ``fieldapp_sr_Cyrl.ts`` from it.
Product and format names, shortcuts and the Latin search example stay in Latin letters.

Usage: ``.venv/bin/python resources/translations/sync_cyrillic.py``
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from fieldapp.text.folding import latin_to_cyrillic  # noqa: E402

# Kept in Latin letters inside Cyrillic text.
KEEP_LATIN = (r"Ctrl\+(?:Shift\+)?\w+", r"\bF\d+\b", r"FieldApp", r"UTF-8", r"\.jsonl", r"\.json",
              r"\.csv", r"JSONL", r"JSON", r"CSV", r"JMBG", r"Caps Lock", r"djordje", r"Đorđe",
              r"PgDown", r"PgUp", r"\btrue\b", r"\bfalse\b", r"\*\.\w+", r"\(\*\)",
              r"https?://\S+", r"SHA-256", r"\bPDF\b", r"\bUSB\b", r"\bKB\b", r"\bMB\b",
              r"poppler-utils", r"\bpoppler\b", r"pdftoppm", r"pypdfium2", r"sudo apt-get install", r"Debian/Ubuntu",
              r"\(\*%1\)")
_KEEP = re.compile("|".join(KEEP_LATIN))


def to_cyrillic(text: str) -> str:
    """Serbian Latin ``text`` in Serbian Cyrillic, leaving the :data:`KEEP_LATIN` parts alone."""
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    converted = latin_to_cyrillic(_KEEP.sub(keep, text))
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], converted)


def main() -> None:
    """Rewrite ``fieldapp_sr_Cyrl.ts`` from ``fieldapp_sr_Latn.ts``."""
    tree = ET.parse(HERE / "fieldapp_sr_Latn.ts")
    root = tree.getroot()
    root.set("language", "sr_Cyrl_RS")
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = to_cyrillic(translation.text)
    body = ET.tostring(root, encoding="unicode")
    (HERE / "fieldapp_sr_Cyrl.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

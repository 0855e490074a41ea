"""The compiled translations (``.qm``, kept beside their ``.ts`` sources and shipped in the
wheel and the frozen app) say exactly what the ``.ts`` sources say.

``make translations`` rebuilds them; this fails while a ``.qm`` is missing or older in content
than its ``.ts`` (a changed or added translation).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui.i18n import TRANSLATIONS_DIR

TS_FILES = sorted(TRANSLATIONS_DIR.glob("fieldapp_*.ts"))


def _finished(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message in ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            found.append((name, message.findtext("source") or "", node.text or ""))
    return found


def test_there_is_one_translation_per_ui_language() -> None:
    assert {p.stem for p in TS_FILES} == {"fieldapp_en", "fieldapp_sq", "fieldapp_sr_Latn",
                                          "fieldapp_sr_Cyrl"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_compiled_translation_matches_its_source(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run 'make translations'"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} cannot be loaded: run 'make translations'"
    stale = [f"{context}: {source[:60]!r}"
             for context, source, text in _finished(ts)
             if text and translator.translate(context, source) != text]
    assert stale == [], f"{qm.name} is stale, run 'make translations'; e.g. {stale[:3]}"

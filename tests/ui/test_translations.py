"""Every user-visible string in ``ui/`` is translated, and the four translations are complete."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("en", "sq", "sr_Latn", "sr_Cyrl")

# Qt calls whose string arguments are shown to the user.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setSubTitle", "setTabText", "addTab", "insertTab", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setButtonText", "addItem", "addItems",
    "insertItem", "setItemText", "addButton", "showMessage", "addMenu", "addRow", "insertRow",
    "setLabelText", "setAccessibleName", "setAccessibleDescription", "setSpecialValueText",
    "setSuffix", "setPrefix", "setFormat", "setWindowIconText", "information", "warning",
    "critical", "question", "about", "getInt", "getText", "getItem", "getOpenFileName",
    "getSaveFileName", "getExistingDirectory", "setInformativeText", "setDetailedText",
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QListWidgetItem", "QTableWidgetItem", "QMenu", "QMessageBox", "QCommandLinkButton",
}
TRANSLATE = {"tr", "translate"}


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _untranslated(node: ast.AST) -> str | None:
    """The offending text if ``node`` is a string shown as is; None when it is fine."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return literal if _has_letters(literal) else None
    if isinstance(node, ast.BinOp):  # "a" + b
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        for elt in node.elts:
            found = _untranslated(elt)
            if found:
                return found
    return None


def _call_name(call: ast.Call) -> str:
    f = call.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def find_untranslated(source: str, filename: str = "<ui>") -> list[tuple[int, str]]:
    """(line, text) of string literals passed to a text-showing Qt call without translation."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in TEXT_METHODS and name not in TEXT_CLASSES:
            continue
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in ("log", "logger", "logging", "warnings"):
            continue  # log lines are for the log, in English, never shown
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            text = _untranslated(arg)
            if text:
                found.append((node.lineno, text))
    return found


def test_the_checker_catches_bare_strings() -> None:
    bad = 'label.setText("Save")\nQPushButton(f"Open {x}")\nbox.addButton("OK", role)\n'
    good = 'label.setText(self.tr("Save"))\nlabel.setText("")\nlabel.setText(f"{a} · {b}")\n' \
           'x.setText(QCoreApplication.translate("C", "Save"))\nlabel.setText(name)\n'
    assert [t for _, t in find_untranslated(bad)] == ["Save", "Open ", "OK"]
    assert find_untranslated(good) == []


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_user_visible_string_is_wrapped_for_translation(path: Path) -> None:
    problems = find_untranslated(path.read_text(encoding="utf-8"), str(path))
    assert not problems, "wrap these in self.tr() or QCoreApplication.translate(): " + ", ".join(
        f"line {line}: {text!r}" for line, text in problems)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in ``ui/`` today."""
    out = tmp_path_factory.mktemp("lupdate") / "probe.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    files = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([str(lupdate), "-silent", *files, "-ts", str(out)], check=True, capture_output=True)
    return set(_messages(out))


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_is_complete_and_current(lang: str, current_sources: set[tuple[str, str]]) -> None:
    ts = TRANSLATIONS / f"fieldapp_{lang}.ts"
    messages = _messages(ts)
    missing = current_sources - set(messages)
    assert not missing, f"run lupdate and translate: {sorted(missing)[:5]}"
    unfinished = []
    for key, msg in messages.items():
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
            unfinished.append(key)
            continue
        source = key[1]
        for marker in sorted(set(re.findall(r"%\d", source))):
            assert marker in (tr.text or ""), f"{lang}: {marker} lost in {source!r}"
        assert (tr.text or "").count("&") <= max(1, source.count("&")), f"{lang}: accelerators in {source!r}"
    assert not unfinished, f"{lang}: unfinished entries {unfinished[:5]}"
    assert set(messages) == current_sources, "the .ts holds strings the code no longer uses"


def test_serbian_cyrillic_matches_serbian_latin() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("sync_cyrillic", TRANSLATIONS / "sync_cyrillic.py")
    assert spec is not None and spec.loader is not None
    sync = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sync)
    latin = _messages(TRANSLATIONS / "fieldapp_sr_Latn.ts")
    cyrillic = _messages(TRANSLATIONS / "fieldapp_sr_Cyrl.ts")
    assert set(latin) == set(cyrillic)
    mismatched = [(key[1], cyrillic[key].findtext("translation"))
                  for key, msg in latin.items()
                  if cyrillic[key].findtext("translation") != sync.to_cyrillic(msg.findtext("translation") or "")]
    assert not mismatched, f"run resources/translations/sync_cyrillic.py: {mismatched[:3]}"
    assert sync.to_cyrillic("Sačuvaj predmet (Ctrl+S)") == "Сачувај предмет (Ctrl+S)"
    assert sync.to_cyrillic("Ljiljana i Njegoš u FieldApp") == "Љиљана и Његош у FieldApp"


@pytest.mark.parametrize("lang", ["sq", "sr-Latn", "sr-Cyrl"])
def test_translations_load_and_apply_at_run_time(qapp: Any, lang: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.about import AboutDialog
    from ui.i18n import Translations

    translations = Translations()
    try:
        assert translations.set_language(lang) == lang
        qapp.processEvents()
        assert QCoreApplication.translate("Errors", "Something went wrong") != "Something went wrong"
        # self.tr() in a class uses the class name as context, as lupdate records it.
        dialog = AboutDialog()
        assert dialog.close_button.text() == QCoreApplication.translate("AboutDialog", "Close") != "Close"
        dialog.deleteLater()
    finally:
        translations.set_language("en")

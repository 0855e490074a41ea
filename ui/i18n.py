"""Languages of the desktop app: Qt Linguist translations and code-list labels.

The four UI languages are English (the source language), Albanian, Serbian Latin and Serbian
Cyrillic. Widget texts come from ``resources/translations/fieldapp_<lang>.qm`` (built from the
``.ts`` sources by the Makefile); labels of codes (statuses, needs, municipalities…) come from the
reference data in the chosen language, so an office that adds a code also gives its labels.

Switching language installs another translator; Qt then sends every widget a ``LanguageChange``
event and each widget relabels itself (``retranslate``), so no restart is needed.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from fieldapp.domain.reference import UI_LANGUAGES, shipped
from resources import ROOT as RESOURCES_ROOT

log = logging.getLogger("ui.i18n")

TRANSLATIONS_DIR = RESOURCES_ROOT / "translations"
DEFAULT_LANGUAGE = "en"
_QT_LOCALES = {"en": "en_GB", "sq": "sq_AL", "sr-Latn": "sr_Latn_RS", "sr-Cyrl": "sr_Cyrl_RS"}

_current = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language the UI is shown in (``en``, ``sq``, ``sr-Latn`` or ``sr-Cyrl``)."""
    return _current


def qm_path(lang: str) -> Path:
    """Where the compiled translation of ``lang`` lives."""
    return TRANSLATIONS_DIR / f"fieldapp_{lang.replace('-', '_')}.qm"


def native_name(lang: str) -> str:
    """The language's own name for itself (shown in the language menu, never translated)."""
    return shipped().label("language", lang, lang)


def label(list_name: str, code: str | None, lang: str | None = None) -> str:
    """The label of ``code`` from the reference list ``list_name`` in the UI language."""
    if not code:
        return ""
    return shipped().label(list_name, code, lang or _current)


def municipality_label(code: str | None, lang: str | None = None) -> str:
    """The municipality's name in the UI language (the code itself when unknown)."""
    if not code:
        return ""
    m = shipped().municipalities.get(code)
    return m.name(lang or _current) if m else code


def fmt(text: str, *args: object) -> str:
    """Fill Qt-style ``%1``, ``%2``… placeholders of a translated ``text``."""
    values = [str(a) for a in args]

    def repl(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return values[i] if 0 <= i < len(values) else m.group(0)

    return re.sub(r"%(\d)", repl, text)


def normalise_language(lang: str | None) -> str:
    """A supported UI language for ``lang`` (accepts ``sr_Cyrl``, ``sr-cyrl``…), else English."""
    if not lang:
        return DEFAULT_LANGUAGE
    wanted = lang.replace("_", "-").lower()
    for code in UI_LANGUAGES:
        if code.lower() == wanted:
            return code
    return DEFAULT_LANGUAGE


class Translations(QObject):
    """Installs the translator of the chosen language on the application."""

    language_changed = Signal(str)
    """Emitted after the UI language changed; carries the new language code. Widgets relabel
    themselves on Qt's ``LanguageChange`` event; this signal is for code that is not a widget."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._translator: QTranslator | None = None

    def set_language(self, lang: str) -> str:
        """Show the UI in ``lang`` from now on; returns the language actually used."""
        global _current
        lang = normalise_language(lang)
        app = QCoreApplication.instance()
        translator: QTranslator | None = QTranslator(self)
        path = qm_path(lang)
        assert translator is not None
        if not translator.load(str(path)):
            if lang != DEFAULT_LANGUAGE:
                log.warning("translation file for %s is missing; run 'make translations'", lang)
            translator = None
        # The language is set before the translator changes, so widgets that relabel on the
        # LanguageChange event already see it when they read code-list labels.
        _current = lang
        QLocale.setDefault(QLocale(_QT_LOCALES[lang]))
        if app is not None:
            if self._translator is not None:
                app.removeTranslator(self._translator)
            if translator is not None:
                app.installTranslator(translator)
        self._translator = translator
        self.language_changed.emit(lang)
        return lang

"""Window layout and preferences, in an INI file inside the workspace folder.

The file holds only layout and preferences: window geometry, splitter and column widths, the UI
language, the auto-lock delay and the *slot id* of the officer who last unlocked (a random id,
never a name). Nothing here names a person.

Qt's own settings (for instance the file dialog's recent folders) are redirected to the same
folder by :func:`redirect_qt_settings`, so the app writes nothing to the user's global
configuration.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_NAME = "ui.ini"
QT_SETTINGS_DIR = "ui-qt"
DEFAULT_AUTOLOCK_MINUTES = 10


def redirect_qt_settings(root: Path) -> None:
    """Send every ``QSettings`` Qt itself writes (user and system scope) under ``root``."""
    target = str(Path(root) / QT_SETTINGS_DIR)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, target)


class UiSettings:
    """Typed access to ``ui.ini`` of one workspace folder."""

    def __init__(self, root: Path):
        self.path = Path(root) / SETTINGS_NAME
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any = None) -> Any:
        return self._qs.value(key, default)

    def _set(self, key: str, value: Any) -> None:
        if not self.path.parent.exists():
            return  # no workspace folder yet: nothing is written before it exists
        self._qs.setValue(key, value)

    def sync(self) -> None:
        """Write pending values to disk."""
        if self.path.parent.exists():
            self._qs.sync()

    # --- preferences ------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        """The UI language last chosen, or None."""
        value = self._get("ui/language")
        return str(value) if value else None

    @language.setter
    def language(self, lang: str) -> None:
        self._set("ui/language", lang)

    @property
    def autolock_minutes(self) -> int:
        """Idle minutes before the app locks itself."""
        try:
            return max(1, int(self._get("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MINUTES

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        self._set("security/autolock_minutes", int(minutes))

    @property
    def last_slot(self) -> str | None:
        """The key-slot id (not the name) of the officer who last unlocked."""
        value = self._get("security/last_slot")
        return str(value) if value else None

    @last_slot.setter
    def last_slot(self, slot_id: str) -> None:
        self._set("security/last_slot", slot_id)

    # --- layout -------------------------------------------------------------------------------
    def layout(self, key: str) -> QByteArray | None:
        """A saved Qt state blob (window geometry, header state…)."""
        value = self._get(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, key: str, value: QByteArray) -> None:
        """Remember a Qt state blob."""
        self._set(f"layout/{key}", value)

"""Icons shipped as SVG in ``resources/icons``: sharp at any screen scale (high-DPI laptops)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resources import ROOT as RESOURCES_ROOT

ICONS_DIR = RESOURCES_ROOT / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when it does not exist)."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()

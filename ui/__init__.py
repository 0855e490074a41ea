"""The PySide6 desktop application."""

from ui._pyside_fix import apply as _apply_pyside_fix

# Before any Qt call from Python: see ui/_pyside_fix.py.
_apply_pyside_fix()

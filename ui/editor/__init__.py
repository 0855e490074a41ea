"""The case editor: tabs for every section of a case, inline validation and autosave."""

from ui.editor.editor import CaseEditor

__all__ = ["CaseEditor"]

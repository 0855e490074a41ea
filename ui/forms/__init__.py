"""PDF forms in the desktop app: the Forms dialog (preview, save, print, blank forms, batches).

:func:`forms_dialog` is the factory registered for Case ▸ Forms… (see :mod:`ui.extensions`);
the dialog itself is imported only when first opened, since it brings in the PDF renderer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ui.extensions import ExtensionContext


def forms_dialog(ctx: ExtensionContext) -> QDialog:
    """The Forms dialog for the context's current case (a blank-form dialog when there is none)."""
    from ui.forms.dialog import BLANK, CASE, FormsDialog

    case_id = ctx.current_case_id()
    if case_id is None:
        return FormsDialog(ctx.executor, mode=BLANK, parent=ctx.window)
    return FormsDialog(ctx.executor, mode=CASE, case_id=case_id, parent=ctx.window)


__all__ = ["forms_dialog"]

"""The installed desktop app, offscreen, in Albanian: its windows show Albanian text.

Run with the Python of the environment under check (a fresh virtualenv with the wheel, not the
source tree). ``python gui_smoke.py WORKSPACE EMPTY_FOLDER FORM.pdf``: the unlock window of an existing
workspace, the main window built behind it, and the first-run wizard of an empty folder must
all come up in Albanian, with the expected wording taken from the installed ``.ts`` source; and
the form's pages must rasterise for the preview (PDFium, no outside program).
"""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def albanian(context: str, source: str) -> str:
    """The Albanian translation of ``source`` in ``context``, from the installed sources."""
    from ui.i18n import TRANSLATIONS_DIR

    root = ET.parse(TRANSLATIONS_DIR / "fieldapp_sq.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                text = message.findtext("translation") or ""
                if text and text != source:
                    return text
    raise SystemExit(f"no Albanian translation of {source!r} in {context}")


def check(label: str, shown: str, expected: str) -> None:
    """Fail loudly unless ``shown`` is ``expected``."""
    if shown != expected:
        raise SystemExit(f"{label}: shows {shown!r}, expected Albanian {expected!r}")
    print(f"ok {label}: {shown}")


def settle(ms: int = 300) -> None:
    """Let the windows' start-up work (timers, store operations) finish before closing them."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def preview(pdf: Path) -> None:
    """The form preview's page images, as the Forms dialog makes them."""
    from ui.forms.pages import PNG_SIGNATURE, render_pages

    pages = render_pages(pdf.read_bytes())
    if not pages or not all(p.startswith(PNG_SIGNATURE) for p in pages):
        raise SystemExit("the form preview produced no page images")
    print(f"ok form preview: {len(pages)} page image(s)")


def main(workspace: Path, empty: Path, pdf: Path) -> int:
    """Open the windows offscreen and compare their texts."""
    import ui
    from ui.app import DesktopApp, configure_application
    from ui.i18n import qm_path

    if Path(ui.__file__).resolve().is_relative_to(Path(__file__).resolve().parents[1]):
        raise SystemExit("this check must run against the installed app, not the source tree")
    if not qm_path("sq").exists():
        raise SystemExit(f"the Albanian translation is not installed: {qm_path('sq')}")
    app = configure_application()

    desktop = DesktopApp(app, workspace, "sq")
    desktop.start()
    settle()
    assert desktop.unlock_window is not None, "a workspace opens on the unlock window"
    check("unlock window", desktop.unlock_window.windowTitle(),
          albanian("UnlockWindow", "FieldApp — unlock"))
    main_window = desktop.build_main()
    check("main window Case menu", main_window.case_menu.title(),  # type: ignore[attr-defined]
          albanian("MainWindow", "&Case"))
    check("main window Help menu", main_window.help_menu.title(),  # type: ignore[attr-defined]
          albanian("MainWindow", "&Help"))
    desktop.unlock_window.close()
    main_window.close()
    settle()
    desktop.shutdown()

    first_run = DesktopApp(app, empty, "sq")
    first_run.start()
    settle()
    assert first_run.wizard is not None, "an empty folder opens on the first-run wizard"
    check("first-run wizard", first_run.wizard.windowTitle(),
          albanian("FirstRunWizard", "FieldApp — first start"))
    first_run.wizard.close()
    settle()
    first_run.shutdown()
    preview(pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))

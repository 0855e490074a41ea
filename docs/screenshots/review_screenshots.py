"""Screenshots of the review desk at 1366×768, in English and Serbian Cyrillic (offscreen): the
queue, the decision dialog with a return's comment, and a duplicate compared side by side.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/review_screenshots.py``

The laptop is a supervisor's, enrolled for three municipalities (the enrolment record written as
the sync engine writes it), holding households that three officers recorded, some of them twice.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")

from make_screenshots import PASSPHRASE, RICH_CASE  # noqa: E402

SIZE = (1366, 768)
SUPERVISOR = "Drita Hoxha"
OFFICERS = ("Arta Krasniqi", "Milan Jovanović", "Besnik Gashi")
SCOPE = ("20", "19", "17")
PLACES = {"20": ("Prizren", "Landovicë", "Zhur"), "19": ("Prishtinë", "Graçanicë"), "17": ("Pejë", "Goraždevac")}


def _again(doc: dict[str, Any]) -> dict[str, Any]:
    """The same household recorded again by another officer: names in Latin without diacritics."""
    from fieldapp.text.folding import cyrillic_to_latin

    twin = copy.deepcopy(doc)
    twin["members"] = [dict(m, given_name=cyrillic_to_latin(m["given_name"]).replace("Đ", "Dj").replace("đ", "dj"),
                            family_name=cyrillic_to_latin(m["family_name"]).replace("ć", "c"), script="Latn")
                       for m in doc["members"][:2]]
    twin["members"][0]["personal_number"] = "1004958720015"
    twin["notes"] = []
    twin["assistance"] = []
    twin["referrals"] = []
    return twin


def build_workspace(root: Path) -> dict[str, str]:
    """The supervisor's laptop; returns the ids of the rich case and its second record."""
    from sqlalchemy import select, update

    from bench.gen_cases import generate
    from fieldapp.store import cases, remote
    from fieldapp.store.context import utc_now
    from fieldapp.store.models import Case, Transition
    from fieldapp.store.workspace import Workspace

    ws = Workspace.create(root, officer=SUPERVISOR, municipality="20", passphrase=PASSPHRASE, role="supervisor")
    try:
        for officer in OFFICERS:
            ws.add_officer(officer, PASSPHRASE, role="officer")
        with ws.write() as ctx:
            ctx.set_meta(remote.ENROLMENT, {
                "device_id": "dev-supervisor", "user": SUPERVISOR, "role": "supervisor",
                "municipalities": list(SCOPE), "hq_url": "https://hq.example.org", "hq_id": "hq",
                "enrolled_at": utc_now()})
    finally:
        ws.close()
    rng = random.Random(7)
    generated = list(generate(60, 23))
    rich = copy.deepcopy(RICH_CASE)
    rich["status"] = "submitted"
    rich["members"][0]["personal_number"] = "1004958720015"
    rich["assistance"] = []
    ids: dict[str, str] = {}
    days: dict[str, int] = {}
    for n, officer in enumerate(OFFICERS):
        ws = Workspace.open(root, PASSPHRASE, officer=officer)
        try:
            with ws.write() as ctx:
                if n == 0:
                    ids["rich"] = cases.create_case(ctx, rich)["id"]
                    days[ids["rich"]] = 34
                if n == 1:
                    ids["again"] = cases.create_case(ctx, _again(rich))["id"]
                    days[ids["again"]] = 9
                for i, doc in enumerate(generated[n::3]):
                    muni = SCOPE[i % 3]
                    doc = dict(doc, municipality=muni, settlement=rng.choice(PLACES[muni]),
                               case_type="displaced_return",
                               status="under_review" if rng.random() < 0.3 else "submitted")
                    case_id = cases.create_case(ctx, doc)["id"]
                    days[case_id] = rng.randint(1, 75)
        finally:
            ws.close()
    ws = Workspace.open(root, PASSPHRASE, officer=SUPERVISOR)
    try:
        now = dt.datetime.now(dt.UTC)
        with ws.write() as ctx:
            s = ctx.session
            for case_id, d in days.items():
                pk = s.execute(select(Case.pk).where(Case.id == case_id)).scalar_one()
                at = (now - dt.timedelta(days=d, hours=2)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
                s.execute(update(Transition).where(Transition.case_pk == pk).values(at=at))
    finally:
        ws.close()
    return ids


def composite(window: Any, dialog: Any) -> Any:
    """The window with the dialog centred over it and the window dimmed, as a person sees it."""
    from PySide6.QtGui import QColor, QPainter

    shot = window.grab()
    over = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
    x = (shot.width() - over.width()) // 2
    y = (shot.height() - over.height()) // 2
    painter.fillRect(x - 1, y - 1, over.width() + 2, over.height() + 2, QColor("#5f6368"))
    painter.drawPixmap(x, y, over)
    painter.end()
    return shot


def main() -> None:
    """Build the laptop, drive the real windows and save the PNGs next to this script."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ui.app import configure_application
    from ui.executor import StoreExecutor
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.ops import submit
    from ui.ops.setup import unlock as open_workspace
    from ui.settings import UiSettings

    app = configure_application()
    work = Path(tempfile.mkdtemp(prefix="fieldapp-review-shots-"))
    root = work / "ws"
    ids = build_workspace(root)
    executor = StoreExecutor()
    translations = Translations()

    def settle(ms: int = 200) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end or executor.pending:
            app.processEvents()

    def until(check: Any, seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        while not check() and time.monotonic() < end:
            app.processEvents()
        settle()

    def type_into(widget: Any, text: str) -> None:
        widget.setFocus()
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    comments = {
        "en": "The birth certificate of Milica is missing, and the KPA decision is not attached. "
              "Add both to the documents and submit the case again.",
        "sr-Cyrl": "Недостаје извод из матичне књиге рођених за Милицу, а решење КПА није приложено. "
                   "Додајте оба документа и поново поднесите предмет.",
    }
    for lang in ("en", "sr-Cyrl"):
        translations.set_language(lang)
        settle()
        got: dict[str, Any] = {}
        submit(executor, open_workspace(root=root, passphrase=PASSPHRASE, officer=SUPERVISOR), done=lambda o, got=got: got.setdefault("o", o))
        until(lambda got=got: "o" in got)
        outcome = got["o"]
        window = MainWindow(executor, root, UiSettings(work / f"settings-{lang}"), translations)
        window.resize(*SIZE)
        window.show()
        window.start_session(outcome.officer, outcome.slot_id, outcome.role)
        queue = window.desk["review"]
        until(lambda queue=queue: queue.loaded and queue.shown_case() is not None)
        if window.recovery_dialog is not None:
            window.recovery_dialog.close()
        queue.select_case(ids["rich"])
        until(lambda queue=queue: (queue.shown_case() or {}).get("id") == ids["rich"])
        window.grab().save(str(HERE / f"review-queue-{lang}.png"))
        print("saved", f"review-queue-{lang}")

        dialog = queue.decide("return")
        until(lambda dialog=dialog: dialog.isVisible())
        type_into(dialog.comment, comments[lang])
        settle(300)
        composite(window, dialog).save(str(HERE / f"review-decision-{lang}.png"))
        print("saved", f"review-decision-{lang}")
        dialog.reject()
        settle()

        queue.select_case(ids["again"])
        until(lambda queue=queue: (queue.shown_case() or {}).get("id") == ids["again"])
        dialog = queue.decide("duplicate")
        # The offscreen display is 800×600: give the dialog the size it takes on a 1366×768 one.
        dialog.resize(1240, 700)
        until(lambda dialog=dialog: dialog.picker.chosen is not None)
        settle(400)
        composite(window, dialog).save(str(HERE / f"review-duplicates-{lang}.png"))
        print("saved", f"review-duplicates-{lang}")
        dialog.reject()
        settle()

        window.close()
        window.deleteLater()
        executor.submit(lambda st: st.lock())
        settle(300)
    executor.shutdown()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

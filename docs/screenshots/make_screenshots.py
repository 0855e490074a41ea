"""Screenshots of the desktop app for the README, in English and Serbian Cyrillic (offscreen).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [PREFIX…]``

With prefixes (``editor-``), only the screenshots whose names start with one of them are written.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDAPP_KDF_TARGET_MS", "1")

PASSPHRASE = "correct horse battery staple"
OFFICER = "Arta Krasniqi"
SIZE = (1280, 800)

RICH_CASE: dict[str, Any] = {
    "case_type": "displaced_return", "municipality": "20", "settlement": "Prizren",
    "return_mode": "organised", "intention_registered_on": "2026-10-02",
    "origin": {"municipality": "20", "settlement": "Prizren"},
    "displacement": {"category": "displaced_in_region", "location": "Kraljevo, Serbia", "since": "1999-06"},
    "interview": {"date": "2026-11-20", "place": "Prizren, MOCR office", "officer": OFFICER,
                  "language": "sr-Cyrl", "interpreter": True, "interpreter_name": "Besa Morina",
                  "notes": "The family wants to return before winter; the house roof is destroyed."},
    "members": [
        {"given_name": "Ђорђе", "family_name": "Петровић", "script": "Cyrl", "sex": "M",
         "date_of_birth": "1958", "relationship": "head", "documents": ["id_card"],
         "community": "serb", "chronic_illness": True},
        {"given_name": "Јелена", "family_name": "Петровић", "script": "Cyrl", "sex": "F",
         "date_of_birth": "1961-03", "relationship": "spouse", "documents": ["id_card", "passport"],
         "community": "serb"},
        {"given_name": "Milica", "family_name": "Petrović", "script": "Latn", "sex": "F",
         "date_of_birth": "2012-09-14", "relationship": "grandchild", "documents": ["birth_certificate"],
         "community": "serb", "education": "Primary school"},
    ],
    "property": {"tenure": "damaged", "cadastral_municipality": "Prizren", "cadastral_zone": "Prizren",
                 "parcel": "1234/5", "evidence": "Possession list of 1998, photographs",
                 "claim_number": "KPA-12345", "claim_decision": "Claim granted in 2008"},
    "vulnerabilities": ["older_person_without_support", "serious_medical_condition", "child_under_15"],
    "needs": [{"category": "housing_reconstruction", "priority": "high", "note": "Roof and two rooms"},
              {"category": "firewood", "priority": "high", "note": "Before November"},
              {"category": "health", "priority": "medium", "note": "Medicines for diabetes"},
              {"category": "school_enrolment", "priority": "medium", "note": ""}],
    "consent": {"processing": True, "share_with_partners": True, "photos": False,
                "sensitive_data": True, "recorded_on": "2026-11-20", "recorded_by": OFFICER},
    "assistance": [
        {"item": "House reconstruction", "status": "planned", "donor": "European Union",
         "project": "EU-RRK V", "quantity": 1},
        {"item": "Firewood (m³)", "status": "delivered", "donor": "UNHCR", "project": "Winterisation 2026",
         "quantity": 6, "handover_date": "2026-11-21", "receipt_reference": "PZ-2026-114"},
        {"item": "Food for about three months", "status": "delivered", "donor": "UNHCR",
         "project": "Winterisation 2026", "quantity": 1, "handover_date": "2026-11-21",
         "receipt_reference": "PZ-2026-115"},
        {"item": "Furniture", "status": "planned", "donor": "Municipality of Prizren",
         "project": "MOCR returns fund", "quantity": 1},
    ],
    "referrals": [
        {"service": "civil_registry", "reason": "Birth certificate for Milica, born in Kraljevo in 2012",
         "date": "2026-11-20", "status": "open"},
        {"service": "health_service", "reason": "Diabetes treatment and medicines for Đorđe",
         "date": "2026-11-20", "status": "done"},
        {"service": "legal_aid_property", "reason": "Enforcement of the KPCVA decision on claim KPA-12345",
         "date": "2026-11-21", "status": "open"},
    ],
    "notes": [{"text": "First visit: the family lives with relatives in Kraljevo."}],
}


def build_workspace(root: Path) -> str:
    """A workspace with 300 generated households and one fully filled case; returns its id."""
    from bench.gen_cases import generate
    from fieldapp.store import cases
    from fieldapp.store.imports import import_records
    from fieldapp.store.workspace import Workspace

    ws = Workspace.create(root, officer=OFFICER, municipality="20", passphrase=PASSPHRASE)
    try:
        import_records(ws, [(f"record {i + 1}", d) for i, d in enumerate(generate(300, 11))])
        with ws.write() as ctx:
            rich = cases.create_case(ctx, RICH_CASE)
            cases.add_note(ctx, rich["id"], "Second visit: the roof was measured; a quote is expected.")
        return str(rich["id"])
    finally:
        ws.close()


CONFLICT_CASE: dict[str, Any] = {
    "case_type": "displaced_return", "municipality": "20", "settlement": "Landovicë",
    "displacement": {"category": "idp_in_kosovo", "location": "Ferizaj", "since": "1999-07"},
    "interview": {"date": "2026-11-18", "language": "sq", "interpreter": False, "notes": ""},
    "members": [{"given_name": "Shkëlzen", "family_name": "Berisha", "script": "Latn", "sex": "M",
                 "date_of_birth": "1966", "relationship": "head"}],
    "property": {"tenure": "destroyed"},
    "needs": [{"category": "housing_reconstruction", "priority": "high", "note": ""}],
    "consent": {"processing": True, "recorded_on": "2026-11-18"},
}
SUPERVISOR = "Drita Hoxha"
MOCR = "Valon Kelmendi"


def connect_to_hq(work: Path, root: Path, rich_id: str) -> Any:
    """A real HQ (``fieldapp-hq serve``): enrol the workspace, sync, have the supervisor return the
    rich case with a comment, make a conflict from a second laptop, leave two changes pending.
    Returns the HQ (stopped by the caller)."""
    from fieldapp.domain.reference import shipped
    from fieldapp.store import cases
    from fieldapp.store.workspace import Workspace
    from sync.engine.enrol import enrol
    from sync.engine.sync import SyncEngine
    from tests.sync.support import HqServer

    hq = HqServer(work / "hq", None, "sqlite")
    hq.init()
    hq.start()
    hq.add_user("officer", *shipped().municipalities, name=OFFICER)
    hq.add_user("supervisor", "20", name=SUPERVISOR)
    hq.add_user("mocr", "20", name=MOCR)
    ws = Workspace.open(root, PASSPHRASE)
    office = Workspace.create(work / "office", officer=MOCR, municipality="20", passphrase=PASSPHRASE)
    try:
        enrol(ws, url=hq.url, code=hq.code(OFFICER), fingerprint=hq.fingerprint)
        enrol(office, url=hq.url, code=hq.code(MOCR), fingerprint=hq.fingerprint)
        with ws.write() as ctx:
            conflict_id = cases.create_case(ctx, CONFLICT_CASE)["id"]
            cases.transition(ctx, rich_id, "submitted")
        with SyncEngine(ws) as engine:
            engine.sync()
        hq.review(rich_id, "return", SUPERVISOR,
                  "The birth certificate of Milica is missing: add it to the documents and submit again.")
        with SyncEngine(office) as engine:
            engine.sync()
        with office.write() as ctx:
            cases.update_case(ctx, conflict_id, {"needs": [
                {"category": "housing_repair", "priority": "high", "note": "Roof only"},
                {"category": "firewood", "priority": "medium", "note": ""}]})
        with SyncEngine(office) as engine:
            engine.sync()
        with ws.write() as ctx:
            cases.update_case(ctx, conflict_id, {"needs": [
                {"category": "housing_reconstruction", "priority": "high", "note": "Whole house"}]})
        with SyncEngine(ws) as engine:
            engine.sync()
        # Two changes made after the sync, waiting for the next one.
        from fieldapp.store.cases import list_cases

        with ws.read() as s:
            others = [c.id for c in list_cases(s, limit=8) if c.id not in (rich_id, conflict_id)][:2]
        with ws.write() as ctx:
            for cid in others:
                cases.add_note(ctx, cid, "Visited again; the family is still in Ferizaj.")
    finally:
        ws.close()
        office.close()
    return hq


def main() -> None:
    """Build a workspace, drive the real windows and save PNGs next to this script."""
    from PySide6.QtWidgets import QWizard

    from ui.app import configure_application
    from ui.executor import StoreExecutor
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.ops import submit
    from ui.ops.setup import unlock as open_workspace
    from ui.settings import UiSettings
    from ui.unlock import UnlockWidget
    from ui.wizard import FirstRunWizard

    app = configure_application()
    work = Path(tempfile.mkdtemp(prefix="fieldapp-shots-"))
    root = work / "ws"
    rich_id = build_workspace(root)
    hq = connect_to_hq(work, root, rich_id)
    hq.close()
    bad_file = work / "households.json"
    bad = json.loads(json.dumps(RICH_CASE))
    bad["municipality"] = "99"
    bad["members"][1]["sex"] = "X"
    bad["members"][2]["date_of_birth"] = "2012-13-01"
    bad_file.write_text(json.dumps([RICH_CASE, bad], ensure_ascii=False), encoding="utf-8")

    executor = StoreExecutor()
    translations = Translations()

    def settle(ms: int = 150) -> None:
        end = __import__("time").monotonic() + ms / 1000
        while __import__("time").monotonic() < end or executor.pending:
            app.processEvents()

    only = tuple(sys.argv[1:])

    def shot(widget: Any, name: str) -> None:
        settle()
        if only and not name.startswith(only):
            return
        widget.grab().save(str(HERE / f"{name}.png"))
        print("saved", name)

    for lang, suffix in (("en", "en"), ("sr-Cyrl", "sr-Cyrl")):
        translations.set_language(lang)
        settle()
        # The first-run wizard: language and passphrase pages.
        wizard = FirstRunWizard(executor, work / "new-ws")
        wizard.resize(720, 520)
        wizard.show()
        shot(wizard, f"wizard-language-{suffix}")
        wizard.officer_page.name.setText("Arta Krasniqi")
        wizard.officer_page.municipality.set_code("20")
        wizard.next()
        shot(wizard, f"wizard-officer-{suffix}")
        wizard.next()
        wizard.passphrase_page.first.setText("ura e vjetër mbi lumë")
        wizard.passphrase_page.second.setText("ura e vjetër")
        shot(wizard, f"wizard-passphrase-{suffix}")
        wizard.button(QWizard.WizardButton.CancelButton).click()
        wizard.deleteLater()

        # Unlock after a wrong passphrase.
        unlock = UnlockWidget(executor, root)
        unlock.resize(*SIZE)
        unlock.show()
        unlock.passphrase.setText("wrong passphrase")
        unlock.try_unlock()
        settle(800)
        shot(unlock, f"unlock-{suffix}")
        unlock.deleteLater()
        (root / "lockout.json").unlink(missing_ok=True)

        got: dict[str, Any] = {}
        submit(executor, open_workspace(root=root, passphrase=PASSPHRASE, officer=OFFICER), done=lambda o, got=got: got.setdefault("o", o))
        settle(400)
        outcome = got["o"]
        window = MainWindow(executor, root, UiSettings(work / f"settings-{suffix}"), translations)
        window.resize(*SIZE)
        window.show()
        window.start_session(outcome.officer, outcome.slot_id, outcome.role)
        settle(600)
        if window.recovery_dialog is not None:
            window.recovery_dialog.close()
        window.case_list.view.selectRow(2)
        shot(window, f"case-list-{suffix}")
        window.case_list.search.setText("djordje")
        settle(600)
        shot(window, f"case-search-{suffix}")
        window.case_list.search.clear()

        window.open_case(rich_id)
        settle(600)
        tabs = ["interview", "household", "return", "property", "vulnerabilities", "needs", "consent",
                "assistance", "referrals", "notes", "history"]
        for i, tab in enumerate(tabs):
            window.editor.tabs.setCurrentIndex(i)
            if tab == "household":
                window.editor.household.select(0)
            if tab == "assistance":
                window.editor.assistance.select(1)  # a delivered item: handover date and receipt
            shot(window, f"editor-{tab}-{suffix}")

        # A new case with problems shown after trying to save.
        window.new_case()
        settle(200)
        window.editor.household.add_member()
        window.editor.household.form.date_of_birth.setText("1971-13")
        window.editor.household.form._text_changed("date_of_birth")
        window.editor.save()
        settle(300)
        shot(window, f"editor-problems-{suffix}")
        window.editor.discard()

        # The Forms dialog with the preview of the rich case's application form.
        from ui.forms.dialog import CASE, FormsDialog

        forms = FormsDialog(executor, mode=CASE, case_id=rich_id, parent=window)
        forms.set_form("application")
        forms.set_langs("sq+sr-Cyrl" if lang == "sr-Cyrl" else "sq+sr-Latn")
        forms.resize(1180, 820)
        forms.show()
        end = __import__("time").monotonic() + 30
        while (forms.preview is None or forms.preview.form != "application") and __import__("time").monotonic() < end:
            app.processEvents()
        settle(300)
        shot(forms, f"forms-preview-{suffix}")
        forms.close()

        # The Sync panel beside the case list: a returned case, a conflict, changes waiting.
        window.show_list()
        window.case_list.reset_filters()
        window.resize(1680, 880)  # room for the Sync column beside the dock
        window.show_sync_panel()
        settle(600)
        window.case_list.view.clearSelection()
        shot(window, f"sync-panel-{suffix}")
        window.resize(*SIZE)
        panel = window.sync_panel()
        conflicts = panel.show_conflicts()
        conflicts.resize(1000, 420)
        settle(600)
        shot(conflicts, f"sync-conflicts-{suffix}")
        conflicts.close()
        window.sync_dock.hide()

        dialog = window.import_cases(bad_file)
        settle(1500)
        if dialog is not None:
            dialog.resize(900, 420)
            shot(dialog, f"import-refused-{suffix}")
            dialog.close()
        window.close()
        window.deleteLater()
        executor.submit(lambda st: st.lock())
        settle(300)
    executor.shutdown()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

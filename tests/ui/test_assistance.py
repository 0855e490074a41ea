"""The Assistance and Referrals tabs of the case editor as the officer uses them: items and
referrals added, saved through the case's update (outbox op, audit event) and shown again;
inline problems in the officer's language; read-only once submitted; autosaved drafts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import OFFICER, ModalHandler, type_text, unlock

YESTERDAY = (dt.date.today() - dt.timedelta(days=1)).isoformat()
TODAY = dt.date.today().isoformat()


def on_store(qtbot: Any, executor: Any, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(workspace)`` on the store thread and wait for its result."""
    got: dict[str, Any] = {}
    executor.submit(lambda st: fn(st.workspace), done=lambda r: got.setdefault("r", r),
                    failed=lambda e: got.setdefault("e", e))
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    if "e" in got:
        raise got["e"]
    return got["r"]


def petrovic_id(ws: Any) -> str:
    """The template's first case (a draft of the officer's)."""
    from fieldapp.store.cases import CaseFilter, list_cases

    with ws.read() as s:
        return next(c.id for c in list_cases(s, CaseFilter(query="Petrovic")))


def stored(case_id: str) -> Callable[[Any], dict[str, Any]]:
    """A store call that reads the case document."""
    def read(ws: Any) -> dict[str, Any]:
        from fieldapp.store.cases import get_case

        with ws.read() as s:
            return get_case(s, case_id)
    return read


def make_editor(qtbot: Any, executor: Any) -> Any:
    """A case editor for the template's officer, shown and autosaving."""
    from ui.editor import CaseEditor

    widget = CaseEditor(executor)
    widget.set_context(OFFICER, "officer", "20")
    widget.set_paused(False)
    qtbot.addWidget(widget)
    widget.resize(1200, 780)
    widget.show()
    return widget


@pytest.fixture
def opened(qtbot: Any, executor: Any, ws_root: Path) -> tuple[Any, str]:
    """An editor showing the Petrović draft, and its case id."""
    unlock(qtbot, executor, ws_root)
    case_id = on_store(qtbot, executor, petrovic_id)
    editor = make_editor(qtbot, executor)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.open_case(case_id)
    yield editor, case_id
    editor.set_paused(True)
    executor.wait_idle(5000)


def _problem(box: Any) -> str:
    return box.error.text() if not box.error.isHidden() else ""


def _pick(combo: Any, code: str) -> None:
    """Choose ``code`` in a choice list as a click in its popup would."""
    combo.setCurrentIndex(combo.findData(code))


def _deliver(date: str, receipt: str) -> ModalHandler:
    """Answer the handover question with ``date`` and ``receipt`` when it appears."""
    def answer(dialog: Any) -> None:
        assert dialog.date.text() == TODAY  # today unless a date is known
        dialog.date.setText(date)
        dialog.receipt.setText(receipt)
        assert dialog.ok.isEnabled()
        dialog.ok.click()
    return ModalHandler(answer)


def test_items_and_a_referral_are_saved_and_shown_again(qtbot: Any, executor: Any, opened: Any) -> None:
    from sqlalchemy import select

    from fieldapp.forms.content import form_content
    from fieldapp.store.models import AuditEvent, OutboxOp

    editor, case_id = opened
    section = editor.assistance
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(section))
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Assistance"

    # The harmonised package is offered as the item is typed, on any part of a suggestion.
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    item = section.widgets["item"]
    assert QApplication.focusWidget() in (item, item.lineEdit())
    completer = item.completer()
    completer.setCompletionPrefix("three")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Food for about three months"
    type_text(qtbot, item.lineEdit(), "Firewood")
    type_text(qtbot, section.widgets["quantity"], "6")
    type_text(qtbot, section.widgets["donor"], "UNHCR")
    type_text(qtbot, section.widgets["project"], "Winterisation 2026")
    # Marking it delivered asks for the handover date (today offered) and the receipt.
    handler = _deliver(YESTERDAY, "PZ-2026-114")
    _pick(section.widgets["status"], "delivered")
    handler.stop()
    assert handler.seen
    assert section.widgets["handover_date"].text() == YESTERDAY
    assert section.widgets["receipt_reference"].text() == "PZ-2026-114"

    # A second item shares the first one's donor and project; any item can be written out.
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert (section.widgets["donor"].text(), section.widgets["project"].text()) == ("UNHCR", "Winterisation 2026")
    type_text(qtbot, item.lineEdit(), "Čelični krov – lim, 40 m²")
    type_text(qtbot, section.widgets["quantity"], "2,5")
    section.move_record(-1)
    assert [r["item"] for r in section.model.records] == ["Čelični krov – lim, 40 m²", "Firewood"]

    referrals = editor.referrals
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(referrals))
    qtbot.mouseClick(referrals.add_button, Qt.MouseButton.LeftButton)
    _pick(referrals.widgets["service"], "legal_aid_property")
    assert referrals.widgets["service"].currentText() == "Legal aid (property claim)"
    type_text(qtbot, referrals.widgets["reason"], "KPCVA claim for the house in Landovicë")
    assert referrals.widgets["date"].text() == TODAY and referrals.widgets["status"].code() == "open"
    assert editor.is_dirty() and editor.validate() == []

    with qtbot.waitSignal(editor.saved, timeout=10000):
        assert editor.save()
    expected_items = [
        {"item": "Čelični krov – lim, 40 m²", "status": "planned", "donor": "UNHCR",
         "project": "Winterisation 2026", "quantity": 2.5, "handover_date": None, "receipt_reference": None},
        {"item": "Firewood", "status": "delivered", "donor": "UNHCR", "project": "Winterisation 2026",
         "quantity": 6, "handover_date": YESTERDAY, "receipt_reference": "PZ-2026-114"},
    ]
    expected_referrals = [{"service": "legal_aid_property", "reason": "KPCVA claim for the house in Landovicë",
                           "date": TODAY, "status": "open"}]
    doc = on_store(qtbot, executor, stored(case_id))
    assert doc["assistance"] == expected_items and doc["referrals"] == expected_referrals

    # Saved through the case update: one op for HQ and one audit event name both lists.
    def written(ws: Any) -> tuple[list[str], list[str]]:
        with ws.read() as s:
            op = s.execute(select(OutboxOp).where(OutboxOp.entity_id == case_id)
                           .order_by(OutboxOp.seq.desc())).scalars().first()
            event = s.execute(select(AuditEvent).where(AuditEvent.entity_id == case_id)
                              .order_by(AuditEvent.seq.desc())).scalars().first()
            return sorted(op.fields), event.detail["fields"] if event.action == "case.update" else []
    op_fields, audit_fields = on_store(qtbot, executor, written)
    assert op_fields == audit_fields == ["assistance", "referrals"]

    # What the handover receipt and the referral print.
    receipt = form_content(doc, "handover-receipt").sections["assistance"]
    assert [a["item"] for a in receipt] == ["Čelični krov – lim, 40 m²", "Firewood"]
    assert form_content(doc, "referral").sections["referrals"] == expected_referrals

    # Reopened in a new editor: the values as entered, the table worded in the UI language.
    again = make_editor(qtbot, executor)
    with qtbot.waitSignal(again.loaded, timeout=5000):
        again.open_case(case_id)
    assert again.assistance.collect() == expected_items and again.referrals.collect() == expected_referrals
    model = again.assistance.model
    assert [model.data(model.index(1, c)) for c in range(model.columnCount())] == [
        "Firewood", "Delivered", "6", "UNHCR", "Winterisation 2026", YESTERDAY, "PZ-2026-114"]
    assert model.data(model.index(0, 2)) == "2.5"
    assert again.referrals.model.data(again.referrals.model.index(0, 0)) == "Legal aid (property claim)"
    assert not again.is_dirty()
    again.set_paused(True)


def test_invalid_values_show_inline_in_the_officers_language_and_block_saving(
        qtbot: Any, executor: Any, opened: Any) -> None:
    from ui.i18n import Translations

    editor, case_id = opened
    section = editor.assistance
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(section))
    section.add_record()
    date_box = section.boxes["handover_date"]
    type_text(qtbot, section.widgets["handover_date"], "2026-02-30")
    qtbot.waitUntil(lambda: bool(_problem(date_box)), timeout=2000)
    assert _problem(date_box) == "2026-02-30 is not a date in the calendar."
    type_text(qtbot, section.widgets["quantity"], "-2")
    qtbot.waitUntil(lambda: bool(_problem(section.boxes["quantity"])), timeout=2000)
    assert _problem(section.boxes["quantity"]) == "Must be a number, zero or more."
    # Letters cannot even be typed into a quantity.
    type_text(qtbot, section.widgets["quantity"], "x")
    assert section.widgets["quantity"].text() == "-2"
    # The cursor started in the item and left it empty.
    assert _problem(section.boxes["item"]) == "Required."
    assert _problem(section.boxes["donor"]) == ""

    translations = Translations()
    translations.set_language("sq")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: "kalendarit" in _problem(date_box), timeout=2000)
    assert _problem(date_box) == "2026-02-30 nuk është datë e kalendarit."
    assert section.labels["handover_date"].text() == "Data e dorëzimit"
    assert section.widgets["status"].currentText() == "Planifikuar"
    assert "Dru zjarri" in [section.widgets["item"].itemText(i) for i in range(section.widgets["item"].count())]
    assert section.model.headerData(5, Qt.Orientation.Horizontal) == "Data e dorëzimit"
    translations.set_language("en")
    QApplication.processEvents()

    # A referral whose service is not chosen yet.
    editor.referrals.add_record()
    editor.tabs.setCurrentIndex(0)
    saved: list[str] = []
    editor.saved.connect(saved.append)
    assert editor.save() is False
    assert editor.tabs.currentWidget() is section  # the first problem's tab is shown
    assert _problem(section.boxes["item"]) == "Required."
    assert _problem(date_box) == "2026-02-30 is not a date in the calendar."
    assert not editor.tabs.tabIcon(editor.tabs.indexOf(editor.referrals)).isNull()
    assert editor.referrals.model.problem_rows and \
        _problem(editor.referrals.boxes["service"]) == "Required."
    assert "cannot be saved yet" in editor.problems_label.text()

    # Corrected, it saves.
    section.widgets["handover_date"].clear()
    type_text(qtbot, section.widgets["handover_date"], YESTERDAY)
    section.widgets["quantity"].clear()
    type_text(qtbot, section.widgets["quantity"], "1")
    type_text(qtbot, section.widgets["item"].lineEdit(), "Furniture")
    _pick(editor.referrals.widgets["service"], "civil_registry")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        assert editor.save()
    doc = on_store(qtbot, executor, stored(case_id))
    assert doc["assistance"][0]["handover_date"] == YESTERDAY
    assert doc["referrals"][0]["service"] == "civil_registry"


def test_handover_cancelled_removal_confirmed_and_the_section_shortcut(qtbot: Any, opened: Any) -> None:
    editor, _case_id = opened
    section = editor.assistance
    # Ctrl+PgDown from Consent lands on Assistance, on its Add button while it is empty.
    editor.activateWindow()
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.consent.parentWidget().parentWidget()))
    editor.next_group(1)
    assert editor.tabs.currentWidget() is section
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.add_button, timeout=2000)

    section.add_record()
    type_text(qtbot, section.widgets["item"].lineEdit(), "Firewood")
    handler = ModalHandler(lambda dialog: dialog.reject())
    _pick(section.widgets["status"], "delivered")
    handler.stop()
    assert handler.seen
    # Not handed over after all: the item stays planned, without a date.
    assert section.widgets["status"].code() == "planned"
    assert section.model.records[0]["status"] == "planned" and section.model.records[0]["handover_date"] is None

    def answer(text: str) -> ModalHandler:
        return ModalHandler(lambda box: next(b for b in box.buttons() if b.text() == text).click())

    handler = answer("Keep")
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    handler.stop()
    assert handler.seen and section.model.rowCount() == 1
    assert "“Firewood”" in handler.seen[0].text()
    handler = answer("Remove")
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    handler.stop()
    assert section.model.rowCount() == 0 and not section.form.isEnabled()
    assert not editor.is_dirty()  # back to the case as stored


def test_sections_are_read_only_once_submitted(qtbot: Any, opened: Any) -> None:
    editor, _case_id = opened
    section, referrals = editor.assistance, editor.referrals
    section.add_record()
    type_text(qtbot, section.widgets["item"].lineEdit(), "House repair")
    referrals.add_record()
    _pick(referrals.widgets["service"], "health_service")
    assert section.add_button.isEnabled() and section.widgets["status"].isEnabled()
    with qtbot.waitSignal(editor.transitioned, timeout=10000):
        editor.run_action("submitted", ask=False)  # saves the changes first
    assert editor.status.text() == "Submitted"
    assert [r["item"] for r in section.model.records] == ["House repair"]
    for panel in (section, referrals):
        assert not any(b.isEnabled() for b in (panel.add_button, panel.remove_button,
                                                panel.up_button, panel.down_button))
        for widget in panel.widgets.values():
            assert widget.isReadOnly() if hasattr(widget, "isReadOnly") else not widget.isEnabled()
    assert not section.widgets["item"].isEnabled() and section.widgets["donor"].isReadOnly()
    assert not referrals.widgets["service"].isEnabled() and referrals.widgets["reason"].isReadOnly()


def test_an_unsaved_item_comes_back_from_the_autosaved_draft(qtbot: Any, executor: Any, opened: Any) -> None:
    editor, case_id = opened
    section = editor.assistance
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(section))
    section.add_record()
    type_text(qtbot, section.widgets["item"].lineEdit(), "Намештај – кревет")
    type_text(qtbot, section.widgets["quantity"], "2")
    with qtbot.waitSignal(editor.autosaved, timeout=10000):
        section.widgets["donor"].setFocus()  # leaving a field completes it: autosaved at once
    editor.set_paused(True)
    executor.wait_idle(5000)
    key = editor.draft_key
    editor.hide()  # as after a crash: the next editor knows nothing but the draft

    def drafts(ws: Any) -> list[dict[str, Any]]:
        from fieldapp.store.drafts import list_drafts

        with ws.read() as s:
            return [{"key": d.key, "case_id": d.case_id, "payload": d.payload} for d in list_drafts(s, OFFICER)]

    found = on_store(qtbot, executor, drafts)
    assert [d["key"] for d in found] == [key]
    restored = make_editor(qtbot, executor)
    with qtbot.waitSignal(restored.loaded, timeout=5000):
        restored.open_case(case_id, draft=found[0])
    assert restored.tabs.currentWidget() is restored.assistance and restored.is_dirty()
    records = restored.assistance.model.records
    assert [(r["item"], r["quantity"], r["status"]) for r in records] == [("Намештај – кревет", 2, "planned")]
    assert restored.assistance.widgets["item"].currentText() == "Намештај – кревет"
    with qtbot.waitSignal(restored.saved, timeout=10000):
        restored.save()
    assert on_store(qtbot, executor, drafts) == []
    assert on_store(qtbot, executor, stored(case_id))["assistance"][0]["item"] == "Намештај – кревет"
    restored.set_paused(True)


def test_status_codes_match_the_domain() -> None:
    from fieldapp.domain.errors import ValidationError
    from fieldapp.domain.interchange import validate_case
    from tests.conftest import sample_case
    from ui.editor.assistance import ASSISTANCE_STATUSES, REFERRAL_STATUSES

    def accepted(key: str, record: dict[str, Any]) -> bool:
        try:
            validate_case(sample_case(**{key: [record]}))
        except ValidationError:
            return False
        return True

    for code in (*ASSISTANCE_STATUSES, "promised"):
        assert accepted("assistance", {"item": "Firewood", "status": code}) is (code in ASSISTANCE_STATUSES)
    for code in (*REFERRAL_STATUSES, "pending"):
        assert accepted("referrals", {"service": "civil_registry", "status": code}) is (code in REFERRAL_STATUSES)


def test_conflicting_items_and_referrals_read_in_the_ui_language(qapp: Any) -> None:
    from ui.i18n import Translations
    from ui.sync.values import format_value

    items = [{"item": "Firewood (m³)", "status": "delivered", "donor": "UNHCR", "project": "Winter",
              "quantity": 6.0, "handover_date": "2026-11-21", "receipt_reference": "PZ-114"},
             {"item": "Furniture", "status": "planned", "donor": None, "project": None,
              "quantity": None, "handover_date": None, "receipt_reference": None}]
    referrals = [{"service": "civil_registry", "reason": "Birth certificate", "date": "2026-11-20",
                  "status": "done"}]
    assert format_value("assistance", items) == (
        "Firewood (m³) (Delivered, 6, UNHCR / Winter, 2026-11-21, PZ-114)\nFurniture (Planned)")
    assert format_value("referrals", referrals) == "Civil registry (Done, 2026-11-20) — Birth certificate"
    translations = Translations()
    translations.set_language("sr-Cyrl")
    try:
        assert format_value("referrals", referrals) == "Матична служба (Завршено, 2026-11-20) — Birth certificate"
    finally:
        translations.set_language("en")


def test_after_approval_only_assistance_and_referrals_stay_open(qtbot: Any, executor: Any, opened: Any) -> None:
    from sqlalchemy import update

    from fieldapp.store.models import Case

    editor, case_id = opened

    def decide(ws: Any) -> None:
        with ws.write() as ctx:
            ctx.session.execute(update(Case).where(Case.id == case_id).values(status="assistance_in_progress"))

    on_store(qtbot, executor, decide)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.open_case(case_id)
    assert "only assistance and referrals" in editor.banner.text()
    assert editor.interview.widget("interview.notes").isReadOnly()
    section = editor.assistance
    assert section.add_button.isEnabled() and editor.save_button.isEnabled()
    section.add_record()
    type_text(qtbot, section.widgets["item"].lineEdit(), "Furniture")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        assert editor.save()
    doc = on_store(qtbot, executor, stored(case_id))
    assert [a["item"] for a in doc["assistance"]] == ["Furniture"]
    assert doc["status"] == "assistance_in_progress"

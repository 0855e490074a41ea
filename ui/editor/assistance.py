"""The Assistance and Referrals tabs of the case editor.

Assistance items are what the household is to receive or has received, most often the items of
the harmonised return package; the handover receipt prints them as written, with the donor or
project, the handover date and the receipt reference. Referrals send the household to one of the
five services the referral form names. Both are lists of records edited like the household
(:mod:`ui.editor.records`); the domain validates them with the rest of the case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.dates import DateError, parse_full_date
from fieldapp.domain.errors import Problem
from fieldapp.domain.interchange import REFERRAL_SERVICES
from ui.editor.forms import date_placeholder
from ui.editor.records import CHOICE, DATE, MULTILINE, NUMBER, SUGGEST, RecordField, RecordsPanel
from ui.i18n import fmt
from ui.messages import field_labels, problem_message
from ui.widgets import DateField, FieldBox

# The codes the domain accepts (fieldapp.domain.interchange validates them); a test checks these
# tuples against the domain's validation.
ASSISTANCE_STATUSES = ("planned", "delivered")
REFERRAL_STATUSES = ("open", "done", "cancelled")
DELIVERED = "delivered"


def package_items() -> list[str]:
    """The items of the harmonised return package in the UI language: suggestions for an
    assistance item, which may also be written out freely."""
    return [QCoreApplication.translate("AssistanceSection", "House reconstruction"),
            QCoreApplication.translate("AssistanceSection", "House repair"),
            QCoreApplication.translate("AssistanceSection", "Food for about three months"),
            QCoreApplication.translate("AssistanceSection", "Non-food items"),
            QCoreApplication.translate("AssistanceSection", "Firewood"),
            QCoreApplication.translate("AssistanceSection", "Furniture"),
            QCoreApplication.translate("AssistanceSection", "Income-generation grant")]


def assistance_status_label(code: str) -> str:
    """``planned`` / ``delivered`` in the UI language."""
    labels = {"planned": QCoreApplication.translate("AssistanceSection", "Planned"),
              "delivered": QCoreApplication.translate("AssistanceSection", "Delivered")}
    return labels.get(code, code)


def referral_status_label(code: str) -> str:
    """``open`` / ``done`` / ``cancelled`` in the UI language."""
    labels = {"open": QCoreApplication.translate("ReferralsSection", "Open"),
              "done": QCoreApplication.translate("ReferralsSection", "Done"),
              "cancelled": QCoreApplication.translate("ReferralsSection", "Cancelled")}
    return labels.get(code, code)


def service_label(code: str) -> str:
    """A referral service in the UI language (the wording of the printed referral form)."""
    labels = {
        "centre_for_social_work": QCoreApplication.translate("ReferralsSection", "Centre for Social Work"),
        "civil_registry": QCoreApplication.translate("ReferralsSection", "Civil registry"),
        "employment_office": QCoreApplication.translate("ReferralsSection", "Employment office"),
        "health_service": QCoreApplication.translate("ReferralsSection", "Health service"),
        "legal_aid_property": QCoreApplication.translate("ReferralsSection", "Legal aid (property claim)"),
    }
    return labels.get(code, code)


class HandoverDialog(QDialog):
    """Asks when an item marked delivered was handed over (today unless a date is known) and,
    optionally, the reference of the signed receipt."""

    def __init__(self, item: str | None, date: str | None, receipt: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Item delivered"))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setText(fmt(self.tr("When was “%1” handed over to the household?"), item)
                          if item else self.tr("When was the item handed over to the household?"))
        self.date = DateField(parent=self)
        self.date.setObjectName("handover.date")
        self.date.set_value(date or dt.date.today().isoformat())
        self.date.setPlaceholderText(date_placeholder(False))
        self.date_box = FieldBox(self.date, self)
        self.receipt = QLineEdit(self)
        self.receipt.setObjectName("handover.receipt")
        self.receipt.setMaxLength(100)
        self.receipt.setText(receipt or "")
        self.receipt.setPlaceholderText(self.tr("Optional: number of the signed receipt"))
        labels = field_labels()
        form = QFormLayout()
        form.addRow(labels["handover_date"], self.date_box)
        form.addRow(labels["receipt_reference"], self.receipt)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(self.tr("Mark delivered"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.textChanged.connect(lambda _t: self._check())
        self.resize(460, 200)
        self._check()
        self.date.setFocus()
        self.date.selectAll()

    def _check(self) -> None:
        problem = None
        try:
            parse_full_date(self.date.text())
        except DateError as exc:
            # Worded like the form's own problems, in the UI language.
            problem = problem_message(Problem("case", "handover_date", exc.id, exc.params))
        self.date_box.set_problem(problem)
        self.ok.setEnabled(problem is None)

    def handover_date(self) -> str:
        """The handover date typed (ISO)."""
        return self.date.text().strip()

    def receipt_reference(self) -> str | None:
        """The receipt reference typed, or None."""
        return self.receipt.text().strip() or None


class AssistanceSection(RecordsPanel):
    """The Assistance tab: items planned or delivered, with quantity, donor, project, handover
    date and receipt reference."""

    LIST_KEY = "assistance"
    FIELDS = (
        RecordField("item", SUGGEST), RecordField("status", CHOICE, ASSISTANCE_STATUSES),
        RecordField("quantity", NUMBER), RecordField("handover_date", DATE),
        RecordField("donor", column=1), RecordField("project", column=1),
        RecordField("receipt_reference", max_length=100, column=1),
    )
    COLUMNS = ("item", "status", "quantity", "donor", "project", "handover_date", "receipt_reference")
    COLUMN_WIDTHS = (240, 100, 80, 150, 150, 110)

    def blank(self) -> dict[str, Any]:
        """A planned item; the donor and project of the last item, as the next usually shares them."""
        last = self.model.records[-1] if self.model.records else {}
        return {"item": None, "status": "planned", "donor": last.get("donor"),
                "project": last.get("project"), "quantity": None, "handover_date": None,
                "receipt_reference": None}

    def field_label(self, key: str) -> str:
        """Labels of the item fields."""
        return field_labels()[key]

    def choice_label(self, key: str, code: str) -> str:
        """Planned or delivered."""
        return assistance_status_label(code)

    def suggestions(self, key: str) -> list[str]:
        """The harmonised return package."""
        return package_items() if key == "item" else []

    def remove_question(self, record: dict[str, Any]) -> str | None:
        """Ask before removing an item that has a name."""
        if not record.get("item"):
            return None
        return fmt(self.tr("Remove “%1” from the assistance items?"), record["item"])

    def _choice_changed(self, key: str, code: str | None) -> None:
        row = self.row
        if key == "status" and code == DELIVERED and 0 <= row < self.model.rowCount():
            record = self.model.records[row]
            if record.get("status") != DELIVERED:
                answer = self.ask_handover(record)
                if answer is None:
                    # Not handed over after all: the item stays as it was.
                    self.show_record(row)
                    return
                date, receipt = answer
                self.model.set_field(row, "handover_date", date)
                self.edited.emit(self._path("handover_date"))
                if receipt is not None:
                    self.model.set_field(row, "receipt_reference", receipt)
                    self.edited.emit(self._path("receipt_reference"))
                self.show_record(row)
        super()._choice_changed(key, code)

    def ask_handover(self, record: dict[str, Any]) -> tuple[str, str | None] | None:
        """Ask for the handover date and receipt of ``record``; None when the officer cancels."""
        dialog = HandoverDialog(record.get("item"), record.get("handover_date"),
                                record.get("receipt_reference"), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.handover_date(), dialog.receipt_reference()
        finally:
            dialog.deleteLater()

    def retranslate_texts(self) -> None:
        """Button, form title and hint in the UI language."""
        self.add_button.setText(self.tr("&Add item"))
        self.form_box.setTitle(self.tr("Selected item"))
        item = self.widgets["item"].lineEdit()  # type: ignore[attr-defined]
        item.setPlaceholderText(self.tr("Pick from the return package or write the item"))
        quantity = self.widgets["quantity"]
        assert isinstance(quantity, QLineEdit)
        quantity.setPlaceholderText(self.tr("A number, e.g. 1 or 2.5"))
        self.hint.setText(self.tr(
            "The harmonised return package is offered as you type the item; any other item can be "
            "written out. Marking an item delivered asks for the handover date. Once the case is "
            "saved, Forms… (Ctrl+P) prints the handover receipt."))


class ReferralsSection(RecordsPanel):
    """The Referrals tab: the service the household is referred to, why, when, and how it ended."""

    LIST_KEY = "referrals"
    FIELDS = (
        RecordField("service", CHOICE, REFERRAL_SERVICES), RecordField("date", DATE),
        RecordField("status", CHOICE, REFERRAL_STATUSES), RecordField("reason", MULTILINE, column=1),
    )
    COLUMNS = ("service", "reason", "date", "status")
    COLUMN_WIDTHS = (230, 420, 110)

    def blank(self) -> dict[str, Any]:
        """An open referral made today; the service is left for the officer to choose."""
        return {"service": None, "reason": "", "date": dt.date.today().isoformat(), "status": "open"}

    def field_label(self, key: str) -> str:
        """Labels of the referral fields."""
        if key == "date":
            return self.tr("Date of referral")
        return field_labels()[key]

    def choice_label(self, key: str, code: str) -> str:
        """Services and statuses."""
        return service_label(code) if key == "service" else referral_status_label(code)

    def empty_choice(self, key: str) -> Callable[[], str] | None:
        """The service starts unchosen."""
        return (lambda: self.tr("Choose a service…")) if key == "service" else None

    def remove_question(self, record: dict[str, Any]) -> str | None:
        """Ask before removing a referral that says something."""
        if not (record.get("service") or (record.get("reason") or "").strip()):
            return None
        return self.tr("Remove this referral?")

    def retranslate_texts(self) -> None:
        """Button, form title and hint in the UI language."""
        self.add_button.setText(self.tr("&Add referral"))
        self.form_box.setTitle(self.tr("Selected referral"))
        reason = self.widgets["reason"]
        assert isinstance(reason, QPlainTextEdit)
        reason.setPlaceholderText(self.tr("What the household needs from the service"))
        self.hint.setText(self.tr(
            "Refer the household to a Centre for Social Work, the civil registry, the employment "
            "office, a health service or legal aid for a property claim. Once the case is saved, "
            "Forms… (Ctrl+P) prints the referral."))

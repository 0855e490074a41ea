"""The About box: what FieldApp is and the versions of everything it runs on."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

import PySide6
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import fieldapp
from ui.i18n import fmt
from ui.icons import icon


def _pkg(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "—"


def versions() -> list[tuple[str, str]]:
    """(component, version) pairs shown in the About box and written to the log at start."""
    try:
        import sqlcipher3.dbapi2 as sqlcipher

        sqlite = str(sqlcipher.sqlite_version)
    except Exception:  # the About box must open even if the driver cannot be imported
        sqlite = "—"
    return [
        ("FieldApp", fieldapp.__version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLCipher (sqlcipher3)", _pkg("sqlcipher3")),
        ("SQLite", sqlite),
        ("SQLAlchemy", _pkg("SQLAlchemy")),
        ("cryptography", _pkg("cryptography")),
        (platform.system() or "OS", platform.release()),
    ]


class AboutDialog(QDialog):
    """Name, purpose, and the versions of FieldApp and its components."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.logo = QLabel(self)
        self.logo.setPixmap(icon("fieldapp").pixmap(64, 64))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rows = versions()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (name, ver) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.setItem(r, 1, QTableWidgetItem(ver))
        self.table.resizeColumnToContents(0)
        self.buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.logo)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(460, 480)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("About FieldApp"))
        self.title.setText(fmt(self.tr("FieldApp %1"), fieldapp.__version__))
        self.text.setText(self.tr(
            "Offline-first case management for returns and reintegration work in Kosovo. "
            "Every case is kept encrypted on this laptop and shared only with headquarters."))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version")])
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

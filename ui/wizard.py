"""The first-run wizard: language, officer and municipality, passphrase, workspace folder.

Finishing creates the encrypted workspace on the store thread (key derivation and the schema
take a second or two) and leaves it unlocked, so the officer goes straight to the case list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldapp.domain.reference import UI_LANGUAGES
from ui.errors import describe
from ui.executor import StoreExecutor
from ui.i18n import current_language, fmt, native_name
from ui.icons import icon
from ui.ops import setup as setup_ops
from ui.ops import submit
from ui.ops.setup import CreatedWorkspace
from ui.widgets import ERROR_STYLE, CodeCombo, passphrase_strength

MIN_PASSPHRASE = 10  # the store refuses shorter ones (fieldapp.store.workspace.MIN_PASSPHRASE)


def _retranslating(page: QWidget, event: QEvent) -> None:
    if event.type() == QEvent.Type.LanguageChange:
        page.retranslate()  # type: ignore[attr-defined]


class LanguagePage(QWizardPage):
    """Step 1: the language of the application."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self._wizard = wizard
        self.list = QListWidget(self)
        for lang in UI_LANGUAGES:
            item = QListWidgetItem(icon("language"), native_name(lang))
            item.setData(Qt.ItemDataRole.UserRole, lang)
            self.list.addItem(item)
        self.list.setCurrentRow(UI_LANGUAGES.index(current_language()))
        self.list.currentItemChanged.connect(self._picked)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.retranslate()

    def _picked(self, item: QListWidgetItem | None, _prev: object) -> None:
        if item is not None:
            self._wizard.language_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def language(self) -> str:
        """The language chosen."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else current_language()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setTitle(self.tr("Welcome to FieldApp"))
        self.setSubTitle(self.tr("Choose the language of the application."))
        self.hint.setText(self.tr("You can change it at any time from the Settings menu."))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        _retranslating(self, event)
        super().changeEvent(event)


class OfficerPage(QWizardPage):
    """Step 2: the officer's name and municipality."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.municipality = CodeCombo("municipality", parent=self)
        self.name_label = QLabel(self)
        self.municipality_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.municipality_label.setBuddy(self.municipality)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name)
        form.addRow(self.municipality_label, self.municipality)
        form.addRow(self.hint)
        self.name.textChanged.connect(self.completeChanged)
        self.municipality.code_changed.connect(self.completeChanged)
        self.retranslate()

    def isComplete(self) -> bool:
        """A name and a municipality are needed."""
        return bool(self.name.text().strip()) and self.municipality.code() is not None

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setTitle(self.tr("Who will use this laptop?"))
        self.setSubTitle(self.tr("Your name is recorded on the cases you create. Other officers can be added later."))
        self.name_label.setText(self.tr("Officer &name:"))
        self.municipality_label.setText(self.tr("&Municipality:"))
        self.name.setPlaceholderText(self.tr("Given name and family name"))
        self.municipality.setPlaceholderText(self.tr("Type to search"))
        self.hint.setText(self.tr("The municipality is where you register cases; every new case starts there."))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        _retranslating(self, event)
        super().changeEvent(event)


class PassphrasePage(QWizardPage):
    """Step 3: the passphrase, twice, with a strength meter."""

    def __init__(self) -> None:
        super().__init__()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength = QLabel(self)
        self.match = QLabel(self)
        self.match.setStyleSheet(ERROR_STYLE)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.first_label = QLabel(self)
        self.second_label = QLabel(self)
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form = QFormLayout(self)
        form.addRow(self.first_label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.strength)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.match)
        form.addRow(self.hint)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.retranslate()

    def _strength_text(self, level: int) -> str:
        return [self.tr("Strength: very weak"), self.tr("Strength: weak"), self.tr("Strength: fair"),
                self.tr("Strength: good"), self.tr("Strength: strong")][level]

    def _changed(self) -> None:
        text = self.first.text()
        level = passphrase_strength(text)
        self.meter.setValue(level)
        colour = ["#b3261e", "#d9822b", "#c9a227", "#5b9b3a", "#2e7d32"][level]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.strength.setText(self._strength_text(level) if text else "")
        self._update_match()
        self.completeChanged.emit()

    def _update_match(self) -> None:
        first, second = self.first.text(), self.second.text()
        if first and len(first) < MIN_PASSPHRASE:
            self.match.setText(fmt(self.tr("Use at least %1 characters."), MIN_PASSPHRASE))
        elif second and first != second:
            self.match.setText(self.tr("The two passphrases differ."))
        else:
            self.match.setText("")

    def isComplete(self) -> bool:
        """Long enough and typed the same twice."""
        return len(self.first.text()) >= MIN_PASSPHRASE and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        """The passphrase typed."""
        return self.first.text()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("It protects every case on this laptop. Nobody can open the data without it."))
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Repeat it:"))
        self.hint.setText(fmt(self.tr(
            "Use at least %1 characters; a few words only you know are easier to remember than "
            "symbols. Write it nowhere on the laptop."), MIN_PASSPHRASE))
        if self.first.text():
            self.strength.setText(self._strength_text(passphrase_strength(self.first.text())))
        self._update_match()

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        _retranslating(self, event)
        super().changeEvent(event)


class FolderPage(QWizardPage):
    """Step 4: where the workspace folder lives; finishing creates it."""

    def __init__(self, wizard: FirstRunWizard, default_root: Path):
        super().__init__()
        self._wizard = wizard
        self.folder = QLineEdit(str(default_root), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.folder_label, row)
        form.addRow(self.hint)
        form.addRow(self.status)
        self.folder.textChanged.connect(self.completeChanged)
        self._busy = False
        self._created: CreatedWorkspace | None = None
        self._status_source: Callable[[], str] | None = None
        self.retranslate()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Workspace folder"), self.folder.text())
        if chosen:
            self.folder.setText(str(Path(chosen) / "FieldApp"))

    def isComplete(self) -> bool:
        """A folder is needed, and nothing may be running."""
        return bool(self.folder.text().strip()) and not self._busy

    def validatePage(self) -> bool:
        """Create the workspace on the store thread; the wizard closes when it is ready."""
        if self._created is not None:
            return True
        if not self._busy:
            self._wizard.start_creation(Path(self.folder.text().strip()).expanduser())
        return False

    def set_busy(self, busy: bool) -> None:
        """Show that the workspace is being created."""
        self._busy = busy
        self.folder.setEnabled(not busy)
        self.browse.setEnabled(not busy)
        self._set_status((lambda: self.tr("Creating the encrypted workspace…")) if busy else None, error=False)
        self.completeChanged.emit()

    def set_error(self, exc: BaseException) -> None:
        """Say why the workspace could not be created."""
        self._set_status(lambda: describe(exc)[1], error=True)

    def set_created(self, created: CreatedWorkspace) -> None:
        """Remember the workspace so that finishing goes through."""
        self._created = created

    def _set_status(self, source: Callable[[], str] | None, *, error: bool) -> None:
        self._status_source = source
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(source() if source else "")

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.setTitle(self.tr("Where to keep the workspace"))
        self.setSubTitle(self.tr("All cases are kept encrypted in one folder on this laptop."))
        self.folder_label.setText(self.tr("&Folder:"))
        self.browse.setText(self.tr("&Browse…"))
        self.hint.setText(self.tr("The suggested folder is right for most laptops. Choose another one only if your office asks you to."))
        if self._status_source is not None:
            self.status.setText(self._status_source())

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        _retranslating(self, event)
        super().changeEvent(event)


class FirstRunWizard(QWizard):
    """Creates the workspace the first time FieldApp starts on a laptop."""

    created = Signal(object)
    """Emitted when the workspace exists and is open; carries the :class:`CreatedWorkspace`."""

    language_requested = Signal(str)
    """Emitted when the officer picks a UI language on the first page; carries its code."""

    def __init__(self, executor: StoreExecutor, default_root: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.executor = executor
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setWindowIcon(icon("fieldapp"))
        self.language_page = LanguagePage(self)
        self.officer_page = OfficerPage()
        self.passphrase_page = PassphrasePage()
        self.folder_page = FolderPage(self, default_root)
        for page in (self.language_page, self.officer_page, self.passphrase_page, self.folder_page):
            self.addPage(page)
        self.setMinimumSize(640, 460)
        self.retranslate()

    def start_creation(self, root: Path) -> None:
        """Create the workspace at ``root`` on the store thread."""
        self.folder_page.set_busy(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        submit(self.executor,
               setup_ops.create_workspace(root=root, officer=self.officer_page.name.text().strip(),
                                          municipality=self.officer_page.municipality.code() or "",
                                          passphrase=self.passphrase_page.passphrase(),
                                          language=self.language_page.language()),
               done=self._done, failed=self._failed, busy_cursor=True)

    def _done(self, created: CreatedWorkspace) -> None:
        self.folder_page.set_busy(False)
        self.folder_page.set_created(created)
        # Passphrases are not kept in the form once the workspace exists.
        self.passphrase_page.first.clear()
        self.passphrase_page.second.clear()
        self.created.emit(created)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.folder_page.set_busy(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.folder_page.set_error(exc)

    def retranslate(self) -> None:
        """Set every text in the current UI language (Qt has no Albanian or Serbian of its own)."""
        self.setWindowTitle(self.tr("FieldApp — first start"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create workspace"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        """Relabel when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

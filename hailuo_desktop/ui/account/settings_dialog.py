"""The Settings dialog: every setting on one page, each checked as it is typed.

A problem shows as a sentence under its field and keeps OK disabled; nothing raises. The
tokens' parts (`TokenSection`, `PlatformTokenSection`) ask the app, which owns the stores.
The library folder is tried for writing in a worker thread (a tiny local operation, but the
folder may sit on a network or removable drive that hangs), a moment after typing stops.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.language import CHINESE, ENGLISH
from ...domain.settings import Settings, validate_field
from ...services.files import FolderCheck, check_library_folder
from ...services.token_check import TokenCheck
from ..common.scrolls_down import ScrollsDown
from .platform_section import PlatformTokenSection
from .token_section import TokenSection
from .welcome_dialog import plain_label, show_tone

FOLDER_CHECK_DELAY_MS = 300


def _spin(name: str, low: int, high: int, value: float, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setValue(round(value))  # a file may hold a value outside the range: it is clamped
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin


def _buddy(text: str, field: QWidget) -> QLabel:
    """A field's label, tied to it: a screen reader says it as the field's name (a field in
    a stacked layout gets no label from the form otherwise)."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(text)
    return label


def _stacked(*widgets: QWidget) -> QVBoxLayout:
    """A field with its sentences right under it; hidden sentences take no room."""
    column = QVBoxLayout()
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return column


class SettingsDialog(QDialog):
    settingsAccepted = Signal(object)   # Settings
    tokenChangeRequested = Signal()
    tokenRemoveRequested = Signal()
    tokenCheckRequested = Signal()

    def __init__(self, settings: Settings, token_description: str, token_from_env: bool,
                 has_token: bool, parent: QWidget | None = None, *,
                 default_library_dir: str = "", base_url_from_env: bool = False,
                 folder_checker: Callable[[Path], Awaitable[FolderCheck]] = check_library_folder):
        super().__init__(parent)
        self._original = settings
        self._folder_checker = folder_checker
        self._default_library_dir = default_library_dir
        self._problems: dict[str, str] = {}
        self._folder_job: asyncio.Future[FolderCheck] | None = None
        self._closed = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Settings"))

        self.tokenSection = TokenSection()
        self.tokenSection.changeRequested.connect(self.tokenChangeRequested)
        self.tokenSection.removeRequested.connect(self.tokenRemoveRequested)
        self.tokenSection.checkRequested.connect(self.tokenCheckRequested)
        self.changeTokenButton = self.tokenSection.changeTokenButton
        self.removeTokenButton = self.tokenSection.removeTokenButton
        self.checkTokenButton = self.tokenSection.checkTokenButton
        self.tokenCheckLabel = self.tokenSection.tokenCheckLabel
        self.setAccount(token_description, token_from_env, has_token)
        self.platformSection = PlatformTokenSection()

        # Library
        self.libraryDirEdit = self._line_edit(
            "libraryDirEdit", settings.library_dir,
            self.tr("Default: {folder}").format(folder=default_library_dir)
            if default_library_dir else self.tr("Default folder"))
        self.libraryDirEdit.setAccessibleName(self.tr("Library folder"))
        self.libraryDirEdit.setAccessibleDescription(self.tr(
            "Where finished videos are saved. Empty: the default folder."))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseLibraryButton")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.libraryDirEdit, 1)
        folder_row.addWidget(browse)
        self.libraryDirProblem = plain_label(object_name="libraryDirProblem")
        self.autoDownloadCheck = QCheckBox(self.tr("Save each finished video to this folder by "
                                                   "itself"))
        self.autoDownloadCheck.setObjectName("autoDownloadCheck")
        self.autoDownloadCheck.setChecked(settings.auto_download)
        library = self._section(self.tr("Library"), folder_row, self.libraryDirProblem,
                                self.autoDownloadCheck)

        self.notificationsCheck = QCheckBox(self.tr("Tell me when a video is ready or has "
                                                    "failed"))
        self.notificationsCheck.setObjectName("notificationsCheck")
        self.notificationsCheck.setChecked(settings.notifications)
        notifications = self._section(self.tr("Notifications"), self.notificationsCheck)
        language = self._language_section(settings.language)

        self.pollIntervalSpin = _spin("pollIntervalSpin", 2, 60,
                                      settings.poll_interval_seconds, self.tr(" seconds"))
        self.staleAfterSpin = _spin("staleAfterSpin", 5, 240,
                                    settings.stale_after_minutes, self.tr(" minutes"))
        tracking_form = QFormLayout()
        tracking_form.addRow(self.tr("Check unfinished videos every"), self.pollIntervalSpin)
        tracking_form.addRow(self.tr("Stop checking a video after"), self.staleAfterSpin)
        tracking = self._section(self.tr("Tracking"), tracking_form)

        # Advanced
        self.baseUrlEdit = self._line_edit("baseUrlEdit", settings.base_url,
                                           self.tr("https://api.acedata.cloud (the default)"))
        self.baseUrlProblem = plain_label(object_name="baseUrlProblem")
        env_note = plain_label(self.tr("ACEDATACLOUD_API_BASE_URL is set and overrides this "
                                       "address."), "hintLabel")
        env_note.setVisible(base_url_from_env)
        self.callbackUrlEdit = self._line_edit("callbackUrlEdit", settings.callback_url,
                                               self.tr("Optional, e.g. https://example.com/hook"))
        self.callbackUrlEdit.setToolTip(self.tr("The service also sends each finished result "
                                                "to this address. The app keeps checking by "
                                                "itself either way."))
        self.callbackUrlProblem = plain_label(object_name="callbackUrlProblem")
        self.maxConcurrentSpin = _spin("maxConcurrentSpin", 1, 10, settings.max_concurrent, "")
        advanced_form = QFormLayout()
        advanced_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        advanced_form.addRow(_buddy(self.tr("Service address"), self.baseUrlEdit),
                             _stacked(self.baseUrlEdit, self.baseUrlProblem, env_note))
        advanced_form.addRow(_buddy(self.tr("Webhook address"), self.callbackUrlEdit),
                             _stacked(self.callbackUrlEdit, self.callbackUrlProblem))
        advanced_form.addRow(self.tr("Videos made at once"), self.maxConcurrentSpin)
        advanced = self._section(self.tr("Advanced"), advanced_form)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                         | QDialogButtonBox.StandardButton.Cancel)
        self.okButton = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setObjectName("settingsOkButton")
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "settingsCancelButton")
        for button in self._buttons.buttons():
            button.setIcon(QIcon())  # some styles add icons; the welcome dialog has none either
        self._buttons.accepted.connect(self._accept)
        self._buttons.rejected.connect(self.reject)

        # The sections scroll when the screen is too low for all of them (1024×600, say);
        # OK and Cancel always stay in view.
        self._content = QWidget()
        sections = QVBoxLayout(self._content)
        sections.setContentsMargins(0, 0, 0, 0)
        for section in (self.tokenSection, self.platformSection, library, notifications,
                        language, tracking, advanced):
            sections.addWidget(section)
        sections.addStretch(1)
        self._scroll = ScrollsDown(self._content, "settingsScroll", whole_width=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._buttons)

        self._folder_timer = QTimer(self, singleShot=True, interval=FOLDER_CHECK_DELAY_MS)
        self._folder_timer.timeout.connect(self._start_folder_check)
        self.baseUrlEdit.textChanged.connect(
            lambda text: self._check_text("base_url", text, self.baseUrlProblem))
        self.callbackUrlEdit.textChanged.connect(
            lambda text: self._check_text("callback_url", text, self.callbackUrlProblem))
        self.libraryDirEdit.textChanged.connect(self._on_library_changed)
        self._check_text("base_url", self.baseUrlEdit.text(), self.baseUrlProblem)
        self._check_text("callback_url", self.callbackUrlEdit.text(), self.callbackUrlProblem)
        self._on_library_changed(self.libraryDirEdit.text())
        if self._folder_timer.isActive():  # nothing is being typed yet: no need to wait
            self._folder_timer.stop()
            self._start_folder_check()
        self.setMinimumWidth(560)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As tall as the sections need at this width, no taller than the screen, and on it."""
        layout, sections = self.layout(), self._content.layout()
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        needed = (sections.totalHeightForWidth(width) if sections.hasHeightForWidth()
                  else sections.totalSizeHint().height())
        chrome = (margins.top() + margins.bottom() + layout.spacing()
                  + self._buttons.sizeHint().height())
        # Not self.screen(): PySide ties the QScreen it returns to this dialog, and deleting
        # the dialog then kills every Python handle on the screen.
        screen = QGuiApplication.screenAt(self.geometry().center()) \
            or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(self.width(), min(needed + chrome, room.height() - 48))  # a title bar
        frame = self.frameGeometry()
        if frame.bottom() > room.bottom():
            self.move(self.x(), max(room.top(), room.bottom() - frame.height()))

    # --- building ------------------------------------------------------------------------------

    @staticmethod
    def _section(title: str, *parts) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        for part in parts:
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        return box

    @staticmethod
    def _line_edit(name: str, value: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _language_section(self, chosen: str) -> QGroupBox:
        self.languageCombo = QComboBox()
        self.languageCombo.setObjectName("languageCombo")
        # Each language named in itself, so it can be found by someone who can't read this one.
        for text, value in ((self.tr("System"), ""), ("English", ENGLISH), ("简体中文", CHINESE)):
            self.languageCombo.addItem(text, value)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(chosen)))
        self.languageCombo.setAccessibleName(self.tr("Language"))
        note = plain_label(self.tr("A new language shows the next time Hailuo Desktop starts."),
                           "hintLabel")
        self.languageCombo.setAccessibleDescription(note.text())
        row = QHBoxLayout()
        row.addWidget(self.languageCombo)
        row.addStretch(1)
        return self._section(self.tr("Language"), row, note)

    # --- the account (the app answers through these) -------------------------------------------

    def setAccount(self, token_description: str, token_from_env: bool, has_token: bool) -> None:
        self.tokenSection.setAccount(token_description, token_from_env, has_token)

    def showTokenCheck(self, check: TokenCheck) -> None:
        self.tokenSection.showCheck(check)

    # --- checking as you type -------------------------------------------------------------------

    def _check_text(self, field: str, text: str, label: QLabel) -> None:
        self._set_problem(field, validate_field(field, text.strip()), label)

    def _set_problem(self, field: str, problem: str | None, label: QLabel) -> None:
        if problem:
            self._problems[field] = problem
        else:
            self._problems.pop(field, None)
        show_tone(label, "bad", problem or "")
        self._update_ok()

    def _update_ok(self) -> None:
        self.okButton.setEnabled(not self._problems and self._folder_job is None
                                 and not self._folder_timer.isActive())

    def _on_library_changed(self, text: str) -> None:
        self._cancel_folder_check()
        problem = validate_field("library_dir", text.strip())
        self._set_problem("library_dir", problem, self.libraryDirProblem)
        if problem is None and (text.strip() or self._default_library_dir):
            self._folder_timer.start()
        self._update_ok()

    def _start_folder_check(self) -> None:
        folder = Path(self.libraryDirEdit.text().strip() or self._default_library_dir)
        folder = folder.expanduser()
        # Said only once the check runs: a folder on a sleeping drive can take a while.
        show_tone(self.libraryDirProblem, "neutral", self.tr("Trying this folder…"))
        job = asyncio.ensure_future(self._folder_checker(folder))
        self._folder_job = job
        job.add_done_callback(self._on_folder_checked)
        self._update_ok()

    def _on_folder_checked(self, job: asyncio.Future[FolderCheck]) -> None:
        # A dialog deleted with its parent (the window closing) never went through done().
        if (job.cancelled() or self._closed or not shiboken6.isValid(self)
                or job is not self._folder_job):
            return
        self._folder_job = None
        if job.exception() is not None:
            self._set_problem("library_dir",
                              self.tr("This folder could not be tried. Choose another."),
                              self.libraryDirProblem)
            job.get_loop().call_exception_handler(
                {"message": "library folder check failed", "exception": job.exception(),
                 "future": job})
            return
        problem, exists = job.result()
        if problem:
            self._set_problem("library_dir", problem, self.libraryDirProblem)
            return
        show_tone(self.libraryDirProblem, "good",
                  self.tr("Videos will be saved here.") if exists
                  else self.tr("This folder will be made when the first video is saved."))
        self._update_ok()

    def _cancel_folder_check(self) -> None:
        self._folder_timer.stop()
        if self._folder_job is not None:
            self._folder_job.cancel()
            self._folder_job = None

    def _browse(self) -> None:
        start = self.libraryDirEdit.text().strip() or self._default_library_dir
        chooser = QFileDialog(self, self.tr("Choose the library folder"), start)
        chooser.setObjectName("libraryFolderChooser")
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.libraryDirEdit.setText)
        chooser.open()

    # --- leaving --------------------------------------------------------------------------------

    def values(self) -> Settings:
        folder = self.libraryDirEdit.text().strip()
        return replace(
            self._original,
            base_url=self.baseUrlEdit.text().strip(),
            callback_url=self.callbackUrlEdit.text().strip(),
            library_dir=str(Path(folder).expanduser()) if folder else "",
            auto_download=self.autoDownloadCheck.isChecked(),
            notifications=self.notificationsCheck.isChecked(),
            poll_interval_seconds=float(self.pollIntervalSpin.value()),
            stale_after_minutes=float(self.staleAfterSpin.value()),
            max_concurrent=self.maxConcurrentSpin.value(),
            language=self.languageCombo.currentData(),
        )

    def _accept(self) -> None:
        if not self.okButton.isEnabled():
            return
        self.settingsAccepted.emit(self.values())
        self.accept()

    def done(self, result: int) -> None:
        self._closed = True
        self._cancel_folder_check()
        super().done(result)

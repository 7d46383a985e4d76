"""The Settings dialog: every setting on one page, each checked as it is typed.

A problem shows as a sentence under its field and keeps OK disabled; nothing raises. The token
itself is never shown or edited here: the buttons ask the app, which owns the token store.
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
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.settings import Settings, validate_field
from ...services.files import FolderCheck, check_library_folder
from ...services.token_check import TokenCheck
from .welcome_dialog import grow_to_fit, plain_label, show_tone

TOKEN_ENV_SENTENCE = ("Your token comes from the ACEDATACLOUD_API_TOKEN environment variable, "
                      "which the app never saves. To change or remove it, change the variable "
                      "and start the app again.")
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
        self.setWindowTitle("Settings")

        # Account
        self._tokenWhere = plain_label(object_name="tokenWhereLabel")
        self._tokenEnv = plain_label(TOKEN_ENV_SENTENCE, "tokenEnvLabel")
        self.changeTokenButton = QPushButton("Change token…")
        self.changeTokenButton.setObjectName("changeTokenButton")
        self.changeTokenButton.clicked.connect(self.tokenChangeRequested)
        self.removeTokenButton = QPushButton("Remove token")
        self.removeTokenButton.setObjectName("removeTokenButton")
        self.removeTokenButton.clicked.connect(self._confirm_remove)
        self.checkTokenButton = QPushButton("Check")
        self.checkTokenButton.setObjectName("accountCheckButton")
        self.checkTokenButton.setToolTip("Ask the service whether the token works. Starts no "
                                         "video and costs nothing.")
        self.checkTokenButton.clicked.connect(self._request_check)
        self.tokenCheckLabel = plain_label(object_name="tokenCheckLabel")
        account_buttons = QHBoxLayout()
        for button in (self.changeTokenButton, self.removeTokenButton, self.checkTokenButton):
            account_buttons.addWidget(button)
        account_buttons.addStretch(1)
        account = self._section("Account", self._tokenWhere, self._tokenEnv, account_buttons,
                                self.tokenCheckLabel)
        self.setAccount(token_description, token_from_env, has_token)

        # Library
        self.libraryDirEdit = self._line_edit("libraryDirEdit", settings.library_dir,
                                              f"Default: {default_library_dir}"
                                              if default_library_dir else "Default folder")
        self.libraryDirEdit.setAccessibleName(self.tr("Library folder"))
        self.libraryDirEdit.setAccessibleDescription(self.tr(
            "Where finished videos are saved. Empty: the default folder."))
        browse = QPushButton("Browse…")
        browse.setObjectName("browseLibraryButton")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.libraryDirEdit, 1)
        folder_row.addWidget(browse)
        self.libraryDirProblem = plain_label(object_name="libraryDirProblem")
        self.autoDownloadCheck = QCheckBox("Save each finished video to this folder by itself")
        self.autoDownloadCheck.setObjectName("autoDownloadCheck")
        self.autoDownloadCheck.setChecked(settings.auto_download)
        library = self._section("Library", folder_row, self.libraryDirProblem,
                                self.autoDownloadCheck)

        self.notificationsCheck = QCheckBox("Tell me when a video is ready or has failed")
        self.notificationsCheck.setObjectName("notificationsCheck")
        self.notificationsCheck.setChecked(settings.notifications)
        notifications = self._section("Notifications", self.notificationsCheck)

        self.pollIntervalSpin = _spin("pollIntervalSpin", 2, 60,
                                      settings.poll_interval_seconds, " seconds")
        self.staleAfterSpin = _spin("staleAfterSpin", 5, 240,
                                    settings.stale_after_minutes, " minutes")
        tracking_form = QFormLayout()
        tracking_form.addRow("Check unfinished videos every", self.pollIntervalSpin)
        tracking_form.addRow("Stop checking a video after", self.staleAfterSpin)
        tracking = self._section("Tracking", tracking_form)

        # Advanced
        self.baseUrlEdit = self._line_edit("baseUrlEdit", settings.base_url,
                                           "https://api.acedata.cloud (the default)")
        self.baseUrlProblem = plain_label(object_name="baseUrlProblem")
        env_note = plain_label("ACEDATACLOUD_API_BASE_URL is set and overrides this address.",
                               "hintLabel")
        env_note.setVisible(base_url_from_env)
        self.callbackUrlEdit = self._line_edit("callbackUrlEdit", settings.callback_url,
                                               "Optional, e.g. https://example.com/hook")
        self.callbackUrlEdit.setToolTip("The service also sends each finished result to this "
                                        "address. The app keeps checking by itself either way.")
        self.callbackUrlProblem = plain_label(object_name="callbackUrlProblem")
        self.maxConcurrentSpin = _spin("maxConcurrentSpin", 1, 10, settings.max_concurrent, "")
        advanced_form = QFormLayout()
        advanced_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        advanced_form.addRow(_buddy(self.tr("Service address"), self.baseUrlEdit),
                             _stacked(self.baseUrlEdit, self.baseUrlProblem, env_note))
        advanced_form.addRow(_buddy(self.tr("Webhook address"), self.callbackUrlEdit),
                             _stacked(self.callbackUrlEdit, self.callbackUrlProblem))
        advanced_form.addRow("Videos made at once", self.maxConcurrentSpin)
        advanced = self._section("Advanced", advanced_form)

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

        layout = QVBoxLayout(self)
        for section in (account, library, notifications, tracking, advanced):
            layout.addWidget(section)
        layout.addStretch(1)
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
        grow_to_fit(self)

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

    # --- the account (the app answers through these) -------------------------------------------

    def setAccount(self, token_description: str, token_from_env: bool, has_token: bool) -> None:
        """Where the token is. One from the environment is all there is to say: a saved one
        is not used while the variable is set, and nothing here can change the variable."""
        if has_token:
            where = f"Your token is kept in {token_description}."
        else:
            where = f"No token is saved. A token you add will be kept in {token_description}."
        self._tokenWhere.setText(where)
        self._tokenWhere.setVisible(not token_from_env)
        self._tokenEnv.setVisible(token_from_env)
        self.changeTokenButton.setText("Change token…" if has_token else "Add token…")
        self.changeTokenButton.setEnabled(not token_from_env)
        self.removeTokenButton.setEnabled(has_token and not token_from_env)
        why = self.tr("The token comes from ACEDATACLOUD_API_TOKEN: change the variable "
                      "instead.") if token_from_env else ""
        for button in (self.changeTokenButton, self.removeTokenButton):
            button.setToolTip(why)
            button.setAccessibleDescription(why)
        self.checkTokenButton.setEnabled(has_token or token_from_env)
        self.tokenCheckLabel.hide()

    def showTokenCheck(self, check: TokenCheck) -> None:
        self.checkTokenButton.setText("Check")
        self.checkTokenButton.setEnabled(True)
        show_tone(self.tokenCheckLabel, "good" if check.ok else "bad", check.sentence)

    def _request_check(self) -> None:
        self.checkTokenButton.setEnabled(False)
        self.checkTokenButton.setText("Checking…")
        show_tone(self.tokenCheckLabel, "neutral", "Asking the service…")
        self.tokenCheckRequested.emit()

    def _confirm_remove(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Remove your token?",
                          "Remove the saved token from this computer? You can paste it again "
                          "later from the AceData Cloud console.",
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("removeTokenConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton("Remove token", QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveTokenButton")
        box.button(QMessageBox.StandardButton.Cancel).setObjectName("cancelRemoveTokenButton")
        remove.clicked.connect(self.tokenRemoveRequested)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

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
        show_tone(self.libraryDirProblem, "neutral", "Trying this folder…")
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
            self._set_problem("library_dir", "This folder could not be tried. Choose another.",
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
                  "Videos will be saved here." if exists
                  else "This folder will be made when the first video is saved.")
        self._update_ok()

    def _cancel_folder_check(self) -> None:
        self._folder_timer.stop()
        if self._folder_job is not None:
            self._folder_job.cancel()
            self._folder_job = None

    def _browse(self) -> None:
        start = self.libraryDirEdit.text().strip() or self._default_library_dir
        chooser = QFileDialog(self, "Choose the library folder", start)
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

"""The platform token's part of Settings: what it unlocks, that it can spend money, where it is
kept, and Add / Remove / Check (which costs nothing). The token itself is never shown: the
buttons ask the app, which owns the token store."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout

from ...services.token_check import TokenCheck
from .welcome_dialog import plain_label, show_tone


class PlatformTokenSection(QGroupBox):
    addRequested = Signal()
    removeRequested = Signal()
    checkRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Platform token (optional)"))
        self.setObjectName("platformTokenSection")
        about = plain_label(self.tr(
            "A platform token lets the app upload pictures from this computer and show your "
            "balance and what each video cost. It can spend money on your whole AceData "
            "account, so keep it private; without it, paste links to pictures instead."),
            "platformTokenAbout")
        self._where = plain_label(object_name="platformTokenWhereLabel")
        self._env = plain_label(self.tr(
            "Your platform token comes from the ACEDATACLOUD_PLATFORM_TOKEN environment "
            "variable; it overrides the one saved here."), "platformTokenEnvLabel")
        self.addButton = QPushButton()
        self.addButton.setObjectName("changePlatformTokenButton")
        self.addButton.clicked.connect(self.addRequested)
        self.removeButton = QPushButton(self.tr("Remove platform token"))
        self.removeButton.setObjectName("removePlatformTokenButton")
        self.removeButton.clicked.connect(self._confirm_remove)
        self.checkButton = QPushButton(self.tr("Check"))
        self.checkButton.setObjectName("platformCheckButton")
        self.checkButton.setAccessibleName(self.tr("Check the platform token"))
        self.checkButton.setToolTip(self.tr("Ask AceData who this token belongs to. Changes "
                                            "nothing and costs nothing."))
        self.checkButton.clicked.connect(self._request_check)
        self.checkLabel = plain_label(object_name="platformTokenCheckLabel")
        self.checkLabel.hide()
        buttons = QHBoxLayout()
        for button in (self.addButton, self.removeButton, self.checkButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        for widget in (about, self._where, self._env):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(self.checkLabel)

    def setToken(self, description: str, from_env: bool, has_token: bool) -> None:
        if has_token:
            where = self.tr("Your platform token is stored in {where}.").format(
                where=description)
        else:
            where = self.tr("No platform token is saved. One you add is stored in {where}."
                            ).format(where=description)
        self._where.setText(where)
        self._where.setVisible(not from_env)  # the variable's token is kept nowhere
        self._env.setVisible(from_env)
        self.addButton.setText(self.tr("Change platform token…") if has_token
                               else self.tr("Add platform token…"))
        # The variable's token is changed where it is set, not here.
        self.addButton.setEnabled(not from_env)
        self.removeButton.setEnabled(has_token and not from_env)
        self.checkButton.setEnabled(has_token or from_env)
        self.checkLabel.hide()

    def showCheck(self, check: TokenCheck) -> None:
        self.checkButton.setText(self.tr("Check"))
        self.checkButton.setEnabled(True)
        show_tone(self.checkLabel, "good" if check.ok else "bad", check.sentence)

    def _request_check(self) -> None:
        self.checkButton.setEnabled(False)
        self.checkButton.setText(self.tr("Checking…"))
        show_tone(self.checkLabel, "neutral", self.tr("Asking AceData…"))
        self.checkRequested.emit()

    def _confirm_remove(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove your platform token?"),
                          self.tr("Remove the saved platform token from this computer? "
                                  "Uploads, the balance and costs stop until you add one "
                                  "again."), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("removePlatformTokenConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("Remove platform token"),
                               QMessageBox.ButtonRole.DestructiveRole)
        remove.clicked.connect(self.removeRequested)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

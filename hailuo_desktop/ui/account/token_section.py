"""Settings' account part: where the API token is kept, and Change, Remove and Check. The token
itself is never shown or edited here: the buttons ask the app, which owns the token store."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout

from ...domain.i18n import QT_TRANSLATE_NOOP
from ...services.token_check import TokenCheck
from .welcome_dialog import plain_label, show_tone

TOKEN_ENV_SENTENCE = QT_TRANSLATE_NOOP(  # shown as self.tr(TOKEN_ENV_SENTENCE)
    "TokenSection", "Your token comes from the ACEDATACLOUD_API_TOKEN environment variable, "
                    "which the app never saves. To change or remove it, change the variable "
                    "and start the app again.")


class TokenSection(QGroupBox):
    changeRequested = Signal()
    removeRequested = Signal()
    checkRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Account"))
        self._where = plain_label(object_name="tokenWhereLabel")
        self._env = plain_label(self.tr(TOKEN_ENV_SENTENCE), "tokenEnvLabel")
        self.changeTokenButton = QPushButton(self.tr("Change token…"))
        self.changeTokenButton.setObjectName("changeTokenButton")
        self.changeTokenButton.clicked.connect(self.changeRequested)
        self.removeTokenButton = QPushButton(self.tr("Remove token"))
        self.removeTokenButton.setObjectName("removeTokenButton")
        self.removeTokenButton.clicked.connect(self._confirm_remove)
        self.checkTokenButton = QPushButton(self.tr("Check"))
        self.checkTokenButton.setObjectName("accountCheckButton")
        self.checkTokenButton.setToolTip(self.tr("Ask the service whether the token works. "
                                                 "Starts no video and costs nothing."))
        self.checkTokenButton.clicked.connect(self._request_check)
        self.tokenCheckLabel = plain_label(object_name="tokenCheckLabel")
        buttons = QHBoxLayout()
        for button in (self.changeTokenButton, self.removeTokenButton, self.checkTokenButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self._where)
        column.addWidget(self._env)
        column.addLayout(buttons)
        column.addWidget(self.tokenCheckLabel)

    def setAccount(self, token_description: str, token_from_env: bool, has_token: bool) -> None:
        """Where the token is. One from the environment is all there is to say: a saved one
        is not used while the variable is set, and nothing here can change the variable."""
        if has_token:
            where = self.tr("Your token is kept in {where}.")
        else:
            where = self.tr("No token is saved. A token you add will be kept in {where}.")
        self._where.setText(where.format(where=token_description))
        self._where.setVisible(not token_from_env)
        self._env.setVisible(token_from_env)
        self.changeTokenButton.setText(self.tr("Change token…") if has_token
                                       else self.tr("Add token…"))
        self.changeTokenButton.setEnabled(not token_from_env)
        self.removeTokenButton.setEnabled(has_token and not token_from_env)
        why = self.tr("The token comes from ACEDATACLOUD_API_TOKEN: change the variable "
                      "instead.") if token_from_env else ""
        for button in (self.changeTokenButton, self.removeTokenButton):
            button.setToolTip(why)
            button.setAccessibleDescription(why)
        self.checkTokenButton.setEnabled(has_token or token_from_env)
        self.tokenCheckLabel.hide()

    def showCheck(self, check: TokenCheck) -> None:
        self.checkTokenButton.setText(self.tr("Check"))
        self.checkTokenButton.setEnabled(True)
        show_tone(self.tokenCheckLabel, "good" if check.ok else "bad", check.sentence)

    def _request_check(self) -> None:
        self.checkTokenButton.setEnabled(False)
        self.checkTokenButton.setText(self.tr("Checking…"))
        show_tone(self.tokenCheckLabel, "neutral", self.tr("Asking the service…"))
        self.checkRequested.emit()

    def _confirm_remove(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove your token?"),
                          self.tr("Remove the saved token from this computer? You can paste it "
                                  "again later from the AceData Cloud console."),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("removeTokenConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        remove = box.addButton(self.tr("Remove token"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveTokenButton")
        box.button(QMessageBox.StandardButton.Cancel).setObjectName("cancelRemoveTokenButton")
        remove.clicked.connect(self.removeRequested)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

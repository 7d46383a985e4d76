"""Asks for the AceData Cloud API token. Opened with open(), never exec(): the loop runs on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class TokenDialog(QDialog):
    tokenAccepted = Signal(str)

    def __init__(self, storage_description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Add your AceData Cloud token")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            "Create a token in the AceData Cloud console (platform.acedata.cloud → "
            "Applications) and paste it here. A global token or one for Hailuo works.\n"
            f"It will be kept in {storage_description}.")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.tokenEdit = QLineEdit()
        self.tokenEdit.setObjectName("tokenEdit")
        self.tokenEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tokenEdit.setPlaceholderText("Paste your token")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tokenEdit)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        self.tokenAccepted.emit(self.tokenEdit.text())
        super().accept()

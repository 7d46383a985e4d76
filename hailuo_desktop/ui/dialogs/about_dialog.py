"""The About dialog (version, Qt, license, links) and the app icon it shares with the windows.

Opened with open(), never exec(). The version comes from the installed package's metadata, so
pyproject.toml stays its one source (the archive name and support info read the same).
"""

from __future__ import annotations

import html
import platform
import sys
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.acedata import CONSOLE_URL
from ...domain.version import DISTRIBUTION, app_version
from ..common.assets import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app's icon from its PNG renders: no SVG plugin needed, crisp at every listed size."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "hailuo-desktop.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def project_url() -> str | None:
    """The project's home page from pyproject's [project.urls], when it names one."""
    try:
        entries = metadata.metadata(DISTRIBUTION).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    urls = dict(entry.split(",", 1) for entry in entries if "," in entry)
    for label in ("Homepage", "homepage", "Source", "Repository"):
        if urls.get(label, "").strip():
            return urls[label].strip()
    return None


def environment_summary() -> str:
    """One line to paste into a support request: what runs, and on what."""
    return (f"Hailuo Desktop {app_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}, "
            f"Python {platform.python_version()}, {platform.system()} {platform.machine()}"
            + (" (bundle)" if getattr(sys, "frozen", False) else ""))


def _link(url: str, text: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>'


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Hailuo Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = self._plain("Hailuo Desktop", "aboutName")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        name.setFont(font)
        self.versionLabel = self._plain(self.tr("Version {version}").format(
            version=app_version()), "aboutVersion")
        summary = self._plain(self.tr(
            "Make short AI videos with the Hailuo models on AceData Cloud."), "aboutSummary")
        self.qtLabel = self._plain(
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
            f"Python {platform.python_version()}", "hintLabel")
        license_label = self._plain(self.tr(
            "Free software under the GNU Lesser General Public License, version 3 or later "
            "(see the LICENSE file). It comes with no warranty."), "aboutLicense")

        links = [_link(CONSOLE_URL, self.tr("AceData Cloud console"))]
        if (url := project_url()) is not None:
            links.append(_link(url, self.tr("Project page")))
        self.linksLabel = QLabel(" · ".join(links))
        self.linksLabel.setObjectName("aboutLinks")
        self.linksLabel.setTextFormat(Qt.TextFormat.RichText)  # our own links, escaped above
        self.linksLabel.setOpenExternalLinks(True)

        text = QVBoxLayout()
        text.setSpacing(6)
        for widget in (name, self.versionLabel, summary, self.qtLabel, license_label,
                       self.linksLabel):
            text.addWidget(widget)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(icon)
        top.addLayout(text, 1)

        self.copyButton = QPushButton(self.tr("Copy support info"))
        self.copyButton.setObjectName("aboutCopyButton")
        self.copyButton.setToolTip(html.escape(environment_summary()))
        self.copyButton.clicked.connect(self._copy_support_info)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("aboutCloseButton")
        buttons.addButton(self.copyButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addWidget(buttons)
        self.setFixedWidth(480)

    def _plain(self, text: str, object_name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _copy_support_info(self) -> None:
        QGuiApplication.clipboard().setText(environment_summary())
        self.copyButton.setText(self.tr("Copied"))

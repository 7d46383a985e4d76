"""The About dialog: what it says, its links, copying support info, closing; the app icon."""

from __future__ import annotations

from importlib import metadata

import PySide6
import pytest
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from hailuo_desktop.ui.dialogs import about_dialog
from hailuo_desktop.ui.dialogs.about_dialog import AboutDialog, app_icon, environment_summary


@pytest.fixture
def dialog(qtbot):
    widget = AboutDialog()
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def test_it_shows_the_installed_version_and_the_qt_it_runs_on(dialog):
    version = metadata.version("hailuo-desktop")  # pyproject's version, through the install
    assert dialog.versionLabel.text() == f"Version {version}"
    assert f"Qt {qVersion()}" in dialog.qtLabel.text()
    assert f"PySide6 {PySide6.__version__}" in dialog.qtLabel.text()
    assert dialog.isVisible()  # open() returned at once: no nested event loop


def test_it_links_the_acedata_console(dialog):
    links = dialog.linksLabel
    assert '<a href="https://platform.acedata.cloud">AceData Cloud console</a>' in links.text()
    assert links.openExternalLinks()
    assert links.textFormat() == Qt.TextFormat.RichText


def test_the_project_page_is_linked_when_the_package_names_one(qtbot, monkeypatch):
    monkeypatch.setattr(about_dialog, "project_url", lambda: "https://example.org/a?b=1&c=2")
    widget = AboutDialog()
    qtbot.addWidget(widget)
    assert '<a href="https://example.org/a?b=1&amp;c=2">Project page</a>' in (
        widget.linksLabel.text())


def test_copy_support_info_puts_one_line_on_the_clipboard(qtbot, dialog):
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copyButton, Qt.MouseButton.LeftButton)

    copied = QGuiApplication.clipboard().text()
    assert copied == environment_summary()
    assert copied.startswith(f"Hailuo Desktop {metadata.version('hailuo-desktop')}, Qt ")
    assert "\n" not in copied
    assert dialog.copyButton.text() == "Copied"


def test_close_closes_and_deletes_it(qtbot):
    widget = AboutDialog()  # not handed to qtbot: closing deletes it, as it should
    widget.open()
    close = widget.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(widget.destroyed):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


def test_the_app_icon_has_every_rendered_size():
    sizes = app_icon().availableSizes()
    assert {size.width() for size in sizes} == {16, 24, 32, 48, 64, 128, 256, 512}
    assert all(size == QSize(size.width(), size.width()) for size in sizes)

"""A screen reader names every control of every window and dialog the app opens.

The walk (tests/accessibility.py) visits every visible control of the whole application, so
each step below first brings more of the app into view: the first run with its welcome, the
window with finished, failed and running videos selected, Settings and its confirmation,
About, the error dialog, the in-window notification. Qt's own save and folder dialogs are
Qt's business and are not opened.
"""

from __future__ import annotations

import pytest
from accessibility import ambiguous_fields, nameless_objects, unnamed_controls
from e2e_helpers import generate, states, wait_states
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFrame, QMessageBox, QPushButton, QWidget

from hailuo_desktop.ui.dialogs.error_dialog import ErrorReporter


def ours(*tops: QWidget) -> list[QWidget]:
    """The widgets of our windows. Of a message box, the buttons it lists are ours; the
    rest (its "Show Details…" button, say) Qt builds."""
    found = dict.fromkeys(w for top in tops for w in (top, *top.findChildren(QWidget)))
    for box in [w for w in found if isinstance(w, QMessageBox)]:
        listed = set(box.buttons())
        for inside in box.findChildren(QWidget):
            if inside not in listed:
                found.pop(inside, None)
    return list(found)


def assert_all_named(*tops: QWidget) -> None:
    unnamed = unnamed_controls()
    assert not unnamed, "a screen reader would say only what these are:\n" + "\n".join(unnamed)
    alike = ambiguous_fields()
    assert not alike, "fields that sound the same:\n" + "\n".join(alike)
    anonymous = nameless_objects(ours(*tops))
    assert not anonymous, "no objectName:\n" + "\n".join(anonymous)


def open_dialog(qtbot, window, name: str) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, name) is not None
                    and window.findChild(QDialog, name).isVisible(), timeout=5000)
    return window.findChild(QDialog, name)


def test_the_first_run_its_welcome_settings_and_about(open_app, qtbot):
    window = open_app()  # no token: the banner and the welcome
    welcome = open_dialog(qtbot, window, "welcomeDialog")
    assert_all_named(window, welcome)
    welcome.reject()

    window.settingsRequested.emit()
    settings = open_dialog(qtbot, window, "settingsDialog")
    assert_all_named(window, settings)
    settings.reject()

    window.findChild(QAction, "aboutAction").trigger()
    about = open_dialog(qtbot, window, "aboutDialog")
    assert_all_named(window, about)
    about.reject()

    reporter = ErrorReporter(window)
    reporter.show("Something unexpected went wrong.", "Traceback (most recent call last): …")
    box = reporter.dialog()
    qtbot.waitUntil(box.isVisible, timeout=3000)
    assert_all_named(window)
    box.close()


def test_settings_with_a_token_and_its_remove_confirmation(connect, open_app, qtbot,
                                                           monkeypatch):
    from e2e_helpers import TOKEN

    from hailuo_desktop.storage.secrets import default_token_store

    monkeypatch.delenv("ACEDATACLOUD_API_TOKEN")
    store_dir = __import__("hailuo_desktop.storage.paths", fromlist=["x"]).config_dir()
    default_token_store(store_dir, True).save(TOKEN)
    window = open_app()
    window.settingsRequested.emit()
    settings = open_dialog(qtbot, window, "settingsDialog")
    remove = settings.findChild(QPushButton, "removeTokenButton")
    qtbot.waitUntil(remove.isEnabled, timeout=3000)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.findChild(QMessageBox, "removeTokenConfirm") is not None,
                    timeout=3000)
    assert_all_named(window, settings)
    settings.findChild(QMessageBox, "removeTokenConfirm").reject()
    assert_all_named(window, settings)
    settings.reject()


@pytest.mark.parametrize("demo", [True])
def test_the_demo_with_an_image_model(open_app, qtbot, demo):
    window = open_app(demo=demo)
    form = window.form
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v"))
    qtbot.waitUntil(form.sampleButton.isVisible, timeout=5000)
    # Linux says a combo box's value as its name (its label comes by relation); elsewhere the
    # accessible name is said, and it names the field, not its current value.
    assert form.modelCombo.accessibleName() == "Model"
    assert_all_named(window)


def test_the_window_with_done_failed_and_running_videos(connect, app, qtbot):
    window = app()
    generate(qtbot, window, "a clip that is made")
    wait_states(qtbot, window, ["succeeded"])
    connect.faults.used_up = True
    generate(qtbot, window, "a clip nobody pays for")
    wait_states(qtbot, window, ["succeeded", "failed"])
    connect.faults.reset()
    connect.generation_seconds = 3600
    generate(qtbot, window, "a clip still being made")
    qtbot.waitUntil(lambda: "pending" in states(window) or "processing" in states(window),
                    timeout=5000)
    model = window.table.model()
    for state in ("succeeded", "failed", "pending"):
        rows = [r for r in range(model.rowCount())
                if model.task(r).state.value in (state, "processing")]
        window.table.selectRow(rows[0])
        qtbot.waitUntil(window.details.isVisible, timeout=3000)
        assert_all_named(window)
    window.findChild(QFrame, "toast").popUp("Your video is ready: a clip that is made")
    assert_all_named(window)

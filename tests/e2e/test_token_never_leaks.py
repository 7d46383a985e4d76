"""The token never leaves the places it belongs (the environment or the token store, and the
Authorization header to the service): a whole session with a recognisable token, file logging
at DEBUG, every kind of trouble, every copy button; then every file written, every log record,
the clipboard, every window title, label, tooltip and table cell is searched for it."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import platformdirs
import pytest
from e2e_helpers import TOKEN, close_app, generate, rows, states, wait_states
from hostile_helpers import all_tasks, cell, settle, status_text, wait_status
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from hailuo_desktop.storage.paths import APP_NAME
from hailuo_desktop.ui.library.row_menu import build_row_menu
from hailuo_desktop.ui.library.task_table_model import Column

# A wrong token is a secret too: it may be a real token for another account.
WRONG_TOKEN = "e2e-wrong-token-4d81e0"
SECRETS = (TOKEN, WRONG_TOKEN)


def forms_of(secret: str) -> list[bytes]:
    """The ways a token can sit in a file: as text in the usual encodings, and in base64."""
    raw = secret.encode()
    encoded = [raw, secret.encode("utf-16-le"), secret.encode("utf-16-be")]
    for shift in range(3):  # base64 of a longer text holds the token at one of three phases
        chunk = base64.b64encode(b"\0" * shift + raw)[4 if shift else 0:-4]
        encoded.append(chunk)
    return encoded


def leaks(data: bytes) -> list[str]:
    return [secret for secret in SECRETS if any(form in data for form in forms_of(secret))]


pytestmark = pytest.mark.usefixtures("no_background_errors")


@pytest.fixture
def file_logging(isolated_profile):
    """The app's own log file, as `hailuo-desktop` sets it up, with everything at DEBUG."""
    from hailuo_desktop.__main__ import _setup_logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    chatty = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "asyncio")}
    _setup_logging()
    root.setLevel(logging.DEBUG)
    for name in chatty:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield isolated_profile / "data" / "logs"
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    for name, old in chatty.items():
        logging.getLogger(name).setLevel(old)


class Recorder:
    """Everything the app puts on the clipboard and in the status bar, as it happens."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard)
        self._timer = QTimer(interval=20)
        self._window = None
        self._timer.timeout.connect(self._status)

    def watch(self, window) -> None:
        self._window = window
        window.statusBar().messageChanged.connect(self.texts.append)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        QGuiApplication.clipboard().dataChanged.disconnect(self._clipboard)

    def _clipboard(self) -> None:
        self.texts.append(QGuiApplication.clipboard().text())

    def _status(self) -> None:
        if self._window is not None and self._window.isVisible():
            self.texts.append(status_text(self._window))


@pytest.fixture
def recorder(qapp):
    watcher = Recorder()
    yield watcher
    watcher.stop()


def ui_strings() -> list[str]:
    """Every text any window of the app holds, shown or not yet shown."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip(),
                      widget.whatsThis(), widget.accessibleName(),
                      widget.accessibleDescription()]
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QLineEdit):
                texts += [widget.text(), widget.placeholderText()]
            if isinstance(widget, QPlainTextEdit):
                texts.append(widget.toPlainText())
            if isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                texts += table_strings(widget.model())
        for action in top.findChildren(QAction):
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in texts if t]


def table_strings(model) -> list[str]:
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole,
             *(Qt.ItemDataRole.UserRole + n for n in range(8))]
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            texts += [str(index.data(role)) for role in roles if index.data(role) is not None]
    return texts


def copy_everything(qtbot, window) -> None:
    """Every copy a user can make of every row: the details panel's and the row menu's."""
    for row in range(len(rows(window))):
        window.table.selectRow(row)
        for button in window.details.findChildren(QPushButton):
            if button.isVisible() and button.text().startswith("Copy"):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        menu = build_row_menu(window.table, window.table.currentTask())
        for action in menu.actions():
            if action.objectName().startswith("copy") and action.isEnabled():
                action.trigger()
        menu.deleteLater()


def open_about_and_copy(qtbot, window) -> None:
    about = window.findChild(QAction, "aboutAction")
    if about is None:
        return  # no About dialog in this build
    about.trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible()
                  and "About" in d.windowTitle())
    for button in dialog.findChildren(QPushButton):
        if button.text().startswith("Copy"):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog.reject()


def check_token_in_settings(qtbot, window, expected: str) -> None:
    window.findChild(QAction, "settingsAction").trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "settingsDialog") is not None, timeout=3000)
    dialog = window.findChild(QDialog, "settingsDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, "accountCheckButton"),
                     Qt.MouseButton.LeftButton)
    label = dialog.findChild(QLabel, "tokenCheckLabel")
    qtbot.waitUntil(lambda: expected in label.text(), timeout=5000)
    assert not leaks("\n".join(ui_strings()).encode())
    dialog.reject()


def written_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_a_whole_session_never_writes_shows_or_copies_the_token(
        connect, open_app, qtbot, isolated_profile, file_logging, recorder, caplog,
        monkeypatch):
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []

    # --- the right token: a success, a failure, an unconfirmed, trouble while polling ----------
    window = open_app()
    recorder.watch(window)
    generate(qtbot, window, "a clip that is made, saved and played")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
    qtbot.waitUntil(lambda: any((isolated_profile / "data" / "posters").glob("*.png")),
                    timeout=15000)

    connect.faults.fail_tasks = 1
    generate(qtbot, window, "a clip the moderators refuse")
    connect.faults.drop = 1
    generate(qtbot, window, "a clip whose answer is lost")
    connect.faults.update({"error_as_string": True, "used_up": True})
    generate(qtbot, window, "a clip with no credit left")
    wait_states(qtbot, window, ["succeeded", "failed", "unconfirmed", "failed"])
    connect.faults.reset()

    connect.generation_seconds = 3600
    generate(qtbot, window, "a clip tracked through trouble")
    qtbot.waitUntil(lambda: "pending" in states(window) or "processing" in states(window),
                    timeout=5000)
    connect.faults.update({"rate_limit": 1, "server_error": 1, "html_error": 1,
                           "malformed_json": 1, "drop": 1})
    qtbot.waitUntil(lambda: connect.faults.drop == 0, timeout=15000)
    connect.faults.token_expired = True
    wait_status(qtbot, window, "refused the token")
    connect.faults.reset()
    running = [task_id for state, task_id in rows(window) if state in ("pending", "processing")]
    connect.complete_task(running[0])
    wait_states(qtbot, window, ["succeeded", "failed", "unconfirmed", "failed", "succeeded"],
                timeout=20000)

    copy_everything(qtbot, window)
    open_about_and_copy(qtbot, window)
    check_token_in_settings(qtbot, window, "works")
    shown += ui_strings()
    settle(qtbot, window)
    close_app(qtbot, window)

    # --- a wrong token from the environment: 401 on generate, refused in Settings -------------
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", WRONG_TOKEN)
    window = open_app()
    recorder.watch(window)
    generate(qtbot, window, "a clip with the wrong token")
    # This row, not just any third failure: an unconfirmed row of the first session may be
    # found and fail meanwhile.
    qtbot.waitUntil(lambda: [(t.request.prompt, t.state.value) for t in all_tasks(window)
                             if t.request.prompt == "a clip with the wrong token"]
                    == [("a clip with the wrong token", "failed")], timeout=10000)
    window.table.selectRow(0)
    assert "did not accept your API token" in "\n".join(ui_strings())
    copy_everything(qtbot, window)
    check_token_in_settings(qtbot, window, "wrong or has expired")
    shown += ui_strings()
    settle(qtbot, window)
    close_app(qtbot, window)

    # --- now search everything ------------------------------------------------------------------
    assert not leaks("\n".join(shown).encode()), "a window shows the token"
    assert not leaks("\n".join(recorder.texts).encode()), \
        "the token was copied or shown in the status bar"
    assert any("Task id" in text or "task id" in text.lower() for text in recorder.texts), \
        "the copies were made"
    records = "\n".join([caplog.text, *(r.getMessage() for r in caplog.records)])
    assert not leaks(records.encode()), "a log record holds the token"

    files = written_files(isolated_profile)
    names = {p.relative_to(isolated_profile).as_posix() for p in files}
    for expected in ("data/tasks.sqlite3", "data/logs/hailuo-desktop.log",
                     "data/config/settings.json"):
        assert expected in names, f"{expected} was not written: {sorted(names)}"
    assert any(n.startswith("library/") and n.endswith(".mp4") for n in names)
    assert any(n.startswith("library/") and n.endswith(".json") for n in names)
    assert any(n.startswith("data/posters/") for n in names)
    assert not any(n.endswith("api-token") for n in names), \
        "a token from the environment is never stored"
    log_text = (file_logging / "hailuo-desktop.log").read_text()
    assert "DEBUG" in log_text and "POST" in log_text, "the log really recorded the session"
    for path in files:
        assert not leaks(path.read_bytes()), f"the token is in {path}"

    # The user's real profile is untouched, and holds no token either.
    for folder in (platformdirs.user_data_path(APP_NAME, appauthor=False),
                   platformdirs.user_config_path(APP_NAME, appauthor=False),
                   platformdirs.user_log_path(APP_NAME, appauthor=False),
                   platformdirs.user_cache_path(APP_NAME, appauthor=False)):
        if folder.is_dir():
            for path in written_files(folder):
                assert not leaks(path.read_bytes()), f"the token is in {path}"


@pytest.mark.parametrize("text", [
    f"Authorization: Bearer {TOKEN}\n".encode(),
    f'{{"token": "{TOKEN}"}}'.encode("utf-16-le"),
    base64.b64encode(f"Bearer {TOKEN}".encode()),
    base64.b64encode(f"xBearer {TOKEN}".encode()),
    base64.b64encode(f"xyBearer {TOKEN}".encode()),
])
def test_the_search_finds_the_token_in_any_form(text):
    """The search above would see a token written as text, UTF-16 or base64."""
    assert leaks(text) == [TOKEN]

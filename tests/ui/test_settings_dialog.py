"""The Settings dialog, driven with real typing and clicks: what it refuses and what it returns."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from hailuo_desktop.domain.settings import Settings
from hailuo_desktop.services.files import FolderCheck
from hailuo_desktop.services.files import check_library_folder as check_folder
from hailuo_desktop.services.token_check import WORKS, WRONG, TokenCheck
from hailuo_desktop.storage.library import library_dir_problem
from hailuo_desktop.ui.account.settings_dialog import SettingsDialog
from hailuo_desktop.ui.account.token_section import TOKEN_ENV_SENTENCE

FILE_STORE = "a private file on this computer (not encrypted)"


async def folder_here(folder: Path) -> FolderCheck:
    """The real folder test, without the worker thread (whose late answer could outlive the
    test's event loop); `test_the_real_check_runs_in_a_worker_thread` covers the thread."""
    return library_dir_problem(folder), folder.is_dir()


@pytest.fixture
def make(qtbot, event_loop, tmp_path):
    made: list[SettingsDialog] = []

    def build(settings: Settings | None = None, description: str = "the system keychain",
              from_env: bool = False, has_token: bool = True, **kw) -> SettingsDialog:
        kw.setdefault("default_library_dir", str(tmp_path / "library"))
        kw.setdefault("folder_checker", folder_here)
        dialog = SettingsDialog(settings or Settings(), description, from_env, has_token, **kw)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read after closing
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        made.append(dialog)
        return dialog

    yield build
    for dialog in made:  # while the event loop still runs: its folder check is cancelled
        dialog.reject()


@pytest.fixture
def dialog(make, qtbot):
    widget = make()
    qtbot.waitUntil(ok(widget).isEnabled)  # the default folder has been tried
    return widget


def ok(dialog) -> QPushButton:
    return dialog.findChild(QPushButton, "settingsOkButton")


def line(dialog, name: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, name)


def spin(dialog, name: str) -> QSpinBox:
    return dialog.findChild(QSpinBox, name)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def visible_text(label) -> str:
    return label.text() if label.isVisible() else ""


# --- service address and webhook -----------------------------------------------------------------


def test_plain_http_to_another_computer_is_refused_with_a_sentence(dialog, qtbot):
    retype(qtbot, line(dialog, "baseUrlEdit"), "http://api.example.com")
    assert "Use https://" in visible_text(dialog.baseUrlProblem)
    assert dialog.baseUrlProblem.textFormat() == Qt.TextFormat.PlainText
    assert not ok(dialog).isEnabled()


@pytest.mark.parametrize("address", ["http://127.0.0.1:8765", "http://localhost:9000/",
                                     "http://[::1]:8765", "https://proxy.example.com/api",
                                     "  https://api.acedata.cloud  ", ""])
def test_loopback_http_and_any_https_are_accepted(dialog, qtbot, address):
    retype(qtbot, line(dialog, "baseUrlEdit"), "http://wrong.example")
    assert not ok(dialog).isEnabled()
    retype(qtbot, line(dialog, "baseUrlEdit"), address)
    assert visible_text(dialog.baseUrlProblem) == ""
    assert ok(dialog).isEnabled()


@pytest.mark.parametrize(("address", "words"), [
    ("javascript:alert(1)", "starts with https://"),
    ("api.acedata.cloud", "starts with https://"),
    ("http://127.0.0.1.evil.example", "Use https://"),
    ("https://user:secret@api.example.com", "user names and passwords"),
    ("https://api.example.com/?next=http://x", "remove the part from ? or #"),
    ("https://api.example.com:99999", "port number"),
    ("https://<b>x</b>.example", "starts with https://"),
])
def test_hostile_service_addresses_are_refused(dialog, qtbot, address, words):
    retype(qtbot, line(dialog, "baseUrlEdit"), address)
    assert words in visible_text(dialog.baseUrlProblem)
    assert not ok(dialog).isEnabled()


def test_the_webhook_is_checked_too(dialog, qtbot):
    hook = line(dialog, "callbackUrlEdit")
    retype(qtbot, hook, "ftp://hooks.example.com/x")
    assert "starts with https://" in visible_text(dialog.callbackUrlProblem)
    assert not ok(dialog).isEnabled()
    retype(qtbot, hook, "http://hooks.example.com/x")
    assert "Use https://" in visible_text(dialog.callbackUrlProblem)
    retype(qtbot, hook, "https://hooks.example.com/hailuo?key=abc")  # a query is fine here
    assert visible_text(dialog.callbackUrlProblem) == ""
    assert ok(dialog).isEnabled()


def test_a_markup_address_is_shown_literally(dialog, qtbot):
    retype(qtbot, line(dialog, "baseUrlEdit"), "<a href='x'>")
    assert dialog.baseUrlProblem.textFormat() == Qt.TextFormat.PlainText
    assert not ok(dialog).isEnabled()


# --- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "low", "high"), [
    ("pollIntervalSpin", 2, 60), ("staleAfterSpin", 5, 240), ("maxConcurrentSpin", 1, 10)])
def test_spin_ranges(dialog, qtbot, name, low, high):
    box = spin(dialog, name)
    assert (box.minimum(), box.maximum()) == (low, high)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "999")
    assert low <= box.value() <= high
    box.setValue(high)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == high
    box.setValue(low)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.value() == low


def test_values_from_a_file_outside_the_ranges_are_brought_inside(make):
    dialog = make(Settings(poll_interval_seconds=0.1, stale_after_minutes=0.5, max_concurrent=3))
    assert spin(dialog, "pollIntervalSpin").value() == 2
    assert spin(dialog, "staleAfterSpin").value() == 5


# --- the library folder --------------------------------------------------------------------------


def test_a_folder_under_a_regular_file_is_refused(dialog, qtbot, tmp_path):
    blocker = tmp_path / "not-a-folder.txt"
    blocker.write_text("I am a file")
    retype(qtbot, line(dialog, "libraryDirEdit"), str(blocker / "videos"))
    qtbot.waitUntil(lambda: "is a file, not a folder" in visible_text(dialog.libraryDirProblem))
    assert not ok(dialog).isEnabled()


def test_a_relative_folder_is_refused_at_once(dialog, qtbot):
    retype(qtbot, line(dialog, "libraryDirEdit"), "videos/here")
    assert "full folder path" in visible_text(dialog.libraryDirProblem)
    assert not ok(dialog).isEnabled()


def test_an_existing_writable_folder_is_accepted(dialog, qtbot, tmp_path):
    folder = tmp_path / "clips"
    folder.mkdir()
    retype(qtbot, line(dialog, "libraryDirEdit"), str(folder))
    assert not ok(dialog).isEnabled(), "OK waits until the folder has been tried"
    qtbot.waitUntil(ok(dialog).isEnabled)
    assert visible_text(dialog.libraryDirProblem) == "✓ Videos will be saved here."
    assert list(folder.iterdir()) == [], "the write test leaves nothing behind"


def test_a_folder_that_does_not_exist_yet_is_fine_and_not_made(dialog, qtbot, tmp_path):
    folder = tmp_path / "new" / "clips"
    retype(qtbot, line(dialog, "libraryDirEdit"), str(folder))
    qtbot.waitUntil(ok(dialog).isEnabled)
    assert "will be made when the first video is saved" in visible_text(dialog.libraryDirProblem)
    assert not (tmp_path / "new").exists()


def test_browse_fills_the_folder(dialog, qtbot, tmp_path):
    folder = tmp_path / "picked"
    folder.mkdir()
    qtbot.mouseClick(dialog.findChild(QPushButton, "browseLibraryButton"),
                     Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "libraryFolderChooser")
    assert chooser is not None and chooser.isVisible()
    assert not chooser.isModal() or chooser.windowModality() != Qt.WindowModality.ApplicationModal
    chooser.fileSelected.emit(str(folder))  # what the chooser sends when the user picks
    chooser.reject()
    assert line(dialog, "libraryDirEdit").text() == str(folder)
    qtbot.waitUntil(ok(dialog).isEnabled)


def test_the_real_check_runs_in_a_worker_thread(make, qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog = make(Settings(library_dir=str(blocker / "sub")), folder_checker=check_folder)
    qtbot.waitUntil(lambda: "is a file, not a folder" in visible_text(dialog.libraryDirProblem))
    retype(qtbot, line(dialog, "libraryDirEdit"), str(tmp_path))
    qtbot.waitUntil(ok(dialog).isEnabled)
    assert visible_text(dialog.libraryDirProblem) == "✓ Videos will be saved here."


def test_closing_while_a_folder_is_tried_leaves_nothing_running(make, qtbot, tmp_path):
    # A folder on a drive that hangs: the check is still out when the user closes the dialog.
    calls: list[Path] = []
    cancelled: list[Path] = []

    async def hanging(folder: Path) -> FolderCheck:
        calls.append(folder)
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append(folder)
            raise
        raise AssertionError("never answers")

    dialog = make(Settings(library_dir=str(tmp_path)), folder_checker=hanging)
    qtbot.waitUntil(lambda: calls == [tmp_path])
    assert not ok(dialog).isEnabled()
    assert visible_text(dialog.libraryDirProblem) == "Trying this folder…"
    dialog.reject()
    qtbot.waitUntil(lambda: cancelled == [tmp_path])


def test_a_folder_check_that_crashes_goes_to_the_error_sink(make, qtbot, event_loop, tmp_path):
    reported = []
    event_loop.set_exception_handler(lambda _loop, context: reported.append(context))

    async def broken(folder: Path) -> FolderCheck:
        raise RuntimeError("bug")

    dialog = make(Settings(library_dir=str(tmp_path)), folder_checker=broken)
    qtbot.waitUntil(lambda: bool(reported))
    assert "could not be tried" in visible_text(dialog.libraryDirProblem)
    assert not ok(dialog).isEnabled()


# --- OK ------------------------------------------------------------------------------------------


def test_ok_emits_the_values_typed(make, qtbot, tmp_path):
    original = Settings(player_volume=0.35, player_muted=True)
    dialog = make(original)
    folder = tmp_path / "my videos"
    folder.mkdir()
    retype(qtbot, line(dialog, "baseUrlEdit"), " http://127.0.0.1:8765 ")
    retype(qtbot, line(dialog, "callbackUrlEdit"), "https://hooks.example.com/done")
    retype(qtbot, line(dialog, "libraryDirEdit"), str(folder))
    for name, value in (("pollIntervalSpin", "12"), ("staleAfterSpin", "90"),
                        ("maxConcurrentSpin", "5")):
        box = spin(dialog, name)
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, value)
    for name in ("autoDownloadCheck", "notificationsCheck"):
        qtbot.mouseClick(dialog.findChild(QCheckBox, name), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ok(dialog).isEnabled)
    with qtbot.waitSignal(dialog.settingsAccepted) as accepted:
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert accepted.args[0] == replace(
        original, base_url="http://127.0.0.1:8765", callback_url="https://hooks.example.com/done",
        library_dir=str(folder), poll_interval_seconds=12.0, stale_after_minutes=90.0,
        max_concurrent=5, auto_download=False, notifications=False)
    assert not dialog.isVisible()


def test_cancel_emits_nothing(dialog, qtbot):
    got = []
    dialog.settingsAccepted.connect(got.append)
    retype(qtbot, line(dialog, "baseUrlEdit"), "https://other.example")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert got == [] and not dialog.isVisible()


# --- the account ---------------------------------------------------------------------------------


def account_texts(dialog) -> list[str]:
    return [visible_text(dialog.findChild(type(dialog.baseUrlProblem), name))
            for name in ("tokenWhereLabel", "tokenEnvLabel")]


def test_says_where_the_token_is_kept(make):
    assert account_texts(make()) == ["Your token is kept in the system keychain.", ""]
    assert account_texts(make(description=FILE_STORE))[0] == (
        "Your token is kept in a private file on this computer (not encrypted).")


@pytest.mark.parametrize("saved", [False, True])
def test_a_token_from_the_environment_is_all_it_says_and_nothing_pretends_to_change_it(
        make, saved):
    dialog = make(from_env=True, has_token=True, description=FILE_STORE)  # as the app passes
    where, env = account_texts(dialog)
    assert env == TOKEN_ENV_SENTENCE
    assert where == "", "never 'kept in a private file' above 'comes from the variable'"
    assert dialog.checkTokenButton.isEnabled()  # the environment's token can be checked
    for button in (dialog.changeTokenButton, dialog.removeTokenButton):
        assert not button.isEnabled() and "ACEDATACLOUD_API_TOKEN" in button.toolTip()
    dialog.setAccount(FILE_STORE, False, saved)  # the variable gone, in a later session
    assert dialog.changeTokenButton.isEnabled()
    assert dialog.removeTokenButton.isEnabled() == saved and account_texts(dialog)[1] == ""


def test_no_token_yet(make):
    dialog = make(has_token=False)
    assert account_texts(dialog)[0].startswith("No token is saved.")
    assert dialog.changeTokenButton.text() == "Add token…"
    assert not dialog.removeTokenButton.isEnabled()
    assert not dialog.checkTokenButton.isEnabled()


def test_change_token_asks_the_app(dialog, qtbot):
    with qtbot.waitSignal(dialog.tokenChangeRequested):
        qtbot.mouseClick(dialog.changeTokenButton, Qt.MouseButton.LeftButton)
    dialog.setAccount(FILE_STORE, False, True)  # what the app does once the new one is saved
    assert account_texts(dialog)[0] == f"Your token is kept in {FILE_STORE}."


def test_remove_token_asks_first(dialog, qtbot):
    removed = []
    dialog.tokenRemoveRequested.connect(lambda: removed.append(True))
    qtbot.mouseClick(dialog.removeTokenButton, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "removeTokenConfirm")
    qtbot.waitUntil(box.isVisible)
    assert removed == []
    remove = next(b for b in box.findChildren(QAbstractButton) if b.text() == "Remove token")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert removed == [True]


def test_check_asks_the_app_and_shows_its_answer(dialog, qtbot):
    with qtbot.waitSignal(dialog.tokenCheckRequested):
        qtbot.mouseClick(dialog.checkTokenButton, Qt.MouseButton.LeftButton)
    assert dialog.checkTokenButton.text() == "Checking…"
    assert not dialog.checkTokenButton.isEnabled()
    dialog.showTokenCheck(TokenCheck(False, WRONG))
    assert visible_text(dialog.tokenCheckLabel) == "✗ " + WRONG
    assert dialog.checkTokenButton.isEnabled()
    dialog.showTokenCheck(TokenCheck(True, WORKS))
    assert visible_text(dialog.tokenCheckLabel) == "✓ " + WORKS

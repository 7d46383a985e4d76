"""Hostile and broken input from the user, through the whole app: each gets one sentence where the
user is looking, nothing unwanted is sent, and the app keeps working."""

from __future__ import annotations

import json
import shutil
import socket

import pytest
from e2e_helpers import TOKEN, generate, rows, states, wait_states, write_settings
from hostile_helpers import (
    FakeHailuo,
    Reply,
    UrlCatcher,
    cell,
    details_text,
    paste,
    settle,
    status_text,
    visible_text,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from hailuo_desktop.domain import links
from hailuo_desktop.ui.library.row_menu import build_row_menu
from hailuo_desktop.ui.library.task_table_model import Column

pytestmark = pytest.mark.usefixtures("no_background_errors")


def nothing_sent(simulator, window) -> None:
    assert simulator.generate_calls == 0, "a refused input must not reach the service"
    assert rows(window) == []


def press_generate(qtbot, window) -> None:
    qtbot.mouseClick(window.form.generateButton, Qt.MouseButton.LeftButton)


def form_says(window) -> str:
    """What the form shows under its fields: its own message and the first-frame line."""
    return visible_text(window.form)


def frame_edit(window) -> QLineEdit:
    return window.findChild(QLineEdit, "firstFrameEdit")


def choose(window, model: str) -> None:
    combo = window.form.modelCombo
    combo.setCurrentIndex(combo.findData(model))


def menu_action(window, name: str):
    window.table.selectRow(0)
    menu = build_row_menu(window.table, window.table.currentTask())
    menu.deleteLater()
    found = [a for a in menu.actions() if a.objectName() == name]
    return found[0] if found else None


# --- the token in the welcome dialog -----------------------------------------------------------


@pytest.fixture
def no_token(simulator, monkeypatch):
    """The simulator is the service, but no token is configured: the welcome dialog opens."""
    monkeypatch.setenv("ACEDATACLOUD_API_BASE_URL", simulator.base_url)
    write_settings(poll_interval_seconds=0.1)
    return simulator


def welcome(qtbot, window) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, "welcomeDialog") is not None
                    and window.findChild(QDialog, "welcomeDialog").isVisible(), timeout=3000)
    return window.findChild(QDialog, "welcomeDialog")


def dialog_button(dialog, name: str) -> QPushButton:
    return dialog.findChild(QPushButton, name)


def test_a_token_pasted_with_blanks_around_is_trimmed_checked_saved_and_works(
        no_token, app, qtbot, isolated_profile):
    window = app()
    dialog = welcome(qtbot, window)
    edit = dialog.findChild(QLineEdit, "welcomeTokenEdit")
    paste(qtbot, edit, f" \n\t {TOKEN} \r\n ")
    qtbot.mouseClick(dialog_button(dialog, "checkTokenButton"), Qt.MouseButton.LeftButton)
    result = dialog.findChild(QLabel, "tokenResultLabel")
    qtbot.waitUntil(lambda: "works" in result.text(), timeout=5000)
    qtbot.mouseClick(dialog_button(dialog, "saveTokenButton"), Qt.MouseButton.LeftButton)
    assert "Token saved" in status_text(window)

    stored = isolated_profile / "data" / "config" / "api-token"
    assert stored.read_text() == TOKEN, "kept without the blanks around it"
    qtbot.waitUntil(lambda: window.form.generateButton.isEnabled(), timeout=5000)
    generate(qtbot, window, "made with a trimmed token")
    wait_states(qtbot, window, ["succeeded"])


@pytest.mark.parametrize("pasted, words", [
    ("e2e-secret token-7f3a9c", "no spaces inside"),
    ("e2e-secret\ttoken-7f3a9c", "no spaces inside"),
    ("e2e-secret\u200btoken-7f3a9c", "invisible or unusual character"),
    ("e2e-sécret-token-7f3a9c", "invisible or unusual character"),
])
def test_a_token_with_something_inside_is_refused_before_anything_is_sent(
        no_token, app, qtbot, isolated_profile, pasted, words):
    window = app()
    dialog = welcome(qtbot, window)
    edit = dialog.findChild(QLineEdit, "welcomeTokenEdit")
    paste(qtbot, edit, pasted)
    result = dialog.findChild(QLabel, "tokenResultLabel")
    assert result.isVisible() and words in result.text()
    assert not dialog_button(dialog, "saveTokenButton").isEnabled()
    assert not dialog_button(dialog, "checkTokenButton").isEnabled()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter must not save it either
    assert dialog.isVisible()
    assert no_token.requests_received == []
    assert not (isolated_profile / "data" / "config" / "api-token").exists()


def test_a_line_break_inside_a_pasted_token_is_refused(no_token, app, qtbot):
    window = app()
    dialog = welcome(qtbot, window)
    edit = dialog.findChild(QLineEdit, "welcomeTokenEdit")
    paste(qtbot, edit, "e2e-secret\ntoken-7f3a9c")
    assert not dialog_button(dialog, "saveTokenButton").isEnabled()
    assert "no spaces inside" in dialog.findChild(QLabel, "tokenResultLabel").text()


def test_an_environment_token_with_blanks_around_works(connect, app, qtbot, monkeypatch):
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", f"  {TOKEN}\n")
    window = app()
    generate(qtbot, window, "the variable had a line break at the end")
    wait_states(qtbot, window, ["succeeded"])


def test_an_environment_token_with_a_space_inside_is_named_as_the_problem(connect, app,
                                                                          qtbot, monkeypatch):
    """The variable is set, but unusable: saying "no token is set" sends the user looking in
    the wrong place. The window names the variable and what is wrong with it."""
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", "e2e-secret token-7f3a9c")
    window = app()
    qtbot.waitUntil(lambda: not window.form.generateButton.isEnabled()
                    or window.tokenBanner.isVisible(), timeout=3000)
    assert "ACEDATACLOUD_API_TOKEN" in visible_text(window)
    assert connect.requests_received == []


# --- the library folder ------------------------------------------------------------------------


def test_a_library_folder_that_cannot_be_made_says_so_and_the_video_stays_done(
        connect, app, qtbot, isolated_profile, monkeypatch):
    blocker = isolated_profile / "not-a-folder"
    blocker.write_text("a file where the library's parent folder should be")
    monkeypatch.setenv("HAILUO_DESKTOP_LIBRARY_DIR", str(blocker / "library"))
    window = app()
    generate(qtbot, window, "nowhere to keep it")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0].startswith("Not saved"), timeout=10000)
    _, tip = cell(window, Column.FILE)
    assert "library folder" in tip and "can't be written" in tip and "Settings" in tip
    assert states(window) == ["succeeded"]

    good = isolated_profile / "fixed-library"
    monkeypatch.setenv("HAILUO_DESKTOP_LIBRARY_DIR", str(good))
    again = menu_action(window, "saveToLibraryAction")
    assert again is not None and again.text() == "Try saving again"
    again.trigger()
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
    assert len(list(good.glob("*.mp4"))) == 1


def test_a_library_folder_deleted_between_downloads_is_made_again(connect, app, qtbot,
                                                                  isolated_profile):
    library = isolated_profile / "library"
    window = app()
    generate(qtbot, window, "first, into the library")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
    settle(qtbot, window)  # its poster is made from the file: let that finish first
    shutil.rmtree(library)

    generate(qtbot, window, "second, after the folder was deleted")
    wait_states(qtbot, window, ["succeeded", "succeeded"])
    qtbot.waitUntil(lambda: [cell(window, Column.FILE, r)[0] for r in range(2)]
                    == ["Saved", "Saved"], timeout=10000)
    assert len(list(library.glob("*.mp4"))) == 1, "the folder was made again for the second"


def test_a_clip_whose_file_vanished_says_so_and_can_be_fetched_again(connect, app, qtbot,
                                                                     isolated_profile):
    """The library folder was deleted behind the app's back. Selecting the clip must not show
    a black box, and the clip can be saved again from its link (which still works) without
    paying for a new generation."""
    window = app()
    generate(qtbot, window, "deleted behind the app's back")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
    settle(qtbot, window)  # its poster is made from the file: let that finish first
    shutil.rmtree(isolated_profile / "library")

    menu_action(window, "playAction").trigger()
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] != "Saved", timeout=10000)
    _, tip = cell(window, Column.FILE)
    assert "moved or deleted" in tip
    window.table.selectRow(0)
    assert tip in details_text(window)
    again = menu_action(window, "saveToLibraryAction")
    assert again is not None and again.text() == "Save again"
    again.trigger()
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
    assert len(list((isolated_profile / "library").glob("*.mp4"))) == 1
    assert connect.generate_calls == 1, "fetched again from its link, not made (and paid) again"


# --- markup in the prompt ----------------------------------------------------------------------


@pytest.mark.parametrize("prompt", ["<img src=x onerror=alert(1)>",
                                    '<a href="https://evil.example">x</a> <b>bold</b>'])
def test_markup_in_a_prompt_is_shown_literally_everywhere(connect, app, qtbot, prompt,
                                                          isolated_profile):
    with UrlCatcher() as desktop:
        window = app()
        generate(qtbot, window, prompt)
        wait_states(qtbot, window, ["succeeded"])
        qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
        window.table.selectRow(0)

        assert prompt in details_text(window).splitlines()
        text, tip = cell(window, Column.PROMPT)
        assert text == prompt and tip == prompt
        for label in window.findChildren(QLabel):
            if "<" in label.text() and label.isVisible():
                assert label.textFormat() == Qt.TextFormat.PlainText or not \
                    GuiQt.mightBeRichText(label.text()), f"{label.objectName()} renders markup"
        menu_action(window, "copyPromptAction").trigger()
        assert QGuiApplication.clipboard().text() == prompt
        assert desktop.urls == []
    [sidecar] = (isolated_profile / "library").glob("*.json")
    assert json.loads(sidecar.read_text())["prompt"] == prompt


# --- the prompt and the first frame: refused before anything is sent --------------------------


def test_a_data_url_pasted_as_first_frame_is_refused(connect, app, qtbot):
    window = app()
    choose(window, "minimax-i2v")
    qtbot.keyClicks(window.form.promptEdit, "from an embedded picture")
    paste(qtbot, frame_edit(window), "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE=")
    info = window.findChild(QLabel, "firstFrameInfo")
    assert info.text() == links.DATA_URL_PROBLEM
    assert not frame_edit(window).text().startswith("data:"), "the pasted text is not kept"
    press_generate(qtbot, window)
    assert "needs a first frame" in form_says(window)
    nothing_sent(connect, window)


def test_a_twenty_thousand_character_prompt_is_refused(connect, app, qtbot):
    window = app()
    paste(qtbot, window.form.promptEdit, "a very long prompt " * 1053)  # 20,007 characters
    press_generate(qtbot, window)
    assert "20,007 characters long; the limit is 7,000" in window.form.messageLabel.text()
    assert window.form.messageLabel.isVisible()
    assert "20,007 / 7,000" in form_says(window)
    nothing_sent(connect, window)
    window.form.promptEdit.clear()
    generate(qtbot, window, "a short one goes through")
    wait_states(qtbot, window, ["succeeded"])


REFUSED = [
    ("minimax-t2v", "", "", "Write a prompt first"),
    ("minimax-t2v", "   \n\t  ", "", "Write a prompt first"),
    ("minimax-i2v", "no picture given", "", "needs a first frame"),
    ("minimax-i2v-director", "[Pan left] no picture", "", "needs a first frame"),
    ("minimax-i2v", "script", "javascript:alert(1)", links.SCRIPT_PROBLEM),
    ("minimax-i2v", "a local file", "file:///home/me/cat.png", links.LOCAL_FILE_PROBLEM),
    ("minimax-i2v", "a local path", "/home/me/cat.png", links.LOCAL_FILE_PROBLEM),
    ("minimax-i2v", "a windows path", "C:\\Users\\me\\cat.png", links.LOCAL_FILE_PROBLEM),
    ("minimax-i2v", "a browser blob", "blob:https://example.com/1234", links.BLOB_PROBLEM),
    ("minimax-i2v", "a space", "https://example.com/my cat.png", links.WHITESPACE_PROBLEM),
    ("minimax-i2v", "no scheme", "example.com/cat.png", links.NO_SCHEME_PROBLEM),
    ("minimax-i2v", "a typo", "htps://example.com/cat.png", "did you mean"),
    ("minimax-i2v", "no host", "https://", links.NO_HOST_PROBLEM),
    ("minimax-i2v", "bad host", "https://exa<mple>.com/cat.png", links.MALFORMED_PROBLEM),
    ("minimax-i2v", "bad port", "https://example.com:99999/cat.png", links.MALFORMED_PROBLEM),
    ("minimax-i2v", "ftp", "ftp://example.com/cat.png", "not ftp: links"),
]


@pytest.mark.parametrize("model, prompt, frame, words", REFUSED,
                         ids=[f"{m}-{f or p.strip() or 'blank'}" for m, p, f, _ in REFUSED])
def test_bad_input_is_refused_with_a_sentence_and_nothing_is_sent(connect, app, qtbot,
                                                                  model, prompt, frame, words):
    window = app()
    choose(window, model)
    if prompt:
        paste(qtbot, window.form.promptEdit, prompt)
    if frame:
        paste(qtbot, frame_edit(window), frame)
    press_generate(qtbot, window)
    assert words in form_says(window)
    qtbot.keyClick(window.form.promptEdit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # the shortcut is refused the same way
    nothing_sent(connect, window)


@pytest.fixture
def image_host():
    host = FakeHailuo(lambda base: "", TOKEN).start()
    yield host
    host.stop()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("where", ["unreachable", "web page"])
def test_a_first_frame_the_app_cannot_see_warns_once_then_sends_on_the_second_press(
        connect, app, qtbot, image_host, where):
    image_host.files["/page.png"] = Reply(200, b"<!DOCTYPE html><html><body>Log in</body>"
                                               b"</html>", {"Content-Type": "text/html"})
    link = (f"http://127.0.0.1:{closed_port()}/cat.png" if where == "unreachable"
            else f"{image_host.base_url}/page.png")
    window = app()
    choose(window, "minimax-i2v")
    paste(qtbot, window.form.promptEdit, "a picture only the service can see")
    with qtbot.waitSignal(window.form.firstFrame.checked, timeout=10000):
        paste(qtbot, frame_edit(window), link)
    warning = window.findChild(QLabel, "firstFrameInfo").text()
    assert warning and "px" not in warning
    press_generate(qtbot, window)
    assert "Press Generate again to send the link anyway" in window.form.messageLabel.text()
    nothing_sent(connect, window)
    press_generate(qtbot, window)
    wait_states(qtbot, window, ["succeeded"])
    sent = [r.body for r in connect.requests_received if r.path == "/hailuo/videos"]
    assert [b["first_image_url"] for b in sent] == [link]
    assert all(seen.authorization is None for seen in image_host.requests()), \
        "the API token went to the picture's host"

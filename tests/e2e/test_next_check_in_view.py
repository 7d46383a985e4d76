"""The next check is in view (status bar and preview), and Check now does not wait for it."""

from __future__ import annotations

from e2e_helpers import generate, rows, states, wait_states, write_settings
from hostile_helpers import status_text, visible_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def test_the_next_check_shows_where_the_user_looks_and_check_now_skips_the_wait(
        connect, app, qtbot):
    write_settings(poll_interval_seconds=60)  # a wait long enough to see, and to skip
    connect.generation_seconds = 3600
    window = app()
    generate(qtbot, window, "a clip worth the wait")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=5000)
    qtbot.waitUntil(lambda: "next check in" in status_text(window), timeout=5000)
    check_now = window.statusBar().findChild(QPushButton, "checkNowButton")
    assert check_now.isVisible()

    qtbot.waitUntil(lambda: "Next check in" in visible_text(window.player), timeout=5000)
    in_preview = window.player.findChild(QPushButton, "messageActionButton")
    assert in_preview.isVisible() and in_preview.text() == "Check now"

    [(_, task_id)] = rows(window)
    connect.complete_task(task_id)
    asked = len(connect.requests_received)
    qtbot.mouseClick(in_preview, Qt.MouseButton.LeftButton)
    wait_states(qtbot, window, ["succeeded"], timeout=5000)  # not after 60 s
    assert len(connect.requests_received) > asked
    qtbot.waitUntil(lambda: not check_now.isVisible(), timeout=5000)  # nothing left to check


def test_server_errors_while_tracking_say_when_the_next_try_is_in_the_preview(
        connect, app, qtbot):
    write_settings(poll_interval_seconds=5)
    connect.generation_seconds = 3600
    window = app()
    generate(qtbot, window, "through a rough patch")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=5000)
    connect.faults.server_error = 4
    qtbot.waitUntil(lambda: "trying again in" in visible_text(window.player), timeout=10000)
    assert "problem answering" in visible_text(window.player)
    # Each Check now asks at once, whatever the wait; then the usual pace again.
    check_now = window.statusBar().findChild(QPushButton, "checkNowButton")
    for left in (2, 1, 0):
        qtbot.waitUntil(lambda: "trying again in" in status_text(window), timeout=5000)
        qtbot.mouseClick(check_now, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda left=left: connect.faults.server_error == left, timeout=3000)
    qtbot.waitUntil(lambda: "trying again in" in status_text(window), timeout=5000)
    qtbot.mouseClick(check_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "next check in" in status_text(window), timeout=3000)
    assert states(window) in (["pending"], ["processing"])

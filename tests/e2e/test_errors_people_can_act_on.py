"""Every service error leads to a sentence and an action the user can take."""

from __future__ import annotations

from e2e_helpers import TOKEN, generate, rows, states, wait_states
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton


def details_button(window, name: str) -> QPushButton:
    return window.details.findChild(QPushButton, name)


def select_only_row(window) -> None:
    window.table.selectRow(0)


def test_used_up_offers_top_up_in_the_console(connect, open_app, qtbot, opened_urls):
    connect.faults.used_up = True
    window = open_app()
    generate(qtbot, window, "no money left")
    wait_states(qtbot, window, ["failed"])
    select_only_row(window)
    assert "balance is too low" in window.details._explanation.text()
    top_up = details_button(window, "remedyButton")
    assert top_up.isVisible() and top_up.text() == "Top up…"
    top_up.click()
    assert [url.toString() for url in opened_urls] == ["https://platform.acedata.cloud"]


def test_expired_token_offers_to_update_it_in_settings(connect, open_app, qtbot):
    connect.faults.token_expired = True
    window = open_app()
    generate(qtbot, window, "old token")
    wait_states(qtbot, window, ["failed"])
    select_only_row(window)
    assert "expired" in window.details._explanation.text()
    button = details_button(window, "remedyButton")
    assert button.text() == "Update token…"
    button.click()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "settingsDialog") is not None
                    and window.findChild(QDialog, "settingsDialog").isVisible(), timeout=3000)
    window.findChild(QDialog, "settingsDialog").reject()


def test_a_refused_generate_says_so_and_offers_try_again(connect, open_app, qtbot):
    connect.faults.rate_limit = 1  # the generate itself gets the 429
    window = open_app()
    generate(qtbot, window, "on a busy evening")
    wait_states(qtbot, window, ["failed"])
    select_only_row(window)
    sentence = window.details._explanation.text()
    assert "turned this request away" in sentence and "charged" in sentence
    assert "keep checking" not in sentence, "nothing is being checked: the row failed for good"
    button = details_button(window, "remedyButton")
    assert button.isVisible() and button.text() == "Try again"
    button.click()
    wait_states(qtbot, window, ["failed", "succeeded"])
    assert connect.generate_calls == 2


def test_server_error_is_retried_only_when_the_user_clicks(connect, open_app, qtbot):
    connect.faults.server_error = 1
    window = open_app()
    generate(qtbot, window, "flaky service")
    wait_states(qtbot, window, ["failed"])
    assert connect.generate_calls == 1, "never retried by itself"
    select_only_row(window)
    button = details_button(window, "remedyButton")
    assert button.text() == "Try again"
    button.click()
    wait_states(qtbot, window, ["failed", "succeeded"])
    assert connect.generate_calls == 2


def test_support_info_has_ids_and_never_the_token(connect, open_app, qtbot):
    connect.faults.fail_tasks = 1
    window = open_app()
    generate(qtbot, window, "a private prompt")
    wait_states(qtbot, window, ["failed"])
    select_only_row(window)
    details_button(window, "supportInfoButton").click()
    text = QGuiApplication.clipboard().text()
    [(_, task_id)] = rows(window)
    assert task_id in text and "content_moderation" in text and "Hailuo Desktop" in text
    assert TOKEN not in text and "a private prompt" not in text


def test_offline_banner_comes_and_goes_by_itself(connect, open_app, qtbot):
    connect.generation_seconds = 1.5
    window = open_app()
    generate(qtbot, window, "through a bad connection")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=5000)
    connect.faults.drop = 3
    qtbot.waitUntil(window.offlineBanner.isVisible, timeout=5000)
    assert "Offline" in window.statusBar().findChild(object, "trackingLabel").text()
    wait_states(qtbot, window, ["succeeded"], timeout=20000)
    qtbot.waitUntil(lambda: not window.offlineBanner.isVisible(), timeout=5000)


def test_rate_limit_shows_a_countdown(connect, open_app, qtbot):
    connect.generation_seconds = 2
    window = open_app()
    generate(qtbot, window, "popular")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=5000)
    connect.faults.update({"rate_limit": 1, "retry_after": 3})
    label = window.statusBar().findChild(object, "trackingLabel")
    qtbot.waitUntil(lambda: "busy" in label.text(), timeout=5000)
    first = label.text()
    qtbot.waitUntil(lambda: label.text() != first and "busy" in label.text(), timeout=3000)
    wait_states(qtbot, window, ["succeeded"], timeout=15000)


def test_generations_at_once_are_limited_with_a_sentence(connect, open_app, qtbot):
    from e2e_helpers import write_settings

    write_settings(poll_interval_seconds=0.1, max_concurrent=1)
    connect.generation_seconds = 3600
    window = open_app()
    generate(qtbot, window, "first")
    qtbot.waitUntil(lambda: len(rows(window)) == 1, timeout=5000)
    generate(qtbot, window, "second")
    assert len(rows(window)) == 1
    assert "already being made" in window.form.messageLabel.text()
    assert connect.generate_calls == 1


def test_webhook_from_settings_goes_with_each_generation(connect, open_app, qtbot):
    from e2e_helpers import write_settings

    hook = f"{connect.base_url}/hook-for-test"
    write_settings(poll_interval_seconds=0.1, callback_url=hook)
    window = open_app()
    generate(qtbot, window, "tell my webhook")
    wait_states(qtbot, window, ["succeeded"])
    sent = [r.body for r in connect.requests_received if r.path == "/hailuo/videos"]
    assert sent[0]["callback_url"] == hook and sent[0]["async"] is True
    qtbot.waitUntil(lambda: any(a.url == hook for a in connect.callback_attempts),
                    timeout=5000)
    assert QUrl(hook).isValid()


def test_unconfirmed_offers_the_console_it_points_to_in_words_of_our_own(
        connect, open_app, qtbot, opened_urls):
    connect.faults.drop = 1  # the answer to generate is lost: the task may have started
    window = open_app()
    generate(qtbot, window, "an answer lost on the way")
    wait_states(qtbot, window, ["unconfirmed"])
    select_only_row(window)
    text = "\n".join(label.text() for label in window.details.findChildren(QLabel)
                     if label.isVisible())
    assert "Service said" not in text, "the network library's wording is not the service's"
    assert "Server disconnected" not in text and "httpx" not in text
    console = details_button(window, "remedyButton")
    assert console.isVisible() and console.text() == "Open console…"
    console.click()
    assert [url.toString() for url in opened_urls] == ["https://platform.acedata.cloud"]

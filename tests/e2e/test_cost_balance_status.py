"""What it costs and whether the service works, end to end against the simulator: the balance,
the price beside Generate, each task's cost, the Spend view, the outage question, Copy as curl,
and nothing of the account asked without a platform token."""

from __future__ import annotations

import csv
import io
import shlex

import httpx
import pytest
from e2e_helpers import TOKEN, generate, states, wait_states
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget

from hailuo_desktop.domain.task import GenerationRequest
from hailuo_desktop.services import balance_service
from hailuo_desktop.simulator import pricing as sim_pricing
from hailuo_desktop.ui.library.row_menu import build_row_menu

PUBLIC = {"/api/v1/services/"}


@pytest.fixture(autouse=True)
def quick_balance(monkeypatch):
    """A balance refresh may follow the last one after half a second here, not 30 s."""
    monkeypatch.setattr(balance_service, "MIN_GAP_SECONDS", 0.5)


def balance_text(window) -> str:
    """What a screen reader says of the balance (the status bar shows the figure alone)."""
    return window.balanceLabel.accessibleName()


def cost_shown(window) -> str:
    label = window.details._fields["cost"]
    return label.text() if label.isVisibleTo(window.details) else ""


def question(window, name: str) -> QMessageBox | None:
    return next((box for box in window.findChildren(QMessageBox, name) if box.isVisible()),
                None)


def test_the_balance_is_shown_and_refreshed_after_a_clip(with_platform_token, app, qtbot,
                                                        opened_urls):
    sim = with_platform_token
    window = app()
    label = window.findChild(object, "balanceLabel")
    qtbot.waitUntil(lambda: balance_text(window) == "Balance: 1,000 credits", timeout=10000)
    assert "1,000 credits left for Hailuo" in label.toolTip()
    generate(qtbot, window, "a sunrise")
    wait_states(qtbot, window, ["succeeded"])
    price = sim_pricing.price_of(GenerationRequest("minimax-t2v", "a sunrise").body())
    qtbot.waitUntil(lambda: balance_text(window) == f"Balance: {1000 - price:,g} credits",
                    timeout=10000)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened_urls] == [
        "https://platform.acedata.cloud/console/applications"]
    assert sim.faults.balance == 1000 - price


def test_the_price_beside_generate_is_the_rule_for_the_request(connect, app, qtbot):
    window = app()
    form = window.form
    label = window.findChild(QLabel, "priceLabel")

    def expected(model: str, takes: int = 1) -> float:
        frame = "https://example.com/a.png" if model != "minimax-t2v" else None
        return sim_pricing.price_of(GenerationRequest(model, "x", frame).body()) * takes

    qtbot.waitUntil(lambda: label.text() == f"≈ {expected('minimax-t2v'):g} credits",
                    timeout=10000)
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v"))
    assert label.text() == f"≈ {expected('minimax-i2v'):g} credits"
    form.takesSpin.setValue(3)
    assert label.text() == f"3 takes ≈ {expected('minimax-i2v', 3):g} credits"
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v-director"))
    assert label.text() == f"3 takes ≈ {expected('minimax-i2v-director', 3):g} credits"


def test_several_takes_are_confirmed_with_their_price_then_sent(connect, app, qtbot):
    window = app()
    form = window.form
    qtbot.waitUntil(lambda: form.priceLabel.text() != "price unknown", timeout=10000)
    form.takesSpin.setValue(3)
    generate(qtbot, window, "three takes of a fox")
    box = question(window, "takesConfirmation")
    assert box.text() == "This starts 3 paid generations, about 9 credits. Start them?"
    assert connect.generate_calls == 0
    qtbot.mouseClick(box.findChild(QPushButton, "takesConfirmationYes"),
                     Qt.MouseButton.LeftButton)
    wait_states(qtbot, window, ["succeeded"] * 3)
    assert connect.generate_calls == 3


def test_each_task_shows_what_it_cost(with_platform_token, app, qtbot):
    sim = with_platform_token
    window = app()
    generate(qtbot, window, "paid for")
    wait_states(qtbot, window, ["succeeded"])
    sim.faults.fail_tasks = 1
    generate(qtbot, window, "failed, so free")
    wait_states(qtbot, window, ["succeeded", "failed"])
    model = window.table.model()
    rows = {model.task(r).request.prompt: r for r in range(model.rowCount())}
    window.table.selectRow(rows["paid for"])
    qtbot.waitUntil(lambda: cost_shown(window) == "3 credits", timeout=10000)
    window.table.selectRow(rows["failed, so free"])
    qtbot.waitUntil(lambda: cost_shown(window) == "not charged", timeout=10000)


def test_the_spend_view_totals_and_exports(with_platform_token, app, qtbot, tmp_path):
    window = app()
    generate(qtbot, window, "one")
    generate(qtbot, window, "two", model="minimax-i2v", frame=with_platform_token.
             sample_image_urls[0])
    wait_states(qtbot, window, ["succeeded", "succeeded"])
    window.findChild(QAction, "spendAction").trigger()
    view = window.findChild(object, "spendDialog")
    qtbot.waitUntil(lambda: view.totalLabel.text() == "6.5 credits spent on 2 videos",
                    timeout=10000)
    by_model = view.findChild(QTableWidget, "spendByModel")
    assert [(by_model.item(r, 0).text(), by_model.item(r, 1).text())
            for r in range(by_model.rowCount())] == [("Image → Video", "3.5"),
                                                     ("Text → Video", "3")]
    assert view.findChild(QTableWidget, "spendByDay").rowCount() == 1
    target = tmp_path / "spend.csv"
    view.exportRequested.emit(str(target))
    qtbot.waitUntil(lambda: view.noteLabel.text() == f"✓ Saved {target}.", timeout=5000)
    lines = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert sorted(line["credits"] for line in lines) == ["3", "3.5"]
    view.reject()


def make_an_outage(sim) -> None:
    """Nine of ten recent answers were server errors: the status page says major outage."""
    sim.faults.server_error = 9
    with httpx.Client(base_url=sim.base_url, headers={"authorization": f"Bearer {TOKEN}"}) as h:
        for _ in range(10):
            h.post("/hailuo/tasks", json={"action": "retrieve_batch", "ids": ["none"]})


def test_the_outage_question_comes_before_anything_is_sent(connect, app, qtbot):
    make_an_outage(connect)
    requests_before = len(connect.requests_received)
    window = app()
    status = window.findChild(QLabel, "serviceStatusLabel")
    qtbot.waitUntil(lambda: "major outage" in status.text(), timeout=10000)
    assert "1 of 10 requests succeeded" in status.toolTip()
    generate(qtbot, window, "during the outage")
    box = question(window, "outageQuestion")
    assert box is not None
    assert box.text() == ("AceData's status page shows Hailuo in a major outage: 1 of 10 "
                          "requests succeeded in the last 24 hours. Generate anyway?")
    assert [r.path for r in connect.requests_received[requests_before:]
            if r.path == "/hailuo/videos"] == []
    qtbot.mouseClick(box.findChild(QPushButton, "outageQuestionNo"), Qt.MouseButton.LeftButton)
    assert connect.generate_calls == 0 and states(window) == []

    generate(qtbot, window, "anyway")
    qtbot.mouseClick(question(window, "outageQuestion").findChild(
        QPushButton, "outageQuestionYes"), Qt.MouseButton.LeftButton)
    wait_states(qtbot, window, ["succeeded"])
    generate(qtbot, window, "asked once per session")
    assert question(window, "outageQuestion") is None
    wait_states(qtbot, window, ["succeeded", "succeeded"])


def test_no_question_when_the_service_works(connect, app, qtbot):
    connect.faults.service_status = "operational"
    window = app()
    status = window.findChild(QLabel, "serviceStatusLabel")
    qtbot.waitUntil(lambda: "operational" in status.text(), timeout=10000)
    generate(qtbot, window, "a calm day")
    assert question(window, "outageQuestion") is None
    wait_states(qtbot, window, ["succeeded"])


def test_an_unknown_status_is_never_shown_as_healthy(connect, app, qtbot):
    connect.faults.service_status = "unknown"
    window = app()
    status = window.findChild(QLabel, "serviceStatusLabel")
    qtbot.waitUntil(lambda: "status unknown" in status.text(), timeout=10000)
    assert "operational" not in status.text()
    assert status.accessibleName() == "Service status: status unknown"


def test_copy_as_curl_has_the_exact_request_and_no_token(connect, app, qtbot):
    window = app()
    generate(qtbot, window, "It's a \"quoted\" $HOME prompt")
    wait_states(qtbot, window, ["succeeded"])
    task = window.table.model().task(0)
    menu = build_row_menu(window.table, task)
    next(a for a in menu.actions() if a.objectName() == "copyCurlAction").trigger()
    command = QGuiApplication.clipboard().text()
    assert TOKEN not in command
    assert '"authorization: Bearer $ACEDATACLOUD_API_TOKEN"' in command
    words = shlex.split(command)
    assert words[:4] == ["curl", "-X", "POST", f"{connect.base_url}/hailuo/videos"]
    sent = next(r.body for r in connect.requests_received if r.path == "/hailuo/videos")
    assert words[words.index("-d") + 1] == httpx.Request("POST", "http://x", json=sent
                                                         ).content.decode()


def test_without_a_platform_token_nothing_of_the_account_is_asked(connect, app, qtbot):
    window = app()
    qtbot.waitUntil(lambda: window.form.priceLabel.text() != "price unknown", timeout=10000)
    assert window.balanceLabel.text() == "Add a platform token to see your balance"
    generate(qtbot, window, "no platform token")
    wait_states(qtbot, window, ["succeeded"])
    window.table.selectRow(0)
    assert cost_shown(window) == "add a platform token to see it"
    window.findChild(QAction, "spendAction").trigger()
    view = window.findChild(object, "spendDialog")
    qtbot.waitUntil(lambda: "platform token" in view.noteLabel.text(), timeout=10000)
    view.reject()
    assert connect.platform_requests
    assert {r.path for r in connect.platform_requests} <= PUBLIC
    assert not any(r.authorized for r in connect.platform_requests)


def test_a_balance_below_one_video_is_said_before_sending(with_platform_token, app, qtbot):
    sim = with_platform_token
    sim.faults.update({"balance": 1.0, "global_balance": 0.0})
    window = app()
    qtbot.waitUntil(lambda: balance_text(window) == "Balance: 1 credit", timeout=10000)
    generate(qtbot, window, "not enough credits")
    assert window.form.messageLabel.text() == (
        "Your Hailuo balance is 1 credit, less than one video costs (3 credits). Top up in the "
        "AceData console (click the balance below), then try again.")
    assert sim.generate_calls == 0 and states(window) == []


def test_the_platform_token_is_in_no_file_log_or_copy(with_platform_token, app, qtbot,
                                                     isolated_profile, caplog, tmp_path):
    import logging

    caplog.set_level(logging.DEBUG)
    secret = with_platform_token.platform_token
    window = app()
    generate(qtbot, window, "a clip paid with the platform watching")
    wait_states(qtbot, window, ["succeeded"])
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: cost_shown(window) == "3 credits", timeout=10000)
    window.details.findChild(QPushButton, "supportInfoButton").click()
    copied = QGuiApplication.clipboard().text()
    assert "Service status:" in copied and secret not in copied
    shown = " ".join(label.text() for label in window.findChildren(QLabel))
    assert secret not in shown and secret not in window.balanceLabel.toolTip()
    assert secret not in caplog.text
    for path in isolated_profile.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path

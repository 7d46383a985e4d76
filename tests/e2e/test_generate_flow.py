"""The core promise, end to end: type, Generate, watch the row finish, over real loopback HTTP."""

from __future__ import annotations

from e2e_helpers import TOKEN, close_app, generate, rows, states, wait_states
from PySide6.QtWidgets import QLabel

from hailuo_desktop.ui.library.task_table_model import Column


def test_text_to_video_succeeds_and_records_ids(connect, open_app, qtbot):
    window = open_app()
    generate(qtbot, window, "A golden sunset over the ocean waves")
    qtbot.waitUntil(lambda: states(window) == ["succeeded"], timeout=10000)

    [(_, task_id)] = rows(window)
    assert task_id in connect.tasks
    body = connect.requests_received[0].body
    assert body == {"action": "generate", "model": "minimax-t2v",
                    "prompt": "A golden sunset over the ocean waves", "async": True}
    task = window.table.currentTask()
    assert task.video_url and task.video_url.endswith(".mp4")
    assert task.trace_id
    assert window.details.isVisible()


def test_image_to_video_sends_the_first_frame(connect, open_app, qtbot):
    window = open_app()
    frame = connect.sample_image_urls[0]
    generate(qtbot, window, "gentle wind blows through the scene", "minimax-i2v", frame)
    wait_states(qtbot, window, ["succeeded"])
    sent = [r.body for r in connect.requests_received if r.path == "/hailuo/videos"]
    assert sent == [{"action": "generate", "model": "minimax-i2v", "async": True,
                     "prompt": "gentle wind blows through the scene",
                     "first_image_url": frame}]


def test_frame_typed_for_an_image_model_is_not_sent_for_text_to_video(connect, open_app, qtbot):
    window = open_app()
    frame = connect.sample_image_urls[0]
    generate(qtbot, window, "first", "minimax-i2v", frame)
    wait_states(qtbot, window, ["succeeded"])
    form = window.form
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-t2v"))
    assert form.firstFrame.link() == frame, "the link stays in the field"
    form.generateButton.click()
    wait_states(qtbot, window, ["succeeded", "succeeded"])
    last = [r.body for r in connect.requests_received if r.path == "/hailuo/videos"][-1]
    assert "first_image_url" not in last


def test_failed_task_shows_the_reason(connect, open_app, qtbot):
    connect.faults.fail_tasks = 1
    connect.faults.fail_without_finished_at = True
    window = open_app()
    generate(qtbot, window, "something the moderators dislike")
    wait_states(qtbot, window, ["failed"])
    window.table.selectRow(0)
    details = window.details
    assert "could not make this video" in details._explanation.text()
    assert "content moderation" in details._fields["service_said"].text()
    state_tip = window.table.model().index(0, Column.STATE).data(3)  # ToolTipRole
    assert "content moderation" in state_tip and "Trace id" in state_tip


def test_wrong_token_says_so_and_sends_nothing_twice(connect, open_app, qtbot, monkeypatch):
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", "not-the-right-token")
    window = open_app()
    generate(qtbot, window, "a cat surfing")
    wait_states(qtbot, window, ["failed"])
    window.table.selectRow(0)
    assert "did not accept your API token" in window.details._explanation.text()
    assert connect.generate_calls == 1
    assert connect.tasks == {}


def test_dropped_connection_after_sending_is_unconfirmed_not_retried(connect, open_app, qtbot):
    connect.faults.drop = 1
    window = open_app()
    generate(qtbot, window, "a paid clip whose answer got lost")
    wait_states(qtbot, window, ["unconfirmed"])
    assert connect.generate_calls == 1, "a generate call is never retried automatically"
    assert len(connect.tasks) == 1, "the service did start (and charge for) the task"
    window.table.selectRow(0)
    assert "may have started this video and charged" in window.details._explanation.text()


def test_unavailable_model_says_nothing_was_charged(connect, open_app, qtbot):
    connect.faults.no_channel = 1
    window = open_app()
    generate(qtbot, window, "a storm at sea")
    wait_states(qtbot, window, ["failed"])
    window.table.selectRow(0)
    assert "nothing was charged" in window.details._explanation.text()
    assert connect.generate_calls == 1


def test_polling_rides_out_rate_limits_and_server_errors(connect, open_app, qtbot):
    window = open_app()
    generate(qtbot, window, "patience")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=5000)
    connect.faults.rate_limit = 2
    connect.faults.server_error = 1
    wait_states(qtbot, window, ["succeeded"], timeout=20000)
    assert connect.faults.rate_limit == 0 and connect.faults.server_error == 0


def test_restart_resumes_polling_unfinished_tasks(connect, open_app, qtbot):
    connect.generation_seconds = 3600  # nothing finishes while the first window is open
    window = open_app()
    running = ("pending", "processing")
    generate(qtbot, window, "one")
    generate(qtbot, window, "two")
    qtbot.waitUntil(lambda: len(states(window)) == 2 and all(
        s in running for s in states(window)), timeout=5000)
    before = {task_id for _, task_id in rows(window)}
    close_app(qtbot, window)

    for task_id in before:
        connect.complete_task(task_id)
    reopened = open_app()
    qtbot.waitUntil(lambda: {t for _, t in rows(reopened)} == before, timeout=5000)
    wait_states(qtbot, reopened, ["succeeded", "succeeded"])
    assert connect.generate_calls == 2, "reopening never submits again"


def test_token_never_reaches_ledger_or_logs(connect, open_app, qtbot, isolated_profile):
    window = open_app()
    generate(qtbot, window, "a secret-free clip")
    wait_states(qtbot, window, ["succeeded"])
    close_app(qtbot, window)
    written = [p for p in (isolated_profile / "data").rglob("*") if p.is_file()]
    assert any(p.name.startswith("tasks.sqlite3") for p in written)
    for path in written:
        assert TOKEN.encode() not in path.read_bytes(), f"token found in {path}"


def test_status_bar_sums_up_the_videos(connect, open_app, qtbot):
    connect.faults.fail_tasks = 1
    window = open_app()
    summary = window.statusBar().findChild(QLabel, "taskSummary")
    assert summary.text() == "No videos yet"
    generate(qtbot, window, "will fail")
    wait_states(qtbot, window, ["failed"])
    generate(qtbot, window, "will work")
    wait_states(qtbot, window, ["failed", "succeeded"])
    qtbot.waitUntil(lambda: summary.text() == "2 videos · 1 done · 1 failed", timeout=3000)


def test_a_part_way_record_is_not_taken_for_a_finished_video(connect, app, qtbot):
    """Some answers carry `success: true` and an empty link while the task runs (the simulator's
    partway_response switch): the row must say Generating until the link is there."""
    connect.faults.partway_response = True
    connect.generation_seconds = 2.0
    window = app()
    seen = []
    window.table.model().dataChanged.connect(lambda *_: seen.append(tuple(states(window))))
    generate(qtbot, window, "part-way answers")
    qtbot.waitUntil(lambda: states(window) == ["processing"], timeout=5000)
    wait_states(qtbot, window, ["succeeded"])
    task = window.table.model().task(0)
    assert task.video_url and task.video_url.endswith(".mp4")
    first_done = seen.index(("succeeded",))
    assert ("processing",) in seen[:first_done]

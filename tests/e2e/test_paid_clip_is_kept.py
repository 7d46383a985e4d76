"""The promise: a clip someone paid for ends up on their disk, once, whatever the network or a
crash does to the app in between."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from e2e_helpers import close_app, generate, rows, wait_states
from hostile_helpers import all_tasks

from hailuo_desktop.domain.task import DownloadState

CHILD = Path(__file__).with_name("app_saving_until_killed.py")


def library_files() -> list[Path]:
    root = Path(os.environ["HAILUO_DESKTOP_LIBRARY_DIR"])
    return sorted(root.iterdir()) if root.exists() else []


def saved_states(window) -> list[DownloadState]:
    return [task.download_state for task in all_tasks(window)]


def run_child(expected: int, kill: str, prompt: str | None = None) -> subprocess.CompletedProcess:
    arguments = [sys.executable, str(CHILD), str(expected), kill]
    if prompt:
        arguments.append(prompt)
    return subprocess.run(arguments, capture_output=True, text=True, timeout=90,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_killed_at_the_save_moment_again_and_again_leaves_one_clip_with_its_sidecar_per_task(
        connect):
    kills = ["after-rename", "after-sidecar", "after-rename", "after-rename"]
    for number, moment in enumerate(kills, start=1):
        child = run_child(number, moment, f"take number {number}")
        assert child.returncode == -9, (moment, child.stdout, child.stderr[-2000:])
    last = run_child(len(kills), "never")
    assert last.returncode == 0 and "SETTLED" in last.stdout, last.stderr[-2000:]

    files = library_files()
    clips = [f for f in files if f.suffix == ".mp4"]
    sidecars = [f for f in files if f.suffix == ".json"]
    assert len(clips) == len(kills), [f.name for f in files]
    assert sorted(f.stem for f in sidecars) == sorted(f.stem for f in clips)
    assert len(files) == 2 * len(kills), [f.name for f in files]  # no .part, no .json.tmp
    ledger = Path(os.environ["HAILUO_DESKTOP_DATA_DIR"]) / "tasks.sqlite3"
    with sqlite3.connect(ledger) as db:
        saved = dict(db.execute("SELECT task_id, file_path FROM tasks"))
    for clip in clips:
        record = json.loads(clip.with_suffix(".json").read_text(encoding="utf-8"))
        assert saved[record["task_id"]] == str(clip)
        assert clip.read_bytes() == connect.video_bytes(record["task_id"])
    assert connect.generate_calls == len(kills)


def test_server_errors_on_a_download_are_retried_until_the_clip_is_saved(connect, app, qtbot):
    # The preview may stream the same link meanwhile and meet some of these too.
    connect.faults.update({"download_errors": 2, "reset_downloads": 1})
    window = app()
    generate(qtbot, window, "A lighthouse in a storm")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: saved_states(window) == [DownloadState.SAVED], timeout=45000)
    assert connect.faults.download_errors == 0 and connect.faults.reset_downloads == 0
    assert [f.suffix for f in library_files()] == [".json", ".mp4"]


def test_a_download_still_failing_at_quit_is_saved_on_the_next_start(connect, open_app, qtbot):
    connect.faults.download_errors = 10_000  # the CDN is down for the whole first run
    first = open_app()
    generate(qtbot, first, "A paper boat on a river")
    wait_states(qtbot, first, ["succeeded"])
    qtbot.waitUntil(lambda: saved_states(first) == [DownloadState.RETRYING], timeout=15000)
    close_app(qtbot, first)

    connect.faults.download_errors = 0
    second = open_app()
    qtbot.waitUntil(lambda: saved_states(second) == [DownloadState.SAVED], timeout=30000)
    assert [f.suffix for f in library_files()] == [".json", ".mp4"]


def test_a_broken_generate_that_the_service_accepted_is_found_tracked_and_saved(connect, app,
                                                                               qtbot):
    connect.faults.drop = 1  # the service starts (and will charge for) it; the answer is lost
    window = app()
    generate(qtbot, window, "A fox in the snow")
    wait_states(qtbot, window, ["unconfirmed"])
    assert len(connect.tasks) == 1
    task_id = next(iter(connect.tasks))
    qtbot.waitUntil(lambda: rows(window) == [("succeeded", task_id)], timeout=30000)
    qtbot.waitUntil(lambda: saved_states(window) == [DownloadState.SAVED], timeout=30000)
    assert connect.generate_calls == 1  # found, never sent again

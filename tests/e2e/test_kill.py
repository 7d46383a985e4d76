"""Killing the app (SIGKILL, no shutdown at all) loses no task the service accepted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from e2e_helpers import rows, wait_states


def test_a_killed_app_keeps_the_accepted_task_and_finishes_it_on_restart(connect, open_app,
                                                                         qtbot):
    connect.generation_seconds = 3600  # still running when the app dies
    script = Path(__file__).with_name("app_until_killed.py")
    child = subprocess.Popen([sys.executable, str(script), "killed mid-flight"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        line = child.stdout.readline()  # blocks this test only until the child reports
        assert line.startswith("ACCEPTED "), f"child said {line!r}"
        task_id = line.split()[1]
    finally:
        child.kill()
        child.wait(timeout=10)
    assert child.returncode == -9

    connect.complete_task(task_id)
    window = open_app()
    qtbot.waitUntil(lambda: [t for _, t in rows(window)] == [task_id], timeout=5000)
    wait_states(qtbot, window, ["succeeded"])
    assert connect.generate_calls == 1

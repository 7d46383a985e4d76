""""Copy support info": what support needs to find a task, and never the token."""

from __future__ import annotations

import os
import re

from hailuo_desktop.domain.messages import explain
from hailuo_desktop.domain.support import support_info
from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState

NOW = 1_760_000_000.0  # 2025-10-09T08:53:20Z
SECRET = "sk-support-leak-probe-91c4e7"


def failed_task(**changes) -> Task:
    task = Task(GenerationRequest("minimax-i2v", "a private prompt about my cat",
                                  first_image_url="https://img.example/cat.png?sig=abc"),
                created_at=NOW - 120, state=TaskState.FAILED, task_id="6f1c-task",
                trace_id="trace-77", error_code="used_up",
                error_message="Your balance is not enough", finished_at=NOW - 30)
    return task.evolve(**changes)


def test_it_has_what_support_needs():
    info = support_info(failed_task(), "1.2.3", "6.11.3", NOW)
    lines = info.splitlines()
    assert lines[0].startswith("Hailuo Desktop 1.2.3 (Qt 6.11.3, Python ")
    assert "Time: 2025-10-09T08:53:20+00:00" in lines
    assert any(line.startswith("Platform: ") and len(line) > 11 for line in lines)
    assert "Model: Image → Video (minimax-i2v)" in lines
    assert "Task id: 6f1c-task" in lines
    assert "Trace id: trace-77" in lines
    assert "State: Failed (failed)" in lines
    assert "Error code: used_up" in lines
    assert "Service said: Your balance is not enough" in lines
    assert f"Explanation: {explain('used_up').sentence}" in lines


def test_the_prompt_and_links_stay_private():
    info = support_info(failed_task(), "1.2.3", "6.11.3", NOW)
    assert "cat" not in info
    assert "sig=abc" not in info


def test_a_task_without_ids_or_error_still_reads_well():
    task = Task(GenerationRequest("minimax-t2v", "p"), created_at=NOW,
                state=TaskState.UNCONFIRMED, error_code="unconfirmed")
    info = support_info(task, "1.0", "6.11.3", NOW)
    assert "Task id: none (the service gave no id)" in info
    assert "Trace id: none" in info
    assert "Service said: nothing" in info
    assert "may have started this video" in info


def test_a_running_task_has_no_explanation():
    task = failed_task(state=TaskState.PROCESSING, error_code=None, error_message=None)
    info = support_info(task, "1.0", "6.11.3", NOW)
    assert "Explanation" not in info and "Error code" not in info


def test_a_failed_download_is_included():
    task = failed_task(state=TaskState.SUCCEEDED, error_code=None, error_message=None,
                       download_state=DownloadState.FAILED, download_error="the disk is full")
    assert "Download (failed): the disk is full" in support_info(task, "1.0", "6.11.3", NOW)


def test_service_text_is_one_bounded_line_with_bearer_values_masked():
    message = "bad header Authorization: Bearer " + SECRET + "\nline two " + "x" * 2000
    info = support_info(failed_task(error_message=message), "1.0", "6.11.3", NOW)
    said = next(line for line in info.splitlines() if line.startswith("Service said:"))
    assert SECRET not in info
    assert "Bearer [hidden] line two" in said
    assert len(said) < 600


def test_no_token_from_the_environment_appears(monkeypatch):
    # The function never receives the token; make sure nothing reads it from elsewhere either.
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", SECRET)
    info = support_info(failed_task(), "1.2.3", "6.11.3", NOW)
    assert SECRET not in info
    secrets = {value for name, value in os.environ.items()
               if re.search(r"TOKEN|SECRET|KEY|PASSWORD", name) and len(value) >= 8}
    assert SECRET in secrets
    assert not [value for value in secrets if value in info]


def test_the_service_status_at_the_time_is_included_and_never_a_token():
    status = ("Hailuo is in a major outage at AceData: 1 of 973 requests succeeded in the last "
              "24 hours.")
    info = support_info(failed_task(), "1.2.3", "6.11.3", NOW, status)
    assert f"Service status: {status}" in info.splitlines()
    leaky = support_info(failed_task(), "1.2.3", "6.11.3", NOW, f"Bearer {SECRET} went wrong")
    assert SECRET not in leaky
    assert "Service status" not in support_info(failed_task(), "1.2.3", "6.11.3", NOW)

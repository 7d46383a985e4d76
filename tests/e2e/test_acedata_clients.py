"""AceData Cloud's own clients, unchanged, against the simulator: proof it speaks the protocol.

- ``hailuo-cli`` (console script ``hailuo-cli`` / ``hailuo``) reads ``ACEDATACLOUD_API_BASE_URL``
  and ``ACEDATACLOUD_API_TOKEN``. Its plain ``task`` output only knows other services' keys
  (``status``, ``content.url``) and prints "No data available." for a Hailuo record, so the
  video URL is checked in ``--json`` output.
- The ``acedatacloud`` SDK reads the token from ``ACEDATACLOUD_API_TOKEN`` but not the base URL
  from the environment: it is passed as ``base_url=`` (and ``platform_base_url=`` for uploads and
  the platform endpoints, which want a client made with the platform token).
- ``mcp-hailuo``, AceData's MCP server, reads ``ACEDATACLOUD_API_TOKEN`` and
  ``ACEDATACLOUD_API_BASE_URL`` (its ``core/config.py``). It installs top-level modules named
  ``core``, ``tools``, ``prompts`` and ``main``, so it lives in ``.venv-mcp`` (made by
  ``.ci/bootstrap`` from ``.ci/constraints-mcp.txt``) together with the official ``mcp`` client,
  and ``mcp_driver.py`` runs there as a subprocess that prints JSON. Its task tool waits 5 s
  before answering about a task that is not finished yet.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from hailuo_desktop.simulator import Simulator

CLI = shutil.which("hailuo-cli", path=str(Path(sys.executable).parent))
MCP_PYTHON = Path(__file__).parents[2] / ".venv-mcp" / "bin" / "python"
MCP_DRIVER = Path(__file__).with_name("mcp_driver.py")


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(token="e2e-token", generation_seconds=0) as simulator:
        yield simulator


@pytest.fixture
def hailuo_cli(sim, tmp_path):
    """Run ``hailuo-cli ARGS`` against the simulator; returns the finished process."""
    if CLI is None:
        pytest.skip("hailuo-cli is not installed in this environment (pip install -e '.[test]')")
    env = {
        **os.environ,
        "ACEDATACLOUD_API_BASE_URL": sim.base_url,
        "ACEDATACLOUD_API_TOKEN": sim.token,
        "COLUMNS": "250",  # rich wraps long ids in narrow terminals
        "NO_COLOR": "1",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [CLI, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
        )

    return run


def test_cli_generate_async_prints_the_task_id(hailuo_cli, sim):
    result = hailuo_cli("generate", "A cat playing in the snow", "--async")

    assert result.returncode == 0, result.stderr
    [task] = sim.tasks.values()
    assert task.request == {
        "action": "generate",
        "model": "minimax-t2v",
        "prompt": "A cat playing in the snow",
        "async": True,
    }
    assert f"Task ID: {task.id}" in result.stdout


def test_cli_image_to_video_sends_the_first_image(hailuo_cli, sim):
    image = sim.sample_image_urls[0]

    result = hailuo_cli(
        "image-to-video", "[Push in] leaves fall", "--image-url", image,
        "-m", "minimax-i2v-director", "--async", "--json",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    [task] = sim.tasks.values()
    assert json.loads(result.stdout) == {"task_id": task.id}
    assert task.request["first_image_url"] == image


def test_cli_task_shows_the_finished_video_url(hailuo_cli, sim):
    submitted = hailuo_cli("generate", "Ocean waves", "--async", "--json")
    task_id = json.loads(submitted.stdout)["task_id"]

    result = hailuo_cli("task", task_id, "--json")

    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == task_id
    assert record["response"]["data"][0]["video_url"] == sim.video_url(task_id)
    assert sim.video_url(task_id) in result.stdout


def test_cli_tasks_lists_each_id(hailuo_cli, sim):
    first = json.loads(hailuo_cli("generate", "one", "--async", "--json").stdout)["task_id"]
    second = json.loads(hailuo_cli("generate", "two", "--async", "--json").stdout)["task_id"]

    result = hailuo_cli("tasks", first, second)

    assert result.returncode == 0, result.stderr
    assert first in result.stdout
    assert second in result.stdout
    assert sim.requests_received[-1].body == {"action": "retrieve_batch", "ids": [first, second]}


def test_cli_sync_generate_waits_for_the_video(hailuo_cli, sim):
    result = hailuo_cli("generate", "Internal heat", "--json")

    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["success"] is True
    assert body["data"][0]["video_url"] == sim.video_url(body["task_id"])


def test_cli_reports_a_refused_generation_with_a_failing_exit_code(hailuo_cli, sim):
    sim.faults.used_up = True

    result = hailuo_cli("generate", "A cat", "--async")

    assert result.returncode == 1
    assert "Error" in result.stdout


@pytest.fixture
def sdk(sim, monkeypatch):
    acedatacloud = pytest.importorskip("acedatacloud")
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", sim.token)  # the SDK reads only the token
    with acedatacloud.AceDataCloud(
        base_url=sim.base_url, platform_base_url=sim.base_url, max_retries=0, timeout=30
    ) as client:
        yield client


@pytest.fixture
def platform_sdk(sim):
    """The SDK as AceData's own live tests use it for uploads: built with the platform token."""
    acedatacloud = pytest.importorskip("acedatacloud")
    with acedatacloud.AceDataCloud(
        api_token=sim.platform_token,
        base_url=sim.base_url,
        platform_base_url=sim.base_url,
        max_retries=0,
        timeout=30,
    ) as client:
        yield client


def test_sdk_hailuo_generate_and_wait_finds_the_video(sdk, sim):
    handle = sdk.hailuo.generate(
        action="generate", model="minimax-t2v", prompt="A golden sunset", wait=True,
        poll_interval=0.05, max_wait=20,
    )  # fmt: skip

    assert handle.done
    assert handle.urls() == [sim.video_url(handle.id)]
    assert sim.tasks[handle.id].request["async"] is True


def test_sdk_sees_a_running_task_as_not_done(sdk, sim):
    sim.generation_seconds = 3600
    handle = sdk.hailuo.generate(action="generate", prompt="slow")

    assert handle.is_completed() is False
    sim.complete_task(handle.id)
    assert handle.is_completed() is True
    assert handle.urls() == [sim.video_url(handle.id)]


def test_sdk_generic_task_query_for_hailuo(sdk, sim):
    handle = sdk.hailuo.generate(action="generate", prompt="query me")

    record = sdk.tasks.get(handle.id, service="hailuo")

    assert record["id"] == handle.id
    assert record["response"]["data"][0]["state"] == "succeeded"


def test_sdk_reads_a_failed_task_as_failed(sdk, sim):
    from acedatacloud._runtime.tasks import failure_reason, task_status

    sim.faults.update({"fail_tasks": 1, "fail_without_finished_at": True})
    handle = sdk.hailuo.generate(action="generate", prompt="blocked")

    state = handle.get()

    assert task_status(state) == "failed"
    assert failure_reason(state) == sim.faults.fail_message


@pytest.mark.parametrize(
    ("fault", "error_name"),
    [
        ({"used_up": True}, "InsufficientBalanceError"),
        ({"token_mismatched": True}, "TokenMismatchError"),
        ({"rate_limit": 1}, "RateLimitError"),
        ({"no_channel": 1}, "APIError"),
    ],
)
def test_sdk_maps_simulated_errors_to_its_exceptions(sdk, sim, fault, error_name):
    import acedatacloud

    sim.faults.update(fault)

    with pytest.raises(acedatacloud.APIError) as caught:
        sdk.hailuo.generate(action="generate", prompt="x")

    assert type(caught.value).__name__ == error_name


@pytest.fixture
def mcp_hailuo(sim, tmp_path):
    """Run ``mcp_driver.py TOOL ARGUMENTS`` in .venv-mcp against the simulator; its JSON."""
    if not MCP_PYTHON.exists():
        pytest.skip(".venv-mcp is missing: run .ci/bootstrap (make bootstrap)")
    env = {
        **os.environ,
        "ACEDATACLOUD_API_BASE_URL": sim.base_url,
        "ACEDATACLOUD_API_TOKEN": sim.token,
    }

    def run(tool: str, arguments: dict, max_seconds: float = 40) -> dict:
        command = [str(MCP_PYTHON), str(MCP_DRIVER), tool, json.dumps(arguments), str(max_seconds)]
        result = subprocess.run(
            command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=max_seconds + 30
        )
        assert result.returncode == 0, result.stderr[-4000:]
        return json.loads(result.stdout)

    return run


def test_mcp_server_generates_polls_until_done_and_links_a_real_video(mcp_hailuo, sim):
    sim.generation_seconds = 3.0  # still running at the first poll; its tool then waits 5 s

    seen = mcp_hailuo("hailuo_generate_video", {"prompt": "A lighthouse in a storm"})

    [task] = sim.tasks.values()
    assert task.request == {
        "action": "generate",
        "prompt": "A lighthouse in a storm",
        "model": "minimax-t2v",
        "async": True,
    }
    assert {"hailuo_generate_video", "hailuo_get_task"} <= set(seen["tools"])
    assert seen["submitted"]["task_id"] == task.id
    assert len(seen["records"]) >= 2  # asked while the task ran, then once it was done
    assert "response" not in seen["records"][0]
    assert seen["records"][0]["mcp_task_polling"]["should_poll"] is True
    assert seen["video_url"] == sim.video_url(task.id)
    video = httpx.get(seen["video_url"])
    assert video.status_code == 200
    assert video.headers["content-type"] == "video/mp4"
    assert video.content[4:8] == b"ftyp"
    assert video.content == sim.video_bytes(task.id)


def test_mcp_server_image_to_video_sends_the_first_image(mcp_hailuo, sim):
    image = sim.sample_image_urls[1]

    seen = mcp_hailuo(
        "hailuo_generate_video_from_image",
        {"prompt": "[Pan left] clouds drift", "first_image_url": image},
    )

    [task] = sim.tasks.values()
    assert task.request["model"] == "minimax-i2v"
    assert task.request["first_image_url"] == image
    assert seen["video_url"] == sim.video_url(task.id)
    assert httpx.get(seen["video_url"]).content[4:8] == b"ftyp"


def test_sdk_upload_gives_a_link_the_image_models_take(platform_sdk, sdk, sim, tmp_path):
    frame = tmp_path / "frame.png"
    frame.write_bytes(httpx.get(sim.sample_image_urls[2]).content)

    uploaded = platform_sdk.files.upload(str(frame))
    handle = sdk.hailuo.generate(
        action="generate", model="minimax-i2v", prompt="[Push in] the sun",
        first_image_url=uploaded["file_url"], wait=True, poll_interval=0.05, max_wait=20,
    )  # fmt: skip

    assert uploaded["file_url"].startswith(f"{sim.base_url}/files/")
    assert httpx.get(uploaded["file_url"]).content == frame.read_bytes()
    assert sim.tasks[handle.id].request["first_image_url"] == uploaded["file_url"]
    assert sim.video_url(handle.id) in handle.urls()  # the SDK lists every link of the item
    assert httpx.get(sim.video_url(handle.id)).content[4:8] == b"ftyp"


def test_sdk_upload_with_the_api_token_is_refused(sdk):
    import acedatacloud

    with pytest.raises(acedatacloud.AuthenticationError) as caught:
        sdk.files.upload(b"hello", filename="hello.txt")

    assert caught.value.status_code == 401


def test_sdk_platform_applications_show_the_balance(platform_sdk, sim):
    sim.faults.balance = 12.5
    service_id = "5eaa73b7-b9a7-4a17-afb3-f658fd5495b0"

    listed = platform_sdk.platform.applications.list(user_id="me", service_id=service_id)
    [app] = listed["items"]
    fetched = platform_sdk.platform.applications.get(app["id"])

    assert listed["count"] == 1
    assert app["remaining_amount"] == 12.5
    assert fetched == app


def test_sdk_platform_applications_without_user_id_raise_permission_denied(platform_sdk):
    import acedatacloud

    with pytest.raises(acedatacloud.APIError) as caught:
        platform_sdk.platform.applications.list()

    assert caught.value.status_code == 403
    assert caught.value.code == "permission_denied"

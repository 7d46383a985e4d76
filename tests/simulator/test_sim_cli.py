"""``python -m hailuo_desktop.simulator``: banner, serving, fault flags, clean exit."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx

from hailuo_desktop.simulator.__main__ import build_parser
from hailuo_desktop.simulator.faults import DEFAULTS, SWITCHES


def test_every_fault_switch_has_a_command_line_flag():
    args = build_parser().parse_args(
        [
            "--rate-limit", "2", "--slow-seconds", "0.5", "--expire-links", "--fail-code", "x",
            "--unknown-tasks", "empty",
        ]
    )  # fmt: skip

    assert {name: getattr(args, name) for name in DEFAULTS} == {
        **DEFAULTS,
        "rate_limit": 2,
        "slow_seconds": 0.5,
        "expire_links": True,
        "fail_code": "x",
        "unknown_tasks": "empty",
    }


def test_help_explains_every_fault_switch():
    text = " ".join(build_parser().format_help().split())

    for name, switch in SWITCHES.items():
        assert f"--{name.replace('_', '-')}" in text
        assert " ".join(switch.effect.split()) in text


def test_standalone_simulator_prints_its_url_and_token_and_serves(tmp_path):
    command = [
        sys.executable, "-m", "hailuo_desktop.simulator", "--port", "0", "--token", "cli-token",
        "--generation-seconds", "0", "--used-up", "--state-file", str(tmp_path / "state.json"),
        "--platform-token", "cli-platform-token", "--balance", "7.5",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner = [process.stdout.readline().strip() for _ in range(6)]
        base_url = banner[0].rsplit(" ", 1)[-1]
        headers = {"authorization": "Bearer cli-token"}
        refused = httpx.post(
            f"{base_url}/hailuo/videos", json={"action": "generate", "prompt": "x"}, headers=headers
        )
        query = httpx.post(
            f"{base_url}/hailuo/tasks", json={"action": "retrieve_batch"}, headers=headers
        )
        apps = httpx.get(
            f"{base_url}/api/v1/applications/?user_id=me&scope=Individual",
            headers={"authorization": "Bearer cli-platform-token"},
        )
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)

    assert base_url.startswith("http://127.0.0.1:")
    assert banner[1] == f"ACEDATACLOUD_API_BASE_URL={base_url}"
    assert banner[2] == "ACEDATACLOUD_API_TOKEN=cli-token"
    assert banner[3] == f"PLATFORM_API_BASE_URL={base_url}"
    assert banner[4] == "ACEDATACLOUD_PLATFORM_TOKEN=cli-platform-token"
    assert apps.json()["items"][0]["remaining_amount"] == 7.5
    assert refused.status_code == 403  # --used-up
    assert query.json() == {"items": [], "count": 0}
    assert process.returncode == 0
    assert "cli-token" not in stderr
    assert "cli-platform-token" not in stderr

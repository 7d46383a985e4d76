""""Copy as curl", and the platform token's Check."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess

import httpx
import pytest
from conftest import API_TOKEN, PLATFORM_TOKEN, run

from hailuo_desktop.domain.acedata import PLATFORM_TOKENS_PAGE
from hailuo_desktop.domain.curl import curl_command
from hailuo_desktop.services.platform_token_check import WORKS, WRONG, check_platform_token

BODY = {"action": "generate", "model": "minimax-i2v", "async": True,
        "prompt": "It's a \"golden\" $HOME sunset — `rm -rf` ünïcode\nsecond line",
        "first_image_url": "https://cdn.example/a.png?x=1&y=2"}


def test_the_command_reads_as_expected():
    command = curl_command("https://api.acedata.cloud/", BODY)
    assert command.startswith("curl -X POST https://api.acedata.cloud/hailuo/videos \\\n")
    assert '-H "authorization: Bearer $ACEDATACLOUD_API_TOKEN"' in command
    words = shlex.split(command)
    assert json.loads(words[words.index("-d") + 1]) == BODY


def test_the_body_is_byte_for_byte_what_httpx_sends():
    command = curl_command("https://api.acedata.cloud", BODY)
    words = shlex.split(command)
    sent = httpx.Request("POST", "https://x/hailuo/videos", json=BODY).content
    assert words[words.index("-d") + 1].encode() == sent


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_gives_curl_exactly_these_arguments_with_the_token_from_the_environment():
    command = curl_command("http://127.0.0.1:8765", BODY)
    script = f"curl() {{ printf '%s\\0' \"$@\"; }}\n{command}"
    done = subprocess.run(["bash", "-c", script], capture_output=True, check=True,
                          env={"ACEDATACLOUD_API_TOKEN": "tok-from-env", "HOME": "/nowhere"})
    argv = done.stdout.decode().split("\0")[:-1]
    assert argv == ["-X", "POST", "http://127.0.0.1:8765/hailuo/videos",
                    "-H", "accept: application/json",
                    "-H", "authorization: Bearer tok-from-env",
                    "-H", "content-type: application/json",
                    "-d", httpx.Request("POST", "http://x", json=BODY).content.decode()]


def test_the_command_never_holds_a_token():
    assert API_TOKEN not in curl_command("https://api.acedata.cloud", {**BODY})


# --- the Check -----------------------------------------------------------------------------------


def test_a_working_platform_token(qtbot, event_loop, sim):
    check = run(qtbot, event_loop, check_platform_token(sim.base_url, f"  {PLATFORM_TOKEN}\n"))
    assert check.ok and check.sentence == "Your platform token works (simulator@example.com)."
    assert WORKS == "Your platform token works."


def test_the_api_token_pasted_as_the_platform_token(qtbot, event_loop, sim):
    check = run(qtbot, event_loop, check_platform_token(sim.base_url, API_TOKEN))
    assert (check.ok, check.sentence) == (False, WRONG.format(page=PLATFORM_TOKENS_PAGE))
    assert "platform-v1-" in WRONG


@pytest.mark.parametrize(("raw", "start"), [("", "Paste a platform token first."),
                                            ("two words", "Tokens have no spaces")])
def test_a_bad_paste_is_refused_before_sending(qtbot, event_loop, raw, start):
    check = run(qtbot, event_loop, check_platform_token("http://127.0.0.1:9", raw))
    assert not check.ok and check.sentence.startswith(start)


def test_an_unreachable_platform(qtbot, event_loop):
    check = run(qtbot, event_loop, check_platform_token("http://127.0.0.1:9", PLATFORM_TOKEN))
    assert not check.ok and check.sentence.startswith("Can't reach AceData's platform")

"""Starting, stopping, persisting: no thread or socket outlives stop(); state survives restart."""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import pytest

from hailuo_desktop.simulator import Simulator


def simulator_threads() -> list[threading.Thread]:
    """Every thread the simulator starts has a name beginning with "hailuo-sim"."""
    return [t for t in threading.enumerate() if t.name.startswith("hailuo-sim")]


def test_start_listens_on_loopback_and_stop_frees_the_port():
    sim = Simulator(generation_seconds=0).start()
    port = sim.port
    assert sim.base_url == f"http://127.0.0.1:{port}"
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass

    sim.stop()

    assert simulator_threads() == []
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_stop_is_idempotent_and_a_never_started_simulator_stops_too():
    sim = Simulator().start()
    sim.stop()
    sim.stop()
    Simulator().stop()

    assert simulator_threads() == []


def test_a_simulator_cannot_be_started_twice():
    with Simulator() as sim, pytest.raises(RuntimeError):
        sim.start()


def test_stop_cuts_idle_keep_alive_connections(api, sim):
    api.tasks(action="retrieve_batch", ids=[])  # leaves a pooled keep-alive connection

    started = time.monotonic()
    sim.stop()

    assert time.monotonic() - started < 3
    assert simulator_threads() == []


def test_stop_ends_a_synchronous_request_that_is_still_waiting(connect):
    sim = Simulator(generation_seconds=3600).start()
    api = connect(sim)
    errors: list[Exception] = []

    def call() -> None:
        try:
            api.generate(prompt="never finishes")
        except httpx.HTTPError as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    deadline = time.monotonic() + 10
    while not sim.tasks:  # re-checks the simulator until the request has arrived
        assert time.monotonic() < deadline

    started = time.monotonic()
    sim.stop()
    caller.join(10)

    assert time.monotonic() - started < 3
    assert len(errors) == 1
    assert simulator_threads() == []


def test_tasks_survive_a_restart_with_a_state_file(tmp_path, connect):
    state_file = tmp_path / "demo" / "simulator.json"
    with Simulator(generation_seconds=0, state_file=state_file) as first:
        api = connect(first)
        kept, deleted = api.submit(prompt="kept"), api.submit(prompt="deleted")
        api.tasks(action="delete", id=deleted)
        before = api.retrieve(kept)

    assert json.loads(state_file.read_text())["tasks"][0]["id"] == kept
    with Simulator(generation_seconds=0, state_file=state_file) as second:
        api = connect(second)
        after = api.retrieve(kept)
        gone = api.tasks(action="retrieve", id=deleted)
        video = api.http.get(f"/videos/{kept}.mp4")

    assert after["response"]["data"][0]["video_url"] == second.video_url(kept)
    after["response"]["data"][0]["video_url"] = before["response"]["data"][0]["video_url"]
    assert after == before
    assert gone.status_code == 404
    assert video.status_code == 200


def test_state_file_leaves_no_temporary_files_behind(tmp_path, connect):
    with Simulator(generation_seconds=0, state_file=tmp_path / "state.json") as sim:
        connect(sim).submit()

    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_an_unreadable_state_file_is_ignored(tmp_path, caplog):
    state_file = tmp_path / "state.json"
    state_file.write_text("{ broken")

    with Simulator(state_file=state_file) as sim:
        assert sim.tasks == {}
    assert "Ignoring unreadable simulator state file" in caplog.text


def test_request_lines_go_to_debug_logging_and_never_the_token(api, sim, caplog, capfd):
    caplog.set_level("DEBUG", logger="hailuo_desktop.simulator")

    api.tasks(action="retrieve_batch", ids=[])

    assert "POST /hailuo/tasks" in caplog.text
    assert sim.token not in caplog.text
    assert capfd.readouterr().err == ""

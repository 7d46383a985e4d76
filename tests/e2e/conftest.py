"""End-to-end fixtures: the real app against the real simulator over loopback HTTP."""

from __future__ import annotations

import pytest
from e2e_helpers import TOKEN, close_app, write_settings
from hostile_helpers import settle, watch_background_errors

from hailuo_desktop.simulator import Simulator


@pytest.fixture
def simulator():
    sim = Simulator(token=TOKEN, generation_seconds=0.6)
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def connect(simulator, monkeypatch):
    """Point the app at the simulator the way a user would: AceData's environment variables.
    The platform and the status page are the simulator's too, but there is no platform token
    (`with_platform_token` adds it)."""
    monkeypatch.setenv("ACEDATACLOUD_API_BASE_URL", simulator.base_url)
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", TOKEN)
    monkeypatch.setenv("PLATFORM_API_BASE_URL", simulator.base_url)
    monkeypatch.setenv("HAILUO_DESKTOP_STATUS_URL", f"{simulator.base_url}/data/status_1.json")
    write_settings(poll_interval_seconds=0.1)
    return simulator


@pytest.fixture
def with_platform_token(connect, monkeypatch):
    """`connect`, with the platform token in ACEDATACLOUD_PLATFORM_TOKEN as AceData's tools
    read it."""
    monkeypatch.setenv("ACEDATACLOUD_PLATFORM_TOKEN", connect.platform_token)
    return connect


@pytest.fixture
def open_app(qtbot, event_loop):
    """Builds wired windows; each is closed (and its shutdown awaited) at teardown."""
    from hailuo_desktop.app import create_window

    windows = []

    def open_window(**kwargs):
        window = create_window(**kwargs)
        window.resize(1200, 760)
        window.show()
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        close_app(qtbot, window)


@pytest.fixture
def no_background_errors(event_loop):
    """Fails the test when a background job crashed (what asyncio would only have logged)."""
    errors = watch_background_errors(event_loop)
    yield
    assert errors == [], f"a background job crashed: {errors}"


@pytest.fixture
def app(open_app, qtbot):
    """`open_app`, and before its windows close: wait for the work under way to finish."""
    windows = []

    def open_window(**kwargs):
        windows.append(open_app(**kwargs))
        return windows[-1]

    yield open_window
    for window in windows:
        settle(qtbot, window)

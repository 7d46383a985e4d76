"""End-to-end fixtures: the real app against the real simulator over loopback HTTP."""

from __future__ import annotations

import pytest
from e2e_helpers import TOKEN, close_app, write_settings

from hailuo_desktop.simulator import Simulator


@pytest.fixture
def simulator():
    sim = Simulator(token=TOKEN, generation_seconds=0.6)
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def connect(simulator, monkeypatch):
    """Point the app at the simulator the way a user would: AceData's environment variables."""
    monkeypatch.setenv("ACEDATACLOUD_API_BASE_URL", simulator.base_url)
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", TOKEN)
    write_settings(poll_interval_seconds=0.1)
    return simulator


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

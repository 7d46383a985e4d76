"""Sessions: one connection's parts, and switching between them without interleaving."""

from __future__ import annotations

import pytest
from fakes import FixedSettings, MemoryTokenStore

from hailuo_desktop.domain.settings import Settings
from hailuo_desktop.session import Sessions
from hailuo_desktop.storage import paths
from hailuo_desktop.storage.config import Config


@pytest.fixture
def sessions(qtbot, event_loop):
    made = []

    def make(token="t", **settings):
        config = Config(FixedSettings(Settings(**settings)), MemoryTokenStore(token))
        made.append(Sessions(config))
        return made[-1]

    yield make
    for each in made:
        job = event_loop.create_task(each.close())
        qtbot.waitUntil(job.done, timeout=15000)


def test_an_account_session_opens_its_own_ledger_and_no_simulator(sessions, qtbot):
    switcher = sessions(base_url="http://127.0.0.1:9")
    shown = []
    switcher.changed.connect(shown.append)
    switcher.start(demo=False)
    session = switcher.current
    assert shown == [session] and not session.demo and session.simulator is None
    assert session.connection.base_url == "http://127.0.0.1:9"
    qtbot.waitUntil(lambda: paths.ledger_path(False).exists(), timeout=5000)


def test_switching_to_the_demo_closes_the_old_session_first(sessions, qtbot):
    switcher = sessions()
    switcher.start(demo=False)
    first = switcher.current
    shown = []
    switcher.changed.connect(shown.append)
    switcher.switch(True)
    switcher.switch(False)  # a quick second click waits its turn
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=15000)
    assert [s.demo for s in shown] == [True, False]
    assert first.ledger._db is None  # closed before the next one opened
    assert shown[0].simulator is not None and shown[0].simulator.stop_event.is_set()


def test_a_ledger_that_cannot_open_says_so(sessions, qtbot, isolated_profile):
    (isolated_profile / "data").mkdir()
    (isolated_profile / "data" / "tasks.sqlite3").write_text("not a database")
    switcher = sessions()
    with qtbot.waitSignal(switcher.openFailed, timeout=5000) as failed:
        switcher.start(demo=False)
    assert failed.args[0].startswith("Can't open your task list")
    assert failed.args[0].endswith("then restart the app.")

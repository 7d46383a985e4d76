"""Fixtures shared by every test: an isolated data folder, and an asyncio loop on Qt's loop.

pytest-qt runs Qt's event loop but no asyncio loop. The `event_loop` fixture installs a qasync
loop marked as running, so coroutines advance whenever a test waits on Qt (`qtbot.waitUntil`,
`qtbot.waitSignal`). At teardown it fails the test if asyncio tasks were left pending.
"""

from __future__ import annotations

import asyncio
import gc
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app speaks the system's language: every test starts from English, whatever the machine's
# (the tests of Chinese choose it themselves).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
# QtMultimedia's FFmpeg backend chats on stderr about missing audio devices and GPU.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """English, as the app installs it: its catalogue gives the plural forms ("1 video")."""
    from hailuo_desktop.ui.common.language import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path, monkeypatch):
    """Nothing a test does may touch the real user profile or read the developer's token."""
    monkeypatch.setenv("HAILUO_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HAILUO_DESKTOP_LIBRARY_DIR", str(tmp_path / "library"))
    for name in ("ACEDATACLOUD_API_TOKEN", "ACEDATACLOUD_API_BASE_URL",
                 "ACEDATACLOUD_PLATFORM_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    # An account session asks for the public price rules and status page: never of AceData.
    monkeypatch.setenv("PLATFORM_API_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("HAILUO_DESKTOP_STATUS_URL", "http://127.0.0.1:9/data/status_1.json")
    return tmp_path


@pytest.fixture
def event_loop(qapp):
    import qasync
    import shiboken6

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield loop

    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    # Then let async generators and the default executor's threads finish while the loop can
    # still take their results (a late result on a closed qasync loop crashes its timer).
    cleanup = [*pending, loop.create_task(loop.shutdown_asyncgens()),
               loop.create_task(loop.shutdown_default_executor())]
    deadline = loop.time() + 10
    while any(not t.done() for t in cleanup) and loop.time() < deadline:
        qapp.processEvents()  # tests only: the loop has no other way to run the cancellations
    qapp.processEvents()
    # qasync 0.28: close() refuses a loop that believes it is running; stop() would quit Qt.
    loop._QEventLoop__is_running = False
    loop.close()
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    # Its timer QObject must die on this (the GUI) thread, not in a later GC on a server thread.
    timer = getattr(loop, "_timer", None)
    if timer is not None and shiboken6.isValid(timer):
        shiboken6.delete(timer)
    gc.collect()
    assert not pending, f"asyncio tasks were left pending at teardown: {pending}"


@pytest.fixture
def opened_urls(qapp):
    """Stands in for the desktop: the URLs the app asked QDesktopServices to open, in order."""
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Desktop(QObject):
        def __init__(self):
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url)

    desktop = Desktop()
    schemes = ("http", "https", "file")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, desktop, "open")
    yield desktop.urls
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)

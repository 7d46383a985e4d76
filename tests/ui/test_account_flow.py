"""The account flow on its own: what the welcome and Settings dialogs' answers change, driven
through the dialogs' own widgets, with the sessions and the keychain stood in for."""

from __future__ import annotations

import pytest
from fakes import MemoryTokenStore
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from hailuo_desktop.account_flow import AccountFlow
from hailuo_desktop.services.settings_store import SettingsStore
from hailuo_desktop.storage import paths
from hailuo_desktop.storage.config import Config
from hailuo_desktop.storage.secrets import TokenStoreError


class Window(QMainWindow):
    def __init__(self):
        super().__init__()
        self.statuses: list[str] = []

    def showStatus(self, text: str) -> None:
        self.statuses.append(text)


class Current:
    demo = False


class Sessions(QObject):
    def __init__(self):
        super().__init__()
        self.current = Current()
        self.switches: list[bool] = []

    def switch(self, demo: bool) -> None:
        self.switches.append(demo)


class LockedKeychain(MemoryTokenStore):
    def save(self, token: str) -> None:
        raise TokenStoreError("locked")


@pytest.fixture
def flow(qtbot, event_loop):
    made = []

    def make(store=None):
        window = Window()
        qtbot.addWidget(window)
        settings = SettingsStore(paths.config_dir() / "settings.json")
        config = Config(settings, store or MemoryTokenStore())
        sessions = Sessions()
        account = AccountFlow(config, settings, sessions, window)
        made.append((account, settings))
        return account, config, settings, sessions, window

    yield make
    for account, settings in made:
        job = event_loop.create_task(account.shutdown())
        qtbot.waitUntil(job.done, timeout=5000)
        job = event_loop.create_task(settings.flush())
        qtbot.waitUntil(job.done, timeout=5000)


def save_token(qtbot, dialog, text: str) -> None:
    dialog.tokenEdit.clear()
    qtbot.keyClicks(dialog.tokenEdit, text)
    qtbot.mouseClick(dialog.saveButton, Qt.MouseButton.LeftButton)


def test_a_saved_token_is_stored_and_opens_an_account_session(flow, qtbot):
    account, config, _, sessions, window = flow()
    dialog = account.welcome()
    save_token(qtbot, dialog, "  good-token  ")
    assert config.token_store.load() == "good-token"
    assert sessions.switches == [False] and window.statuses[-1] == "Token saved."


def test_a_keychain_that_refuses_says_what_to_do_and_switches_nothing(flow, qtbot):
    account, _, _, sessions, window = flow(LockedKeychain())
    save_token(qtbot, account.welcome(), "good-token")
    assert sessions.switches == []
    assert "could not be stored" in window.statuses[-1] and "Unlock" in window.statuses[-1]


def test_settings_that_need_a_new_connection_switch_the_session(flow, qtbot):
    account, _, settings, sessions, _ = flow()
    settings.update(player_volume=0.25)
    dialog = account.open_settings()
    dialog.pollIntervalSpin.setValue(17)
    qtbot.waitUntil(dialog.okButton.isEnabled)  # once the library folder has been tried
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert settings.value.poll_interval_seconds == 17.0
    assert settings.value.player_volume == 0.25  # the player's own, kept
    assert sessions.switches == [False]

    dialog = account.open_settings()
    dialog.notificationsCheck.setChecked(not dialog.notificationsCheck.isChecked())
    qtbot.waitUntil(dialog.okButton.isEnabled)
    qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert sessions.switches == [False]  # nothing that needs a new connection


def test_removing_the_token_clears_it_and_reopens_the_account(flow, qtbot):
    account, config, _, sessions, window = flow(MemoryTokenStore("old"))
    account._remove_token()
    assert config.token_store.load() is None
    assert sessions.switches == [False] and window.statuses[-1] == "Token removed."

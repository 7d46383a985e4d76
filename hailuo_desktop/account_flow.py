"""The token and the settings, as the user meets them: the welcome dialog on a first run, the
Settings dialog, and what each answer changes in the running app."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

from .domain.settings import REMEMBERED, Settings
from .domain.tokens import clean_token, token_problem
from .services.jobs import Jobs
from .services.platform_token_check import check_platform_token
from .services.settings_store import SettingsStore
from .services.token_check import check_token
from .session import Sessions
from .storage.config import BASE_URL_ENV, Config
from .storage.library import default_library_dir
from .storage.secrets import TokenStoreError
from .ui.main_window import MainWindow

if TYPE_CHECKING:  # the dialogs are loaded when first opened, not at start-up
    from .ui.account.settings_dialog import SettingsDialog
    from .ui.account.welcome_dialog import WelcomeDialog

log = logging.getLogger(__name__)

# Changing these needs a new session (new client, new poller).
_SESSION_FIELDS = frozenset({"base_url", "poll_interval_seconds", "stale_after_minutes"})


class AccountFlow(QObject):
    # The platform token in effect now (None: none): saved, removed, or the variable's.
    platformTokenChanged = Signal(object)

    def __init__(self, config: Config, settings: SettingsStore, sessions: Sessions,
                 window: MainWindow):
        super().__init__(window)
        self._config = config
        self._settings = settings
        self._sessions = sessions
        self._window = window
        self._jobs = Jobs("checking the token")
        self._settings_dialog: SettingsDialog | None = None
        self._welcome: WelcomeDialog | None = None
        self._platform_dialog: WelcomeDialog | None = None
        settings.changed.connect(self._on_settings_changed)

    def _checker(self, token: str):
        return check_token(self._config.connection().base_url, token)

    async def shutdown(self) -> None:
        await self._jobs.cancel()

    # --- the token ---------------------------------------------------------------------
    def welcome(self, first_run: bool = True, parent=None) -> WelcomeDialog:
        if self._alive(self._welcome):
            self._welcome.raise_()
            return self._welcome
        from .ui.account.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self._checker, self._config.token_store.description,
                               first_run=first_run, parent=parent or self._window)
        dialog.setObjectName("welcomeDialog")
        dialog.tokenSaved.connect(self._save_token)
        dialog.demoChosen.connect(lambda: self._sessions.switch(True))
        dialog.open()  # never exec(): the event loop keeps running
        self._welcome = dialog
        return dialog

    def dismiss_welcome(self) -> None:
        """The question is answered another way (the banner's demo button, say)."""
        if self._alive(self._welcome):
            self._welcome.reject()

    def _save_token(self, raw: str) -> None:
        token = clean_token(raw)
        if token is None:
            self._window.showStatus(token_problem(raw) or self.tr("Paste a token first."))
            return
        try:
            self._config.token_store.save(token)
        except (TokenStoreError, OSError) as exc:
            log.warning("token not saved: %s", type(exc).__name__)
            self._window.showStatus(self.tr("Your token could not be stored on this computer. "
                                            "Unlock your keychain, or check the config "
                                            "folder's permissions, then try again."))
            return
        self._window.showStatus(self.tr("Token saved."))
        self._refresh_account()
        self._sessions.switch(False)

    def _remove_token(self) -> None:
        try:
            self._config.token_store.clear()
        except (TokenStoreError, OSError):
            self._window.showStatus(self.tr("Your token could not be removed: unlock your "
                                            "keychain and try again."))
            return
        self._window.showStatus(self.tr("Token removed."))
        self._refresh_account()
        self._sessions.switch(False)

    # --- the platform token (optional: asked for when a feature needs it) ------------------
    def ask_platform_token(self, parent=None) -> WelcomeDialog | None:
        connection = self._config.platform_connection()
        if connection.token_from_env:
            self._window.showStatus(connection.token_problem or self.tr(
                "Your platform token comes from the ACEDATACLOUD_PLATFORM_TOKEN environment "
                "variable: change it there."))
            return None
        if self._alive(self._platform_dialog):
            self._platform_dialog.raise_()
            return self._platform_dialog
        from .ui.account.welcome_dialog import WelcomeDialog, platform_token_texts

        store = self._config.platform_token_store
        dialog = WelcomeDialog(
            lambda token: check_platform_token(self._config.platform_connection().base_url,
                                               token),
            store.description if store else "", first_run=False,
            parent=parent or self._window, texts=platform_token_texts())
        dialog.setObjectName("platformTokenDialog")
        dialog.tokenSaved.connect(self._save_platform_token)
        dialog.open()
        self._platform_dialog = dialog
        return dialog

    def _save_platform_token(self, raw: str) -> None:
        token, store = clean_token(raw), self._config.platform_token_store
        if token is None or store is None:
            self._window.showStatus(token_problem(raw) or self.tr("Paste a platform token first."))
            return
        try:
            store.save(token)
        except (TokenStoreError, OSError) as exc:
            log.warning("platform token not saved: %s", type(exc).__name__)
            self._window.showStatus(self.tr("Your platform token could not be stored on this "
                                            "computer. Unlock your keychain, or check the "
                                            "config folder's permissions, then try again."))
            return
        self._window.showStatus(self.tr("Platform token saved."))
        self._platform_changed()

    def _remove_platform_token(self) -> None:
        try:
            if self._config.platform_token_store is not None:
                self._config.platform_token_store.clear()
        except (TokenStoreError, OSError):
            self._window.showStatus(self.tr("Your platform token could not be removed: unlock "
                                            "your keychain and try again."))
            return
        self._window.showStatus(self.tr("Platform token removed."))
        self._platform_changed()

    def _platform_changed(self) -> None:
        connection = self._config.platform_connection()
        if self._alive(self._settings_dialog):
            self._show_platform(self._settings_dialog)
        self.platformTokenChanged.emit(connection.token)

    def _show_platform(self, dialog: SettingsDialog) -> None:
        connection, store = self._config.platform_connection(), self._config.platform_token_store
        dialog.platformSection.setToken(store.description if store else "",
                                        connection.token_from_env, bool(connection.token))

    async def _check_platform_for(self, dialog: SettingsDialog) -> None:
        connection = self._config.platform_connection()
        result = await check_platform_token(connection.base_url, connection.token or "")
        if self._alive(dialog):
            dialog.platformSection.showCheck(result)

    # --- settings ----------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        if self._alive(self._settings_dialog):
            self._settings_dialog.raise_()
            return self._settings_dialog
        from .ui.account.settings_dialog import SettingsDialog

        connection = self._config.connection()
        dialog = SettingsDialog(
            self._config.settings, self._config.token_store.description,
            connection.token_from_env, has_token=bool(connection.token),
            parent=self._window, default_library_dir=str(default_library_dir()),
            base_url_from_env=bool(os.environ.get(BASE_URL_ENV, "").strip()))
        dialog.setObjectName("settingsDialog")
        dialog.settingsAccepted.connect(self._apply)
        dialog.tokenChangeRequested.connect(lambda: self.welcome(False, dialog))
        dialog.tokenRemoveRequested.connect(self._remove_token)
        dialog.tokenCheckRequested.connect(lambda: self._jobs.spawn(self._check_for(dialog)))
        platform = dialog.platformSection
        self._show_platform(dialog)
        platform.addRequested.connect(lambda: self.ask_platform_token(dialog))
        platform.removeRequested.connect(self._remove_platform_token)
        platform.checkRequested.connect(
            lambda: self._jobs.spawn(self._check_platform_for(dialog)))
        self._settings_dialog = dialog
        dialog.open()
        return dialog

    async def _check_for(self, dialog: SettingsDialog) -> None:
        connection = self._config.connection()
        result = await check_token(connection.base_url, connection.token or "")
        if self._alive(dialog):
            dialog.showTokenCheck(result)

    def _refresh_account(self) -> None:
        if self._alive(self._settings_dialog):
            connection = self._config.connection()
            self._settings_dialog.setAccount(self._config.token_store.description,
                                             connection.token_from_env,
                                             bool(connection.token))

    def _apply(self, chosen: Settings) -> None:
        # Only what the dialog shows: the player's volume, the demo, the form and the window
        # are remembered by their owners, and may have changed while the dialog was open.
        current = self._settings.value
        for name in REMEMBERED:
            setattr(chosen, name, getattr(current, name))
        self._settings.replace(chosen)

    def _on_settings_changed(self, _settings: Settings, changed: frozenset[str]) -> None:
        if changed & _SESSION_FIELDS and self._sessions.current is not None:
            self._sessions.switch(self._sessions.current.demo)

    @staticmethod
    def _alive(dialog) -> bool:
        return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()

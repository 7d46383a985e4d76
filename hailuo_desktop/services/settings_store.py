"""The settings as the running app holds them: one owner, one file, one debounced save, and a
`changed` signal naming what changed, so each part reacts to what concerns it."""

from __future__ import annotations

import asyncio
from dataclasses import asdict, replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.settings import Settings
from ..storage.settings import load_settings, save_settings
from .jobs import Jobs

# Many slider steps (the volume, say) become one write.
SAVE_DELAY_MS = 600


class SettingsStore(QObject):
    changed = Signal(object, object)  # Settings as they are now, frozenset of changed names
    saveFailed = Signal(str)          # one sentence for the status bar

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._path = path
        self._value = load_settings(path)  # a few hundred bytes, read once before any window
        self._jobs = Jobs("saving settings")
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(lambda: self._jobs.spawn(self._save()))

    @property
    def value(self) -> Settings:
        return replace(self._value)

    def update(self, **values) -> None:
        changed = frozenset(name for name, value in values.items()
                            if getattr(self._value, name) != value)
        if not changed:
            return
        self._value = replace(self._value, **values)
        self.changed.emit(self.value, changed)
        self._timer.start()

    def replace(self, settings: Settings) -> None:
        self.update(**asdict(settings))

    async def flush(self) -> None:
        """Write what is waiting now (the app is closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._jobs.spawn(self._save())
        await self._jobs.wait()

    async def _save(self) -> None:
        try:
            await asyncio.to_thread(save_settings, self._path, self._value)
        except OSError as exc:
            self.saveFailed.emit(self.tr("Your settings could not be saved ({error}); they "
                                         "apply until you close the app.").format(
                                             error=exc.strerror or exc))

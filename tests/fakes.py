"""Stand-ins for the app's infrastructure, shared by the tests (fakes, not mocks: they behave).

The real parts are exercised end to end against the simulator elsewhere; these keep a unit
test about one thing.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject, QTimer, Signal

from hailuo_desktop.domain.settings import Settings
from hailuo_desktop.domain.task import Task


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class MemoryTokenStore:
    description = "memory"

    def __init__(self, token: str | None = None):
        self.token = token

    def load(self) -> str | None:
        return self.token

    def save(self, token: str) -> None:
        self.token = token

    def clear(self) -> None:
        self.token = None


class FixedSettings:
    """A settings source that hands out the settings it was given."""

    def __init__(self, settings: Settings | None = None):
        self.value = settings or Settings()


class FakeTaskService(QObject):
    """What views read from the task service, with its events raised by hand."""

    tasksAdded = Signal(object)
    taskChanged = Signal(object, object)
    taskFinished = Signal(object)
    tasksRemoved = Signal(object)
    submittingChanged = Signal(bool)

    def __init__(self, tasks=(), now: float = 1000.0):
        super().__init__()
        self._tasks = {task.local_id: task for task in tasks}
        self._now = now

    def count(self) -> int:
        return len(self._tasks)

    def tasks(self) -> list[Task]:
        return list(self._tasks.values())

    def find(self, local_id: str) -> Task | None:
        return self._tasks.get(local_id)

    def counts(self) -> Counter:
        return Counter(task.state for task in self._tasks.values())

    def now(self) -> float:
        return self._now

    def add(self, *tasks: Task) -> None:
        for task in tasks:
            self._tasks[task.local_id] = task
        self.tasksAdded.emit(list(tasks))

    def change(self, local_id: str, **changes) -> Task:
        task = self._tasks[local_id] = self._tasks[local_id].evolve(**changes)
        self.taskChanged.emit(task, frozenset(changes))
        return task

    def remove(self, *local_ids: str) -> None:
        for local_id in local_ids:
            del self._tasks[local_id]
        self.tasksRemoved.emit(list(local_ids))

    # --- what writers call, as the real service offers it --------------------------------
    async def update_known(self, local_id: str, **changes) -> Task | None:
        return self.change(local_id, **changes) if local_id in self._tasks else None

    async def update_many(self, changes: dict[str, dict]) -> None:
        for local_id, fields in changes.items():
            await self.update_known(local_id, **fields)

    def apply(self, local_id: str, **changes) -> None:
        self.change(local_id, **changes)


class FakeDownloads:
    """What the library's tidying asks of the clip keeper, recorded."""

    def __init__(self) -> None:
        self.cancelled: list[str] = []
        self.saved_now: list[str] = []
        self.checked: list[str] = []

    def cancel(self, local_id: str) -> None:
        self.cancelled.append(local_id)

    def save_now(self, task: Task) -> None:
        self.saved_now.append(task.local_id)

    def check_saved(self, task: Task) -> None:
        self.checked.append(task.local_id)


class FakeSyncedPlayers(QObject):
    """The compare window's players, recording what they were asked to open; nothing plays."""

    positionChanged = Signal(int)
    durationChanged = Signal(int)
    playingChanged = Signal(bool)
    ready = Signal()
    failed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def open(self, sources: list[str], outputs: list) -> None:
        self.sources = list(sources)

    def close(self) -> None:
        self.sources = []

    def position(self) -> int:
        return 0

    def play(self) -> None: ...
    def toggle(self) -> None: ...
    def seek(self, ms: int) -> None: ...
    def stepFrames(self, count: int) -> None: ...
    def setLooping(self, looping: bool) -> None: ...


class FakeUploader(QObject):
    """The upload service's face: jobs are recorded, and the test says how each one ends.
    A cancel is answered on the next turn of the loop, as the real service's is."""

    progress = Signal(str, "qint64", "qint64")
    finished = Signal(str, str)
    failed = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self):
        super().__init__()
        self.sources: list = []
        self.jobs: list[str] = []
        self.cancels: list[str] = []

    def upload(self, source) -> str:
        self.jobs.append(f"job-{len(self.jobs) + 1}")
        self.sources.append(source)
        return self.jobs[-1]

    def cancel(self, job: str) -> None:
        self.cancels.append(job)
        QTimer.singleShot(0, self, lambda: self.cancelled.emit(job))

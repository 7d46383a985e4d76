"""Stars, removal, the system trash and Undo, on the real task service, ledger, library files and
trash (a private one), against the simulator over loopback."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from fakes import FakeDownloads

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState
from hailuo_desktop.services.library_actions import LibraryActions
from hailuo_desktop.services.task_service import TaskService
from hailuo_desktop.services.trash import SystemTrash, Trashed, TrashError
from hailuo_desktop.simulator import Simulator
from hailuo_desktop.storage.ledger import Ledger, LedgerError
from hailuo_desktop.storage.library import Library

TOKEN = "tidy-token"


@pytest.fixture
def sim():
    with Simulator(token=TOKEN, generation_seconds=0.2) as simulator:
        yield simulator


@pytest.fixture
def trash_home(tmp_path, monkeypatch) -> Path:
    """The system trash of a user whose data folder is in the test's own folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "Trash"


@pytest.fixture
def ledger_path(tmp_path) -> Path:
    return tmp_path / "tasks.sqlite3"


@pytest.fixture
def make(qtbot, event_loop, sim, ledger_path):
    """(service, actions, downloads) on one ledger file, opened; all closed at teardown."""
    made = []

    def build(seed=(), trash=None, ledger=None):
        client = HailuoClient(sim.base_url, TOKEN)
        ledger = ledger or Ledger(ledger_path)
        service = TaskService(client, ledger, poll_interval=0.05, stale_after=1800,
                              clock=time.time)
        downloads = FakeDownloads()
        actions = LibraryActions(service, downloads, trash, parent=service)
        made.append((actions, service, client, ledger))
        run(qtbot, event_loop, _open(ledger, service, list(seed)))
        return service, actions, downloads

    yield build

    async def close_all():
        for actions, service, client, ledger in made:
            await actions.shutdown()
            await service.shutdown()
            await client.aclose()
            await ledger.close()

    run(qtbot, event_loop, close_all())


async def _open(ledger, service, seed):
    await ledger.open()
    await ledger.save_many(seed)
    await service.start()


def run(qtbot, event_loop, coro):
    job = event_loop.create_task(coro)
    qtbot.waitUntil(job.done, timeout=10000)
    return job.result()


def saved_clip(library: Path, name: str, **changes) -> Task:
    """A finished task whose clip and sidecar are in `library`."""
    library.mkdir(exist_ok=True)
    clip = library / f"{name}.mp4"
    clip.write_bytes(b"\0\0\0\x18ftypisom" + name.encode())
    task = Task(GenerationRequest("minimax-t2v", f"clip {name}"), created_at=time.time(),
                local_id=name, state=TaskState.SUCCEEDED, task_id=f"task-{name}",
                video_url=f"https://cdn.example/{name}.mp4", download_state=DownloadState.SAVED,
                file_path=str(clip), **changes)
    Library(library).write_sidecar(clip, task)
    return task


def removed_at_in_ledger(path: Path, local_id: str) -> float | None:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT removed_at FROM tasks WHERE local_id = ?",
                          (local_id,)).fetchone()[0]
    finally:
        db.close()


def sidecar(clip: Path) -> dict:
    return json.loads(clip.with_suffix(".json").read_text(encoding="utf-8"))


def test_a_star_goes_to_the_ledger_and_the_sidecar(make, qtbot, tmp_path, ledger_path):
    clip = saved_clip(tmp_path / "library", "keeper")
    service, actions, _ = make([clip])
    assert sidecar(Path(clip.file_path))["starred"] is False

    actions.star(["keeper"], True)
    qtbot.waitUntil(lambda: sidecar(Path(clip.file_path))["starred"] is True, timeout=5000)
    assert service.find("keeper").starred
    db = sqlite3.connect(ledger_path)
    assert db.execute("SELECT starred FROM tasks").fetchone() == (1,)
    db.close()

    actions.star(["keeper"], False)
    qtbot.waitUntil(lambda: sidecar(Path(clip.file_path))["starred"] is False, timeout=5000)
    assert not service.find("keeper").starred


class LedgerFirstTrash(SystemTrash):
    """The real trash, which checks that each file it moves is already removed in the ledger
    (so a crash at this moment leaves the file where it was, and the row gone)."""

    def __init__(self, ledger_path: Path):
        self.ledger_path = ledger_path
        self.seen: list[tuple[str, float | None, bool]] = []

    def move(self, path: Path) -> Trashed:
        local_id = path.stem
        self.seen.append((local_id, removed_at_in_ledger(self.ledger_path, local_id),
                          path.exists()))
        return super().move(path)


def test_removal_is_recorded_first_then_files_go_to_the_trash_and_undo_brings_all_back(
        make, qtbot, tmp_path, ledger_path, trash_home):
    library = tmp_path / "library"
    keep, remove = saved_clip(library, "keep"), saved_clip(library, "gone")
    trash = LedgerFirstTrash(ledger_path)
    service, actions, _ = make([keep, remove], trash)

    with qtbot.waitSignal(actions.removed) as removed, \
            qtbot.waitSignal(service.tasksRemoved) as told:
        actions.remove(["gone"], trash_files=True)
    assert told.args == [["gone"]] and removed.args == [1, 2]   # the clip and its sidecar
    assert [(i, at is not None, there) for i, at, there in trash.seen] == [
        ("gone", True, True), ("gone", True, True)]
    assert not (library / "gone.mp4").exists() and not (library / "gone.json").exists()
    assert sorted(p.name for p in (trash_home / "files").iterdir()) == ["gone.json", "gone.mp4"]
    assert [t.local_id for t in service.tasks()] == ["keep"]
    assert actions.canUndo()

    with qtbot.waitSignal(actions.restored) as restored:
        actions.undo()
    assert restored.args == [["gone"]]
    assert (library / "gone.mp4").read_bytes().endswith(b"gone")
    assert sidecar(library / "gone.mp4")["task_id"] == "task-gone"
    assert list((trash_home / "files").iterdir()) == []
    assert list((trash_home / "info").iterdir()) == [], "no ghost left in the trash"
    assert {t.local_id for t in service.tasks()} == {"keep", "gone"}
    assert removed_at_in_ledger(ledger_path, "gone") is None
    assert not actions.canUndo()


class BrokenTrash(SystemTrash):
    def move(self, path: Path) -> Trashed:
        raise TrashError(f"{path.name} could not be moved to the trash")


def test_when_the_trash_step_never_happens_the_file_stays_and_the_row_stays_removed(
        make, qtbot, tmp_path, ledger_path):
    library = tmp_path / "library"
    clip = saved_clip(library, "stays")
    service, actions, _ = make([clip], BrokenTrash())
    with qtbot.waitSignal(actions.problem) as problem:
        actions.remove(["stays"], trash_files=True)
    assert "still in your library folder" in problem.args[0]
    assert (library / "stays.mp4").exists() and (library / "stays.json").exists()
    assert service.count() == 0 and removed_at_in_ledger(ledger_path, "stays") is not None

    again, _, _ = make()   # the next start: the removed row is not listed, the file is kept
    assert again.count() == 0
    assert (library / "stays.mp4").exists()


class RefusingLedger(Ledger):
    async def save_many(self, tasks: list[Task]) -> None:
        if any(task.removed_at for task in tasks):
            raise LedgerError("disk full")
        await super().save_many(tasks)


def test_nothing_is_removed_when_the_ledger_cannot_record_it(make, qtbot, tmp_path,
                                                              ledger_path, trash_home):
    clip = saved_clip(tmp_path / "library", "kept")
    service, actions, _ = make([clip], SystemTrash(), RefusingLedger(ledger_path))
    with qtbot.waitSignal(actions.problem) as problem:
        actions.remove(["kept"], trash_files=True)
    assert "Nothing was removed" in problem.args[0] and "disk full" in problem.args[0]
    assert [t.local_id for t in service.tasks()] == ["kept"]
    assert service.counts()[TaskState.SUCCEEDED] == 1
    assert (tmp_path / "library" / "kept.mp4").exists() and not actions.canUndo()


def test_a_running_task_removed_is_no_longer_followed_until_undo(make, qtbot, sim):
    sim.generation_seconds = 3600
    service, actions, downloads = make()
    service.submit(GenerationRequest("minimax-t2v", "left running"))
    service.submit(GenerationRequest("minimax-t2v", "still followed"))
    qtbot.waitUntil(lambda: service.count() == 2 and all(
        t.state.is_polled for t in service.tasks()), timeout=5000)
    gone, followed = service.tasks()
    with qtbot.waitSignal(actions.removed):
        actions.remove([gone.local_id])
    asked_before = len(sim.requests_received)
    # The poller goes on asking about the other task, never about the removed one.
    qtbot.waitUntil(lambda: any(followed.task_id in r.body.get("ids", ())
                                for r in sim.requests_received[asked_before:]), timeout=5000)
    assert not any(gone.task_id in r.body.get("ids", ())
                   for r in sim.requests_received[asked_before:])
    assert service.running() == 1 and downloads.cancelled == []

    with qtbot.waitSignal(actions.restored):
        actions.undo()
    sim.complete_task(gone.task_id)
    qtbot.waitUntil(lambda: service.find(gone.local_id).state is TaskState.SUCCEEDED,
                    timeout=5000)


def test_the_answer_to_a_submission_removed_meanwhile_is_kept_for_undo(make, qtbot, sim,
                                                                       ledger_path):
    service, actions, _ = make()
    sim.faults.slow_seconds = 0.5
    service.submit(GenerationRequest("minimax-t2v", "removed while it was being sent"))
    qtbot.waitUntil(lambda: service.count() == 1, timeout=5000)
    [task] = service.tasks()
    with qtbot.waitSignal(actions.removed):
        actions.remove([task.local_id])
    qtbot.waitUntil(lambda: not service.is_submitting(), timeout=5000)
    sim.faults.slow_seconds = 0
    assert service.count() == 0
    assert removed_at_in_ledger(ledger_path, task.local_id) is not None, "still removed"

    with qtbot.waitSignal(actions.restored):
        actions.undo()
    back = service.find(task.local_id)
    assert back.task_id in sim.tasks, "the task id the service gave is kept"
    qtbot.waitUntil(lambda: service.find(task.local_id).state is TaskState.SUCCEEDED,
                    timeout=5000)


def test_a_removed_download_is_stopped_and_restarted_by_undo(make, qtbot, tmp_path):
    downloading = saved_clip(tmp_path / "library", "halfway").evolve(
        download_state=DownloadState.DOWNLOADING)
    _, actions, downloads = make([downloading])
    with qtbot.waitSignal(actions.removed):
        actions.remove(["halfway"], trash_files=True)
    assert downloads.cancelled == ["halfway"]
    assert (tmp_path / "library" / "halfway.mp4").exists(), "only saved clips go to the trash"
    with qtbot.waitSignal(actions.restored):
        actions.undo()
    assert downloads.saved_now == ["halfway"]

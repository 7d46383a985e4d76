"""The clip keeper on its own: between a stand-in task service, a recording download service
and a poster maker that only notes what it was asked."""

from __future__ import annotations

import asyncio

import pytest
from fakes import FakeTaskService
from PySide6.QtCore import QObject, Signal

from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState
from hailuo_desktop.services.clip_keeper import MISSING_FILE, ClipKeeper
from hailuo_desktop.services.posters import Poster


class Downloads(QObject):
    progress = Signal(str, "qint64", "qint64")

    def __init__(self):
        super().__init__()
        self.calls: list[tuple] = []

    async def sweep(self):
        self.calls.append(("sweep",))

    def resume(self, tasks):
        self.calls.append(("resume", sorted(t.local_id for t in tasks)))

    def enqueue(self, task):
        self.calls.append(("enqueue", task.local_id))

    def save_now(self, task):
        self.calls.append(("save_now", task.local_id))

    def cancel(self, local_id):
        self.calls.append(("cancel", local_id))

    async def shutdown(self):
        self.calls.append(("shutdown",))


class Posters:
    def __init__(self):
        self.made: list[str] = []
        self.busy = 0
        self.most_at_once = 0

    async def make(self, clip, target):
        self.busy += 1
        self.most_at_once = max(self.most_at_once, self.busy)
        await asyncio.sleep(0.01)
        self.busy -= 1
        self.made.append(clip.name)
        return Poster(target, 6.0)

    def shutdown(self):
        pass


def task(local_id: str, created_at: float = 1.0, **changes) -> Task:
    return Task(GenerationRequest("minimax-t2v", "p"), created_at=created_at,
                local_id=local_id, state=TaskState.SUCCEEDED, video_url="https://cdn/x.mp4",
                task_id=f"t-{local_id}").evolve(**changes)


@pytest.fixture
def keeper_with(qtbot, event_loop, tmp_path):
    made = []

    def make(*tasks, auto=True):
        service = FakeTaskService(tasks)
        downloads, posters = Downloads(), Posters()
        keeper = ClipKeeper(service, downloads, posters, tmp_path / "posters",
                            auto_download=lambda: auto)
        made.append(keeper)
        return keeper, service, downloads, posters

    yield make
    for keeper in made:
        job = event_loop.create_task(keeper.shutdown())
        qtbot.waitUntil(job.done, timeout=5000)


def saved_clip(tmp_path, local_id: str, created_at: float) -> Task:
    clip = tmp_path / f"{local_id}.mp4"
    clip.write_bytes(b"....ftyp")
    return task(local_id, created_at, download_state=DownloadState.SAVED, file_path=str(clip))


def test_start_sweeps_before_any_save_resumes(keeper_with, qtbot):
    keeper, _, downloads, _ = keeper_with(task("a", download_state=DownloadState.RETRYING))
    keeper.start()
    qtbot.waitUntil(lambda: len(downloads.calls) >= 2, timeout=3000)
    assert downloads.calls[:2] == [("sweep",), ("resume", ["a"])]


def test_finished_clips_are_saved_only_when_auto_saving_is_on(keeper_with, qtbot):
    _, service, downloads, _ = keeper_with(task("a", state=TaskState.PROCESSING,
                                                     video_url=None))
    service.change("a", state=TaskState.SUCCEEDED, video_url="https://cdn/a.mp4")
    assert ("enqueue", "a") in downloads.calls
    keeper_off, service_off, downloads_off, _ = keeper_with(
        task("b", state=TaskState.PROCESSING, video_url=None), auto=False)
    service_off.change("b", state=TaskState.SUCCEEDED, video_url="https://cdn/b.mp4")
    assert not any(call[0] == "enqueue" for call in downloads_off.calls)
    keeper_off.save_now(service_off.find("b"))
    assert ("save_now", "b") in downloads_off.calls


def test_clips_deleted_while_closed_become_missing_together(keeper_with, qtbot, tmp_path):
    kept = saved_clip(tmp_path, "kept", 1.0)
    gone = [task(f"gone{n}", download_state=DownloadState.SAVED,
                 file_path=str(tmp_path / f"nowhere{n}.mp4")) for n in range(3)]
    keeper, service, _, _ = keeper_with(kept, *gone)
    keeper.start()
    qtbot.waitUntil(lambda: all(service.find(t.local_id).download_state is
                                DownloadState.MISSING for t in gone), timeout=3000)
    assert service.find("kept").download_state is DownloadState.SAVED
    assert service.find("gone0").download_error == MISSING_FILE


def test_posters_are_made_one_at_a_time_newest_first(keeper_with, qtbot, tmp_path):
    clips = [saved_clip(tmp_path, f"c{n}", float(n)) for n in range(4)]
    keeper, service, _, posters = keeper_with(*clips)
    keeper.start()
    qtbot.waitUntil(lambda: len(posters.made) == 4, timeout=5000)
    assert posters.made == ["c3.mp4", "c2.mp4", "c1.mp4", "c0.mp4"]
    assert posters.most_at_once == 1
    assert all(service.find(f"c{n}").poster_path for n in range(4))
    assert all(service.find(f"c{n}").clip_seconds == 6.0 for n in range(4))


def test_progress_is_kept_while_downloading_and_dropped_after(keeper_with, qtbot):
    keeper, service, downloads, _ = keeper_with(task("a", download_state=DownloadState.DOWNLOADING))
    with qtbot.waitSignal(keeper.progressChanged):
        downloads.progress.emit("a", 10, 100)
    assert keeper.progress("a") == (10, 100)
    service.change("a", download_state=DownloadState.SAVED, file_path="/x.mp4")
    assert keeper.progress("a") is None

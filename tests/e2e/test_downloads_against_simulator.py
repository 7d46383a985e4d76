"""Saving clips for real: the download service against the simulator over loopback HTTP."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState
from hailuo_desktop.services.download_service import DownloadService
from hailuo_desktop.storage.library import Library, default_library_dir

SAVED, FAILED, EXPIRED = DownloadState.SAVED, DownloadState.FAILED, DownloadState.EXPIRED


class RecordingTransport(httpx.AsyncHTTPTransport):
    """The real network transport, noting what each request asked for."""

    def __init__(self):
        super().__init__()
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request):
        self.requests.append(request)
        return await super().handle_async_request(request)

    def ranges(self) -> list[str | None]:
        return [r.headers.get("range") for r in self.requests]


class Harness:
    """A download service with its signals recorded, as the lead's wiring would see them."""

    def __init__(self, qtbot, retry_base: float = 0.05, fresh_link=None):
        self.qtbot = qtbot
        self.library = Library(default_library_dir())
        self.transport = RecordingTransport()
        self.service = DownloadService(lambda: self.library, self.record,
                                       transport=self.transport, retry_base=retry_base,
                                       fresh_link=fresh_link)
        self.states: list[tuple[str, DownloadState, str | None, str | None]] = []
        self.saved: dict[str, dict] = {}  # what the ledger holds of each task
        self.listeners: list = []  # called with each noted download state
        self.progress: list[tuple[str, int, int]] = []
        self.service.progress.connect(lambda *args: self.progress.append(args))

    async def record(self, local_id: str, **changes) -> None:
        """Stands in for the task service: keeps each change and notes each download state."""
        fields = self.saved.setdefault(local_id, {"download_state": DownloadState.NONE,
                                                  "download_error": None, "file_path": None})
        fields.update(changes)
        if "download_state" in changes:
            self.states.append((local_id, fields["download_state"], fields["download_error"],
                                fields["file_path"]))
            for listener in self.listeners:
                listener(*self.states[-1])

    def last(self, task: Task):
        return next((s for s in reversed(self.states) if s[0] == task.local_id), None)

    def wait_for(self, task: Task, state: DownloadState, timeout: int = 15000):
        self.qtbot.waitUntil(lambda: (self.last(task) or (None, None))[1] is state,
                             timeout=timeout)
        return self.last(task)

    def files(self) -> list[str]:
        root = self.library.root
        return sorted(p.name for p in root.iterdir()) if root.exists() else []

    def shutdown(self):
        job = asyncio.ensure_future(self.service.shutdown())
        self.qtbot.waitUntil(job.done, timeout=10000)
        job.result()


@pytest.fixture
def harness(qtbot, event_loop):
    made = []

    def make(**options) -> Harness:
        made.append(Harness(qtbot, **options))
        return made[-1]

    yield make
    for each in made:
        if not each.service._closing:
            each.shutdown()


def finished_task(sim, prompt: str = "Golden sunset over waves") -> Task:
    """Generate on the simulator as the app does, finish it, and read it back."""
    headers = {"authorization": f"Bearer {sim.token}"}
    answer = httpx.post(f"{sim.base_url}/hailuo/videos", headers=headers, json={
        "action": "generate", "model": "minimax-t2v", "prompt": prompt, "async": True})
    task_id = answer.json()["task_id"]
    sim.complete_task(task_id)
    record = httpx.post(f"{sim.base_url}/hailuo/tasks", headers=headers,
                        json={"action": "retrieve", "id": task_id}).json()
    return Task(request=GenerationRequest("minimax-t2v", prompt),
                created_at=record["created_at"], state=TaskState.SUCCEEDED, task_id=task_id,
                trace_id=record["trace_id"], finished_at=record["finished_at"],
                video_url=record["response"]["data"][0]["video_url"])


def test_a_finished_clip_is_saved_byte_identical_with_its_sidecar(simulator, harness):
    h = harness()
    task = finished_task(simulator)
    h.service.enqueue(task)
    h.service.enqueue(task)  # a duplicate is ignored
    _, _, error, path = h.wait_for(task, SAVED)
    clip = Path(path)
    assert error is None
    assert clip.read_bytes() == simulator.video_bytes(task.task_id)
    assert clip.name.endswith(f"_golden-sunset-over-waves_{task.task_id.replace('-', '')[:8]}.mp4")
    assert h.files() == sorted([clip.name, clip.with_suffix(".json").name])

    assert [s[1] for s in h.states] == [DownloadState.QUEUED, DownloadState.DOWNLOADING, SAVED]
    assert h.states[1][3] == path  # the place is known (and recorded) before bytes arrive
    size = len(simulator.video_bytes(task.task_id))
    assert h.progress[-1] == (task.local_id, size, size)

    record = json.loads(clip.with_suffix(".json").read_text(encoding="utf-8"))
    assert (record["prompt"], record["model"], record["task_id"], record["trace_id"]) == (
        task.request.prompt, "minimax-t2v", task.task_id, task.trace_id)
    assert record["video_url"] == task.video_url == simulator.video_url(task.task_id)
    assert record["created_at_unix"] == task.created_at
    assert record["finished_at_unix"] == task.finished_at
    assert all("authorization" not in r.headers for r in h.transport.requests)


def test_a_cut_download_is_retried_and_completes(simulator, harness):
    h = harness()
    task = finished_task(simulator)
    simulator.faults.truncate_downloads = 1
    h.service.enqueue(task)
    _, _, _, path = h.wait_for(task, SAVED)
    clip = simulator.video_bytes(task.task_id)
    assert Path(path).read_bytes() == clip
    assert simulator.faults.truncate_downloads == 0
    assert h.transport.ranges() == [None, f"bytes={len(clip) // 2}-"]  # resumed, not restarted
    assert FAILED not in [s[1] for s in h.states]


def test_an_expired_link_is_a_clear_state_and_leaves_nothing(simulator, harness):
    h = harness()
    task = finished_task(simulator)
    simulator.faults.expire_links = True
    h.service.enqueue(task)
    _, _, error, path = h.wait_for(task, EXPIRED)
    assert error.startswith("The video link has expired") and path is None
    assert h.files() == []
    assert len(h.transport.requests) == 1  # no automatic retry of a gone link

    simulator.faults.expire_links = False  # say the service renewed the link: retry works
    h.service.save_now(task)
    h.wait_for(task, SAVED)


def test_a_download_killed_halfway_resumes_in_the_next_run(simulator, harness):
    task = finished_task(simulator)
    clip = simulator.video_bytes(task.task_id)
    first_run = Library(default_library_dir())
    first_run.ensure_writable()
    final = first_run.reserve(task)
    first_run.part_path(final).write_bytes(clip[:len(clip) // 2])  # the app died here
    assert sorted(p.name for p in first_run.root.iterdir()) == [final.name + ".part"]

    h = harness()
    left = task.evolve(download_state=DownloadState.DOWNLOADING, file_path=str(final))
    h.service.resume([left])
    _, _, _, path = h.wait_for(task, SAVED)
    assert path == str(final) and final.read_bytes() == clip
    assert h.transport.ranges() == [f"bytes={len(clip) // 2}-"]
    assert h.files() == sorted([final.name, final.with_suffix(".json").name])


def test_quitting_mid_download_keeps_only_the_part_and_the_next_run_finishes(simulator,
                                                                           harness):
    task = finished_task(simulator)
    simulator.faults.slow_seconds = 30  # the answer hangs: the download is under way
    first = harness()
    first.service.enqueue(task)
    _, _, _, target = first.wait_for(task, DownloadState.DOWNLOADING)
    first.shutdown()
    assert first.last(task)[1] is DownloadState.DOWNLOADING  # no news after quit
    assert first.files() == [Path(target).name + ".part"]  # never a half clip in the library

    simulator.faults.slow_seconds = 0
    second = harness()
    second.service.resume([task.evolve(download_state=DownloadState.DOWNLOADING,
                                       file_path=target)])
    _, _, _, path = second.wait_for(task, SAVED)
    assert path == target and Path(path).read_bytes() == simulator.video_bytes(task.task_id)


def test_cancel_removes_the_part(simulator, harness):
    h = harness()
    task = finished_task(simulator)
    simulator.faults.slow_seconds = 30
    h.service.enqueue(task)
    h.wait_for(task, DownloadState.DOWNLOADING)
    assert len(h.files()) == 1  # the claimed .part
    h.service.cancel(task.local_id)
    _, _, error, path = h.wait_for(task, DownloadState.CANCELLED)
    assert error is None and path is None
    assert h.files() == [] and not h.service.is_active(task.local_id)


def test_three_takes_of_one_prompt_get_three_files_two_at_a_time(simulator, harness):
    h = harness()
    tasks = [finished_task(simulator, "A cat on a skateboard") for _ in range(3)]
    downloading: set[str] = set()
    most = []

    def track(local_id, state, error, path):
        if state is DownloadState.DOWNLOADING:
            downloading.add(local_id)
        else:
            downloading.discard(local_id)
        most.append(len(downloading))

    h.listeners.append(track)
    for task in tasks:
        h.service.enqueue(task)
    paths = [h.wait_for(task, SAVED)[3] for task in tasks]
    assert len(set(paths)) == 3
    assert max(most) == 2
    for task, path in zip(tasks, paths, strict=True):
        assert Path(path).read_bytes() == simulator.video_bytes(task.task_id)
        record = json.loads(Path(path).with_suffix(".json").read_text(encoding="utf-8"))
        assert record["task_id"] == task.task_id
    assert len(h.files()) == 6


def test_an_unwritable_library_fails_with_a_sentence(simulator, harness, tmp_path):
    h = harness()
    (tmp_path / "blocker").write_text("not a folder")
    h.library = Library(tmp_path / "blocker" / "videos")
    task = finished_task(simulator)
    h.service.enqueue(task)
    _, _, error, path = h.wait_for(task, FAILED)
    assert "can't be written" in error and error.endswith("Choose another folder in Settings.")
    assert path is None and h.transport.requests == []


def test_a_clip_an_earlier_run_renamed_is_adopted_not_fetched_again(simulator, harness):
    """The app died between naming the clip and the ledger recording it."""
    task = finished_task(simulator)
    library = Library(default_library_dir())
    library.ensure_writable()
    final = library.reserve(task)
    library.part_path(final).rename(final)
    final.write_bytes(simulator.video_bytes(task.task_id))
    library.write_sidecar(final, task)

    h = harness()
    h.service.resume([task.evolve(download_state=DownloadState.DOWNLOADING,
                                  file_path=str(final))])
    _, _, error, path = h.wait_for(task, SAVED)
    assert (path, error) == (str(final), None)
    assert h.transport.requests == []
    assert h.files() == sorted([final.name, final.with_suffix(".json").name])


def test_an_adopted_clip_without_its_sidecar_gets_one(simulator, harness):
    task = finished_task(simulator)
    library = Library(default_library_dir())
    library.ensure_writable()
    final = library.reserve(task)
    library.part_path(final).unlink()
    final.write_bytes(simulator.video_bytes(task.task_id))

    h = harness()
    h.service.enqueue(task)  # the ledger never even learnt the name
    _, _, _, path = h.wait_for(task, SAVED)
    assert path == str(final) and h.transport.requests == []
    record = json.loads(final.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["task_id"] == task.task_id


def test_server_errors_keep_a_save_retrying_until_it_succeeds(simulator, harness):
    h = harness()
    task = finished_task(simulator)
    simulator.faults.update({"download_errors": 2, "reset_downloads": 1})
    h.service.enqueue(task)
    _, _, _, path = h.wait_for(task, SAVED)
    assert Path(path).read_bytes() == simulator.video_bytes(task.task_id)
    retrying = [s for s in h.states if s[1] is DownloadState.RETRYING]
    assert len(retrying) == 3
    assert {state[2] for state in retrying} == {
        "Not saved yet: the download was interrupted. The app keeps trying by itself, also "
        "after a restart.",
        "Not saved yet: the video server had a problem (HTTP 500). The app keeps trying by "
        "itself, also after a restart."}
    assert FAILED not in [s[1] for s in h.states]


def test_save_now_ends_the_wait_for_the_next_try(simulator, harness):
    h = harness(retry_base=600.0)
    task = finished_task(simulator)
    simulator.faults.download_errors = 1
    h.service.enqueue(task)
    h.wait_for(task, DownloadState.RETRYING)
    h.service.save_now(task)
    h.wait_for(task, SAVED, timeout=5000)


def test_an_expired_link_the_service_renewed_is_used(simulator, harness):
    asked = []

    async def fresh_link(task):
        asked.append(task.local_id)
        simulator.faults.expire_links = False
        return task.video_url + "?renewed=1"

    h = harness(fresh_link=fresh_link)
    task = finished_task(simulator)
    simulator.faults.expire_links = True
    h.service.enqueue(task)
    h.wait_for(task, SAVED)
    assert asked == [task.local_id]
    assert str(h.transport.requests[-1].url).endswith("?renewed=1")

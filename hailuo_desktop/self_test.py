"""``hailuo-desktop --self-test``: proves that this build can do the whole job, in seconds.

A frozen bundle can start and still be broken: a Qt plugin, the FFmpeg multimedia backend or
PyAV left behind only shows when a clip is made, fetched or played. So this runs the app's real
parts against the built-in simulator, offscreen, in throwaway data and library folders:
generate one clip, poll until the finish rules say it is done, record it in the ledger,
download it into the library, and play it until a real video frame arrives. It prints one line
with each step's time (or the step that failed and why) and exits 0 (or 1).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api.client import HailuoClient
    from .domain.task import GenerationRequest, Task

TIMEOUT_SECONDS = 60.0
POLL_SECONDS = 0.05
TOKEN = "self-test-token"
PROMPT = "Self-test: a calm sea at dawn"
# What the first-frame field decodes (api/images.py accepts these) and what the icons use.
IMAGE_FORMATS = ("png", "jpeg", "webp", "svg")


class StepFailed(Exception):
    """A check found something wrong: str() is the reason printed after the step's name."""


class Report:
    """The steps so far, each with its time and an optional detail in brackets."""

    def __init__(self) -> None:
        self.current = "start"
        self.done: list[str] = []
        self.detail: str | None = None

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        self.current, self.detail = name, None
        started = time.perf_counter()
        yield
        elapsed = round((time.perf_counter() - started) * 1000)
        self.done.append(f"{name} {elapsed} ms" + (f" ({self.detail})" if self.detail else ""))

    def success_line(self) -> str:
        return "self-test ok: " + ", ".join(self.done)

    def failure_line(self, reason: str) -> str:
        return f"self-test FAILED at {self.current}: {reason}"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, StepFailed):
        return str(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def main() -> int:
    report = Report()
    with tempfile.TemporaryDirectory(prefix="hailuo-self-test-",
                                     ignore_cleanup_errors=True) as scratch:
        # Set before anything reads them: nothing here may touch the user's profile or library.
        os.environ["HAILUO_DESKTOP_DATA_DIR"] = str(Path(scratch) / "data")
        os.environ["HAILUO_DESKTOP_LIBRARY_DIR"] = str(Path(scratch) / "library")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # The FFmpeg backend chats about missing audio devices and GPUs; the line is the answer.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
        try:
            _run(report)
        except Exception as exc:  # every failure becomes the one line, named by its step
            print(report.failure_line(_reason(exc)), flush=True)
            return 1
    print(report.success_line(), flush=True)
    return 0


def _run(report: Report) -> None:
    with report.step("qt"):
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("Hailuo Desktop")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

    async def bounded() -> None:
        try:
            await asyncio.wait_for(_checks(report), TIMEOUT_SECONDS)
        except TimeoutError as exc:
            raise StepFailed(f"the self-test took longer than {TIMEOUT_SECONDS:g} s") from exc

    with loop:
        loop.run_until_complete(bounded())


async def _checks(report: Report) -> None:
    # Each step imports what it needs, so that a part the bundle lost fails its own step.
    with report.step("images"):
        report.detail = _check_images()
    async with contextlib.AsyncExitStack() as cleanup:
        with report.step("simulator"):
            from .simulator import Simulator

            simulator = Simulator(token=TOKEN, generation_seconds=0.3).start()
            # Joining the server's threads may take a moment: not on the loop's thread.
            cleanup.push_async_callback(asyncio.to_thread, simulator.stop)
        with report.step("generate"):
            from .api.client import HailuoClient
            from .domain.task import GenerationRequest

            client = HailuoClient(simulator.base_url, TOKEN)
            cleanup.push_async_callback(client.aclose)
            request = GenerationRequest("minimax-t2v", PROMPT)
            submission = await client.generate(request)
        with report.step("poll"):
            video_url = await _poll(client, submission.task_id)
        with report.step("ledger"):
            task = await _record(request, submission.task_id, video_url)
        with report.step("download"):
            clip = await _download(task)
            served = simulator.video_bytes(submission.task_id)
            if clip.stat().st_size != len(served):
                raise StepFailed(f"saved {clip.stat().st_size} bytes, the server sent "
                                 f"{len(served)}")
            report.detail = f"{len(served)} bytes"
        with report.step("play"):
            report.detail = await _play(clip)


def _check_images() -> str:
    """The app icon loads from the bundled resources, and the image decoders are there."""
    from PySide6.QtGui import QImageReader

    from .ui.dialogs.about_dialog import app_icon

    if app_icon().pixmap(256, 256).isNull():
        raise StepFailed("the app icon is missing from the resources folder")
    available = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    missing = [name for name in IMAGE_FORMATS if name not in available]
    if missing:
        raise StepFailed(f"no image decoder for {', '.join(missing)}")
    return " ".join(IMAGE_FORMATS)


async def _poll(client: HailuoClient, task_id: str) -> str:
    from .domain.outcome import read_outcome
    from .domain.task import TaskState

    while True:
        for record in await client.retrieve_batch([task_id]):
            outcome = read_outcome(record)
            if outcome.state is TaskState.SUCCEEDED and outcome.video_url:
                return outcome.video_url
            if outcome.state is TaskState.FAILED:
                raise StepFailed(f"the simulator failed the task ({outcome.error_message})")
        await asyncio.sleep(POLL_SECONDS)


async def _record(request: GenerationRequest, task_id: str, video_url: str) -> Task:
    """Writes the finished task to a fresh ledger and reads it back."""
    from .domain.task import Task, TaskState
    from .storage import paths
    from .storage.ledger import Ledger

    now = time.time()
    task = Task(request=request, created_at=now, state=TaskState.SUCCEEDED, task_id=task_id,
                video_url=video_url, finished_at=now)
    ledger = Ledger(paths.ledger_path(demo=False))
    await ledger.open()
    try:
        await ledger.save(task)
        stored = await ledger.load_all()
    finally:
        await ledger.close()
    if stored != [task]:
        raise StepFailed("the ledger did not give back the task it was given")
    return task


async def _download(task: Task) -> Path:
    """The app's download path: a reserved ``.part``, streamed, then checked and renamed."""
    import httpx

    from .api.downloads import download
    from .storage.library import Library, default_library_dir

    library = Library(default_library_dir())
    await asyncio.to_thread(library.ensure_writable)
    final = await asyncio.to_thread(library.reserve, task)
    part = library.part_path(final)
    async with httpx.AsyncClient(timeout=httpx.Timeout(20.0)) as http:  # no token: public link
        size = await download(http, task.video_url, part, on_progress=lambda _done, _total: None)
    await asyncio.to_thread(library.verify, part, size)
    await asyncio.to_thread(library.place, part, final)
    return final


async def _play(clip: Path) -> str:
    """Plays the clip until the video sink gets a decoded frame with a real picture in it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

    player = QMediaPlayer()
    if not player.isAvailable():
        raise StepFailed("Qt found no multimedia backend (the FFmpeg plugin is missing)")
    sink = QVideoSink()
    player.setVideoSink(sink)
    arrived: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    def on_frame(frame: QVideoFrame) -> None:
        if arrived.done() or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull() or image.width() == 0:
            return
        # A real picture, not a blank buffer: the test pattern has many colours.
        step_x, step_y = max(1, image.width() // 8), max(1, image.height() // 8)
        colours = {image.pixel(x, y) for x in range(0, image.width(), step_x)
                   for y in range(0, image.height(), step_y)}
        if len(colours) < 4:
            arrived.set_exception(StepFailed("the first video frame is blank"))
        else:
            arrived.set_result(f"first frame {image.width()}x{image.height()}")

    def on_error(_error: QMediaPlayer.Error, message: str) -> None:
        if not arrived.done():
            arrived.set_exception(StepFailed(f"the player failed: {message or _error.name}"))

    sink.videoFrameChanged.connect(on_frame)
    player.errorOccurred.connect(on_error)
    try:
        player.setSource(QUrl.fromLocalFile(str(clip)))
        player.play()
        return await arrived
    finally:
        player.stop()
        sink.videoFrameChanged.disconnect(on_frame)
        player.errorOccurred.disconnect(on_error)

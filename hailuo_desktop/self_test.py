"""``hailuo-desktop --self-test``: proves that this build can do the whole job, in seconds.

A frozen bundle can start and still be broken: a Qt plugin, the FFmpeg multimedia backend or
PyAV left behind only shows when a clip is made, fetched or played. So this runs the app's own
demo session (the parts users run, not copies of them) against the built-in simulator,
offscreen, in throwaway data and library folders: generate one clip, let the poller see it
finish, let the clip keeper save it with its sidecar, read the ledger back from disk, and play
the clip until a real video frame arrives. It prints one line
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
    from .domain.task import Task

TIMEOUT_SECONDS = 60.0
POLL_SECONDS = 0.05
GENERATION_SECONDS = 0.3
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
    with report.step("languages"):
        report.detail = _check_languages()
    with report.step("simulator"):
        from . import simulator  # noqa: F401  (PyAV and NumPy: what a bundle may lose)
    with report.step("session"):
        session = _demo_session()
        try:
            await session.open()
        except BaseException:
            await session.close()
            raise
    try:
        with report.step("generate"):
            task = await _generate(session)
        with report.step("poll"):
            task = await _until(session, task.local_id, "the task to finish",
                                lambda t: t.state.is_final)
            if task.state.value != "succeeded":
                raise StepFailed(f"the simulator did not make the clip ({task.state.value}: "
                                 f"{task.error_code})")
        with report.step("save"):
            task = await _until(session, task.local_id, "the clip to be saved",
                                lambda t: t.download_state.value in ("saved", "failed",
                                                                      "expired"))
            report.detail = _check_saved(session, task)
    finally:
        # Closing waits for every write under way: the ledger on disk is then complete.
        await session.close()
    with report.step("ledger"):
        await _check_ledger(session.ledger.path, task)
    with report.step("play"):
        report.detail = await _play(Path(task.file_path or ""))


def _demo_session():
    """The app's own demo session (simulator, client, ledger, task service, clip keeper),
    with quick timings: what a user runs, not a copy of it."""
    from .domain.settings import Settings
    from .session import Session
    from .storage.config import Config

    class QuickSettings:
        value = Settings(poll_interval_seconds=POLL_SECONDS)

    session = Session.create(Config.for_profile(QuickSettings()), demo=True)
    session.simulator.generation_seconds = GENERATION_SECONDS
    return session


async def _generate(session) -> Task:
    from .domain.task import GenerationRequest

    added: asyncio.Future[Task] = asyncio.get_running_loop().create_future()
    session.service.tasksAdded.connect(
        lambda tasks: added.done() or added.set_result(tasks[0]))
    problem = session.service.submit(GenerationRequest("minimax-t2v", PROMPT))
    if problem:
        raise StepFailed(problem)
    task = await added
    return await _until(session, task.local_id, "the service to accept the task",
                        lambda t: bool(t.task_id) or t.state.is_final)


async def _until(session, local_id: str, what: str, done) -> Task:
    """The task once `done(task)` holds, as the task service reports it."""
    reached: asyncio.Future[Task] = asyncio.get_running_loop().create_future()

    def check(task: Task, _fields=None) -> None:
        if task.local_id == local_id and done(task) and not reached.done():
            reached.set_result(task)

    session.service.taskChanged.connect(check)
    try:
        current = session.service.find(local_id)
        if current is not None:
            check(current)
        return await reached
    except asyncio.CancelledError as exc:
        raise StepFailed(f"gave up waiting for {what}") from exc
    finally:
        session.service.taskChanged.disconnect(check)


def _check_saved(session, task: Task) -> str:
    if task.download_state.value != "saved" or not task.file_path:
        raise StepFailed(f"the clip was not saved: {task.download_error}")
    clip = Path(task.file_path)
    served = session.simulator.video_bytes(task.task_id)
    if clip.read_bytes() != served:
        raise StepFailed(f"saved {clip.stat().st_size} bytes, the server sent {len(served)}")
    if not clip.with_suffix(".json").is_file():
        raise StepFailed("the clip was saved without its .json sidecar")
    return f"{len(served)} bytes"


async def _check_ledger(path: Path, task: Task) -> None:
    """Once the app closed it, the ledger file holds the task as the app showed it."""
    from .storage.ledger import Ledger

    reader = Ledger(path)
    await reader.open()
    try:
        stored = {t.local_id: t for t in await reader.load_all()}
    finally:
        await reader.close()
    on_disk = stored.get(task.local_id)
    kept = ("state", "task_id", "video_url", "download_state", "file_path")
    if on_disk is None or any(getattr(on_disk, f) != getattr(task, f) for f in kept):
        raise StepFailed("the ledger on disk does not hold the task the app shows")


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


def _check_languages() -> str:
    """Every language Settings offers has its catalogues (ours and Qt's own)."""
    from .domain.language import LANGUAGES
    from .ui.common.language import missing_catalogues

    missing = missing_catalogues()
    if missing:
        raise StepFailed("translations missing: " + ", ".join(f"{name}.qm" for name in missing))
    return " ".join(LANGUAGES)


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

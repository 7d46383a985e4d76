"""Pictures from this computer become links the service can use (shared/platform-api.md §2).

A picture is checked against the service's rules from its header, hashed, and uploaded to
AceData's platform with the platform token, unless the same picture was uploaded before: then
its remembered link comes back at once, with or without a token. Each upload is a job with an
id, and every job ends with exactly one of `finished`, `failed` or `cancelled`. Uploading
never starts a generation: what to do with the link is the caller's choice.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..api.platform import PlatformClient
from ..api.platform_errors import NoPlatformTokenError, PlatformError
from ..domain.i18n import QT_TRANSLATE_NOOP, Context
from ..domain.picture_rules import (
    NOT_A_PICTURE,
    PastedPicture,
    Picture,
    PictureCheck,
    PictureRules,
    check_picture_bytes,
    check_picture_file,
    upload_name,
)
from ..storage.upload_links import UploadLinks

log = logging.getLogger(__name__)

Uploads = Context("Uploads")
# Translated where they are said (Uploads.tr).
NO_TOKEN = QT_TRANSLATE_NOOP(
    "Uploads", "Uploading a picture from this computer needs your AceData platform token: add "
               "it in Settings, or paste a link to the picture instead.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Uploads", "The picture could not be uploaded because of a fault in the app; the log has "
               "the details.")

Source = Path | str | PastedPicture


class _Refused(Exception):
    def __init__(self, sentence: str):
        super().__init__(sentence)
        self.sentence = sentence


class UploadService(QObject):
    # job id, bytes sent, bytes in all. qint64: a Python int signal is 32-bit.
    progress = Signal(str, "qint64", "qint64")
    finished = Signal(str, str)  # job id, the picture's link
    failed = Signal(str, str)    # job id, one sentence for the user
    cancelled = Signal(str)      # job id

    def __init__(self, client: PlatformClient, links: UploadLinks,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._client = client
        self._links = links
        self._disk = ThreadPoolExecutor(max_workers=2, thread_name_prefix="uploads")
        self._jobs: dict[str, asyncio.Task] = {}
        self._closing = False

    def upload(self, source: Source) -> str:
        """Start turning a picture file (or pasted picture) into a link; returns the job id.
        Signals for the job come later, so connect before the loop runs again."""
        job_id = uuid.uuid4().hex
        job = asyncio.get_running_loop().create_task(self._run(job_id, source))
        self._jobs[job_id] = job
        job.add_done_callback(partial(self._job_done, job_id))
        return job_id

    def cancel(self, job_id: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.cancel()

    def is_active(self, job_id: str) -> bool:
        return job_id in self._jobs

    async def shutdown(self) -> None:
        """Stop every upload, without signals: whoever listened is closing too."""
        self._closing = True
        jobs = list(self._jobs.values())
        for job in jobs:
            job.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)
        await asyncio.to_thread(self._disk.shutdown, True)

    async def _run(self, job_id: str, source: Source) -> None:
        try:
            url = await self._link_for(job_id, source)
        except _Refused as exc:
            self.failed.emit(job_id, exc.sentence)
        except NoPlatformTokenError:
            self.failed.emit(job_id, Uploads.tr(NO_TOKEN))
        except PlatformError as exc:
            log.info("upload %s failed: %s: %s", job_id, type(exc).__name__, exc)
            self.failed.emit(job_id, exc.sentence)
        else:
            self.finished.emit(job_id, url)

    def _job_done(self, job_id: str, job: asyncio.Task) -> None:
        self._jobs.pop(job_id, None)
        if self._closing:
            return
        if job.cancelled():
            self.cancelled.emit(job_id)
        elif job.exception() is not None:
            job.get_loop().call_exception_handler(
                {"message": "an upload failed unexpectedly", "exception": job.exception()})
            self.failed.emit(job_id, Uploads.tr(UNEXPECTED))

    async def _io(self, fn: Callable, *args):
        return await asyncio.get_running_loop().run_in_executor(self._disk, fn, *args)

    async def _link_for(self, job_id: str, source: Source) -> str:
        picture, digest = await self._io(_inspect, source)
        remembered = await self._io(self._links.get, self._client.base_url, digest)
        if remembered is not None:
            log.info("upload %s: the same picture was uploaded before", job_id)
            self.progress.emit(job_id, picture.size, picture.size)
            return remembered
        if not self._client.has_token:
            raise NoPlatformTokenError("no platform token")
        if isinstance(source, PastedPicture):
            name, payload = upload_name(picture, source.name), source.data
        else:
            name, payload = upload_name(picture, Path(source).name), Path(source)
        url = await self._client.upload(
            name, payload, picture.content_type,
            lambda done, total: self.progress.emit(job_id, done, total))
        try:
            await self._io(self._links.put, self._client.base_url, digest, url)
        except OSError as exc:
            log.warning("the link of upload %s was not remembered: %s", job_id, exc)
        return url


def _inspect(source: Source) -> tuple[Picture, str]:
    """The picture and the SHA-256 of its content (blocking); _Refused when it can't be used,
    before any hashing."""
    if isinstance(source, PastedPicture):
        return _usable(check_picture_bytes(source.data)), hashlib.sha256(source.data).hexdigest()
    picture = _usable(check_picture_file(Path(source)))
    try:
        with open(source, "rb") as file:
            return picture, hashlib.file_digest(file, "sha256").hexdigest()
    except OSError as exc:
        raise _Refused(PictureRules.tr(
            "This file can't be read ({error}). Check that it is still there, then pick it "
            "again.").format(error=exc.strerror or exc)) from exc


def _usable(check: PictureCheck) -> Picture:
    if check.picture is None or check.problem is not None:
        raise _Refused(check.problem or PictureRules.tr(NOT_A_PICTURE))
    return check.picture

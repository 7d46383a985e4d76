"""Downloading a clip into its .part file, at the transport: resume, restart, refusals, errors."""

from __future__ import annotations

import asyncio
import errno
import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from hailuo_desktop.api import part_file
from hailuo_desktop.api.download_errors import (
    DiskError,
    DownloadHttpError,
    InterruptedDownload,
    LinkExpiredError,
    TooLargeError,
    UnsafeLinkError,
)
from hailuo_desktop.api.downloads import download

URL = "https://cdn.example/videos/baf1034c.mp4"
DATA = bytes(range(256)) * 2000  # 512 000 bytes: several chunks


class Body(httpx.AsyncByteStream):
    """A response body that can stop early, fail, or wait, and records how much was read.
    With a gate, every piece after the first `free` ones waits for it; `on_piece` sees the
    bytes read so far each time a piece goes out."""

    def __init__(self, data: bytes, *, error: Exception | None = None,
                 gate: asyncio.Event | None = None, piece: int = 64 * 1024, free: int = 1,
                 on_piece: Callable[[int], None] = lambda read: None):
        self.data, self.error, self.gate, self.piece = data, error, gate, piece
        self.free, self.on_piece = free, on_piece
        self.read = 0
        self.ended = False

    async def __aiter__(self):
        for number, start in enumerate(range(0, len(self.data), self.piece), start=1):
            chunk = self.data[start:start + self.piece]
            self.read += len(chunk)
            self.on_piece(self.read)
            yield chunk
            if self.gate is not None and number >= self.free:
                await self.gate.wait()
        self.ended = True
        if self.error is not None:
            raise self.error


class Cdn:
    """A fake CDN: serves DATA with Range support; each knob bends one behaviour."""

    def __init__(self, data: bytes = DATA):
        self.data = data
        self.requests: list[httpx.Request] = []
        self.honour_range = True
        self.cut_at: int | None = None       # send only this much of the body
        self.piece_limit: int | None = None  # answer ranges in pieces of at most this size
        self.status: int | None = None       # answer every request with this status
        self.length_header: str | None = None
        self.bodies: list[Body] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.status is not None:
            return httpx.Response(self.status, text="nope")
        size = len(self.data)
        first, status, headers = 0, 200, {"accept-ranges": "bytes"}
        header = request.headers.get("range")
        if header and self.honour_range:
            first = int(header.removeprefix("bytes=").rstrip("-"))
            if first >= size:
                return httpx.Response(416, headers={"content-range": f"bytes */{size}"})
            status = 206
        last = size - 1
        if self.piece_limit is not None:
            last = min(last, first + self.piece_limit - 1)
        if status == 206:
            headers["content-range"] = f"bytes {first}-{last}/{size}"
        headers["content-length"] = self.length_header or str(last - first + 1)
        sent = self.data[first:last + 1]
        if self.cut_at is not None:
            sent = sent[: self.cut_at]
        body = Body(sent)
        self.bodies.append(body)
        return httpx.Response(status, headers=headers, stream=body)


def fetch(handler, part: Path, url: str = URL, client_headers=None, **kwargs):
    """Run one download; returns (result, progress calls)."""
    calls: list[tuple[int, int | None]] = []

    async def run():
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler),
                                     headers=client_headers) as http:
            return await download(http, url, part, on_progress=lambda d, t: calls.append((d, t)),
                                  **kwargs)

    return asyncio.run(run()), calls


@pytest.fixture
def part(tmp_path) -> Path:
    return tmp_path / "clip.mp4.part"


def test_a_whole_download_with_progress(part):
    cdn = Cdn()
    total, calls = fetch(cdn.handler, part)
    assert total == len(DATA) and part.read_bytes() == DATA
    assert "range" not in cdn.requests[0].headers
    assert calls[0] == (0, len(DATA)) and calls[-1] == (len(DATA), len(DATA))
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_an_existing_part_is_continued_with_range(part):
    part.write_bytes(DATA[:100_000])
    cdn = Cdn()
    total, calls = fetch(cdn.handler, part)
    assert cdn.requests[0].headers["range"] == "bytes=100000-"
    assert total == len(DATA) and part.read_bytes() == DATA
    assert calls[0] == (100_000, len(DATA))
    assert sum(b.read for b in cdn.bodies) == len(DATA) - 100_000


def test_a_server_ignoring_range_restarts_the_file(part):
    part.write_bytes(b"stale bytes from another attempt")
    cdn = Cdn()
    cdn.honour_range = False
    total, _ = fetch(cdn.handler, part)
    assert total == len(DATA) and part.read_bytes() == DATA  # replaced, not appended


def test_416_for_a_part_that_is_already_complete(part):
    part.write_bytes(DATA)
    cdn = Cdn()
    total, calls = fetch(cdn.handler, part)
    assert total == len(DATA) and part.read_bytes() == DATA
    assert len(cdn.requests) == 1 and calls == [(len(DATA), len(DATA))]


def test_416_for_a_part_longer_than_the_file_starts_over(part):
    part.write_bytes(DATA + b"junk")
    cdn = Cdn()
    total, _ = fetch(cdn.handler, part)
    assert part.read_bytes() == DATA and total == len(DATA)
    assert [r.headers.get("range") for r in cdn.requests] == [f"bytes={len(DATA) + 4}-", None]


def test_a_range_answered_in_pieces_is_continued(part):
    cdn = Cdn()
    cdn.piece_limit = 200_000
    part.write_bytes(DATA[:1000])
    total, _ = fetch(cdn.handler, part)
    assert part.read_bytes() == DATA and total == len(DATA)
    assert [r.headers["range"] for r in cdn.requests] == [
        "bytes=1000-", "bytes=201000-", "bytes=401000-"]


def test_a_range_that_was_not_asked_for_is_never_spliced(part):
    part.write_bytes(DATA[:5000])

    def handler(request):
        if request.headers.get("range"):
            return httpx.Response(206, stream=Body(DATA[10:20]),
                                  headers={"content-range": f"bytes 10-19/{len(DATA)}"})
        return httpx.Response(200, stream=Body(DATA))

    total, _ = fetch(handler, part)
    assert part.read_bytes() == DATA and total == len(DATA)


def test_a_short_body_is_an_interruption_and_keeps_the_bytes(part):
    cdn = Cdn()
    cdn.cut_at = 150_000
    with pytest.raises(InterruptedDownload) as caught:
        fetch(cdn.handler, part)
    assert "interrupted" in caught.value.sentence and "retry" in caught.value.sentence
    assert part.read_bytes() == DATA[:150_000]  # the next attempt resumes from here


def test_a_connection_lost_mid_body_is_an_interruption(part):
    def handler(request):
        body = Body(DATA[:70_000], error=httpx.ReadError("connection reset"))
        return httpx.Response(200, headers={"content-length": str(len(DATA))}, stream=body)

    with pytest.raises(InterruptedDownload):
        fetch(handler, part)
    assert part.read_bytes() == DATA[:70_000]


@pytest.mark.parametrize("error", [httpx.ConnectTimeout("slow"), httpx.ConnectError("refused"),
                                   httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("bad")])
def test_network_errors_before_an_answer_are_interruptions(part, error):
    def handler(request):
        raise error

    with pytest.raises(InterruptedDownload):
        fetch(handler, part)


def test_a_giant_content_length_is_refused_before_reading(part):
    cdn = Cdn()
    cdn.length_header = str(3 * 1024**3)
    with pytest.raises(TooLargeError) as caught:
        fetch(cdn.handler, part)
    assert "too large" in caught.value.sentence
    assert cdn.bodies[0].read == 0 and not part.exists()


def test_a_giant_total_in_a_range_answer_is_refused(part):
    part.write_bytes(b"x" * 10)

    def handler(request):
        return httpx.Response(206, stream=Body(b"y" * 10),
                              headers={"content-range": f"bytes 10-19/{5 * 1024**3}"})

    with pytest.raises(TooLargeError):
        fetch(handler, part)
    assert part.read_bytes() == b"x" * 10


def test_a_body_without_length_is_cut_at_the_limit(part):
    def handler(request):
        return httpx.Response(200, stream=Body(DATA))  # no Content-Length

    with pytest.raises(TooLargeError):
        fetch(handler, part, max_bytes=100_000)
    assert part.stat().st_size <= 100_000


@pytest.mark.parametrize("status", [403, 404, 410])
def test_gone_links_are_expired(part, status):
    cdn = Cdn()
    cdn.status = status
    with pytest.raises(LinkExpiredError) as caught:
        fetch(cdn.handler, part)
    assert caught.value.sentence.startswith("The video link has expired")
    assert not part.exists()


@pytest.mark.parametrize(("status", "words"), [(500, "had a problem"), (503, "had a problem"),
                                               (400, "refused"), (429, "refused")])
def test_other_http_errors(part, status, words):
    cdn = Cdn()
    cdn.status = status
    with pytest.raises(DownloadHttpError) as caught:
        fetch(cdn.handler, part)
    assert caught.value.status == status and words in caught.value.sentence
    assert f"HTTP {status}" in caught.value.sentence


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://cdn.example/a.mp4",
                                 "javascript:alert(1)", "", "not a link", "http://",
                                 "data:video/mp4;base64,AAAA", "//cdn.example/a.mp4"])
def test_links_that_are_not_web_links_are_refused_before_any_request(part, url):
    cdn = Cdn()
    with pytest.raises(UnsafeLinkError) as caught:
        fetch(cdn.handler, part, url=url)
    assert "not a web" in caught.value.sentence
    assert cdn.requests == [] and not part.exists()


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://cdn.example/a.mp4",
                                      "javascript:alert(1)"])
def test_redirects_to_other_schemes_are_refused(part, location):
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(302, headers={"location": location})

    with pytest.raises(UnsafeLinkError):
        fetch(handler, part)
    assert seen == [URL]


def test_web_redirects_are_followed_keeping_the_range(part):
    part.write_bytes(DATA[:1234])
    cdn = Cdn()

    def handler(request):
        if request.url.host == "cdn.example":
            return httpx.Response(302, headers={"location": "https://edge.example/v/1.mp4"})
        if request.url.path == "/v/1.mp4":
            return httpx.Response(307, headers={"location": "/v/final.mp4"})  # relative
        return cdn.handler(request)

    total, _ = fetch(handler, part)
    assert part.read_bytes() == DATA and total == len(DATA)
    assert str(cdn.requests[0].url) == "https://edge.example/v/final.mp4"
    assert cdn.requests[0].headers["range"] == "bytes=1234-"


def test_endless_redirects_end(part):
    def handler(request):
        return httpx.Response(302, headers={"location": str(request.url) + "x"})

    with pytest.raises(DownloadHttpError, match="redirects too many times"):
        fetch(handler, part)


def test_the_api_token_never_goes_to_the_video_server(part):
    cdn = Cdn()
    fetch(cdn.handler, part, client_headers={"authorization": "Bearer secret-token"})
    assert all("authorization" not in r.headers for r in cdn.requests)
    assert cdn.requests[0].headers["accept-encoding"] == "identity"


def test_a_full_disk_is_a_disk_error(part, monkeypatch):
    def full(handle, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(part_file, "_write_chunk", full)
    with pytest.raises(DiskError) as caught:
        fetch(Cdn().handler, part)
    assert caught.value.sentence.startswith("The disk is full")


def test_a_part_in_a_missing_folder_is_a_disk_error(tmp_path):
    with pytest.raises(DiskError, match="could not be written"):
        fetch(Cdn().handler, tmp_path / "gone" / "clip.mp4.part")


def test_cancelling_mid_body_keeps_the_bytes_written_and_closes_the_file(part):
    gate = asyncio.Event()
    body = Body(DATA, gate=gate, piece=1000)

    def handler(request):
        return httpx.Response(200, headers={"content-length": str(len(DATA))}, stream=body)

    async def run():
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            job = asyncio.create_task(download(http, URL, part, on_progress=lambda d, t: None))
            while not part.exists() or part.stat().st_size < 1000:
                await asyncio.sleep(0.005)
            job.cancel()
            with pytest.raises(asyncio.CancelledError):
                await job

    asyncio.run(run())
    assert part.read_bytes() == DATA[:1000]


# --- writes behind the download: batches, a bounded backlog, what the part holds ------------


class Disk:
    """Stands in for the disk write: records each write's size, can hold writes back in the
    download's disk thread (`hold`, `release`), and can fail the write with a given number."""

    def __init__(self):
        self.writes: list[int] = []
        self.open = threading.Event()
        self.open.set()
        self.busy = threading.Event()  # a write has reached the thread
        self.fail_at: int | None = None
        self._real = part_file._write_chunk

    def write(self, handle, data) -> None:
        self.busy.set()
        self.open.wait(10)
        if len(self.writes) + 1 == self.fail_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.writes.append(len(data))
        self._real(handle, data)

    def hold(self) -> None:
        self.open.clear()

    def release(self) -> None:
        self.open.set()

    async def wait_busy(self) -> None:
        assert await asyncio.to_thread(self.busy.wait, 10), "no write reached the disk"


@pytest.fixture
def disk(monkeypatch):
    fake = Disk()
    monkeypatch.setattr(part_file, "_write_chunk", fake.write)
    yield fake
    fake.release()  # a test that failed half-way must not leave the thread stuck


async def until(condition: Callable[[], bool]) -> None:
    for _ in range(2000):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("condition not reached in 10 s")


def serve(body: Body, length: int = len(DATA)):
    def handler(request):
        return httpx.Response(200, headers={"content-length": str(length)}, stream=body)

    return handler


def start(handler, part: Path, calls: list) -> tuple[asyncio.Task, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    job = asyncio.get_running_loop().create_task(
        download(http, URL, part, on_progress=lambda d, t: calls.append((d, t))))
    return job, http


def test_pieces_go_to_disk_in_batches(part, disk, monkeypatch):
    monkeypatch.setattr(part_file.PartFile, "BATCH", 100_000)
    total, calls = fetch(serve(Body(DATA, piece=10_000)), part)
    assert total == len(DATA) and part.read_bytes() == DATA
    assert disk.writes == [100_000] * 5 + [12_000]
    assert calls[-1] == (len(DATA), len(DATA))
    assert all(done % 100_000 == 0 for done, _ in calls[:-1])  # only what is in the file


def test_a_stuck_disk_stops_the_download_reading_ahead(part, disk, monkeypatch):
    monkeypatch.setattr(part_file.PartFile, "BATCH", 100_000)
    ahead = []
    body = Body(DATA, piece=10_000,
                on_piece=lambda read: ahead.append(read - part.stat().st_size))

    async def run():
        disk.hold()
        job, http = start(serve(body), part, [])
        await disk.wait_busy()
        await until(lambda: body.read >= 200_000)
        # A batch is being written and the next one waits: nothing more is read.
        for _ in range(10):
            await asyncio.sleep(0)
        assert body.read == 200_000
        disk.release()
        await job
        await http.aclose()

    asyncio.run(run())
    assert part.read_bytes() == DATA
    assert max(ahead) <= 2 * (100_000 + 10_000)


def test_a_few_bytes_reach_the_disk_while_the_stream_pauses(part, disk):
    gate = asyncio.Event()
    body = Body(DATA, piece=10_000, gate=gate, free=3)  # far less than a batch, then a pause
    calls = []

    async def run():
        job, http = start(serve(body), part, calls)
        await until(lambda: part.exists() and part.stat().st_size == 30_000)
        gate.set()
        await job
        await http.aclose()

    asyncio.run(run())
    assert part.read_bytes() == DATA and disk.writes[0] == 30_000
    assert calls[-1] == (len(DATA), len(DATA))


def test_a_cancelled_download_holds_exactly_the_bytes_it_reported(part, disk, monkeypatch):
    monkeypatch.setattr(part_file.PartFile, "BATCH", 10_000)
    body = Body(DATA, piece=10_000)
    calls = []

    async def run():
        disk.hold()
        job, http = start(serve(body), part, calls)
        await disk.wait_busy()
        await until(lambda: body.read == 20_000)  # one piece in the thread, one waiting
        job.cancel()
        for _ in range(10):
            await asyncio.sleep(0)  # it drops the waiting piece while the write is held
        disk.release()
        with pytest.raises(asyncio.CancelledError):
            await job
        await http.aclose()

    asyncio.run(run())
    assert calls[-1][0] == 10_000 and part.read_bytes() == DATA[:10_000]
    assert disk.writes == [10_000]


def test_a_failed_write_keeps_only_what_was_written_before(part, disk, monkeypatch):
    monkeypatch.setattr(part_file.PartFile, "BATCH", 10_000)
    disk.fail_at = 2
    with pytest.raises(DiskError, match="disk is full"):
        fetch(serve(Body(DATA, piece=10_000)), part)
    assert part.read_bytes() == DATA[:10_000] and disk.writes == [10_000]


def test_an_interruption_keeps_the_pieces_still_waiting(part, disk):
    body = Body(DATA[:30_000], piece=10_000, error=httpx.ReadError("connection reset"))
    calls = []

    async def run():
        job, http = start(serve(body), part, calls)
        with pytest.raises(InterruptedDownload):
            await job
        await http.aclose()

    asyncio.run(run())
    assert part.read_bytes() == DATA[:30_000] and calls[-1][0] == 30_000
    assert disk.writes == [30_000]  # less than a batch: written together when it broke off

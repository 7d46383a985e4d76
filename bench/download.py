"""Download speed of the app's `api.downloads.download()` next to a bare httpx stream loop
that writes each piece to a file: the same ~200 MB file, the same loopback server, one
process taking turns between the two, and how much its memory grows during each download.

Both run on a qasync loop, as downloads do in the app: handing work to a thread and back
is dearer there than on asyncio's own loop, so that is where a disk thread shows.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from .child import emit, launch
from .figures import Figure, median

SIZE = 200 * 1024**2
REPETITIONS = 6  # even: each variant goes first as often
TIMEOUT = 300.0
MB = 1e6


def measure(work: Path) -> list[Figure]:
    from .file_server import FileServer

    source = work / "clip.bin"
    with source.open("wb") as file:
        for _ in range(SIZE // 1024**2):
            file.write(os.urandom(1024**2))  # incompressible, like a video
    with FileServer(source) as server:
        result = launch("bench.download", server.url, str(work), timeout=TIMEOUT)
    source.unlink()
    if result.get("app_mb_s") is None:
        return [Figure("download", result.missing(), "≥ 0.9×")]
    app, bare = result.get("app_mb_s"), result.get("bare_mb_s")
    return [
        Figure(f"download {SIZE // 1024**2} MiB over loopback: app download() vs bare httpx",
               f"{app:.0f} MB/s vs {bare:.0f} MB/s = {app / bare:.2f}× "
               f"(median of {REPETITIONS})", "≥ 0.9×"),
        Figure("download: peak RSS growth during one download (app / bare)",
               f"{result.get('app_rss_mb'):.1f} MB / {result.get('bare_rss_mb'):.1f} MB",
               "flat"),
    ]


def _memory(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise LookupError(field)


async def _bare(http, url: str, path: Path) -> None:
    async with http.stream("GET", url, headers={"accept-encoding": "identity"}) as response:
        response.raise_for_status()
        with path.open("wb") as file:
            async for chunk in response.aiter_raw():
                file.write(chunk)


async def _app(http, url: str, path: Path) -> None:
    from hailuo_desktop.api.downloads import download

    await download(http, url, path, on_progress=lambda done, total: None)


async def _timed(fetch, url: str, path: Path) -> tuple[float, float]:
    """(MB/s, MB the peak resident memory grew by) of one fresh download into `path`."""
    import httpx

    path.unlink(missing_ok=True)
    async with httpx.AsyncClient(timeout=60.0) as http:
        Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from here
        before = _memory("VmRSS")
        start = time.perf_counter()
        await fetch(http, url, path)
        elapsed = time.perf_counter() - start
        grown = _memory("VmHWM") - before
    if path.stat().st_size != SIZE:
        raise RuntimeError(f"{path} holds {path.stat().st_size} bytes, not {SIZE}")
    path.unlink()
    return SIZE / MB / elapsed, grown


async def _race(url: str, folder: Path) -> None:
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    fetchers = {"bare": _bare, "app": _app}
    for repetition in range(REPETITIONS):
        # Each goes first every other time: the first of two downloads finds the disk calmer.
        for name in ("bare", "app") if repetition % 2 == 0 else ("app", "bare"):
            runs[name].append(await _timed(fetchers[name], url, folder / f"{name}.part"))
    emit(**{f"{name}_mb_s": median(speed for speed, _ in samples)
            for name, samples in runs.items()},
         **{f"{name}_rss_mb": max(grown for _, grown in samples)
            for name, samples in runs.items()})


if __name__ == "__main__":
    from .qt_loop import run

    run(lambda: _race(sys.argv[1], Path(sys.argv[2])))

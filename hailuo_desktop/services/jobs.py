"""Background jobs with an owner: the one place that starts, holds, reports and ends them.

asyncio keeps only weak references to tasks, so a job nobody holds can vanish mid-flight; one
that fails unobserved is only logged when garbage collected; one still running at shutdown
finishes after the loop is gone. Every part that starts work in the background owns a `Jobs`
and ends it with `cancel()` or `wait()`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class Jobs:
    def __init__(self, owner: str):
        self._owner = owner
        self._running: set[asyncio.Task] = set()

    def __len__(self) -> int:
        return len(self._running)

    def spawn(self, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """Run `coro` in the background; an exception it raises goes to the error sink."""
        job = asyncio.get_running_loop().create_task(coro)
        self._running.add(job)
        job.add_done_callback(self._done)
        return job

    def _done(self, job: asyncio.Task) -> None:
        self._running.discard(job)
        if not job.cancelled() and job.exception() is not None:
            job.get_loop().call_exception_handler(
                {"message": f"{self._owner}: a background job failed",
                 "exception": job.exception()})

    async def cancel(self) -> None:
        """Cancel every job (but the caller's own) and wait until they have ended."""
        current = asyncio.current_task()
        jobs = [job for job in self._running if job is not current]
        for job in jobs:
            job.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)

    async def wait(self, timeout: float | None = None) -> None:
        """Let every job finish, those they start too; after `timeout` seconds the rest is
        cancelled."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        current = asyncio.current_task()
        while jobs := [job for job in self._running if job is not current]:
            left = None if deadline is None else deadline - loop.time()
            if left is not None and left <= 0:
                break
            await asyncio.wait(jobs, timeout=left)
        await self.cancel()

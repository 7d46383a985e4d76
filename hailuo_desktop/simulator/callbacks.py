"""Deliver ``callback_url`` notifications: POST the final task body once the task has ended."""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

POST_TIMEOUT_SECONDS = 5.0


@dataclasses.dataclass(frozen=True)
class CallbackAttempt:
    """One delivery attempt: ``status`` is the receiver's HTTP status, None if it failed."""

    task_id: str
    url: str
    body: dict[str, Any]
    status: int | None
    error: str | None


class CallbackSender:
    """One thread per pending callback; each waits for its task, posts once, records the try."""

    def __init__(self, stop_event: threading.Event) -> None:
        self._stop = stop_event
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._attempts: list[CallbackAttempt] = []

    def attempts(self) -> list[CallbackAttempt]:
        with self._lock:
            return list(self._attempts)

    def schedule(
        self,
        task_id: str,
        url: str,
        seconds_left: Callable[[], float],
        body: Callable[[], dict[str, Any]],
    ) -> None:
        """POST ``body()`` to ``url`` once ``seconds_left()`` is 0, unless the simulator stops."""
        thread = threading.Thread(
            target=self._run, args=(task_id, url, seconds_left, body), name="hailuo-sim-callback"
        )
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
        thread.start()

    def join(self, timeout: float) -> None:
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)

    def _run(
        self,
        task_id: str,
        url: str,
        seconds_left: Callable[[], float],
        body: Callable[[], dict[str, Any]],
    ) -> None:
        # Re-check in short steps: a task can be told to finish early (Simulator.complete_task).
        while (left := seconds_left()) > 0:
            if self._stop.wait(min(left, 0.25)):
                return
        if self._stop.is_set():
            return
        payload = body()
        request = urllib.request.Request(
            url,
            data=json.dumps(payload).encode(),
            headers={"content-type": "application/json", "user-agent": "hailuo-simulator"},
            method="POST",
        )
        status: int | None = None
        error: str | None = None
        try:
            with urllib.request.urlopen(request, timeout=POST_TIMEOUT_SECONDS) as answer:
                status = answer.status
        except urllib.error.HTTPError as exc:
            status, error = exc.code, str(exc)
        except (OSError, ValueError) as exc:
            error = str(exc)
        logger.debug("Callback for task %s to %s: status %s %s", task_id, url, status, error or "")
        with self._lock:
            self._attempts.append(CallbackAttempt(task_id, url, payload, status, error))

"""Task state: what was submitted, when, and how it ends; optionally kept in a JSON file.

A task's progress is worked out from its timestamps whenever someone asks, so no thread drives
it: pending for the first quarter of its generation time, processing after that, and finished
(succeeded or failed) once ``generation_seconds`` have passed since it was created. As the
contract documents, a record has no ``response``, ``finished_at`` or ``elapsed`` until the task
ends; the ``partway_response`` fault adds the part-way ``response`` some answers carry.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import secrets
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from . import pricing, protocol

logger = logging.getLogger(__name__)

_STATE_VERSION = 1
PENDING, PROCESSING, SUCCEEDED, FAILED = "pending", "processing", "succeeded", "failed"


@dataclasses.dataclass
class Task:
    id: str
    request: dict[str, Any]
    created_at: float
    generation_seconds: float
    trace_id: str
    data_id: str
    record_id: str
    base_url: str
    failure: tuple[str, str] | None = None
    fail_without_finished_at: bool = False

    @property
    def started_at(self) -> float:
        return self.created_at + min(0.06, self.generation_seconds / 10)

    @property
    def finished_at(self) -> float:
        return self.created_at + self.generation_seconds

    def phase(self, now: float) -> str:
        if now >= self.finished_at:
            return FAILED if self.failure else SUCCEEDED
        if now >= self.created_at + self.generation_seconds / 4:
            return PROCESSING
        return PENDING

    def seconds_left(self, now: float) -> float:
        return max(0.0, self.finished_at - now)

    def final_body(self, video_url: str) -> dict[str, Any]:
        """The synchronous answer / callback payload once the task has ended."""
        if self.failure:
            return protocol.failure_body(self)
        return protocol.success_body(self, video_url)


class TaskStore:
    """Thread-safe task table; writes ``state_file`` atomically after every change."""

    def __init__(self, state_file: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._tasks: dict[str, Task] = {}
        self._state_file = Path(state_file) if state_file else None
        self.owner = {
            "user_id": str(uuid.uuid4()),
            "application_id": str(uuid.uuid4()),
            "global_application_id": str(uuid.uuid4()),
            "credential_id": str(uuid.uuid4()),
        }
        if self._state_file and self._state_file.exists():
            self._load()
        self.owner["api_id"] = pricing.API_ID  # the real /hailuo/videos id, as usage rows say

    def create(
        self,
        request: dict[str, Any],
        *,
        generation_seconds: float,
        base_url: str,
        failure: tuple[str, str] | None = None,
        fail_without_finished_at: bool = False,
    ) -> Task:
        task = Task(
            id=str(uuid.uuid4()),
            request=dict(request),
            created_at=time.time(),
            generation_seconds=max(0.0, float(generation_seconds)),
            trace_id=protocol.new_trace_id(),
            data_id=protocol.new_short_id(),
            record_id=secrets.token_hex(12),
            base_url=base_url,
            failure=failure,
            fail_without_finished_at=fail_without_finished_at,
        )
        with self._lock:
            self._tasks[task.id] = task
            self._save_locked()
        return task

    def get(self, task_id: str) -> Task | None:
        with self._lock:
            return self._tasks.get(task_id)

    def all(self) -> list[Task]:
        with self._lock:
            return list(self._tasks.values())

    def delete(self, task_id: str) -> bool:
        with self._lock:
            if self._tasks.pop(task_id, None) is None:
                return False
            self._save_locked()
            return True

    def finish_now(self, task_id: str) -> None:
        """Make a task end at once (tests and demos that do not want to wait)."""
        with self._lock:
            task = self._tasks[task_id]
            task.generation_seconds = max(0.0, time.time() - task.created_at)
            self._save_locked()

    def record(
        self, task: Task, *, now: float, video_url: str, partway: bool = False
    ) -> dict[str, Any]:
        """The task as ``POST /hailuo/tasks`` ``retrieve`` shows it at time ``now``; ``partway``
        gives a processing task a ``response`` that says so."""
        record: dict[str, Any] = {
            "_id": task.record_id,
            "id": task.id,
            "api_id": self.owner["api_id"],
            "application_id": self.owner["application_id"],
            "created_at": round(task.created_at, 3),
            "started_at": round(task.started_at, 3),
            "request": task.request,
            "trace_id": task.trace_id,
            "user_id": self.owner["user_id"],
        }
        phase = task.phase(now)
        if phase == PROCESSING and partway:
            record["response"] = protocol.processing_body(task)
        elif phase in (SUCCEEDED, FAILED):
            if not (phase == FAILED and task.fail_without_finished_at):
                record["finished_at"] = round(task.finished_at, 3)
                record["elapsed"] = round(task.finished_at - task.started_at, 3)
            record["response"] = task.final_body(video_url)
        return record

    def _save_locked(self) -> None:
        if self._state_file is None:
            return
        state = {
            "version": _STATE_VERSION,
            "owner": self.owner,
            "tasks": [dataclasses.asdict(task) for task in self._tasks.values()],
        }
        folder = self._state_file.parent
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=".sim-state-", suffix=".json", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(state, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp_name, self._state_file)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise

    def _load(self) -> None:
        assert self._state_file is not None
        try:
            state = json.loads(self._state_file.read_text(encoding="utf-8"))
            if state.get("version") != _STATE_VERSION:
                raise ValueError(f"unknown state version {state.get('version')!r}")
            tasks = []
            for item in state["tasks"]:
                failure = item.get("failure")
                item["failure"] = tuple(failure) if failure else None
                tasks.append(Task(**item))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("Ignoring unreadable simulator state file %s: %s", self._state_file, exc)
            return
        self.owner.update(state.get("owner") or {})
        self._tasks = {task.id: task for task in tasks}
        logger.info("Loaded %d simulator tasks from %s", len(tasks), self._state_file)

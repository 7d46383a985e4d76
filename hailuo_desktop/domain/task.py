"""A generation as the app tracks it, and the states it moves through."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP, Context

TaskStates = Context("TaskStates")


class TaskState(StrEnum):
    SUBMITTING = "submitting"    # written to the ledger, request on its way
    PENDING = "pending"          # the service accepted it and has not started
    PROCESSING = "processing"    # the service is rendering
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"  # the request may have reached the service: maybe charged
    STALE = "stale"              # still running at the service after too long: no more polling
    GONE = "gone"                # the service no longer knows it (deleted in the console, say)

    # Sets made once below the class: spelling the members out in each call costs ten times
    # as much (opening a 10,000-task ledger asks each task).
    @property
    def is_final(self) -> bool:
        return self in _FINAL

    @property
    def can_check_again(self) -> bool:
        """Polling stopped, but the service may still have news: the user can ask once more."""
        return self in _CHECKABLE_AGAIN

    @property
    def is_running(self) -> bool:
        """Being made: counted against the limit of generations at once."""
        return self in _RUNNING

    @property
    def is_polled(self) -> bool:
        """States whose progress the poller asks the service about."""
        return self in _POLLED


_FINAL = frozenset({TaskState.SUCCEEDED, TaskState.FAILED, TaskState.UNCONFIRMED, TaskState.GONE})
_CHECKABLE_AGAIN = frozenset({TaskState.STALE, TaskState.GONE})
_RUNNING = frozenset({TaskState.SUBMITTING, TaskState.PENDING, TaskState.PROCESSING})
_POLLED = frozenset({TaskState.PENDING, TaskState.PROCESSING})


class DownloadState(StrEnum):
    """Where the finished clip stands on this computer."""

    NONE = "none"                # not finished, or auto-download is off
    QUEUED = "queued"
    DOWNLOADING = "downloading"  # file_path names the clip-to-be; <file_path>.part the bytes
    RETRYING = "retrying"        # a passing failure (5xx, reset, timeout): tries again by itself
    SAVED = "saved"              # complete, checked, in the library (file_path)
    FAILED = "failed"            # trouble a retry alone will not mend (disk full, not a video)
    EXPIRED = "expired"          # the service's link is gone for good (403/404/410)
    MISSING = "missing"          # it was saved, then moved or deleted outside the app
    CANCELLED = "cancelled"      # the user stopped it

    @property
    def is_pending(self) -> bool:
        """A save the app carries on with by itself, across restarts."""
        return self in (DownloadState.QUEUED, DownloadState.DOWNLOADING,
                        DownloadState.RETRYING)


# As written here; `state_label` gives them in the user's language.
STATE_LABELS: dict[TaskState, str] = {
    TaskState.SUBMITTING: QT_TRANSLATE_NOOP("TaskStates", "Submitting…"),
    TaskState.PENDING: QT_TRANSLATE_NOOP("TaskStates", "Queued"),
    TaskState.PROCESSING: QT_TRANSLATE_NOOP("TaskStates", "Generating"),
    TaskState.SUCCEEDED: QT_TRANSLATE_NOOP("TaskStates", "Done"),
    TaskState.FAILED: QT_TRANSLATE_NOOP("TaskStates", "Failed"),
    TaskState.UNCONFIRMED: QT_TRANSLATE_NOOP("TaskStates", "Unconfirmed"),
    TaskState.STALE: QT_TRANSLATE_NOOP("TaskStates", "Still running — check later"),
    TaskState.GONE: QT_TRANSLATE_NOOP("TaskStates", "Gone from the service"),
}


def state_label(state: TaskState) -> str:
    return TaskStates.tr(STATE_LABELS[state])


@dataclass(frozen=True)
class GenerationRequest:
    """What the user asked for: everything needed to submit it again."""

    model: str
    prompt: str
    first_image_url: str | None = None
    callback_url: str | None = None

    def body(self) -> dict:
        """The exact `/hailuo/videos` body that starts it: what is sent, priced and copied."""
        body = {"action": "generate", "model": self.model, "prompt": self.prompt, "async": True}
        if self.first_image_url:
            body["first_image_url"] = self.first_image_url
        if self.callback_url:
            body["callback_url"] = self.callback_url
        return body


@dataclass(frozen=True)
class Task:
    """One row of the ledger. Immutable: changes make a new value through `evolve`."""

    request: GenerationRequest
    created_at: float
    local_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    state: TaskState = TaskState.SUBMITTING
    task_id: str | None = None
    trace_id: str | None = None
    started_at: float | None = None
    finished_at: float | None = None
    video_url: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    updated_at: float | None = None
    # When polling (re)started: a refresh by hand gives a stale task a new polling window.
    polling_since: float | None = None
    download_state: DownloadState = DownloadState.NONE
    download_error: str | None = None
    # The clip's place in the library: it exists once SAVED; while downloading,
    # "<file_path>.part" holds the bytes so far (how the next run resumes).
    file_path: str | None = None
    poster_path: str | None = None    # a small still of the clip, for the table
    starred: bool = False             # a keeper: the user marked this take
    # Takes: generations sent by one press share a group id and are numbered from 1.
    group_id: str | None = None
    take_number: int | None = None
    continues_from: str | None = None     # local id of the clip whose frame this one starts on
    first_frame_name: str | None = None   # the picture's own file name, when it came from disk
    removed_at: float | None = None       # removed from the list (kept so Undo can bring it back)
    clip_seconds: float | None = None     # how long the saved clip plays, once known

    def evolve(self, **changes) -> Task:
        return replace(self, **changes)

    def elapsed(self, now: float) -> float:
        """Seconds since the user pressed Generate, frozen once the task ended."""
        end = self.finished_at if self.state.is_final and self.finished_at else None
        if end is None and self.state.is_final:
            end = self.updated_at
        return max(0.0, (end or now) - self.created_at)

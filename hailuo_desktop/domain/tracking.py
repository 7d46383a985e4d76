"""How tracking of unfinished tasks is going, as the status bar and the offline banner show it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tracking(StrEnum):
    IDLE = "idle"          # nothing to track
    OK = "ok"              # the last round of questions was answered
    BUSY = "busy"          # 429: the service asked us to slow down
    OFFLINE = "offline"    # the service could not be reached at all
    TOKEN = "token"        # the service refused the token
    TROUBLE = "trouble"    # the service answered with an error or something unreadable


@dataclass(frozen=True)
class TrackingStatus:
    kind: Tracking
    unfinished: int = 0
    retry_at: float | None = None  # when the next try happens (after a problem)
    detail: str = ""

    def sentence(self, now: float) -> str:
        wait = f"{max(0, round(self.retry_at - now))} s" if self.retry_at else "a moment"
        videos = f"{self.unfinished} unfinished video{'s' if self.unfinished != 1 else ''}"
        return {
            Tracking.IDLE: "",
            Tracking.OK: f"Tracking {videos}…",
            Tracking.BUSY: f"The service is busy: checking your videos again in {wait}.",
            Tracking.OFFLINE: f"Offline: can't reach the service. Trying again in {wait}.",
            Tracking.TOKEN: (f"Can't check your videos: the service refused the token"
                             f"{f' ({self.detail})' if self.detail else ''}. Update it in "
                             f"Settings. Trying again in {wait}."),
            Tracking.TROUBLE: f"The service had a problem answering: trying again in {wait}.",
        }[self.kind]

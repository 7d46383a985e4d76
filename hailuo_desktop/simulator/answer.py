"""``Answer``: what a route tells the request handler to send."""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass
class Answer:
    """JSON (any other body) or raw bytes, or nothing at all (``drop``)."""

    status: int = 200
    body: Any = None
    content_type: str = "application/json"
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    drop: bool = False
    truncate: bool = False


DROP = Answer(drop=True)

"""Fault switches: make the simulator misbehave the way the real service (or the network) can.

Every switch can be set from Python (``sim.faults.rate_limit = 2``), over HTTP
(``POST /_simulator/faults`` with a JSON object of the same names) and on the command line
(``--rate-limit 2``). Counters count down by one each time the fault fires; flags stay on
until turned off. Switches are checked in the order of this table and the first one that
answers ends the request, so a fault later in the table waits for the earlier ones to run out
(``slow_seconds`` only delays; ``fail_tasks`` shapes a task that ``drop`` may then leave
unanswered). "API answers" are answers to ``POST /hailuo/*`` with the right token; video and
image downloads are counted only by the download switches.

=============================  =====  ===================================================
switch                         type   effect
=============================  =====  ===================================================
``slow_seconds``               float  wait this long before answering any request
``token_mismatched``           flag   every API answer: 400 ``token_mismatched``
``token_expired``              flag   every API answer: 401 ``token_expired``
``rate_limit``                 count  next N API answers: 429 ``too_many_requests``
``retry_after``                float  with ``rate_limit``: ``Retry-After`` header, whole
                                      seconds rounded up (0 = no header)
``server_error``               count  next N API answers: 500 ``api_error`` "fetch failed"
``malformed_json``             count  next N API answers: status 200, body is not JSON
``html_error``                 count  next N API answers: status 200, an HTML error page
``used_up``                    flag   every generate call: 403 ``used_up`` (queries work)
``no_channel``                 count  next N generate calls: 503 "no channel available for
                                      <model>", an ``error`` with a message and no code
``fail_tasks``                 count  next N created tasks end failed with
                                      ``fail_code`` / ``fail_message``
``fail_code``                  str    error code of failed tasks
``fail_message``               str    error message of failed tasks
``fail_without_finished_at``   flag   failed tasks have no ``finished_at`` / ``elapsed``
``drop``                       count  next N API requests: the socket is closed without an
                                      answer; a generate call creates its task first
                                      ("maybe charged")
``error_as_string``            flag   HTTP error bodies carry ``error`` as a bare string
``truncate_downloads``         count  next N video downloads send half the promised bytes,
                                      then close the connection
``expire_links``               flag   video downloads answer 403 (an expired CDN link)
``download_errors``            count  next N video downloads answer 500 (a sick CDN)
``reset_downloads``            count  next N video downloads: the socket is closed before
                                      any answer (a connection reset)
=============================  =====  ===================================================
"""

from __future__ import annotations

import threading
from typing import Any

DEFAULTS: dict[str, Any] = {
    "slow_seconds": 0.0,
    "token_mismatched": False,
    "token_expired": False,
    "rate_limit": 0,
    "retry_after": 0.0,
    "server_error": 0,
    "malformed_json": 0,
    "html_error": 0,
    "used_up": False,
    "no_channel": 0,
    "fail_tasks": 0,
    "fail_code": "content_moderation",
    "fail_message": "The request was rejected by content moderation.",
    "fail_without_finished_at": False,
    "drop": 0,
    "error_as_string": False,
    "truncate_downloads": 0,
    "expire_links": False,
    "download_errors": 0,
    "reset_downloads": 0,
}

COUNTERS = tuple(name for name, value in DEFAULTS.items() if type(value) is int)


def _coerce(name: str, value: Any) -> Any:
    kind = type(DEFAULTS[name])
    if kind is bool:
        if not isinstance(value, bool):
            raise TypeError(f"fault {name!r} takes true or false, not {value!r}")
        return value
    if kind is str:
        return str(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"fault {name!r} takes a number, not {value!r}")
    if value < 0:
        raise ValueError(f"fault {name!r} cannot be negative")
    return kind(value)


class Faults:
    """Thread-safe fault switches; see the module docstring for what each one does."""

    def __init__(self, **values: Any) -> None:
        object.__setattr__(self, "_lock", threading.Lock())
        object.__setattr__(self, "_values", dict(DEFAULTS))
        self.update(values)

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__["_values"]
        if name not in values:
            raise AttributeError(f"no fault switch named {name!r}")
        with self.__dict__["_lock"]:
            return values[name]

    def __setattr__(self, name: str, value: Any) -> None:
        self.update({name: value})

    def update(self, values: dict[str, Any]) -> None:
        """Set several switches at once; unknown names or wrong types raise before any change."""
        unknown = sorted(set(values) - set(DEFAULTS))
        if unknown:
            raise AttributeError(f"no fault switch named {', '.join(unknown)}")
        coerced = {name: _coerce(name, value) for name, value in values.items()}
        with self._lock:
            self._values.update(coerced)

    def take(self, name: str) -> bool:
        """Use up one firing of counter ``name``; False when it is already at zero."""
        if name not in COUNTERS:
            raise AttributeError(f"{name!r} is not a counting fault switch")
        with self._lock:
            if self._values[name] <= 0:
                return False
            self._values[name] -= 1
            return True

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._values)

    def reset(self) -> None:
        """Turn every fault off."""
        with self._lock:
            self._values.clear()
            self._values.update(DEFAULTS)

    def __repr__(self) -> str:
        active = {k: v for k, v in self.snapshot().items() if v != DEFAULTS[k]}
        return f"Faults({active})"

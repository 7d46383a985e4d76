"""Fault switches: make the simulator misbehave the way the real service (or the network) can.

Every switch can be set from Python (``sim.faults.rate_limit = 2``), over HTTP
(``POST /_simulator/faults`` with a JSON object of the same names) and on the command line
(``--rate-limit 2``; ``--help`` prints this table). Counters count down by one each time the
fault fires; flags stay on until turned off. Switches are checked in the order of ``SWITCHES``
and the first one that answers ends the request, so a fault later in the table waits for the
earlier ones to run out (``slow_seconds`` only delays; ``fail_tasks`` shapes a task that
``drop`` may then leave unanswered). "API answers" are answers to ``POST /hailuo/*`` with the
right token; video and image downloads are counted only by the download switches, and the
``/api/v1/`` platform endpoints heed only ``slow_seconds``, the credit switches and
``platform_errors``.
"""

from __future__ import annotations

import threading
from typing import Any, NamedTuple


class Switch(NamedTuple):
    default: Any  # its type is the switch's type: bool flag, int counter, float, str
    effect: str
    choices: tuple[str, ...] = ()  # a str switch that takes only these words


SWITCHES: dict[str, Switch] = {
    "slow_seconds": Switch(0.0, "wait this long before answering any request"),
    "token_mismatched": Switch(False, "every API answer: 400 token_mismatched"),
    "token_expired": Switch(False, "every API answer: 401 token_expired"),
    "rate_limit": Switch(0, "next N API answers: 429 too_many_requests"),
    "retry_after": Switch(
        0.0, "with rate_limit: a Retry-After header, whole seconds rounded up (0 = no header)"
    ),
    "server_error": Switch(0, 'next N API answers: 500 api_error "fetch failed"'),
    "malformed_json": Switch(0, "next N API answers: status 200, a body that is not JSON"),
    "html_error": Switch(0, "next N API answers: status 200, an HTML error page"),
    "used_up": Switch(False, "every generate call: 403 used_up (queries still work)"),
    "balance": Switch(
        1000.0,
        "credits left on the Hailuo application; a generate costing more than the balance "
        "it may draw on answers 403 used_up, and a task that succeeds is debited its price "
        "(pricing.py), from here first",
    ),
    "global_balance": Switch(
        0.0, "credits on the Global (general) application, drawn on once balance runs out"
    ),
    "keep_global_balance": Switch(
        False, "the Hailuo application's allow_consume_global is false: never draw on it"
    ),
    "no_channel": Switch(
        0,
        'next N generate calls: 503 "no channel available for <model>", an error with a '
        "message and no code",
    ),
    "fail_tasks": Switch(0, "next N created tasks end failed with fail_code / fail_message"),
    "fail_code": Switch("content_moderation", "error code of failed tasks"),
    "fail_message": Switch(
        "The request was rejected by content moderation.", "error message of failed tasks"
    ),
    "fail_without_finished_at": Switch(False, "failed tasks have no finished_at / elapsed"),
    "partway_response": Switch(
        False,
        "records of running tasks (past their first quarter) carry a part-way response: "
        'success true, state "processing", empty video_url (by default a running task\'s '
        "record has no response, as the contract documents)",
    ),
    "unknown_tasks": Switch(
        "not_found",
        "how task queries answer for an id that does not exist: not_found (retrieve: 404 "
        "not_found; retrieve_batch leaves the id out), empty (retrieve: 200 {}; "
        "retrieve_batch: a {} item in the id's place, counted), null (retrieve: 200 null, a "
        "lookup that found nothing sent as is; retrieve_batch leaves the id out)",
        ("not_found", "empty", "null"),
    ),
    "drop": Switch(
        0,
        "next N API requests: the socket is closed without an answer; a generate call "
        'creates its task first ("maybe charged")',
    ),
    "error_as_string": Switch(False, "HTTP error bodies carry error as a bare string"),
    "truncate_downloads": Switch(
        0, "next N video downloads send half the promised bytes, then close the connection"
    ),
    "expire_links": Switch(False, "video downloads answer 403 (an expired CDN link)"),
    "download_errors": Switch(0, "next N video downloads answer 500 (a sick CDN)"),
    "reset_downloads": Switch(
        0, "next N video downloads: the socket is closed before any answer (a reset)"
    ),
    "platform_errors": Switch(
        "error",
        'error body of the /api/v1/ platform endpoints: error ({"error": {"code", "message"}}) '
        'or detail (Django REST framework\'s {"detail": "…"})',
        ("error", "detail"),
    ),
    "service_status": Switch(
        "auto",
        "hailuo's current_status in /data/status_N.json: auto (worked out from this "
        "simulator's recent answers), or forced to operational, degraded, partial_outage, "
        "major_outage, or unknown (the service left out)",
        ("auto", "operational", "degraded", "partial_outage", "major_outage", "unknown"),
    ),
}

DEFAULTS: dict[str, Any] = {name: switch.default for name, switch in SWITCHES.items()}

COUNTERS = tuple(name for name, value in DEFAULTS.items() if type(value) is int)


def _coerce(name: str, value: Any) -> Any:
    kind = type(DEFAULTS[name])
    if kind is bool:
        if not isinstance(value, bool):
            raise TypeError(f"fault {name!r} takes true or false, not {value!r}")
        return value
    if kind is str:
        choices = SWITCHES[name].choices
        if choices and value not in choices:
            raise ValueError(f"fault {name!r} takes one of {', '.join(choices)}, not {value!r}")
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

    def draw(self, amount: float, sources: tuple[str, ...]) -> dict[str, float]:
        """Take ``amount`` from the float switches ``sources`` in order, each down to zero at
        most, and what is still owed from the first (a balance may go below zero when tasks
        accepted together all succeed). Returns what was taken from each."""
        taken = dict.fromkeys(sources, 0.0)
        with self._lock:
            owed = amount
            for name in sources:
                share = min(owed, max(0.0, self._values[name]))
                self._values[name] -= share
                taken[name] += share
                owed -= share
            self._values[sources[0]] -= owed
            taken[sources[0]] += owed
        return taken

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._values)

    def reset(self) -> None:
        """Every switch back to its default: faults off, balances as at the start."""
        with self._lock:
            self._values.clear()
            self._values.update(DEFAULTS)

    def __repr__(self) -> str:
        active = {k: v for k, v in self.snapshot().items() if v != DEFAULTS[k]}
        return f"Faults({active})"

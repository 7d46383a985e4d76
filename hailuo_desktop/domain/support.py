"""The text behind "Copy support info": what AceData support needs to find a task, and no secret.

It is built from the task alone: the token is never passed in, so it cannot end up here. The
prompt and links are left out too (they can be private); the task and trace ids identify the
request at the service.
"""

from __future__ import annotations

import platform
import re
from datetime import UTC, datetime

from .i18n import Context
from .messages import explain
from .models import model_by_id
from .task import Task, TaskState, state_label

# A service message that quotes the request's header must not carry the token along.
_BEARER = re.compile(r"(bearer\s+)\S+", re.IGNORECASE)
_MAX_MESSAGE = 500

SupportInfo = Context("SupportInfo")


def support_info(task: Task, app_version: str, qt_version: str, now: float,
                 service_status: str | None = None) -> str:
    """`service_status`: the sentence the app showed about the service's health then."""
    model = model_by_id(task.request.model)
    none = SupportInfo.tr("none")
    lines = [
        f"Hailuo Desktop {app_version} (Qt {qt_version}, Python {platform.python_version()})",
        SupportInfo.tr("Time: {time}").format(time=_iso(now)),
        SupportInfo.tr("Platform: {platform}").format(platform=platform.platform()),
        SupportInfo.tr("Model: {label} ({id})").format(label=model.label, id=model.id),
        SupportInfo.tr("Task id: {id}").format(
            id=task.task_id or SupportInfo.tr("none (the service gave no id)")),
        SupportInfo.tr("Trace id: {id}").format(id=task.trace_id or none),
        SupportInfo.tr("State: {label} ({state})").format(label=state_label(task.state),
                                                          state=task.state.value),
        SupportInfo.tr("Submitted: {time}").format(time=_iso(task.created_at)),
    ]
    if task.error_code or task.error_message:
        lines.append(SupportInfo.tr("Error code: {code}").format(code=task.error_code or none))
        lines.append(SupportInfo.tr("Service said: {message}").format(
            message=_clean(task.error_message or "")))
    if task.state in (TaskState.FAILED, TaskState.UNCONFIRMED, TaskState.STALE, TaskState.GONE):
        lines.append(SupportInfo.tr("Explanation: {sentence}").format(
            sentence=explain(task.error_code).sentence))
    if task.download_error:
        lines.append(SupportInfo.tr("Download ({state}): {error}").format(
            state=task.download_state.value, error=_clean(task.download_error)))
    if service_status:
        lines.append(SupportInfo.tr("Service status: {sentence}").format(
            sentence=_clean(service_status)))
    return "\n".join(lines)


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def _clean(text: str) -> str:
    """One line, bounded, with anything after "Bearer" masked."""
    one_line = _BEARER.sub(r"\1[hidden]", " ".join(text.split()))
    if len(one_line) > _MAX_MESSAGE:
        one_line = one_line[:_MAX_MESSAGE] + "…"
    return one_line or SupportInfo.tr("nothing")

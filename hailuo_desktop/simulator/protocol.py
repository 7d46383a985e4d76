"""The Hailuo wire format: models, request validation, answer and error bodies."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

DEFAULT_MODEL = "minimax-t2v"
IMAGE_MODELS = frozenset({"minimax-i2v", "minimax-i2v-director"})
MODELS = frozenset({DEFAULT_MODEL}) | IMAGE_MODELS
MAX_BATCH_IDS = 50

_SHORT_ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


class ApiError(Exception):
    """An error answer: HTTP status plus the service's error code and message."""

    def __init__(self, status: int, code: str | None, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def new_trace_id() -> str:
    return str(uuid.uuid4())


def new_short_id() -> str:
    """An id like the service's ``data[0].id`` (26 lowercase base32 characters)."""
    return "".join(secrets.choice(_SHORT_ID_ALPHABET) for _ in range(26))


def error_body(code: str | None, message: str, *, as_string: bool = False) -> dict[str, Any]:
    """``{"success": false, "error": {...}, "trace_id"}``; ``code`` None leaves the code out."""
    error: Any
    if as_string:
        error = message
    else:
        error = {"message": message}
        if code is not None:
            error = {"code": code, "message": message}
    return {"success": False, "error": error, "trace_id": new_trace_id()}


def _is_http_url(value: Any) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def validate_generate(body: Any) -> str:
    """Check a ``POST /hailuo/videos`` body the way the service does; return the model."""
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "request body must be a JSON object.")
    if body.get("action") != "generate":
        raise ApiError(400, "bad_request", "action is invalid.")
    model = body.get("model") or DEFAULT_MODEL
    if model not in MODELS:
        raise ApiError(400, "bad_request", "model is invalid.")
    prompt = body.get("prompt")
    if prompt is not None and not isinstance(prompt, str):
        raise ApiError(400, "bad_request", "prompt is invalid.")
    if model == DEFAULT_MODEL and not (prompt or "").strip():
        raise ApiError(400, "bad_request", "prompt is required.")
    image = body.get("first_image_url")
    if model in IMAGE_MODELS and not image:
        raise ApiError(400, "bad_request", f"first_image_url is required for {model}.")
    if image is not None and not _is_http_url(image):
        raise ApiError(
            400,
            "bad_request",
            "first_image_url must be a public http(s) URL; base64 / data: URLs are not supported.",
        )
    callback = body.get("callback_url")
    if callback is not None and not _is_http_url(callback):
        raise ApiError(400, "bad_request", "callback_url is invalid.")
    return model


def video_url(base_url: str, task_id: str) -> str:
    return f"{base_url}/videos/{task_id}.mp4"


def video_item(task: Any, *, video_url: str, state: str) -> dict[str, Any]:
    request = task.request
    return {
        "id": task.data_id,
        "model": request.get("model") or DEFAULT_MODEL,
        "prompt": request.get("prompt"),
        "first_image_url": request.get("first_image_url"),
        "video_url": video_url,
        "state": state,
    }


def success_body(task: Any, video_url: str) -> dict[str, Any]:
    """The synchronous answer / callback payload of a finished task."""
    return {
        "success": True,
        "task_id": task.id,
        "trace_id": task.trace_id,
        "data": [video_item(task, video_url=video_url, state="succeeded")],
    }


def processing_body(task: Any) -> dict[str, Any]:
    """A part-way ``response``: success so far, no video yet."""
    return {
        "success": True,
        "task_id": task.id,
        "trace_id": task.trace_id,
        "data": [video_item(task, video_url="", state="processing")],
    }


def failure_body(task: Any) -> dict[str, Any]:
    code, message = task.failure
    return {
        "success": False,
        "task_id": task.id,
        "error": {"code": code, "message": message},
        "trace_id": task.trace_id,
    }


def html_error_page() -> bytes:
    return (
        b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
        b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
        b"</body></html>\n"
    )

"""HailuoClient over httpx.MockTransport: the bodies it sends, the answers it reads, the errors."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest
from api_examples import EXAMPLES

from hailuo_desktop.api.client import BATCH_LIMIT, HailuoClient, Submission
from hailuo_desktop.api.errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConnectionFailedError,
    HailuoError,
    InsufficientCreditsError,
    MalformedResponseError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    TokenMismatchError,
    TransportError,
)
from hailuo_desktop.domain.task import GenerationRequest

BASE = "https://api.example.test"
TOKEN = "tok-123"
T2V = GenerationRequest("minimax-t2v", "A golden sunset over the ocean waves")


def example(name: str):
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport that records every request and answers with `handler`."""

    def __init__(self, handler: Handler):
        self.requests: list[httpx.Request] = []
        self._handler = handler
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._handler(request)

    def body(self, index: int = -1) -> dict:
        return json.loads(self.requests[index].content)


def answer(status: int = 200, payload=None, **kwargs) -> Handler:
    return lambda request: httpx.Response(status, json=payload, **kwargs)


def run(handler: Handler, call: Callable[[HailuoClient], object], base: str = BASE):
    """Run `call(client)` against a fresh client; returns (result or exception, recorder)."""
    recorder = Recorder(handler)

    async def main():
        client = HailuoClient(base, TOKEN, transport=recorder.transport)
        try:
            return await call(client)
        except Exception as exc:  # handed back so tests can look at it
            return exc
        finally:
            await client.aclose()

    return asyncio.run(main()), recorder


# --- generate ------------------------------------------------------------------------------------


def test_generate_t2v_sends_the_exact_body_path_and_headers():
    result, rec = run(answer(200, {"task_id": "abc"}), lambda c: c.generate(T2V))
    assert result == Submission("abc", None)
    assert len(rec.requests) == 1
    request = rec.requests[0]
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/hailuo/videos"
    assert rec.body() == {"action": "generate", "model": "minimax-t2v",
                          "prompt": "A golden sunset over the ocean waves", "async": True}
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["accept"] == "application/json"
    assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize("name", ["generate-request-t2v.json", "generate-request-i2v.json",
                                  "generate-request-i2v-director.json"])
def test_generate_body_matches_the_documented_examples(name):
    expected = example(name)
    request = GenerationRequest(expected["model"], expected["prompt"],
                                expected.get("first_image_url"))
    _, rec = run(answer(200, example("generate-response-async.json")),
                 lambda c: c.generate(request))
    assert rec.body() == expected


def test_generate_sends_first_frame_and_callback_only_when_given():
    request = GenerationRequest("minimax-i2v", "wind", "https://example.com/a.jpg",
                                "https://hook.example.com/x")
    _, rec = run(answer(200, {"task_id": "abc"}), lambda c: c.generate(request))
    assert rec.body() == {"action": "generate", "model": "minimax-i2v", "prompt": "wind",
                          "async": True, "first_image_url": "https://example.com/a.jpg",
                          "callback_url": "https://hook.example.com/x"}
    empty = GenerationRequest("minimax-t2v", "p", "", "")
    _, rec = run(answer(200, {"task_id": "abc"}), lambda c: c.generate(empty))
    assert "first_image_url" not in rec.body() and "callback_url" not in rec.body()


def test_base_url_trailing_slash_is_dropped():
    _, rec = run(answer(200, {"task_id": "abc"}), lambda c: c.generate(T2V), base=BASE + "/")
    assert str(rec.requests[0].url) == f"{BASE}/hailuo/videos"


def test_generate_reads_the_documented_async_and_sync_answers():
    result, _ = run(answer(200, example("generate-response-async.json")),
                    lambda c: c.generate(T2V))
    assert result == Submission("05aff65c-5e84-442b-8e29-3a5d27130840", None)
    result, _ = run(answer(200, example("generate-response-sync.json")),
                    lambda c: c.generate(T2V))
    assert result == Submission("baf1034c-684c-46be-ae6d-89ebb89b690d",
                                "3221eb74-1a25-447a-ba69-7d9b310e306c")


@pytest.mark.parametrize(("payload", "task_id"), [
    ({"task_id": "top", "data": {"task_id": "nested"}, "id": "plain"}, "top"),
    ({"task_id": "", "data": {"task_id": "nested"}, "id": "plain"}, "nested"),
    ({"task_id": None, "data": {"task_id": " nested "}}, "nested"),
    ({"data": [{"task_id": "in-a-list"}], "id": "plain"}, "plain"),
    ({"task_id": 12, "data": {"task_id": "  "}, "id": "plain"}, "plain"),
])
def test_task_id_fallbacks(payload, task_id):
    result, _ = run(answer(200, payload), lambda c: c.generate(T2V))
    assert isinstance(result, Submission)
    assert result.task_id == task_id


@pytest.mark.parametrize("payload", [{}, {"success": True}, {"task_id": "  ", "id": 5},
                                     {"data": {"id": "x"}}])
def test_no_task_id_is_malformed(payload):
    result, rec = run(answer(200, payload), lambda c: c.generate(T2V))
    assert isinstance(result, MalformedResponseError)
    assert len(rec.requests) == 1  # a paid call is never repeated


def test_trace_id_must_be_text():
    result, _ = run(answer(200, {"task_id": "a", "trace_id": 7}), lambda c: c.generate(T2V))
    assert result == Submission("a", None)


# --- task queries --------------------------------------------------------------------------------


def test_retrieve_sends_the_documented_body_and_returns_the_record():
    expected = example("task-retrieve-request.json")
    record = example("task-retrieve-response.json")
    result, rec = run(answer(200, record), lambda c: c.retrieve(expected["id"]))
    assert result == record
    assert str(rec.requests[0].url) == f"{BASE}/hailuo/tasks"
    assert rec.body() == expected


def test_retrieve_batch_sends_the_documented_body_and_returns_the_items():
    expected = example("tasks-retrieve-batch-request.json")
    payload = example("tasks-retrieve-batch-response.json")
    result, rec = run(answer(200, payload), lambda c: c.retrieve_batch(expected["ids"]))
    assert result == payload["items"]
    assert str(rec.requests[0].url) == f"{BASE}/hailuo/tasks"
    assert rec.body() == expected


def test_retrieve_batch_drops_items_that_are_not_objects():
    payload = {"items": [{"id": "a"}, "b", None, 3, {"id": "c"}], "total": 2}
    result, _ = run(answer(200, payload), lambda c: c.retrieve_batch(["a", "c"]))
    assert result == [{"id": "a"}, {"id": "c"}]


@pytest.mark.parametrize("payload", [{}, {"items": None}, {"items": {"a": 1}}, {"count": 0}])
def test_retrieve_batch_without_an_items_list_is_malformed(payload):
    result, _ = run(answer(200, payload), lambda c: c.retrieve_batch(["a"]))
    assert isinstance(result, MalformedResponseError)


def test_list_tasks_asks_for_a_time_window_without_ids_as_the_web_app_does():
    payload = {"items": [{"id": "a"}, "junk"], "count": 1}
    result, rec = run(answer(200, payload), lambda c: c.list_tasks(
        created_after=100.5, created_before=900.0, user_id="u-1", application_id="app-1",
        offset=50))
    assert result == [{"id": "a"}]
    assert rec.body() == {"action": "retrieve_batch", "created_at_min": 100.5,
                          "created_at_max": 900.0, "limit": 50, "offset": 50,
                          "user_id": "u-1", "application_id": "app-1"}
    _, rec = run(answer(200, payload), lambda c: c.list_tasks(created_after=1, created_before=2))
    assert "ids" not in rec.body() and "user_id" not in rec.body()


def test_retrieve_batch_takes_fifty_ids_and_refuses_more():
    ids = [f"id-{n}" for n in range(BATCH_LIMIT)]
    result, rec = run(answer(200, {"items": []}), lambda c: c.retrieve_batch(ids))
    assert result == [] and rec.body()["ids"] == ids
    result, rec = run(answer(200, {"items": []}), lambda c: c.retrieve_batch([*ids, "one-more"]))
    assert isinstance(result, ValueError)
    assert rec.requests == []


# --- HTTP errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "code", "kind"), [
    (400, "token_mismatched", TokenMismatchError),
    (400, "api_not_implemented", BadRequestError),
    (400, "bad_request", BadRequestError),
    (400, "no_token", AuthenticationError),
    (400, "disabled", BadRequestError),
    (401, "invalid_token", AuthenticationError),
    (401, "token_expired", AuthenticationError),
    (401, None, AuthenticationError),
    (403, "used_up", InsufficientCreditsError),
    (403, "forbidden", PermissionDeniedError),
    (403, None, PermissionDeniedError),
    (404, "no_api", NotFoundError),
    (429, "too_many_requests", RateLimitError),
    (500, "api_error", ServerError),
    (502, None, ServerError),
    (503, None, ServiceUnavailableError),
    (503, "no_channel", ServiceUnavailableError),
])
@pytest.mark.parametrize("call", ["generate", "retrieve"])
def test_each_status_and_code_gives_its_exception(status, code, kind, call):
    payload = {"success": False, "error": {"code": code, "message": f"msg {status}"},
               "trace_id": f"trace-{status}"}
    do = (lambda c: c.generate(T2V)) if call == "generate" else (lambda c: c.retrieve("x"))
    result, rec = run(answer(status, payload), do)
    assert type(result) is kind
    assert isinstance(result, ApiError) and isinstance(result, HailuoError)
    assert (result.status, result.code, result.message, result.trace_id) == (
        status, code, f"msg {status}", f"trace-{status}")
    assert len(rec.requests) == 1  # nothing retried inside the client


def test_service_unavailable_is_a_server_error():
    assert issubclass(ServiceUnavailableError, ServerError)


@pytest.mark.parametrize(("name", "status", "kind"), [
    ("error-api-error.json", 500, ServerError),
    ("error-bad-request-400.json", 400, BadRequestError),
    ("error-used-up-403.json", 403, InsufficientCreditsError),
])
def test_documented_error_bodies(name, status, kind):
    body = example(name)
    result, _ = run(answer(status, body), lambda c: c.generate(T2V))
    assert type(result) is kind
    assert result.code == body["error"]["code"]
    assert result.message == body["error"]["message"]
    assert result.trace_id == body["trace_id"]
    assert result.retry_after is None


def test_error_as_a_bare_string():
    result, _ = run(answer(400, {"error": "model is invalid.", "trace_id": "t"}),
                    lambda c: c.generate(T2V))
    assert type(result) is BadRequestError
    assert (result.code, result.message, result.trace_id) == (None, "model is invalid.", "t")


@pytest.mark.parametrize("content", [b"", b"<html><body>502 Bad Gateway</body></html>",
                                     b"[1, 2]", b'{"trace_id": 5, "error": 17}'])
def test_error_status_with_no_usable_body_still_maps_by_status(content):
    handler = lambda request: httpx.Response(502, content=content)  # noqa: E731
    result, _ = run(handler, lambda c: c.retrieve("x"))
    assert type(result) is ServerError
    assert (result.status, result.code, result.message, result.trace_id) == (
        502, None, None, None)


@pytest.mark.parametrize(("header", "expected"), [
    ("30", 30.0), ("2.5", 2.5), ("-4", 0.0), ("Wed, 21 Oct 2015 07:28:00 GMT", None),
    ("", None),
])
def test_retry_after_is_read_into_rate_limit_error(header, expected):
    handler = answer(429, {"error": {"code": "too_many_requests", "message": "slow"}},
                     headers={"Retry-After": header})
    result, _ = run(handler, lambda c: c.retrieve_batch(["a"]))
    assert type(result) is RateLimitError
    assert result.retry_after == expected


def test_no_retry_after_header_is_none():
    result, _ = run(answer(429, {"error": {"code": "too_many_requests"}}),
                    lambda c: c.retrieve("a"))
    assert type(result) is RateLimitError and result.retry_after is None


# --- answers that are not the promised JSON ------------------------------------------------------


@pytest.mark.parametrize("call", ["generate", "retrieve", "retrieve_batch"])
@pytest.mark.parametrize("content", [b"<!doctype html><html><body>Welcome</body></html>",
                                     b"", b"[]", b'"task_id"', b"\xff\xfe\x00garbage"])
def test_success_status_without_a_json_object_is_malformed(call, content):
    handler = lambda request: httpx.Response(  # noqa: E731
        200, content=content, headers={"content-type": "text/html"})
    calls = {"generate": lambda c: c.generate(T2V), "retrieve": lambda c: c.retrieve("a"),
             "retrieve_batch": lambda c: c.retrieve_batch(["a"])}
    result, rec = run(handler, calls[call])
    assert type(result) is MalformedResponseError
    assert len(rec.requests) == 1


# --- transport failures and the money rule -------------------------------------------------------


def raising(exc_type: type[httpx.HTTPError]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type("boom", request=request)
    return handler


@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.ConnectTimeout,
                                      httpx.PoolTimeout])
def test_request_that_never_left_is_connection_failed(exc_type):
    result, rec = run(raising(exc_type), lambda c: c.generate(T2V))
    assert type(result) is ConnectionFailedError
    assert isinstance(result, TransportError)
    assert isinstance(result.__cause__, exc_type)
    assert len(rec.requests) == 1


@pytest.mark.parametrize("exc_type", [httpx.ReadTimeout, httpx.WriteTimeout,
                                      httpx.RemoteProtocolError, httpx.ReadError,
                                      httpx.WriteError])
def test_request_that_may_have_arrived_is_outcome_unknown(exc_type):
    result, rec = run(raising(exc_type), lambda c: c.generate(T2V))
    assert type(result) is OutcomeUnknownError
    assert not isinstance(result, ConnectionFailedError)
    assert len(rec.requests) == 1  # never retried: it may already cost money


def test_broken_answer_body_after_the_request_arrived_is_outcome_unknown():
    # The service answered 200 (a paid task may have started) but the body cannot be decoded.
    # The contract's exception tree promises a HailuoError for every failure; a raw httpx error
    # escapes TaskService._submit (which catches only HailuoError kinds) and the poller loop.
    handler = lambda request: httpx.Response(  # noqa: E731
        200, content=b"this is not gzip",
        headers={"content-encoding": "gzip", "content-type": "application/json"})
    result, _ = run(handler, lambda c: c.generate(T2V))
    assert isinstance(result, OutcomeUnknownError), f"got {type(result).__mro__}"


@pytest.mark.parametrize("base", ["ftp://api.example.test", "api.example.test"])
def test_unusable_base_url_is_connection_failed(base):
    async def main():
        client = HailuoClient(base, TOKEN)  # no transport: nothing may reach a network
        try:
            await client.generate(T2V)
        except HailuoError as exc:
            return exc
        finally:
            await client.aclose()

    assert type(asyncio.run(main())) is ConnectionFailedError


def test_redirect_is_never_followed():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "evil.example.org":
            return httpx.Response(200, json={"task_id": "stolen"})
        return httpx.Response(302, headers={"location": "https://evil.example.org/steal"})

    result, rec = run(handler, lambda c: c.generate(T2V))
    # A redirect means the request was not processed there: nothing started, nothing charged.
    assert isinstance(result, ConnectionFailedError)
    assert "evil.example.org" in str(result)
    assert [r.url.host for r in rec.requests] == ["api.example.test"]


def test_redirect_on_task_query_is_not_followed_either():
    handler = lambda request: httpx.Response(  # noqa: E731
        307, headers={"location": "https://evil.example.org/hailuo/tasks"})
    result, rec = run(handler, lambda c: c.retrieve("a"))
    assert isinstance(result, ConnectionFailedError)
    assert len(rec.requests) == 1

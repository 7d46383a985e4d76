"""PlatformClient over httpx.MockTransport: what it sends, what it reads, its errors."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest

from hailuo_desktop.api.platform import (
    CHUNK_BYTES,
    MAX_PAGES,
    MAX_UPLOAD_BYTES,
    PlatformClient,
    upload_name,
)
from hailuo_desktop.api.platform_errors import (
    LocalFileError,
    NoPlatformTokenError,
    PlatformApiError,
    PlatformAuthError,
    PlatformConnectionError,
    PlatformError,
    PlatformMalformedError,
    PlatformPermissionError,
    PlatformServerError,
    PlatformTimeoutError,
    UploadTooLargeError,
)
from hailuo_desktop.domain.acedata import HAILUO_SERVICE_ID, HAILUO_VIDEOS_API_ID
from hailuo_desktop.domain.balance import Balance
from hailuo_desktop.simulator.uploads import parse_multipart

BASE = "https://platform.example.test"
TOKEN = "platform-v1-" + "ab12" * 16
USER = "b87f67c1-b04f-4332-99a1-7a5e651331c6"
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    def __init__(self, handler: Handler):
        self.requests: list[httpx.Request] = []
        self._handler = handler
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._handler(request)

    def query(self, index: int = -1) -> dict[str, list[str]]:
        return parse_qs(self.requests[index].url.query.decode())


def answer(status: int = 200, payload=None, **kwargs) -> Handler:
    return lambda request: httpx.Response(status, json=payload, **kwargs)


def run(handler: Handler, call, token: str | None = TOKEN):
    """`call(client)` on a fresh client: (result or the exception raised, recorder)."""
    recorder = Recorder(handler)

    async def main():
        client = PlatformClient(BASE, token, transport=recorder.transport)
        try:
            return await call(client)
        except Exception as exc:
            return exc
        finally:
            await client.aclose()

    return asyncio.run(main()), recorder


# --- who am I ------------------------------------------------------------------------------------


def test_me_sends_the_platform_token_and_reads_the_account():
    me = {"id": USER, "username": "ada", "email": "ada@example.com", "nickname": "Ada",
          "avatar": None}
    result, rec = run(answer(200, me), lambda c: c.me())
    assert (result.user_id, result.username, result.email) == (USER, "ada", "ada@example.com")
    request = rec.requests[0]
    assert (request.method, request.url.path) == ("GET", "/api/v1/platform-tokens/me/")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_the_user_id_is_asked_once_per_token():
    async def twice_then_new_token(client):
        first = await client.user_id()
        again = await client.user_id()
        client.set_token("platform-v1-other")
        return first, again, await client.user_id()

    result, rec = run(answer(200, {"id": USER}), twice_then_new_token)
    assert result == (USER, USER, USER)
    assert [r.headers["authorization"] for r in rec.requests] == [
        f"Bearer {TOKEN}", "Bearer platform-v1-other"]


@pytest.mark.parametrize("payload", [{"username": "x"}, {"id": ""}, [], {"id": 7}])
def test_me_without_a_user_id_is_malformed(payload):
    result, _ = run(answer(200, payload), lambda c: c.me())
    assert isinstance(result, PlatformMalformedError)


# --- nothing is sent without a token -------------------------------------------------------------


@pytest.mark.parametrize("call", [
    lambda c: c.me(),
    lambda c: c.user_id(),
    lambda c: c.upload("a.png", b"\x89PNG", "image/png"),
    lambda c: c.applications(USER),
    lambda c: c.hailuo_balance(USER),
    lambda c: c.usage(USER, HAILUO_VIDEOS_API_ID, 0.0),
])
def test_without_a_platform_token_nothing_is_sent(call):
    result, rec = run(answer(200, {}), call, token=None)
    assert isinstance(result, NoPlatformTokenError)
    assert "platform token" in result.sentence
    assert rec.requests == []


def test_the_price_rules_are_asked_without_any_token():
    service = {"id": HAILUO_SERVICE_ID, "unit": "Credit",
               "cost": [{"conditions": {}, "consumption": 3.0}]}
    for token in (None, TOKEN):
        result, rec = run(answer(200, {"count": 1, "items": [service]}),
                          lambda c: c.service_pricing(), token=token)
        assert result.rules == ({"conditions": {}, "consumption": 3.0},)
        assert "authorization" not in rec.requests[0].headers
        assert rec.query() == {"id": [HAILUO_SERVICE_ID]}


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "kind"), [
    (401, PlatformAuthError),
    (403, PlatformPermissionError),
    (413, UploadTooLargeError),
    (554, PlatformTimeoutError),
    (500, PlatformServerError),
    (502, PlatformServerError),
    (429, PlatformApiError),
    (400, PlatformApiError),
    (404, PlatformApiError),
])
@pytest.mark.parametrize("body", [
    {"error": {"code": "some_code", "message": "Said by the platform."}},
    {"detail": "Said by the platform."},
    {"error": "Said by the platform."},
])
def test_error_statuses_and_both_body_shapes(status, kind, body):
    result, _ = run(answer(status, body), lambda c: c.me())
    assert type(result) is kind
    assert "Said by the platform." in str(result)
    assert result.sentence.endswith(".") and "Said by" not in result.sentence
    if isinstance(result, PlatformApiError):
        assert result.status == status
        assert result.message == "Said by the platform."


def test_a_list_of_details_is_kept_as_text():
    result, _ = run(answer(400, {"detail": [{"field": "bad"}]}), lambda c: c.me())
    assert result.message == '[{"field": "bad"}]'


def test_the_token_never_shows_in_an_error():
    echo = {"error": {"code": "invalid_token", "message": f"Token {TOKEN} is not valid."}}
    result, _ = run(answer(401, echo), lambda c: c.me())
    assert TOKEN not in str(result) and TOKEN not in result.message
    assert TOKEN not in result.sentence and TOKEN not in repr(result)
    assert "[platform token]" in result.message


@pytest.mark.parametrize("response", [
    httpx.Response(200, content=b"<html>maintenance</html>"),
    httpx.Response(200, content=b"\xff\xfe"),
])
def test_an_answer_that_is_not_json_is_malformed(response):
    result, _ = run(lambda request: response, lambda c: c.me())
    assert isinstance(result, PlatformMalformedError)


def test_a_redirect_is_not_followed():
    moved = httpx.Response(302, headers={"location": "https://elsewhere.example/"})
    result, rec = run(lambda request: moved, lambda c: c.me())
    assert isinstance(result, PlatformConnectionError)
    assert len(rec.requests) == 1


@pytest.mark.parametrize(("raised", "kind"), [
    (httpx.ConnectError("refused"), PlatformConnectionError),
    (httpx.ConnectTimeout("slow"), PlatformConnectionError),
    (httpx.ReadTimeout("slow"), PlatformTimeoutError),
    (httpx.WriteTimeout("slow"), PlatformTimeoutError),
    (httpx.RemoteProtocolError("broken"), PlatformConnectionError),
    (httpx.ReadError("reset"), PlatformConnectionError),
])
def test_transport_failures(raised, kind):
    def fail(request):
        raise raised

    result, _ = run(fail, lambda c: c.me())
    assert type(result) is kind
    assert result.sentence and "httpx" not in result.sentence.lower()


def test_every_error_sentence_is_one_plain_sentence():
    kinds = [NoPlatformTokenError("x"), PlatformAuthError(401, None, None),
             PlatformPermissionError(403, None, None), PlatformServerError(500, None, None),
             PlatformApiError(400, None, None), PlatformApiError(429, None, None),
             UploadTooLargeError("x"), PlatformTimeoutError("x"), PlatformConnectionError("x"),
             PlatformMalformedError("x"), LocalFileError("x"), PlatformError("x")]
    for error in kinds:
        sentence = error.sentence
        assert sentence[0].isupper() and sentence.endswith("."), sentence
        assert sentence.count(". ") == 0, sentence


# --- lists ---------------------------------------------------------------------------------------


HAILUO_APP = {"id": "app-1", "service_id": HAILUO_SERVICE_ID, "scope": "Individual",
              "type": "Usage", "remaining_amount": 100.9, "allow_consume_global": True,
              "disabled": False, "expired_at": None,
              "credentials": [{"token": "secret-credential"}]}
GLOBAL_APP = {"id": "app-2", "service_id": None, "scope": "Global", "type": "Usage",
              "remaining_amount": 50.0, "allow_consume_global": False, "disabled": False,
              "expired_at": None}


def test_applications_read_items_or_results():
    for key in ("items", "results"):
        result, rec = run(answer(200, {"count": 1, key: [HAILUO_APP]}),
                          lambda c: c.applications(USER))
        assert [app.id for app in result] == ["app-1"]
        assert rec.query()["user_id"] == [USER]


def test_applications_go_through_every_page():
    apps = [{**HAILUO_APP, "id": f"app-{n}"} for n in range(250)]

    def pages(request):
        query = parse_qs(request.url.query.decode())
        offset, limit = int(query["offset"][0]), int(query["limit"][0])
        return httpx.Response(200, json={"count": 250, "items": apps[offset:offset + limit]})

    result, rec = run(pages, lambda c: c.applications(USER))
    assert len(result) == 250
    assert [rec.query(i)["offset"] for i in range(3)] == [["0"], ["100"], ["200"]]


def test_a_platform_that_pages_forever_is_cut_off():
    result, rec = run(answer(200, {"count": 10**9, "items": [HAILUO_APP]}),
                      lambda c: c.applications(USER))
    assert len(rec.requests) == MAX_PAGES
    assert len(result) == MAX_PAGES


@pytest.mark.parametrize("payload", [{"count": 1}, {"items": "x"}, [HAILUO_APP]])
def test_a_list_without_items_is_malformed(payload):
    result, _ = run(answer(200, payload), lambda c: c.applications(USER))
    assert isinstance(result, PlatformMalformedError)


def test_the_hailuo_balance_asks_for_both_kinds_of_application():
    def apps(request):
        query = parse_qs(request.url.query.decode())
        found = [GLOBAL_APP] if query.get("scope") == ["Global"] else [HAILUO_APP]
        return httpx.Response(200, json={"count": 1, "items": found})

    result, rec = run(apps, lambda c: c.hailuo_balance(USER, now=0.0))
    assert result == Balance(hailuo=100.9, general=50.0, general_usable=True)
    assert result.effective == pytest.approx(150.9)
    assert rec.query(0)["service_id"] == [HAILUO_SERVICE_ID]
    assert (rec.query(1)["scope"], rec.query(1)["type"]) == (["Global"], ["Usage"])
    assert all(rec.query(i)["user_id"] == [USER] for i in range(2))


def test_usage_asks_for_the_window_newest_first():
    row = {"id": "u1", "trace_id": "t1", "status_code": 200, "deducted_amount": 3.0,
           "created_at": "2026-11-02T09:15:44Z", "remaining_amount": 97.9}
    result, rec = run(answer(200, {"count": 7, "items": [row, {"no": "id"}]}),
                      lambda c: c.usage(USER, HAILUO_VIDEOS_API_ID, 1_793_491_200.0,
                                        trace_id="t1", limit=20, offset=40))
    assert result.count == 7
    assert [(r.id, r.trace_id, r.status_code, r.deducted) for r in result.rows] == [
        ("u1", "t1", 200, 3.0)]
    assert rec.query() == {"user_id": [USER], "api_id": [HAILUO_VIDEOS_API_ID],
                           "created_at_from": ["2026-11-01T00:00:00Z"],
                           "ordering": ["-created_at"], "limit": ["20"], "offset": ["40"],
                           "trace_id": ["t1"]}


# --- pricing fallbacks ---------------------------------------------------------------------------


SERVICE = {"id": HAILUO_SERVICE_ID, "unit": "Credit",
           "cost": [{"conditions": {}, "consumption": 3.0}]}


@pytest.mark.parametrize("listing", [
    httpx.Response(500, json={"detail": "Server error."}),
    httpx.Response(200, json={"count": 0, "items": []}),
    httpx.Response(200, json={"count": 1, "items": [{**SERVICE, "id": "another-service"}]}),
    httpx.Response(200, content=b"oops"),
])
def test_pricing_falls_back_to_the_detail_route(listing):
    def route(request):
        return listing if request.url.path == "/api/v1/services/" else httpx.Response(
            200, json=SERVICE)

    result, rec = run(route, lambda c: c.service_pricing())
    assert result.rules == ({"conditions": {}, "consumption": 3.0},)
    assert rec.requests[1].url.path == f"/api/v1/services/{HAILUO_SERVICE_ID}"
    assert all("authorization" not in r.headers for r in rec.requests)


def test_pricing_fails_when_both_routes_fail():
    result, _ = run(answer(500, {"detail": "down"}), lambda c: c.service_pricing())
    assert isinstance(result, PlatformServerError)


def test_pricing_does_not_retry_when_the_platform_cannot_be_reached():
    def fail(request):
        raise httpx.ConnectError("refused")

    result, rec = run(fail, lambda c: c.service_pricing())
    assert isinstance(result, PlatformConnectionError)
    assert len(rec.requests) == 1


# --- upload --------------------------------------------------------------------------------------


def the_file(request: httpx.Request):
    parts = parse_multipart(request.headers["content-type"], request.content)
    assert [part.name for part in parts] == ["file"]
    return parts[0]


def test_upload_sends_one_multipart_file_and_reports_progress():
    data = os.urandom(CHUNK_BYTES * 2 + 10)
    seen = []
    result, rec = run(answer(200, {"file_url": "https://cdn.example/7f849b80b9.png"}),
                      lambda c: c.upload("My frame.png", data, "image/png",
                                         lambda done, total: seen.append((done, total))))
    assert result == "https://cdn.example/7f849b80b9.png"
    request = rec.requests[0]
    assert (request.method, request.url.path) == ("POST", "/api/v1/files/")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert int(request.headers["content-length"]) == len(request.content)
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    part = the_file(request)
    assert (part.filename, part.content_type, part.data) == ("My_frame.png", "image/png", data)
    total = len(data)
    assert seen == [(0, total), (CHUNK_BYTES, total), (2 * CHUNK_BYTES, total), (total, total)]


def test_upload_streams_a_file_from_disk(tmp_path):
    path = tmp_path / "frame.webp"
    data = os.urandom(CHUNK_BYTES * 3)
    path.write_bytes(data)
    seen = []
    result, rec = run(answer(200, {"file_url": "https://cdn.example/a.webp"}),
                      lambda c: c.upload(path.name, path, "image/webp",
                                         lambda done, total: seen.append(done)))
    assert result == "https://cdn.example/a.webp"
    assert the_file(rec.requests[0]).data == data
    assert seen == [0, CHUNK_BYTES, 2 * CHUNK_BYTES, 3 * CHUNK_BYTES]


@pytest.mark.parametrize(("payload", "url"), [
    ({"file_url": "https://cdn.example/a.png", "url": "https://other/b.png"},
     "https://cdn.example/a.png"),
    ({"url": "https://cdn.example/abc123def.png"}, "https://cdn.example/abc123def.png"),
    ({"data": {"file_url": "https://cdn.example/c.png"}}, "https://cdn.example/c.png"),
])
def test_upload_reads_file_url_then_url_then_data_file_url(payload, url):
    result, _ = run(answer(200, payload), lambda c: c.upload("a.png", b"x", "image/png"))
    assert result == url


@pytest.mark.parametrize("payload", [{}, {"file_url": "ftp://x/a.png"}, {"url": ""}, []])
def test_upload_without_a_web_link_is_malformed(payload):
    result, _ = run(answer(200, payload), lambda c: c.upload("a.png", b"x", "image/png"))
    assert isinstance(result, PlatformMalformedError)


def test_over_100_mb_is_refused_before_anything_is_sent(tmp_path):
    path = tmp_path / "huge.png"
    with open(path, "wb") as sparse:
        sparse.truncate(MAX_UPLOAD_BYTES + 1)
    result, rec = run(answer(200, {"file_url": "https://cdn.example/a.png"}),
                      lambda c: c.upload("huge.png", path, "image/png"))
    assert isinstance(result, UploadTooLargeError)
    assert rec.requests == []
    result, rec = run(answer(200, {}),
                      lambda c: c.upload("huge.png", bytes(MAX_UPLOAD_BYTES + 1), "image/png"))
    assert isinstance(result, UploadTooLargeError)
    assert rec.requests == []


def test_exactly_100_mb_is_sent(tmp_path):
    path = tmp_path / "big.png"
    with open(path, "wb") as sparse:
        sparse.truncate(MAX_UPLOAD_BYTES)
    result, rec = run(answer(200, {"file_url": "https://cdn.example/a.png"}),
                      lambda c: c.upload("big.png", path, "image/png"))
    assert result == "https://cdn.example/a.png"
    assert len(the_file(rec.requests[0]).data) == MAX_UPLOAD_BYTES


def test_a_missing_file_is_a_local_file_error(tmp_path):
    result, rec = run(answer(200, {}),
                      lambda c: c.upload("a.png", tmp_path / "gone.png", "image/png"))
    assert isinstance(result, LocalFileError)
    assert rec.requests == []


def test_odd_names_and_types_cannot_break_the_form_header():
    assert upload_name('evil"\r\nX-Injected: 1.png') == "evil_X-Injected_1.png"
    assert upload_name("../../etc/passwd") == "passwd"
    assert upload_name("..\\..\\photo.JPG") == "photo.JPG"
    assert upload_name("画像.webp") == "file.webp"
    assert upload_name("my holiday.photo.png") == "my_holiday_photo.png"
    assert upload_name(".hidden") == "hidden"
    assert upload_name("") == "file"
    _, rec = run(answer(200, {"file_url": "https://cdn.example/a"}),
                 lambda c: c.upload("a.png", b"x", "image/png\r\nX-Evil: 1"))
    assert the_file(rec.requests[0]).content_type == "application/octet-stream"


class StallingTransport(httpx.AsyncBaseTransport):
    """Takes the first chunks of the body, then waits until the request is cancelled."""

    def __init__(self):
        self.received = 0
        self.started = asyncio.Event()

    async def handle_async_request(self, request):
        async for chunk in request.stream:
            self.received += len(chunk)
            if self.received > CHUNK_BYTES:
                self.started.set()
                await asyncio.Event().wait()
        raise AssertionError("the whole body was taken")


def open_files_under(folder) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/fd")
def test_cancelling_an_upload_stops_it_and_closes_the_file(tmp_path):
    path = tmp_path / "frame.png"
    path.write_bytes(os.urandom(CHUNK_BYTES * 8))
    transport = StallingTransport()

    async def main():
        client = PlatformClient(BASE, TOKEN, transport=transport)
        job = asyncio.create_task(client.upload("frame.png", path, "image/png"))
        await transport.started.wait()
        assert open_files_under(tmp_path)
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
        await client.aclose()

    asyncio.run(main())
    assert transport.received < CHUNK_BYTES * 8
    assert open_files_under(tmp_path) == []


def test_a_file_that_shrinks_while_sent_is_a_local_file_error(tmp_path):
    path = tmp_path / "frame.png"
    path.write_bytes(os.urandom(CHUNK_BYTES * 4))

    def shrink_then_answer(request):
        return httpx.Response(200, json={"file_url": "https://cdn.example/a.png"})

    def shrink(done, total):
        if done == CHUNK_BYTES:
            with open(path, "r+b") as file:
                file.truncate(CHUNK_BYTES + 5)

    result, _ = run(shrink_then_answer, lambda c: c.upload("frame.png", path, "image/png", shrink))
    assert isinstance(result, LocalFileError)


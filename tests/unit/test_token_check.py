"""The token check over httpx.MockTransport: one harmless query, one sentence for each answer."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from hailuo_desktop.domain.tokens import token_problem
from hailuo_desktop.services.token_check import (
    NOT_FOR_HAILUO,
    PROBE_TASK_ID,
    UNREACHABLE,
    WORKS,
    WRONG,
    TokenCheck,
    check_token,
)
from hailuo_desktop.simulator import Simulator

BASE = "https://api.example.test"
TOKEN = "tok-check-5e1d"


class Transport(httpx.MockTransport):
    """Answers with `handler`, records the requests, and notices being closed."""

    def __init__(self, handler):
        self.requests: list[httpx.Request] = []
        self.closed = False

        def record(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return handler(request)

        super().__init__(record)

    async def aclose(self) -> None:
        self.closed = True


def error(status: int, code: str | None, message: str = "") -> httpx.Response:
    body = {"success": False, "error": {"code": code, "message": message}, "trace_id": "tr-1"}
    return httpx.Response(status, json=body)


def run(handler, token: str = TOKEN) -> tuple[TokenCheck, Transport]:
    transport = Transport(handler)
    return asyncio.run(check_token(BASE, token, transport=transport)), transport


def test_the_query_is_a_harmless_retrieve_with_the_trimmed_token():
    result, transport = run(lambda r: error(404, "not_found", "The task does not exist."),
                            token=f"  {TOKEN}\n")
    assert result == TokenCheck(True, WORKS)
    [request] = transport.requests
    assert (request.method, str(request.url)) == ("POST", f"{BASE}/hailuo/tasks")
    assert json.loads(request.content) == {"action": "retrieve", "id": PROBE_TASK_ID}
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert transport.closed


@pytest.mark.parametrize(("answer", "expected"), [
    (lambda r: httpx.Response(200, json={"id": PROBE_TASK_ID}), TokenCheck(True, WORKS)),
    (lambda r: httpx.Response(200, json={}), TokenCheck(True, WORKS)),
    (lambda r: error(404, "not_found"), TokenCheck(True, WORKS)),
    (lambda r: error(404, None), TokenCheck(True, WORKS)),
    (lambda r: error(401, "invalid_token", "invalid token"), TokenCheck(False, WRONG)),
    (lambda r: error(401, "token_expired"), TokenCheck(False, WRONG)),
    (lambda r: error(400, "no_token"), TokenCheck(False, WRONG)),
    (lambda r: error(400, "token_mismatched"), TokenCheck(False, NOT_FOR_HAILUO)),
])
def test_each_answer_has_its_sentence(answer, expected):
    result, transport = run(answer)
    assert result == expected
    assert transport.closed


def test_no_connection_means_cannot_reach():
    def refuse(request):
        raise httpx.ConnectError("connection refused", request=request)

    result, transport = run(refuse)
    assert result == TokenCheck(False, UNREACHABLE)
    assert transport.closed


def test_a_timeout_means_cannot_reach():
    def slow(request):
        raise httpx.ReadTimeout("timed out", request=request)

    assert run(slow)[0] == TokenCheck(False, UNREACHABLE)


def test_a_redirect_is_not_followed_and_means_cannot_reach():
    result, transport = run(lambda r: httpx.Response(302, headers={"location": "http://evil/"}))
    assert result == TokenCheck(False, UNREACHABLE)
    assert len(transport.requests) == 1


def test_a_wrong_address_is_said():
    result, _ = run(lambda r: error(404, "no_api", "The API you requested does not exist."))
    assert not result.ok
    assert "no Hailuo API" in result.sentence


def test_an_html_page_is_not_the_api():
    result, _ = run(lambda r: httpx.Response(200, text="<html><body>Welcome</body></html>"))
    assert not result.ok
    assert "not the Hailuo API (HTTP 200)" in result.sentence


def test_a_used_up_balance_still_means_the_token_works():
    result, _ = run(lambda r: error(403, "used_up"))
    assert result.ok
    assert "balance is used up" in result.sentence


def test_rate_limited():
    result, _ = run(lambda r: error(429, "too_many_requests"))
    assert not result.ok and "HTTP 429" in result.sentence


@pytest.mark.parametrize(("status", "code"), [(500, "api_error"), (503, None), (403, "disabled"),
                                              (400, "bad_request"), (418, "x" * 500)])
def test_other_answers_name_the_status(status, code):
    result, transport = run(lambda r: error(status, code))
    assert not result.ok
    assert f"HTTP {status}" in result.sentence
    assert len(result.sentence) < 200  # a long code from the server is cut
    assert transport.closed


@pytest.mark.parametrize("token", ["", "   ", "ab cd", "ab\ncd", "ab\u200bcd", "tök"])
def test_a_token_that_cannot_be_right_is_not_sent(token):
    result, transport = run(lambda r: pytest.fail("nothing may be sent"), token=token)
    assert not result.ok
    assert transport.requests == []


@pytest.mark.parametrize(("raw", "words"), [
    ("", None), ("  ", None), (f"  {TOKEN}\n", None), ("a b", "no spaces inside"),
    ("a\tb", "no spaces inside"), ("a\r\nb", "no spaces inside"),
    ("a\u200bb", "invisible or unusual"), ("a\u00a0b", "no spaces inside"),
    ("tök", "invisible or unusual"), ("a\x00b", "invisible or unusual"),
])
def test_token_problem(raw, words):
    problem = token_problem(raw)
    assert (problem is None) if words is None else (words in problem)


# --- against the simulator over loopback ---------------------------------------------------------


@pytest.fixture
def simulator():
    sim = Simulator(token=TOKEN)
    sim.start()
    yield sim
    sim.stop()


def check(sim: Simulator, token: str = TOKEN) -> TokenCheck:
    return asyncio.run(check_token(sim.base_url, token))


def test_the_simulator_says_what_the_service_would(simulator):
    assert check(simulator) == TokenCheck(True, WORKS)
    assert check(simulator, "not-the-token") == TokenCheck(False, WRONG)
    simulator.faults.token_mismatched = True
    assert check(simulator) == TokenCheck(False, NOT_FOR_HAILUO)
    simulator.faults.token_mismatched = False
    simulator.faults.token_expired = True
    assert check(simulator) == TokenCheck(False, WRONG)
    simulator.faults.token_expired = False
    simulator.faults.html_error = 1
    assert "not the Hailuo API" in check(simulator).sentence
    simulator.faults.drop = 1
    assert check(simulator) == TokenCheck(False, UNREACHABLE)
    assert simulator.store.all() == [], "checking started no generation"


def test_a_stopped_service_cannot_be_reached(simulator):
    address = simulator.base_url
    simulator.stop()
    assert asyncio.run(check_token(address, TOKEN)) == TokenCheck(False, UNREACHABLE)

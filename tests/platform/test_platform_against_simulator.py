"""PlatformClient and StatusPage against the real simulator over loopback HTTP."""

from __future__ import annotations

import asyncio
import os

import httpx
import pytest
from conftest import API_TOKEN, PLATFORM_TOKEN

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.api.platform import PlatformClient
from hailuo_desktop.api.platform_errors import NoPlatformTokenError, PlatformAuthError
from hailuo_desktop.api.status_page import StatusPage
from hailuo_desktop.domain.acedata import HAILUO_VIDEOS_API_ID
from hailuo_desktop.domain.pricing import price_of
from hailuo_desktop.domain.task import GenerationRequest
from hailuo_desktop.simulator import pricing as sim_pricing


def on(sim, call, token=PLATFORM_TOKEN):
    """`call(client)` with a client on the simulator: its result, or the exception raised."""
    async def main():
        client = PlatformClient(sim.base_url, token)
        try:
            return await call(client)
        except Exception as exc:
            return exc
        finally:
            await client.aclose()

    return asyncio.run(main())


def test_me(sim):
    account = on(sim, lambda c: c.me())
    assert account.user_id == sim.store.owner["user_id"]


@pytest.mark.parametrize("shape", ["error", "detail"])
def test_an_api_token_is_refused_in_both_error_shapes(sim, shape):
    sim.faults.platform_errors = shape
    error = on(sim, lambda c: c.me(), token=API_TOKEN)
    assert isinstance(error, PlatformAuthError)
    assert error.message == "Invalid token."
    assert API_TOKEN not in str(error)


def test_upload_bytes_and_a_file_and_fetch_them_back(sim, tmp_path):
    data = os.urandom(700_000)
    path = tmp_path / "frame.png"
    path.write_bytes(data[::-1])
    seen = []

    async def both(client):
        return (await client.upload("frame.png", data, "image/png"),
                await client.upload(path.name, path, "image/png",
                                    lambda done, total: seen.append((done, total))))

    first, second = on(sim, both)
    assert first.startswith(f"{sim.base_url}/files/") and first.endswith(".png")
    assert httpx.get(first).content == data
    assert httpx.get(second).content == data[::-1]
    assert seen[0] == (0, len(data)) and seen[-1] == (len(data), len(data))


def test_the_hailuo_balance_follows_the_switches(sim):
    sim.faults.update({"balance": 100.9, "global_balance": 50.0})
    user = sim.store.owner["user_id"]
    balance = on(sim, lambda c: c.hailuo_balance(user))
    assert (balance.hailuo, balance.general, balance.general_usable) == (100.9, 50.0, True)
    assert balance.effective == pytest.approx(150.9)
    sim.faults.keep_global_balance = True
    balance = on(sim, lambda c: c.hailuo_balance(user))
    assert (balance.general_usable, balance.effective) == (False, 100.9)


def test_the_price_rules_are_the_simulators(sim):
    pricing = on(sim, lambda c: c.service_pricing(), token=None)
    assert list(pricing.rules) == sim_pricing.COST_RULES
    body = {"action": "generate", "model": "minimax-i2v", "prompt": "x"}
    assert price_of(pricing, body).amount == sim_pricing.price_of(body)


def test_the_usage_row_of_a_generation_is_found_by_its_trace_id(sim):
    sim.generation_seconds = 0

    async def generate_then_look(client):
        api = HailuoClient(sim.base_url, API_TOKEN)
        try:
            request = GenerationRequest("minimax-i2v", "A cat",
                                        first_image_url=sim.sample_image_urls[0])
            submission = await api.generate(request)
            sim.complete_task(submission.task_id)
            # The async answer has only the task id; the task record has the trace id.
            trace_id = (await api.retrieve(submission.task_id))["trace_id"]
        finally:
            await api.aclose()
        user = await client.user_id()
        other = await client.usage(user, HAILUO_VIDEOS_API_ID, 0.0, trace_id="not-this-one")
        return trace_id, other, await client.usage(user, HAILUO_VIDEOS_API_ID, 0.0,
                                                   trace_id=trace_id)

    trace_id, other, page = on(sim, generate_then_look)
    assert (other.count, other.rows) == (0, ())
    assert page.count == 1
    [row] = page.rows
    assert (row.trace_id, row.status_code, row.deducted) == (trace_id, 200, 3.5)


def test_without_a_platform_token_nothing_reaches_the_simulator(sim):
    assert isinstance(on(sim, lambda c: c.me(), token=None), NoPlatformTokenError)


@pytest.mark.parametrize("status", ["operational", "degraded", "partial_outage", "major_outage"])
def test_the_status_document(sim, status):
    sim.faults.service_status = status

    async def read():
        page = StatusPage(f"{sim.base_url}/data/status_1.json")
        try:
            return await page.health()
        finally:
            await page.aclose()

    health = asyncio.run(read())
    assert health.status == status
    assert health.as_of is not None and health.window_hours == 24


def test_a_service_the_document_leaves_out_is_unknown(sim):
    sim.faults.service_status = "unknown"

    async def read():
        page = StatusPage(f"{sim.base_url}/data/status_1.json")
        try:
            return await page.health()
        finally:
            await page.aclose()

    assert asyncio.run(read()).status == "unknown"

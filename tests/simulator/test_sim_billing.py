"""Credits: a generate needs the balance, a task that succeeds is charged its price, a failed
one is not, and the spend log shows every accepted generate call."""

from __future__ import annotations

import httpx
import pytest

from hailuo_desktop.simulator import Simulator, pricing

HAILUO_API = "d5af91f6-a7ec-4015-b0a5-d25051158470"


def balances(platform) -> tuple[float, float]:
    body = platform.get("/api/v1/applications/", params={"user_id": "me"}).json()
    hailuo, general = body["items"]
    return hailuo["remaining_amount"], general["remaining_amount"]


def usage(platform, **params) -> dict:
    answer = platform.get("/api/v1/usage/apis/", params={"user_id": "me", **params})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_task_that_succeeds_is_charged_the_price_the_rules_give(api, sim, platform):
    sim.faults.balance = 10.0
    api.submit(model="minimax-i2v", first_image_url=sim.sample_image_urls[0])

    assert balances(platform) == (10.0 - 3.5, 0.0)
    [app] = platform.get(
        "/api/v1/applications/", params={"user_id": "me", "service_id": pricing.SERVICE_ID}
    ).json()["items"]
    assert app["used_amount"] == 3.5


def test_a_failed_task_costs_nothing(api, sim, platform):
    sim.faults.update({"balance": 10.0, "fail_tasks": 1})
    api.submit()

    assert balances(platform) == (10.0, 0.0)
    [row] = usage(platform)["items"]
    assert row["status_code"] == 200
    assert row["deducted_amount"] == 0.0
    assert row["remaining_amount"] == 10.0


def test_nothing_is_charged_while_the_task_runs(connect):
    with Simulator(generation_seconds=3600) as sim:
        api = connect(sim)
        with httpx.Client(
            base_url=sim.base_url, headers={"authorization": f"Bearer {sim.platform_token}"}
        ) as platform:
            sim.faults.balance = 10.0
            task_id = api.submit()
            running = usage(platform)["items"][0]
            before = balances(platform)
            sim.complete_task(task_id)
            done = usage(platform)["items"][0]
            after = balances(platform)

    assert before == (10.0, 0.0)
    assert running["status_code"] is None
    assert running["deducted_amount"] == 0.0
    assert running["remaining_amount"] is None
    assert after == (7.0, 0.0)
    assert done["status_code"] == 200
    assert done["deducted_amount"] == done["original_amount"] == 3.0
    assert done["remaining_amount"] == 7.0
    assert done["elapsed"] >= 0


def test_a_generate_the_balance_cannot_pay_for_is_403_used_up(api, sim, platform):
    sim.faults.balance = 3.2  # enough for text → video (3.0), not for director mode (4.0)

    refused = api.generate(
        prompt="x", model="minimax-i2v-director", first_image_url=sim.sample_image_urls[0]
    )
    accepted = api.generate(prompt="x", **{"async": True})
    broke = api.generate(prompt="x", **{"async": True})

    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "used_up"
    assert "balance" in refused.json()["error"]["message"]
    assert accepted.status_code == 200
    assert broke.status_code == 403
    assert len(sim.tasks) == 1
    assert balances(platform)[0] == pytest.approx(0.2)


def test_the_global_balance_pays_when_the_hailuo_one_runs_out(api, sim, platform):
    sim.faults.update({"balance": 1.0, "global_balance": 5.0})

    first = api.generate(prompt="x", **{"async": True})
    after_first = balances(platform)
    second = api.generate(prompt="x", **{"async": True})  # 0 + 3.0 left: just enough
    third = api.generate(prompt="x", **{"async": True})

    assert first.status_code == second.status_code == 200
    assert after_first == (0.0, 3.0)
    assert third.status_code == 403
    assert balances(platform) == (0.0, 0.0)


def test_keep_global_balance_leaves_the_global_credits_alone(api, sim, platform):
    sim.faults.update({"balance": 1.0, "global_balance": 50.0, "keep_global_balance": True})

    answer = api.generate(prompt="x", **{"async": True})

    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "used_up"
    assert balances(platform) == (1.0, 50.0)


def test_the_used_up_switch_still_refuses_whatever_the_balance(api, sim):
    sim.faults.used_up = True

    assert api.generate(prompt="x", **{"async": True}).status_code == 403


def test_usage_rows_follow_each_generate_call_by_trace_id(api, sim, platform):
    first, second = api.submit(prompt="one"), api.submit(prompt="two")
    traces = {task_id: sim.tasks[task_id].trace_id for task_id in (first, second)}

    body = usage(platform, api_id=HAILUO_API, ordering="-created_at")
    one = usage(platform, trace_id=traces[first])

    assert body["count"] == 2
    assert [row["trace_id"] for row in body["items"]] == [traces[second], traces[first]]
    [row] = one["items"]
    assert row["trace_id"] == api.retrieve(first)["trace_id"]
    assert row["api_id"] == HAILUO_API
    assert row["api"]["path"] == "/hailuo/videos"
    assert row["service"]["alias"] == "hailuo"
    assert row["application_id"] == sim.store.owner["application_id"]
    assert row["created_at"].endswith("Z")
    assert row["remaining_amount"] == sim.faults.balance + 3.0  # the balance after the first
    assert set(row) >= {"credential_id", "credential", "used_amount", "metadata", "elapsed"}


def test_usage_filters_order_and_pages(api, sim, platform):
    ids = [api.submit(prompt=str(i)) for i in range(3)]
    for index, task_id in enumerate(ids):
        sim.store.get(task_id).created_at = 1_800_000_000 + index * 3600  # an hour apart
    newest_first = [sim.tasks[task_id].trace_id for task_id in reversed(ids)]

    def traces(**params) -> list[str]:
        return [row["trace_id"] for row in usage(platform, **params)["items"]]

    assert traces() == newest_first
    assert traces(ordering="created_at") == newest_first[::-1]
    assert traces(created_at_from="2027-01-15T09:00:00Z") == newest_first[:2]
    assert traces(created_at_to="2027-01-15T09:00:00+00:00") == newest_first[1:]
    assert traces(limit=1, offset=1) == newest_first[1:2]
    assert traces(api_id="00000000-0000-4000-8000-000000000000") == []
    assert traces(user_id=sim.store.owner["user_id"]) == newest_first


@pytest.mark.parametrize(
    "params",
    [{}, {"created_at_from": "yesterday"}, {"ordering": "price"}, {"limit": "500"}],
)
def test_usage_refuses_what_it_cannot_answer(platform, params):
    query = params if not params else {"user_id": "me", **params}

    answer = platform.get("/api/v1/usage/apis/", params=query)

    assert answer.status_code == (403 if not params else 400)


def test_a_dropped_generate_is_still_in_the_spend_log(api, sim, platform):
    sim.faults.drop = 1

    with pytest.raises(httpx.RemoteProtocolError):
        api.generate(prompt="maybe charged", **{"async": True})

    [task] = sim.tasks.values()
    [row] = usage(platform)["items"]
    assert row["trace_id"] == task.trace_id
    assert row["deducted_amount"] == 3.0

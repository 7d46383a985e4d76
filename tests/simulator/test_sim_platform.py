"""AceData's platform endpoints: the platform token, both error styles, who am I, applications
(balances) and services (pricing)."""

from __future__ import annotations

import httpx
import pytest

from hailuo_desktop.simulator import pricing

HAILUO = "5eaa73b7-b9a7-4a17-afb3-f658fd5495b0"
PRIVATE = [
    ("GET", "/api/v1/platform-tokens/me/"),
    ("GET", "/api/v1/applications/?user_id=me"),
    ("GET", "/api/v1/usage/apis/?user_id=me"),
    ("POST", "/api/v1/files/"),
]


@pytest.mark.parametrize(("method", "path"), PRIVATE)
@pytest.mark.parametrize(
    ("authorization", "code"),
    [
        (None, "not_authenticated"),
        ("Bearer sim-token", "invalid_token"),  # the API token is not a platform token
        ("Bearer wrong", "invalid_token"),
        ("Basic c2ltLXRva2Vu", "invalid_token"),
    ],
    ids=["none", "api-token", "wrong", "not-bearer"],
)
def test_platform_endpoints_refuse_anything_but_the_platform_token(
    sim, method, path, authorization, code
):
    headers = {"authorization": authorization} if authorization else {}

    answer = httpx.request(method, f"{sim.base_url}{path}", headers=headers)

    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == code
    assert answer.json()["error"]["message"]


def test_platform_errors_detail_answers_in_the_rest_framework_style(sim):
    sim.faults.platform_errors = "detail"

    missing = httpx.get(f"{sim.base_url}/api/v1/platform-tokens/me/")
    wrong = httpx.get(
        f"{sim.base_url}/api/v1/platform-tokens/me/", headers={"authorization": "Bearer sim-token"}
    )

    assert missing.status_code == wrong.status_code == 401
    assert missing.json() == {"detail": "Authentication credentials were not provided."}
    assert wrong.json() == {"detail": "Invalid token."}


def test_the_platform_token_does_not_open_the_hailuo_api(sim):
    answer = httpx.post(
        f"{sim.base_url}/hailuo/tasks",
        json={"action": "retrieve_batch", "ids": []},
        headers={"authorization": f"Bearer {sim.platform_token}"},
    )

    assert answer.status_code == 401


def test_me_names_the_owner_of_the_tasks(platform, sim):
    answer = platform.get("/api/v1/platform-tokens/me/")

    assert answer.status_code == 200
    me = answer.json()
    assert set(me) == {"id", "username", "email", "nickname", "avatar"}
    assert me["id"] == sim.store.owner["user_id"]


def test_applications_without_user_id_are_refused_with_permission_denied(platform, sim):
    answer = platform.get("/api/v1/applications/", params={"service_id": HAILUO})

    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "permission_denied"
    sim.faults.platform_errors = "detail"
    assert set(platform.get("/api/v1/applications/").json()) == {"detail"}


@pytest.mark.parametrize("user_id", ["me", "owner"])
def test_applications_list_the_hailuo_and_the_global_application(platform, sim, user_id):
    sim.faults.update({"balance": 42.5, "global_balance": 10.0})
    user = sim.store.owner["user_id"] if user_id == "owner" else user_id

    body = platform.get("/api/v1/applications/", params={"user_id": user}).json()

    assert body["count"] == 2
    hailuo, general = body["items"]
    assert hailuo["id"] == sim.store.owner["application_id"]
    assert hailuo["user_id"] == sim.store.owner["user_id"]
    assert hailuo["service_id"] == HAILUO
    assert hailuo["service"]["alias"] == "hailuo"
    assert (hailuo["scope"], hailuo["type"]) == ("Individual", "Usage")
    assert hailuo["remaining_amount"] == 42.5
    assert hailuo["allow_consume_global"] is True
    assert (general["scope"], general["service_id"]) == ("Global", None)
    assert general["remaining_amount"] == 10.0
    for key in ("used_amount", "paid", "disabled", "expired_at", "credentials", "role"):
        assert key in hailuo


@pytest.mark.parametrize(
    ("query", "scopes"),
    [
        ({"service_id": HAILUO}, ["Individual"]),
        ({"scope": "Global", "type": "Usage"}, ["Global"]),
        ({"type": "Period"}, []),
        ({"user_id": "b87f67c1-b04f-4332-99a1-7a5e651331c6"}, []),  # someone else
        ({"limit": "1", "offset": "1"}, ["Global"]),
    ],
)
def test_application_filters(platform, query, scopes):
    body = platform.get("/api/v1/applications/", params={"user_id": "me", **query}).json()

    assert [item["scope"] for item in body["items"]] == scopes


def test_keep_global_balance_shows_allow_consume_global_false(platform, sim):
    sim.faults.keep_global_balance = True

    body = platform.get("/api/v1/applications/", params={"user_id": "me", "service_id": HAILUO})

    assert body.json()["items"][0]["allow_consume_global"] is False


def test_an_application_can_be_read_by_id(platform, sim):
    app_id = sim.store.owner["application_id"]

    found = platform.get(f"/api/v1/applications/{app_id}/")
    missing = platform.get("/api/v1/applications/b87f67c1-b04f-4332-99a1-7a5e651331c6/")

    assert found.status_code == 200
    assert found.json()["remaining_amount"] == sim.faults.balance
    assert missing.status_code == 404


def test_services_are_public_and_carry_the_cost_rules(sim):
    answer = httpx.get(f"{sim.base_url}/api/v1/services/", params={"id": HAILUO})

    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == 1
    [service] = body["items"]
    assert service["id"] == HAILUO
    assert service["alias"] == "hailuo"
    assert service["unit"] == "Credit"
    assert service["cost"] == pricing.COST_RULES
    assert all(set(rule) >= {"conditions", "consumption"} for rule in service["cost"])
    assert service["api_ids"] == ["d5af91f6-a7ec-4015-b0a5-d25051158470"]
    assert httpx.get(f"{sim.base_url}/api/v1/services/{HAILUO}").json() == service
    assert httpx.get(f"{sim.base_url}/api/v1/services/?id={sim.store.owner['user_id']}").json() == {
        "count": 0,
        "items": [],
    }


@pytest.mark.parametrize(
    ("model", "credits"),
    [(None, 3.0), ("minimax-t2v", 3.0), ("minimax-i2v", 3.5), ("minimax-i2v-director", 4.0)],
)
def test_the_rules_price_each_model(model, credits):
    request = {"action": "generate", "prompt": "x"} | ({"model": model} if model else {})

    assert pricing.price_of(request) == credits


def test_unknown_platform_paths_and_methods(platform):
    assert platform.get("/api/v1/nothing-here/").status_code == 404
    assert platform.post("/api/v1/applications/?user_id=me").status_code == 405
    assert platform.get("/api/v1/files/").status_code == 405


def test_platform_requests_are_noted_without_their_token(sim):
    httpx.get(f"{sim.base_url}/api/v1/services/?id={HAILUO}")
    httpx.get(f"{sim.base_url}/api/v1/platform-tokens/me/",
              headers={"authorization": f"Bearer {sim.platform_token}"})

    assert [tuple(r) for r in sim.platform_requests] == [
        ("GET", "/api/v1/services/", False), ("GET", "/api/v1/platform-tokens/me/", True)]
    assert sim.platform_token not in repr(sim.platform_requests)
    assert sim.requests_received == []  # the Hailuo API's list stays the API's

"""The price of a request body from the service's JsonLogic rules, and how it reads."""

from __future__ import annotations

import pytest

from hailuo_desktop.domain.pricing import (
    Price,
    ServicePricing,
    format_amount,
    format_price,
    price_of,
    pricing_from_json,
)
from hailuo_desktop.simulator import pricing as sim_pricing

SIM = pricing_from_json(sim_pricing.service())


def body(**fields):
    return {"action": "generate", "prompt": "A golden sunset", "async": True, **fields}


@pytest.mark.parametrize("request_body", [
    body(model="minimax-t2v"),
    body(model="minimax-i2v", first_image_url="https://cdn.example/a.png"),
    body(model="minimax-i2v-director", first_image_url="https://cdn.example/a.png"),
    body(),
])
def test_the_price_is_what_the_simulator_charges(request_body):
    assert price_of(SIM, request_body) == Price(sim_pricing.price_of(request_body), "Credit")


def test_first_matching_rule_wins_and_an_empty_condition_matches_everything():
    rules = ServicePricing(({"conditions": {"==": [{"var": ["model", ""]}, "video-pro"]},
                             "consumption": 0.14},
                            {"conditions": {}, "consumption": 2}))
    assert price_of(rules, body(model="video-pro")).amount == 0.14
    assert price_of(rules, body(model="anything")).amount == 2


def test_consumption_can_be_logic_over_the_body():
    rules = ServicePricing(({"conditions": {},
                             "consumption": {"*": [0.5, {"var": ["duration", 5]}]}},))
    assert price_of(rules, body()).amount == 2.5
    assert price_of(rules, body(duration=10)).amount == 5


@pytest.mark.parametrize("conditions", [
    {"var": "first_image_url"},
    {"!!": [{"var": "first_image_url"}]},
    {"in": ["i2v", {"var": "model"}]},
])
def test_conditions_follow_javascript_truthiness(conditions):
    rules = ServicePricing(({"conditions": conditions, "consumption": 1},))
    assert price_of(rules, body(model="minimax-i2v", first_image_url="https://x/a.png")).amount == 1
    assert price_of(rules, body(model="minimax-t2v", first_image_url="")).amount is None


def test_a_plain_object_as_condition_is_a_truthy_value_as_in_json_logic_js():
    rules = ServicePricing(({"conditions": {"a": 1, "b": 2}, "consumption": 1.5},))
    assert price_of(rules, body()).amount == 1.5


def test_a_rule_without_conditions_never_matches():
    rules = ServicePricing(({"consumption": 9},))
    assert price_of(rules, body()).amount is None


@pytest.mark.parametrize("pricing", [
    None,
    ServicePricing(()),
    # No rule matches: AceData's web app would say 0, which would be a guess.
    ServicePricing(({"conditions": {"==": [{"var": "model"}, "other"]}, "consumption": 1},)),
    ServicePricing(({"conditions": {}, "consumption": "three"},)),
    ServicePricing(({"conditions": {}, "consumption": {"a": 1, "b": 2}},)),
    ServicePricing(({"conditions": {}, "consumption": -1},)),
    ServicePricing(({"conditions": {}, "consumption": True},)),
    ServicePricing(({"conditions": {"no_such_operation": [1]}, "consumption": 1},)),
    ServicePricing(({"conditions": {"==": [1]}, "consumption": 1},)),
])
def test_whatever_is_not_a_clear_price_is_unknown(pricing):
    price = price_of(pricing, body(model="minimax-t2v"))
    assert price.amount is None
    assert format_price(price) == "price unknown"


def test_a_hostile_rule_runs_out_of_budget_instead_of_hanging():
    rules = ServicePricing(({"conditions": {}, "consumption": {"reduce": [
        {"var": "items"}, {"+": [{"var": "current"}, {"var": "accumulator"}]}, 0]}},))
    assert price_of(rules, body(items=list(range(200_000)))).amount is None


def test_takes_multiply_the_price():
    price = price_of(SIM, body(model="minimax-i2v"), takes=3)
    assert (price.amount, price.each, price.takes) == (10.5, 3.5, 3)
    assert format_price(price) == "≈ 10.5 credits (3 × 3.5)"
    assert price_of(None, body(), takes=3) == Price(None, takes=3)


@pytest.mark.parametrize(("amount", "shown"), [
    (1.2, "≈ 1.2 credits"),
    (3.0, "≈ 3 credits"),
    (1.0, "≈ 1 credit"),
    (0.0, "≈ 0 credits"),
    (0.005, "≈ 0.005 credits"),
    (0.00123, "≈ 0.0012 credits"),
    (0.00001, "< 0.0001 credits"),
    (1234.5, "≈ 1,234.5 credits"),
    (0.125, "≈ 0.12 credits"),
])
def test_format(amount, shown):
    assert format_price(Price(amount)) == shown


def test_other_units_are_shown_as_given():
    assert format_price(Price(2.5, "MB")) == "≈ 2.5 MB"
    assert format_amount(10) == "10"


def test_pricing_from_json():
    assert pricing_from_json({"unit": "Credit"}) == ServicePricing((), "Credit")
    assert pricing_from_json({"cost": [1, {"conditions": {}, "consumption": 1}]}) == (
        ServicePricing(({"conditions": {}, "consumption": 1},)))
    assert pricing_from_json([]) is None

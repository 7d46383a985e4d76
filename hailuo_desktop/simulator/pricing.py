"""What a generation costs: the Hailuo service's ``cost`` rules and the price they give.

AceData publishes no Hailuo rules (platform-api.md §4), so the numbers are invented placeholders
in the documented shape: a list of ``{conditions, consumption}`` in JsonLogic, tried in order
against the exact ``/hailuo/videos`` body; the first rule whose condition holds gives the price,
none gives 0. ``/api/v1/services/`` shows these rules and the balance is debited by the same
``price_of``, so what the app estimates and what it is charged agree.
"""

from __future__ import annotations

from typing import Any

SERVICE_ID = "5eaa73b7-b9a7-4a17-afb3-f658fd5495b0"
API_ID = "d5af91f6-a7ec-4015-b0a5-d25051158470"  # POST /hailuo/videos
UNIT = "Credit"
SERVICE_REF = {"id": SERVICE_ID, "alias": "hailuo", "title": "Hailuo", "unit": UNIT}
API_REF = {"id": API_ID, "title": "Hailuo Videos Generation API", "path": "/hailuo/videos"}


def _model_is(model: str) -> dict[str, Any]:
    return {"==": [{"var": ["model", ""]}, model]}


COST_RULES: list[dict[str, Any]] = [
    {
        "conditions": _model_is("minimax-i2v-director"),
        "consumption": 4.0,
        "remark": "image → video, director mode",
    },
    {"conditions": _model_is("minimax-i2v"), "consumption": 3.5, "remark": "image → video"},
    {"conditions": {}, "consumption": 3.0, "remark": "text → video"},
]


def service() -> dict[str, Any]:
    """The Service object of ``GET /api/v1/services/?id=…``."""
    return {
        "id": SERVICE_ID,
        "alias": "hailuo",
        "title": "$t(service_title_hailuo)",
        "type": "Api",
        "unit": UNIT,
        "free_amount": 0.0,
        "cost": COST_RULES,
        "packages": [{"id": "hailuo-usage-100", "type": "Usage", "price": 13.0, "amount": 100.0}],
        "applied": False,
        "applied_count": 1234,
        "tags": ["video"],
        "api_ids": [API_ID],
        "private": False,
    }


def price_of(request: dict[str, Any]) -> float:
    """The credits a ``/hailuo/videos`` body costs under ``COST_RULES``."""
    for rule in COST_RULES:
        if _truthy(_apply(rule["conditions"], request)):
            return float(_apply(rule["consumption"], request))
    return 0.0


# A JsonLogic subset, enough for the rules above. As in JsonLogic, an object that is not a
# single known operation is a plain value (so ``{}`` is a condition that always holds).
def _apply(logic: Any, data: dict[str, Any]) -> Any:
    if not (isinstance(logic, dict) and len(logic) == 1):
        return logic
    [(operation, arguments)] = logic.items()
    if operation == "var":
        name, default, *_ = [*arguments, None] if isinstance(arguments, list) else [arguments, None]
        value = data.get(name)
        return default if value is None else value
    if operation == "==":
        left, right = (_apply(argument, data) for argument in arguments)
        return left == right
    return logic


def _truthy(value: Any) -> bool:
    # JsonLogic follows JavaScript: every object is true, an empty list is false.
    return True if isinstance(value, dict) else bool(value)

"""What a generation costs, from the Hailuo service's published rules (platform-api.md §4).

The rules are JsonLogic: for each rule in order, the first whose `conditions` holds for the
exact `/hailuo/videos` body gives the price, its `consumption` evaluated against that body.
AceData's web app says 0 when no rule matches; this app says "price unknown" instead, and also
when there are no rules or they could not be fetched or evaluated: a guess is never shown as a
price.

JsonLogic is evaluated by datalogic-py (PyPI `datalogic-py`), chosen because it is maintained
(monthly releases through 2026), ships abi3 wheels for CPython 3.10+ on Linux, macOS and
Windows, and runs one engine with one conformance suite (2,128 cases) in every language it
ships for, so it agrees with the JavaScript evaluator AceData's web app uses. The alternatives
on PyPI fell short: json-logic, json-logic-qubit and panzi-json-logic are unmaintained,
maykin-json-logic-py 0.16 needs Python 3.12 syntax, and python-jsonlogic reads `var` as a JSON
pointer instead of a dotted path. Rules come from the network, so evaluation has a work budget.

One difference from json-logic-js is bridged here: there, an object that is not a single-key
operation is a plain value, and every object is truthy (which is how `{}` as a condition
matches every body); datalogic treats such an object as an operation, or as false.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import datalogic_py

from .fields import number, text
from .i18n import QT_TRANSLATE_NOOP, Context

log = logging.getLogger(__name__)

Pricing = Context("Pricing")
UNKNOWN = QT_TRANSLATE_NOOP("Pricing", "price unknown")
_ENGINE = datalogic_py.Engine(config={
    "truthy_evaluator": "javascript",
    "ops_budget": 10_000,       # far above any price rule; stops a hostile one
    "max_recursion_depth": 64,
})


@dataclass(frozen=True)
class ServicePricing:
    rules: tuple[dict[str, Any], ...]  # the service's `cost`, in order
    unit: str = "Credit"


def pricing_from_json(service: Any) -> ServicePricing | None:
    """The rules of a platform Service object; None when it is not one."""
    if not isinstance(service, dict):
        return None
    cost = service.get("cost")
    rules = tuple(rule for rule in cost if isinstance(rule, dict)) if isinstance(cost, list) else ()
    return ServicePricing(rules, text(service.get("unit")) or "Credit")


@dataclass(frozen=True)
class Price:
    amount: float | None  # for all the takes; None: unknown, never to be shown as 0
    unit: str = "Credit"
    takes: int = 1

    @property
    def each(self) -> float | None:
        return None if self.amount is None or self.takes < 1 else self.amount / self.takes


def price_of(pricing: ServicePricing | None, body: dict[str, Any], takes: int = 1) -> Price:
    """The price of sending `body` to `/hailuo/videos` `takes` times."""
    takes = max(1, takes)
    if pricing is None or not pricing.rules:
        return Price(None, takes=takes)
    try:
        for rule in pricing.rules:
            if _holds(rule.get("conditions"), body):
                each = number(_evaluate(rule.get("consumption"), body))
                if each is None or each < 0:
                    break
                return Price(each * takes, pricing.unit, takes)
    except datalogic_py.DataLogicError as exc:
        log.warning("a price rule could not be evaluated (%s)", exc.error_type)
    return Price(None, pricing.unit, takes)


def _is_operation(logic: Any) -> bool:
    return isinstance(logic, dict) and len(logic) == 1


def _evaluate(logic: Any, body: dict[str, Any]) -> Any:
    if isinstance(logic, dict) and not _is_operation(logic):
        return logic  # json-logic-js: a plain value
    return _ENGINE.compile(logic).evaluate(body)


def _holds(conditions: Any, body: dict[str, Any]) -> bool:
    value = _evaluate(conditions, body)
    if isinstance(value, dict):
        return True  # JavaScript: every object is truthy
    return _ENGINE.truthy(value) if not isinstance(value, str) else value != ""


def format_amount(amount: float) -> str:
    """`<0.0001` above zero but below that, 4 decimals below 0.01, else 2; no trailing zeros."""
    if 0 < amount < 0.0001:
        return "<0.0001"
    digits = f"{amount:,.{4 if amount < 0.01 else 2}f}"
    return digits.rstrip("0").rstrip(".") if "." in digits else digits


def credits_text(amount: float, unit: str = "Credit") -> str:
    """`3.5 credits`, `1 credit`; another unit the service may name is shown as it is."""
    figure = format_amount(amount)
    if unit.lower() != "credit":
        return Pricing.tr("{amount} {unit}").format(amount=figure, unit=unit)
    # Amounts are rarely whole, so not a %n plural: one sentence for one credit, one for more.
    words = Pricing.tr("{amount} credit") if amount == 1 else Pricing.tr("{amount} credits")
    return words.format(amount=figure)


def format_price(price: Price) -> str:
    """`≈ 1.2 credits`, `≈ 3.6 credits (3 × 1.2)` for three takes, or `price unknown`."""
    if price.amount is None or price.each is None:
        return Pricing.tr(UNKNOWN)
    if 0 < price.amount < 0.0001:
        shown = Pricing.tr("< {credits}").format(
            credits=credits_text(0.0001, price.unit))
    else:
        shown = Pricing.tr("≈ {credits}").format(credits=credits_text(price.amount, price.unit))
    if price.takes > 1:
        shown = Pricing.tr("{price} ({takes} × {each})").format(
            price=shown, takes=price.takes, each=format_amount(price.each))
    return shown

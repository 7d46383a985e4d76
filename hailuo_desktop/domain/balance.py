"""What the account can still spend on Hailuo (shared/platform-api.md §3).

The service's own (Individual) application is drawn on first, then the account's Global one
when that application allows it. So the effective Hailuo balance is the sum over the Hailuo
applications, plus the Global balance when one of them may consume it. Both figures are kept,
for a badge that explains itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .acedata import HAILUO_SERVICE_ID
from .fields import flag, iso_timestamp, number, text
from .i18n import Context
from .pricing import credits_text, format_amount

BalanceText = Context("BalanceText")


@dataclass(frozen=True)
class Application:
    """The fields of a platform application that the balance needs (its credentials, which
    hold secrets, are never read)."""

    id: str
    service_id: str | None
    scope: str
    remaining: float
    allow_consume_global: bool
    disabled: bool
    expires_at: float | None


def application_from_json(item: Any) -> Application | None:
    if not isinstance(item, dict) or text(item.get("id")) is None:
        return None
    return Application(
        id=text(item.get("id")) or "",
        service_id=text(item.get("service_id")),
        scope=text(item.get("scope")) or "",
        remaining=number(item.get("remaining_amount")) or 0.0,
        allow_consume_global=flag(item.get("allow_consume_global")),
        disabled=flag(item.get("disabled")),
        expires_at=iso_timestamp(item.get("expired_at")),
    )


@dataclass(frozen=True)
class Balance:
    hailuo: float          # left on the Hailuo applications
    general: float         # left on the Global (general) balance
    general_usable: bool   # a Hailuo application may draw on the general balance
    unit: str = "Credit"

    @property
    def effective(self) -> float:
        """What a Hailuo generation can draw on; a balance in debt counts as nothing."""
        return max(0.0, self.hailuo) + (max(0.0, self.general) if self.general_usable else 0.0)


def effective_balance(applications: Iterable[Application], now: float,
                      service_id: str = HAILUO_SERVICE_ID) -> Balance:
    """The Hailuo balance from the account's applications (any mix of services and scopes).

    Disabled and expired applications cannot be drawn on, so they count for nothing. Without
    any Hailuo application the general balance counts. That is an assumption: the sources say
    nothing of that case, and the only switch that keeps the general balance out is on an
    application."""
    usable = [app for app in {app.id: app for app in applications}.values()
              if not app.disabled and (app.expires_at is None or app.expires_at > now)]
    hailuo = [app for app in usable if app.scope == "Individual" and app.service_id == service_id]
    general = [app for app in usable if app.scope == "Global"]
    return Balance(
        hailuo=sum(app.remaining for app in hailuo),
        general=sum(app.remaining for app in general),
        general_usable=not hailuo or any(app.allow_consume_global for app in hailuo),
    )


def describe(balance: Balance) -> str:
    """One sentence for the balance badge: the effective figure and where it comes from."""
    total = credits_text(balance.effective, balance.unit)
    if not balance.general_usable:
        return BalanceText.tr(
            "{total} left for Hailuo; your general balance ({general}) is kept out by the "
            "Hailuo application.").format(total=total, general=format_amount(balance.general))
    return BalanceText.tr(
        "{total} left for Hailuo: {hailuo} on the Hailuo application and {general} in your "
        "general balance.").format(total=total, hailuo=format_amount(balance.hailuo),
                                   general=format_amount(balance.general))

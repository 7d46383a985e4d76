"""The effective Hailuo balance from an account's applications (platform-api.md §3)."""

from __future__ import annotations

from hailuo_desktop.domain.acedata import HAILUO_SERVICE_ID
from hailuo_desktop.domain.balance import (
    Application,
    Balance,
    application_from_json,
    effective_balance,
)

NOW = 1_800_000_000.0


def app(id_, scope="Individual", remaining=10.0, allow=True, service=HAILUO_SERVICE_ID,
        disabled=False, expires=None) -> Application:
    return Application(id_, service if scope == "Individual" else None, scope, remaining, allow,
                       disabled, expires)


def test_individual_plus_global_when_allowed():
    balance = effective_balance([app("h", remaining=3), app("g", "Global", 7, False)], NOW)
    assert balance == Balance(3, 7, True) and balance.effective == 10


def test_the_global_balance_stays_out_when_no_hailuo_app_allows_it():
    balance = effective_balance([app("h", allow=False), app("g", "Global", 7)], NOW)
    assert (balance.general_usable, balance.effective) == (False, 10)


def test_any_hailuo_app_that_allows_it_lets_the_global_balance_in():
    apps = [app("h1", allow=False), app("h2", remaining=1), app("g", "Global", 5)]
    assert effective_balance(apps, NOW).effective == 16


def test_other_services_disabled_and_expired_apps_count_for_nothing():
    apps = [app("other", service="another-service", remaining=500),
            app("off", disabled=True, remaining=500),
            app("old", expires=NOW - 1, remaining=500),
            app("soon", expires=NOW + 60, remaining=2),
            app("g-off", "Global", 500, disabled=True)]
    assert effective_balance(apps, NOW) == Balance(2, 0, True)


def test_a_balance_in_debt_counts_as_nothing():
    assert effective_balance([app("h", remaining=-4), app("g", "Global", 6)], NOW).effective == 6


def test_without_a_hailuo_application_the_general_balance_counts():
    assert effective_balance([app("g", "Global", 6)], NOW) == Balance(0, 6, True)


def test_an_application_listed_twice_counts_once():
    assert effective_balance([app("h", remaining=3), app("h", remaining=3)], NOW).hailuo == 3


def test_application_from_json_reads_what_the_balance_needs():
    item = {"id": "a", "service_id": HAILUO_SERVICE_ID, "scope": "Individual",
            "remaining_amount": 100.9, "allow_consume_global": True, "disabled": False,
            "expired_at": "2026-06-28T09:15:44Z", "credentials": [{"token": "sk-secret"}]}
    parsed = application_from_json(item)
    assert parsed == Application("a", HAILUO_SERVICE_ID, "Individual", 100.9, True, False,
                                 1_782_638_144.0)
    assert "sk-secret" not in repr(parsed)
    assert application_from_json({"remaining_amount": 1}) is None
    assert application_from_json({"id": "b", "remaining_amount": "lots"}).remaining == 0.0

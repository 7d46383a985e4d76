"""BalanceService, PricingService and StatusService against the real simulator."""

from __future__ import annotations

import httpx
import pytest
from conftest import PLATFORM_TOKEN, Recording

from hailuo_desktop.api.platform import PlatformClient
from hailuo_desktop.api.platform_errors import PlatformAuthError, PlatformTimeoutError
from hailuo_desktop.api.status_page import StatusPage
from hailuo_desktop.domain.balance import Balance
from hailuo_desktop.domain.pricing import format_price
from hailuo_desktop.services.balance_service import NO_TOKEN, BalanceService
from hailuo_desktop.services.pricing_service import PricingService
from hailuo_desktop.services.status_service import StatusService
from hailuo_desktop.simulator import pricing as sim_pricing


@pytest.fixture
def platform(sim, closing, event_loop):
    """`platform(token, **client_options)`: a client on the simulator, and its requests."""
    def make(token=PLATFORM_TOKEN, **options):
        recording = Recording()
        client = closing(PlatformClient(sim.base_url, token, transport=recording, **options))
        return client, recording

    return make


class Emitted:
    def __init__(self, signal):
        self.calls: list[tuple] = []
        signal.connect(lambda *args: self.calls.append(args))


# --- balance -------------------------------------------------------------------------------------


def test_the_balance_at_start(qtbot, sim, platform, closing):
    sim.faults.update({"balance": 100.9, "global_balance": 1000.0})
    client, _ = platform()
    service = closing(BalanceService(client))
    with qtbot.waitSignal(service.balanceChanged) as signal:
        service.start()
    balance, sentence = signal.args
    assert balance == Balance(hailuo=100.9, general=1000.0, general_usable=True)
    assert service.balance() == balance
    assert sentence == ("1,100.9 credits left for Hailuo: 100.9 on the Hailuo application and "
                        "1,000 in your general balance.")


def test_a_general_balance_kept_out(qtbot, sim, platform, closing):
    sim.faults.update({"balance": 5.0, "global_balance": 1000.0, "keep_global_balance": True})
    service = closing(BalanceService(platform()[0]))
    with qtbot.waitSignal(service.balanceChanged) as signal:
        service.start()
    assert signal.args[0].effective == 5.0
    assert signal.args[1] == ("5 credits left for Hailuo; your general balance (1,000) is kept "
                              "out by the Hailuo application.")


def test_without_a_platform_token(qtbot, platform, closing):
    client, recording = platform(token=None)
    service = closing(BalanceService(client))
    with qtbot.waitSignal(service.balanceChanged) as signal:
        service.start()
    assert signal.args == [None, NO_TOKEN]
    assert NO_TOKEN == "Add a platform token to see your balance."
    assert recording.requests == []


def test_a_wrong_platform_token(qtbot, platform, closing):
    service = closing(BalanceService(platform(token="platform-v1-wrong")[0]))
    with qtbot.waitSignal(service.balanceChanged) as signal:
        service.start()
    assert signal.args == [None, PlatformAuthError(401, None, None).sentence]


def test_a_passing_failure_keeps_the_last_balance(qtbot, sim, platform, closing):
    client, _ = platform(timeout=httpx.Timeout(0.5))
    service = closing(BalanceService(client, min_gap=0))
    with qtbot.waitSignal(service.balanceChanged) as first:
        service.start()
    sim.faults.slow_seconds = 3
    with qtbot.waitSignal(service.balanceChanged, timeout=5000) as second:
        service.refreshSoon()
    assert second.args == [first.args[0], PlatformTimeoutError().sentence]


def test_refreshes_after_tasks_end_are_coalesced(qtbot, platform, closing):
    client, recording = platform()
    service = closing(BalanceService(client, min_gap=0.6, period=300))
    emitted = Emitted(service.balanceChanged)
    service.start()
    qtbot.waitUntil(lambda: len(emitted.calls) == 1)
    for _ in range(5):
        service.refreshSoon()
    qtbot.waitUntil(lambda: len(emitted.calls) == 2)
    with qtbot.waitSignal(service.balanceChanged, timeout=1500, raising=False) as third:
        service.refreshSoon()  # within 30 s (here 0.6 s) of the last: waits for the gap
    assert third.signal_triggered
    assert len(emitted.calls) == 3
    assert recording.paths().count("/api/v1/platform-tokens/me/") == 1  # once per token
    assert recording.paths().count("/api/v1/applications/") == 6        # two per refresh
    with qtbot.waitSignal(service.balanceChanged, timeout=1500, raising=False) as fourth:
        pass
    assert not fourth.signal_triggered


def test_a_request_during_a_refresh_is_kept_for_after_it(qtbot, sim, platform, closing):
    client, _ = platform()
    service = closing(BalanceService(client, min_gap=0.2, period=300))
    emitted = Emitted(service.balanceChanged)
    sim.faults.slow_seconds = 0.5
    service.start()
    qtbot.waitUntil(lambda: service._periodic.running)
    service.refreshSoon()
    sim.faults.slow_seconds = 0
    qtbot.waitUntil(lambda: len(emitted.calls) == 2, timeout=5000)


def test_the_balance_is_refreshed_periodically(qtbot, platform, closing):
    service = closing(BalanceService(platform()[0], period=0.2))
    emitted = Emitted(service.balanceChanged)
    service.start()
    qtbot.waitUntil(lambda: len(emitted.calls) >= 3, timeout=5000)


# --- pricing -------------------------------------------------------------------------------------


BODY = {"action": "generate", "model": "minimax-i2v", "prompt": "A cat", "async": True,
        "first_image_url": "https://cdn.example/a.png"}


def test_prices_from_the_public_rules(qtbot, platform, closing):
    client, recording = platform()
    service = closing(PricingService(client))
    assert format_price(service.price_for(BODY)) == "price unknown"
    with qtbot.waitSignal(service.rulesChanged):
        service.start()
    assert service.price_for(BODY).amount == sim_pricing.price_of(BODY)
    assert format_price(service.price_for(BODY, takes=2)) == "≈ 7 credits (2 × 3.5)"
    assert all("authorization" not in request.headers for request in recording.requests)


def test_rules_are_refetched_but_announced_only_when_changed(qtbot, platform, closing):
    client, recording = platform(token=None)
    service = closing(PricingService(client, max_age=0.1))
    emitted = Emitted(service.rulesChanged)
    service.start()
    qtbot.waitUntil(lambda: len(recording.requests) >= 3, timeout=5000)
    assert len(emitted.calls) == 1


def test_unreachable_rules_leave_the_price_unknown_and_are_retried(qtbot, closing):
    recording = Recording()
    client = closing(PlatformClient("http://127.0.0.1:9", None, transport=recording))
    service = closing(PricingService(client, retry=0.1))
    emitted = Emitted(service.rulesChanged)
    service.start()
    qtbot.waitUntil(lambda: len(recording.requests) >= 2, timeout=5000)
    assert service.price_for(BODY).amount is None
    assert emitted.calls == []


# --- status --------------------------------------------------------------------------------------


def test_the_health_and_the_outage_question(qtbot, sim, closing):
    sim.faults.service_status = "major_outage"
    page = closing(StatusPage(f"{sim.base_url}/data/status_1.json"))
    service = closing(StatusService(page, period=0.2))
    assert service.health().status == "unknown" and service.outage_question() is None
    with qtbot.waitSignal(service.healthChanged) as signal:
        service.start()
    assert signal.args[0].status == "major_outage"
    assert service.outage_question().startswith(
        "AceData's status page shows Hailuo in a major outage")
    sim.faults.service_status = "operational"
    qtbot.waitUntil(lambda: service.health().status == "operational", timeout=5000)
    assert service.outage_question() is None


def test_an_unreachable_status_page_is_unknown(qtbot, closing):
    page = closing(StatusPage("http://127.0.0.1:9/data/status_1.json"))
    service = closing(StatusService(page))
    with qtbot.waitSignal(service.healthChanged) as signal:
        service.start()
    assert signal.args[0].status == "unknown" and not signal.args[0].healthy

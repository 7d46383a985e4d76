"""The platform token stays where it belongs: nothing of the account is asked without it, and
the token (or a wrong one, which may be someone's real token) never shows in a log record, an
error's text, a signal, or a file other than the token store."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
from conftest import PLATFORM_TOKEN, Recording, run
from pictures import encoded

from hailuo_desktop.api.platform import PlatformClient
from hailuo_desktop.api.platform_errors import PlatformError
from hailuo_desktop.api.status_page import StatusPage
from hailuo_desktop.domain.spend import SpendTask
from hailuo_desktop.services.balance_service import BalanceService
from hailuo_desktop.services.platform_token_check import check_platform_token
from hailuo_desktop.services.pricing_service import PricingService
from hailuo_desktop.services.spend_service import SpendService
from hailuo_desktop.services.status_service import StatusService
from hailuo_desktop.services.uploads import UploadService
from hailuo_desktop.storage.upload_links import UploadLinks

WRONG_TOKEN = "platform-v1-" + "e2e0" * 16
SECRETS = (PLATFORM_TOKEN, WRONG_TOKEN)
PUBLIC_PATHS = {"/api/v1/services/", "/data/status_1.json"}


def services(sim, token, data, closing, recording=None):
    recording = recording or Recording()
    client = closing(PlatformClient(sim.base_url, token, transport=recording,
                                    timeout=httpx.Timeout(2.0)))
    page = closing(StatusPage(f"{sim.base_url}/data/status_1.json", transport=recording))
    return recording, {
        "upload": closing(UploadService(client, UploadLinks(data / "upload-links.json"))),
        "balance": closing(BalanceService(client, min_gap=0)),
        "pricing": closing(PricingService(client)),
        "status": closing(StatusService(page)),
        "spend": closing(SpendService(client, data / "spend.json")),
    }


def exercise(qtbot, qapp, found, tmp_path, seed=0) -> list[tuple]:
    """Start every service, upload a picture, ask for a cost; every signal they sent."""
    signals: list[tuple] = []
    for service in found.values():
        for name in ("balanceChanged", "rulesChanged", "healthChanged", "spendChanged",
                     "finished", "failed", "cancelled"):
            if hasattr(service, name):
                getattr(service, name).connect(lambda *args, n=name: signals.append((n, *args)))
    picture = tmp_path / f"frame-{seed}.png"
    picture.write_bytes(encoded(640, 480, seed=seed))
    with qtbot.waitSignals([found["balance"].balanceChanged, found["status"].healthChanged,
                            found["spend"].spendChanged], timeout=10000):
        found["balance"].start()
        found["pricing"].start()
        found["status"].start()
        found["spend"].refresh([SpendTask("local", "trace-1", 1_800_000_000.0)])
    found["upload"].upload(picture)
    qtbot.waitUntil(lambda: any(s[0] in ("finished", "failed") for s in signals), timeout=10000)
    return signals


def test_without_a_platform_token_only_public_documents_are_asked(
        qtbot, qapp, sim, closing, tmp_path):
    recording, found = services(sim, None, tmp_path / "data", closing)
    signals = exercise(qtbot, qapp, found, tmp_path)
    qtbot.waitUntil(lambda: found["pricing"].pricing() is not None)
    assert set(recording.paths()) <= PUBLIC_PATHS
    assert all("authorization" not in request.headers for request in recording.requests)
    ends = {s[0]: s[1:] for s in signals}
    assert "platform token" in ends["failed"][1]
    assert ends["balanceChanged"] == (None, "Add a platform token to see your balance.")
    assert "platform token" in ends["spendChanged"][0]


def forms_of(secret: str) -> list[bytes]:
    raw = secret.encode()
    found = [raw, secret.encode("utf-16-le")]
    for shift in range(3):
        found.append(base64.b64encode(b"\0" * shift + raw)[4 if shift else 0:-4])
    return found


def leaked(data: bytes) -> list[str]:
    return [secret for secret in SECRETS if any(form in data for form in forms_of(secret))]


@pytest.fixture
def everything_logged(caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "hailuo_desktop", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


@pytest.mark.parametrize("shape", ["error", "detail"])
def test_the_platform_token_never_leaks(qtbot, qapp, event_loop, sim, closing, tmp_path,
                                        everything_logged, shape):
    sim.faults.platform_errors = shape
    data = tmp_path / "data"
    signals = []
    for seed, token in enumerate(SECRETS):  # the right token, then a wrong one
        _, found = services(sim, token, data, closing)
        signals += exercise(qtbot, qapp, found, tmp_path, seed)
    sim.faults.slow_seconds = 3  # and a refresh that times out
    _, found = services(sim, PLATFORM_TOKEN, data, closing)
    with qtbot.waitSignal(found["balance"].balanceChanged, timeout=10000) as timed_out:
        found["balance"].start()
    signals.append(tuple(timed_out.args))
    sim.faults.slow_seconds = 0

    errors: list[PlatformError] = []

    async def direct_calls():
        for token in SECRETS:
            client = PlatformClient(sim.base_url, token)
            try:
                await client.applications("someone-else")
                await client.me()
            except PlatformError as exc:
                errors.append(exc)
            finally:
                await client.aclose()

    run(qtbot, event_loop, direct_calls())
    checks = [run(qtbot, event_loop, check_platform_token(sim.base_url, token))
              for token in SECRETS]

    assert any(s[0] == "finished" for s in signals) and any(s[0] == "failed" for s in signals)
    assert errors, "the wrong token should have been refused"
    texts = [repr(signal) for signal in signals] + [str(e) for e in errors] + [
        repr(e) for e in errors] + [e.sentence for e in errors] + [c.sentence for c in checks]
    assert [t for t in texts if leaked(t.encode())] == []
    assert leaked(everything_logged.text.encode()) == []
    for record in everything_logged.records:
        assert leaked(repr(record.args).encode()) == []
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert leaked(path.read_bytes()) == [], path


def test_a_platform_that_echoes_the_token_is_scrubbed(qtbot, event_loop, everything_logged):
    def echo(request):
        return httpx.Response(401, json={"detail": f"Bad {request.headers['authorization']}"})

    async def call():
        client = PlatformClient("https://platform.example", PLATFORM_TOKEN,
                                transport=httpx.MockTransport(echo))
        try:
            await client.me()
        except PlatformError as exc:
            logging.getLogger("test").info("failed: %s %r", exc, exc)
            return exc
        finally:
            await client.aclose()

    error = run(qtbot, event_loop, call())
    assert "[platform token]" in str(error)
    assert leaked(f"{error} {error!r} {error.message}".encode()) == []
    assert leaked(everything_logged.text.encode()) == []

"""UploadService against the real simulator: checks, remembered links, progress, cancelling."""

from __future__ import annotations

import os
import stat

import httpx
import pytest
from conftest import PLATFORM_TOKEN, run
from pictures import encoded

from hailuo_desktop.api.platform import PlatformClient
from hailuo_desktop.api.platform_errors import PlatformAuthError
from hailuo_desktop.domain.picture_rules import PastedPicture
from hailuo_desktop.services.uploads import NO_TOKEN, UploadService
from hailuo_desktop.simulator import Simulator
from hailuo_desktop.storage.upload_links import UploadLinks


@pytest.fixture
def make_service(qtbot, event_loop, tmp_path):
    """UploadService(simulator, token) on one link file; closed (with its client) at teardown."""
    made = []

    def make(sim, token=PLATFORM_TOKEN) -> UploadService:
        client = PlatformClient(sim.base_url, token)
        service = UploadService(client, UploadLinks(tmp_path / "data" / "upload-links.json"))
        made.append((service, client))
        return service

    yield make

    async def close_all():
        for service, client in made:
            await service.shutdown()
            await client.aclose()

    run(qtbot, event_loop, close_all())


class Outcomes:
    """Every signal of an UploadService, in order."""

    def __init__(self, service: UploadService):
        self.seen: list[tuple] = []
        service.progress.connect(lambda *args: self.seen.append(("progress", *args)))
        service.finished.connect(lambda *args: self.seen.append(("finished", *args)))
        service.failed.connect(lambda *args: self.seen.append(("failed", *args)))
        service.cancelled.connect(lambda *args: self.seen.append(("cancelled", *args)))

    def end(self, job_id: str) -> tuple | None:
        """(signal name, its arguments after the job id) of the job's end, once it ended."""
        ends = [(s[0], *s[2:]) for s in self.seen if s[0] != "progress" and s[1] == job_id]
        assert len(ends) <= 1, ends
        return ends[0] if ends else None

    def wait(self, qtbot, job_id: str, timeout: int = 10000) -> tuple:
        qtbot.waitUntil(lambda: self.end(job_id) is not None, timeout=timeout)
        return self.end(job_id)


def a_picture(qapp, folder, name="frame.png", width=640, height=480, seed=0):
    path = folder / name
    path.write_bytes(encoded(width, height, "png", seed=seed))
    return path


def test_a_picture_becomes_a_link_with_progress(qapp, qtbot, sim, make_service, tmp_path):
    service = make_service(sim)
    outcomes = Outcomes(service)
    path = a_picture(qapp, tmp_path)
    job = service.upload(path)
    kind, url = outcomes.wait(qtbot, job)
    assert kind == "finished"
    assert url.startswith(f"{sim.base_url}/files/") and url.endswith(".png")
    assert httpx.get(url).content == path.read_bytes()
    progress = [s[2:] for s in outcomes.seen if s[0] == "progress"]
    assert progress[0] == (0, path.stat().st_size)
    assert progress[-1] == (path.stat().st_size, path.stat().st_size)
    assert not service.is_active(job)
    assert sim.generate_calls == 0  # an upload never starts a generation


def test_the_same_picture_is_not_sent_twice_even_after_a_restart(
        qapp, qtbot, sim, make_service, tmp_path):
    first = a_picture(qapp, tmp_path, "a.png")
    copy = tmp_path / "copy of a.png"
    copy.write_bytes(first.read_bytes())
    service = make_service(sim)
    outcomes = Outcomes(service)
    url = outcomes.wait(qtbot, service.upload(first))[1]
    assert outcomes.wait(qtbot, service.upload(copy))[1] == url
    # A new run without a platform token still finds it: nothing needs sending.
    later = make_service(sim, token=None)
    again = Outcomes(later)
    assert again.wait(qtbot, later.upload(copy)) == ("finished", url)
    links = tmp_path / "data" / "upload-links.json"
    assert stat.S_IMODE(os.stat(links).st_mode) == 0o600
    assert PLATFORM_TOKEN.encode() not in links.read_bytes()


def test_a_link_from_another_platform_is_not_offered(qapp, qtbot, sim, make_service, tmp_path):
    path = a_picture(qapp, tmp_path)
    service = make_service(sim)
    outcomes = Outcomes(service)
    url = outcomes.wait(qtbot, service.upload(path))[1]
    with Simulator(platform_token=PLATFORM_TOKEN) as other:
        elsewhere = make_service(other)
        found = Outcomes(elsewhere).wait(qtbot, elsewhere.upload(path))
        assert found[0] == "finished" and found[1] != url
        assert found[1].startswith(other.base_url)


def test_a_pasted_picture(qapp, qtbot, sim, make_service):
    service = make_service(sim)
    outcomes = Outcomes(service)
    data = encoded(1280, 720, "png")
    kind, url = outcomes.wait(qtbot, service.upload(PastedPicture(data, "Screenshot")))
    assert kind == "finished" and url.endswith(".png")
    assert httpx.get(url).content == data


def test_a_picture_the_service_would_refuse_is_not_sent(qapp, qtbot, sim, make_service,
                                                         tmp_path):
    service = make_service(sim)
    outcomes = Outcomes(service)
    small = a_picture(qapp, tmp_path, "small.png", 180, 120)
    assert outcomes.wait(qtbot, service.upload(small)) == (
        "failed", "This picture is 180 × 120 pixels; the service needs at least 300 pixels on "
                  "the short side. Use a larger picture.")
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    assert outcomes.wait(qtbot, service.upload(str(text)))[0] == "failed"
    assert "not there" in outcomes.wait(qtbot, service.upload(tmp_path / "gone.png"))[1]
    assert not sim.uploads._files


def test_without_a_platform_token_a_new_picture_says_how_to_go_on(
        qapp, qtbot, sim, make_service, tmp_path):
    service = make_service(sim, token=None)
    outcomes = Outcomes(service)
    assert outcomes.wait(qtbot, service.upload(a_picture(qapp, tmp_path))) == ("failed", NO_TOKEN)
    assert "paste a link" in NO_TOKEN
    assert not sim.uploads._files


def test_a_wrong_platform_token(qapp, qtbot, sim, make_service, tmp_path):
    service = make_service(sim, token="platform-v1-wrong")
    outcomes = Outcomes(service)
    kind, sentence = outcomes.wait(qtbot, service.upload(a_picture(qapp, tmp_path)))
    assert (kind, sentence) == ("failed", PlatformAuthError(401, None, None).sentence)
    assert "platform-v1-wrong" not in sentence


def test_cancelling_an_upload(qapp, qtbot, sim, make_service, tmp_path):
    sim.faults.slow_seconds = 30  # the simulator takes the file, then holds its answer
    service = make_service(sim)
    outcomes = Outcomes(service)
    path = a_picture(qapp, tmp_path)
    job = service.upload(path)
    qtbot.waitUntil(lambda: any(s[0] == "progress" and s[2] == s[3] for s in outcomes.seen))
    service.cancel(job)
    assert outcomes.wait(qtbot, job) == ("cancelled",)
    sim.faults.slow_seconds = 0
    # Nothing was remembered: the next try really uploads.
    assert outcomes.wait(qtbot, service.upload(path))[0] == "finished"


def test_cancelling_before_it_starts(qapp, qtbot, sim, make_service, tmp_path):
    service = make_service(sim)
    outcomes = Outcomes(service)
    job = service.upload(a_picture(qapp, tmp_path))
    service.cancel(job)
    assert outcomes.wait(qtbot, job) == ("cancelled",)
    service.cancel("no-such-job")


def test_shutdown_stops_uploads_without_signals(qapp, qtbot, event_loop, sim, make_service,
                                                tmp_path):
    sim.faults.slow_seconds = 30
    service = make_service(sim)
    outcomes = Outcomes(service)
    job = service.upload(a_picture(qapp, tmp_path))
    qtbot.waitUntil(lambda: bool(outcomes.seen))
    run(qtbot, event_loop, service.shutdown())
    assert outcomes.end(job) is None and not service.is_active(job)

"""Hostile and broken answers from the network: every one ends in a sentence the user can read,
and the app keeps working afterwards (no traceback, the next video is made as usual)."""

from __future__ import annotations

import asyncio
import functools

import httpx
import pytest
from e2e_helpers import TOKEN, generate, rows, states, wait_states, write_settings
from hostile_helpers import (
    FakeHailuo,
    Reply,
    UrlCatcher,
    cell,
    details_text,
    explanation,
    status_text,
    visible_text,
    wait_status,
)
from PySide6.QtCore import QModelIndex
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QLabel, QPushButton

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.api.errors import ConnectionFailedError, OutcomeUnknownError
from hailuo_desktop.domain.task import GenerationRequest
from hailuo_desktop.simulator import videos
from hailuo_desktop.ui.library.task_table_model import Column

CHARGED = "may have started this video and charged"


pytestmark = pytest.mark.usefixtures("no_background_errors")


def still_works(qtbot, window, simulator, expected_before: list[str]) -> None:
    """The app is not wedged: one more ordinary video goes through."""
    simulator.faults.reset()
    generate(qtbot, window, "and one more, after the trouble")
    wait_states(qtbot, window, [*expected_before, "succeeded"], timeout=15000)


def select_newest(window) -> None:
    window.table.selectRow(0)


def button_texts(window) -> str:
    return " ".join(b.text() for b in window.details.findChildren(QPushButton) if b.isVisible())


def generate_unwatched(qtbot, window, prompt: str) -> None:
    """Generate, then select nothing: the preview would stream the same link as the download
    and could take a fault (a cut-off answer) meant for the download."""
    count = len(rows(window))
    generate(qtbot, window, prompt)
    qtbot.waitUntil(lambda: len(rows(window)) == count + 1, timeout=5000)
    window.table.setCurrentIndex(QModelIndex())


# --- answers to generate -------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["malformed_json", "html_error"])
def test_unreadable_answer_to_generate_is_unconfirmed_and_never_resent(connect, app,
                                                                       qtbot, fault):
    """Status 200 with a body that is not JSON (cut-off JSON, a proxy's HTML page): the request
    arrived, so the video may exist and be paid for. Never sent again by itself."""
    setattr(connect.faults, fault, 1)
    window = app()
    generate(qtbot, window, "an answer nobody can read")
    wait_states(qtbot, window, ["unconfirmed"])
    assert connect.generate_calls == 1
    select_newest(window)
    assert CHARGED in explanation(window)
    assert "Unconfirmed" in details_text(window)
    still_works(qtbot, window, connect, ["unconfirmed"])
    assert connect.generate_calls == 2


def test_unreadable_answer_is_not_described_as_a_broken_connection(connect, app, qtbot):
    """The connection did not break: an answer came that the app could not read. Saying
    "the connection broke" sends the user to check a network that is fine."""
    connect.faults.html_error = 1
    window = app()
    generate(qtbot, window, "a proxy answered instead")
    wait_states(qtbot, window, ["unconfirmed"])
    select_newest(window)
    assert CHARGED in explanation(window)
    assert "connection broke" not in explanation(window)


def test_dropped_connection_on_generate_then_the_app_carries_on(connect, app, qtbot):
    connect.faults.drop = 1
    window = app()
    generate(qtbot, window, "the line went dead")
    wait_states(qtbot, window, ["unconfirmed"])
    select_newest(window)
    assert CHARGED in explanation(window)
    assert connect.generate_calls == 1 and len(connect.tasks) == 1
    still_works(qtbot, window, connect, ["unconfirmed"])


@pytest.mark.parametrize("switch, sentence, remedy, reason", [
    ("token_expired", "Your API token has expired", "Update token", "token expired"),
    ("token_mismatched", "not Hailuo", "Update token", "token for another service"),
    ("used_up", "balance is too low", "Top up", "balance too low"),
])
def test_account_problems_on_generate_say_what_to_do(connect, app, qtbot, switch,
                                                     sentence, remedy, reason):
    setattr(connect.faults, switch, True)
    window = app()
    generate(qtbot, window, "my account has a problem")
    wait_states(qtbot, window, ["failed"])
    assert connect.generate_calls == 1 and connect.tasks == {}
    select_newest(window)
    assert sentence in explanation(window)
    state_text, state_tip = cell(window, Column.STATE)
    assert state_text.splitlines() == ["Failed", reason] and sentence in state_tip
    assert remedy in button_texts(window)
    still_works(qtbot, window, connect, ["failed"])


@pytest.mark.parametrize("switch, sentence", [
    ("server_error", "internal error"),
    ("token_expired", "token"),
    ("used_up", "balance"),
    ("token_mismatched", "not Hailuo"),
    ("no_channel", "nothing was charged"),
])
def test_error_as_a_bare_string_still_gets_the_right_sentence(connect, app, qtbot,
                                                              switch, sentence):
    """`{"error": "…"}` instead of `{"error": {"code", "message"}}`: the code is gone, only the
    service's own words are left. They still lead to the sentence for that error."""
    connect.faults.error_as_string = True
    setattr(connect.faults, switch, 1 if switch in ("server_error", "no_channel") else True)
    window = app()
    generate(qtbot, window, "the service answers in bare strings")
    wait_states(qtbot, window, ["failed"])
    assert connect.generate_calls == 1
    select_newest(window)
    text = details_text(window)
    assert sentence in explanation(window), text
    assert "Service said" in text  # the service's own words are there too
    still_works(qtbot, window, connect, ["failed"])


def test_service_text_with_markup_is_shown_literally(connect, app, qtbot):
    """A failure message is the service's text: markup in it is shown, never rendered."""
    connect.faults.fail_tasks = 1
    connect.faults.fail_message = ('<b>bold</b> <img src=x onerror=alert(1)> '
                                   '<a href="https://evil">x</a>')
    window = app()
    generate(qtbot, window, "moderated")
    wait_states(qtbot, window, ["failed"])
    select_newest(window)
    assert connect.faults.fail_message in details_text(window)
    _, tip = cell(window, Column.STATE)
    assert connect.faults.fail_message in tip


# --- answers to polling ----------------------------------------------------------------------


def _pending(window) -> bool:
    return states(window) in (["pending"], ["processing"])


def test_html_and_broken_json_while_polling_say_so_then_the_video_finishes(connect, app,
                                                                            qtbot):
    connect.generation_seconds = 3600
    window = app()
    generate(qtbot, window, "tracked through a bad proxy")
    qtbot.waitUntil(lambda: _pending(window), timeout=5000)
    connect.faults.update({"html_error": 2, "malformed_json": 2})
    assert "again" in wait_status(qtbot, window, "problem answering")
    assert _pending(window), "a bad answer while tracking changes nothing about the task"
    qtbot.waitUntil(lambda: connect.faults.html_error == connect.faults.malformed_json == 0,
                    timeout=15000)
    [(_, task_id)] = rows(window)
    connect.complete_task(task_id)
    wait_states(qtbot, window, ["succeeded"], timeout=15000)
    qtbot.waitUntil(lambda: "problem answering" not in status_text(window), timeout=5000)


def test_rate_limits_and_server_errors_while_polling_show_then_clear(connect, app, qtbot):
    connect.generation_seconds = 3600
    window = app()
    generate(qtbot, window, "patience, shown")
    qtbot.waitUntil(lambda: _pending(window), timeout=5000)
    connect.faults.rate_limit = 3
    wait_status(qtbot, window, "busy")
    qtbot.waitUntil(lambda: connect.faults.rate_limit == 0, timeout=15000)
    connect.faults.server_error = 3
    wait_status(qtbot, window, "problem answering")
    qtbot.waitUntil(lambda: connect.faults.server_error == 0, timeout=15000)
    [(_, task_id)] = rows(window)
    connect.complete_task(task_id)
    wait_states(qtbot, window, ["succeeded"], timeout=15000)
    assert connect.generate_calls == 1
    qtbot.waitUntil(lambda: "busy" not in status_text(window)
                    and "problem" not in status_text(window), timeout=5000)


def test_expired_token_while_polling_is_said_in_the_status_bar(connect, app, qtbot):
    connect.generation_seconds = 3600
    window = app()
    generate(qtbot, window, "tracked with a token that expires")
    qtbot.waitUntil(lambda: _pending(window), timeout=5000)
    connect.faults.token_expired = True
    assert "Settings" in wait_status(qtbot, window, "refused the token")
    connect.faults.token_expired = False
    [(_, task_id)] = rows(window)
    connect.complete_task(task_id)
    wait_states(qtbot, window, ["succeeded"], timeout=20000)


# --- slow answers (slow-loris): timeouts, classified by what they mean for money ---------------


def _run(qtbot, coro):
    """Run a coroutine on the test's qasync loop while Qt keeps turning; returns its outcome."""
    job = asyncio.ensure_future(coro)
    qtbot.waitUntil(job.done, timeout=10000)
    return job.exception() or job.result()


def test_a_slow_answer_times_out_as_outcome_unknown(connect, qtbot):
    """The request went out and no answer came in time: the task may exist (OutcomeUnknown,
    never ConnectionFailed, which would claim nothing was sent)."""
    connect.faults.slow_seconds = 2

    async def attempt(call):
        client = HailuoClient(connect.base_url, TOKEN, timeout=httpx.Timeout(0.3))
        try:
            return await call(client)
        finally:
            await client.aclose()

    generate_error = _run(qtbot, attempt(lambda c: c.generate(
        GenerationRequest("minimax-t2v", "slow"))))
    query_error = _run(qtbot, attempt(lambda c: c.retrieve_batch(["x"])))
    assert isinstance(generate_error, OutcomeUnknownError)
    assert isinstance(query_error, OutcomeUnknownError)
    assert connect.generate_calls <= 1


def test_nothing_listening_is_connection_failed(qtbot, event_loop):
    """A refused connection: the request never left, so nothing can have been charged."""
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    async def attempt():
        client = HailuoClient(f"http://127.0.0.1:{port}", TOKEN, timeout=httpx.Timeout(0.3))
        try:
            return await client.generate(GenerationRequest("minimax-t2v", "nobody home"))
        finally:
            await client.aclose()

    assert isinstance(_run(qtbot, attempt()), ConnectionFailedError)


def test_a_slow_service_makes_the_row_unconfirmed_in_the_app(connect, app, qtbot,
                                                            monkeypatch):
    """The same through the app, with its client's timeout shortened (the real one is 30 s)."""
    import hailuo_desktop.session as session

    monkeypatch.setattr(session, "HailuoClient",
                        functools.partial(HailuoClient, timeout=httpx.Timeout(0.5)))
    connect.faults.slow_seconds = 2
    window = app()
    generate(qtbot, window, "a slow-loris answer")
    wait_states(qtbot, window, ["unconfirmed"])
    select_newest(window)
    assert CHARGED in explanation(window)
    assert connect.generate_calls <= 1
    still_works(qtbot, window, connect, ["unconfirmed"])
    # The slow request is counted when the simulator gets round to it, after its delay.
    qtbot.waitUntil(lambda: connect.generate_calls == 2, timeout=5000)


# --- video links and downloads -----------------------------------------------------------------


@pytest.fixture
def fake_service(monkeypatch):
    """A stand-in service whose video link the test decides; the app is pointed at it."""
    services: list[FakeHailuo] = []

    def start(video_url) -> FakeHailuo:
        service = FakeHailuo(video_url, TOKEN).start()
        services.append(service)
        monkeypatch.setenv("ACEDATACLOUD_API_BASE_URL", service.base_url)
        monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", TOKEN)
        write_settings(poll_interval_seconds=0.1)
        return service

    yield start
    for service in services:
        service.stop()


@pytest.fixture
def media_sources(monkeypatch) -> list[str]:
    """Every source any QMediaPlayer is given (the app's players call setSource from Python)."""
    given: list[str] = []
    original = QMediaPlayer.setSource

    def spy(player, url):
        given.append(url.toString())
        return original(player, url)

    monkeypatch.setattr(QMediaPlayer, "setSource", spy)
    return given


@pytest.mark.parametrize("link", ["file:///etc/passwd", "javascript:alert(document.cookie)",
                                  "ftp://files.example.com/clip.mp4"])
def test_a_video_link_that_is_not_web_is_never_opened_or_downloaded(fake_service, app,
                                                                    qtbot, isolated_profile,
                                                                    media_sources, link):
    service = fake_service(lambda _base: link)
    with UrlCatcher() as desktop:
        window = app()
        generate(qtbot, window, "a link to somewhere else")
        qtbot.waitUntil(lambda: states(window) in (["succeeded"], ["failed"]), timeout=10000)
        select_newest(window)
        qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] not in ("", "Waiting to save",
                                                                     "Saving…"), timeout=10000)
        text, tip = cell(window, Column.FILE)
        shown = "\n".join([text, tip, details_text(window), visible_text(window.player)])
        assert "not a web (http or https) link" in shown, shown
        message = window.player.findChild(QLabel, "playerMessage")
        qtbot.waitUntil(message.isVisible, timeout=10000)  # a sentence instead of a clip
        for button in window.player.findChildren(QPushButton):
            if button.isVisible() and button.isEnabled():
                button.click()  # "Open in your system player" included: it must not open it
    handed_to_player = [s for s in media_sources if s and not s.startswith("http")]
    assert not handed_to_player and not desktop.urls, (
        f"a link that is not a web link was opened: the media player got {handed_to_player}, "
        f"the desktop was asked to open {desktop.urls}")
    assert list((isolated_profile / "library").glob("*")) == []
    assert service.requests("GET") == []


def test_a_video_that_is_not_an_mp4_is_not_saved(fake_service, app, qtbot,
                                                 isolated_profile):
    service = fake_service(lambda base: f"{base}/cdn/clip.mp4")
    service.files["/cdn/clip.mp4"] = Reply(200, b"<html><body>Access denied</body></html>" * 20,
                                           {"Content-Type": "text/html"})
    window = app()
    generate_unwatched(qtbot, window, "the CDN sends a web page")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0].startswith("Not saved"), timeout=10000)
    _, tip = cell(window, Column.FILE)
    assert "not an MP4 video" in tip
    assert states(window) == ["succeeded"], "the video is still done at the service"
    assert list((isolated_profile / "library").glob("*")) == []
    assert all(seen.authorization is None for seen in service.requests("GET")), \
        "the API token went to the video host"


def test_a_giant_content_length_is_refused_before_anything_is_written(fake_service, app,
                                                                      qtbot, isolated_profile):
    service = fake_service(lambda base: f"{base}/cdn/huge.mp4")
    service.files["/cdn/huge.mp4"] = Reply(200, b"\0\0\0\x18ftypisom",
                                           {"Content-Type": "video/mp4",
                                            "Content-Length": str(10**13)})
    window = app()
    generate_unwatched(qtbot, window, "a ten-terabyte video")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0].startswith("Not saved"), timeout=10000)
    _, tip = cell(window, Column.FILE)
    assert "too large" in tip
    assert list((isolated_profile / "library").glob("*")) == []


def test_a_redirect_to_another_scheme_is_not_followed(fake_service, app, qtbot,
                                                      isolated_profile):
    service = fake_service(lambda base: f"{base}/cdn/moved.mp4")
    service.files["/cdn/moved.mp4"] = Reply(302, b"", {"Location": "file:///etc/passwd"})
    with UrlCatcher() as desktop:
        window = app()
        generate_unwatched(qtbot, window, "a link that moves to a file")
        wait_states(qtbot, window, ["succeeded"])
        qtbot.waitUntil(lambda: cell(window, Column.FILE)[0].startswith("Not saved"),
                        timeout=10000)
        assert desktop.urls == []
    _, tip = cell(window, Column.FILE)
    assert "not a web (http or https) link" in tip
    assert list((isolated_profile / "library").glob("*")) == []


def test_unknown_extra_fields_change_nothing(fake_service, app, qtbot, isolated_profile):
    clip = videos.encode_clip("extra-fields")
    service = fake_service(lambda base: f"{base}/cdn/ok.mp4")
    service.files["/cdn/ok.mp4"] = Reply(200, clip, {"Content-Type": "video/mp4"})
    service.extra = {"user_id": None, "_id": {"$oid": "x"}, "surprise": [1, {"a": "b"}],
                     "state": 42, "elapsed": "soon", "application_id": "<b>app</b>"}
    window = app()
    generate_unwatched(qtbot, window, "the service adds fields of its own")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
    [saved] = (isolated_profile / "library").glob("*.mp4")
    assert saved.read_bytes() == clip


def test_a_truncated_download_is_retried_and_completes(connect, app, qtbot,
                                                       isolated_profile):
    connect.faults.truncate_downloads = 2
    window = app()
    generate_unwatched(qtbot, window, "half a file, twice")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=20000)
    assert connect.faults.truncate_downloads == 0, "both cut-off downloads happened"
    [(_, task_id)] = rows(window)
    [saved] = (isolated_profile / "library").glob("*.mp4")
    assert saved.read_bytes() == connect.video_bytes(task_id)
    assert not list((isolated_profile / "library").glob("*.part"))


def test_an_expired_link_says_so_and_try_saving_again_works(connect, app, qtbot,
                                                            isolated_profile):
    from hailuo_desktop.ui.library.row_menu import build_row_menu

    connect.faults.expire_links = True
    window = app()
    generate(qtbot, window, "gone too soon, fetched again")
    wait_states(qtbot, window, ["succeeded"])
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Link expired", timeout=10000)
    _, tip = cell(window, Column.FILE)
    assert "expired" in tip and "Retry" in tip
    assert not list((isolated_profile / "library").glob("*"))

    connect.faults.expire_links = False
    select_newest(window)
    menu = build_row_menu(window.table, window.table.currentTask())
    [again] = [a for a in menu.actions() if a.objectName() == "saveToLibraryAction"]
    assert again.text() == "Try saving again"
    again.trigger()
    qtbot.waitUntil(lambda: cell(window, Column.FILE)[0] == "Saved", timeout=10000)
    assert len(list((isolated_profile / "library").glob("*.mp4"))) == 1
    menu.deleteLater()

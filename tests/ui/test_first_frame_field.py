"""FirstFrameField driven like a user: typing, pasting, real drop events, and real probes."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolButton

from hailuo_desktop.api.images import WEB_PAGE_PROBLEM, ImageProbe, ProbeResult
from hailuo_desktop.domain.links import (
    DATA_URL_PROBLEM,
    NOTHING_DROPPED_PROBLEM,
)
from hailuo_desktop.ui.compose.first_frame_field import FirstFrameField
from hailuo_desktop.ui.compose.first_frame_texts import (
    CHECKING_TEXT,
    EMPTY_HINT,
    INACTIVE_TIP,
    UNCHECKED_TEXT,
)

DATA_URL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"


def encode(image: QImage, fmt: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    data = buffer.data().data()
    buffer.close()
    return data


def picture(width: int, height: int, fmt: str = "PNG") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fb0"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 3, height, QColor("#f0c040"))
    painter.fillRect(width // 3, height // 2, width // 3, height - height // 2, QColor("#d04040"))
    painter.end()
    return encode(image, fmt)


# --- fakes and fixtures --------------------------------------------------------------------------


class FakeProbe:
    """A probe whose answers the test decides; `hold(url)` keeps a probe waiting."""

    def __init__(self, default: ProbeResult) -> None:
        self.default = default
        self.results: dict[str, ProbeResult] = {}
        self.gates: dict[str, asyncio.Event] = {}
        self.stubborn: set[str] = set()  # these answer even when cancelled
        self.calls: list[str] = []
        self.cancelled: list[str] = []

    def hold(self, url: str) -> None:
        self.gates[url] = asyncio.Event()

    async def __call__(self, url: str) -> ProbeResult:
        self.calls.append(url)
        result = self.results.get(url, self.default)
        gate = self.gates.get(url)
        if gate is not None:
            try:
                await gate.wait()
            except asyncio.CancelledError:
                self.cancelled.append(url)
                if url in self.stubborn:
                    return result
                raise
        return result


@pytest.fixture
def png_320() -> bytes:
    return picture(320, 180)


@pytest.fixture
def fake_probe(qapp, png_320) -> FakeProbe:
    return FakeProbe(ProbeResult(png_320, None, "image/png"))


@pytest.fixture
def make_field(qtbot, event_loop):
    """Builds shown fields; at teardown shuts them down and waits until no task is left."""
    fields: list[FirstFrameField] = []

    def make(probe) -> FirstFrameField:
        field = FirstFrameField(probe)
        qtbot.addWidget(field)
        field.resize(640, 90)
        field.show()
        fields.append(field)
        return field

    yield make
    for field in fields:
        field.shutdown()
    for field in fields:
        qtbot.waitUntil(lambda f=field: not f.isChecking(), timeout=5000)


@pytest.fixture
def field(make_field, fake_probe) -> FirstFrameField:
    return make_field(fake_probe)


def edit_of(field: FirstFrameField) -> QLineEdit:
    edit = field.findChild(QLineEdit, "firstFrameEdit")
    assert edit is not None
    return edit


def info_of(field: FirstFrameField) -> QLabel:
    return field.findChild(QLabel, "firstFrameInfo")


def thumbnail_of(field: FirstFrameField) -> QLabel:
    return field.findChild(QLabel, "firstFrameThumbnail")


def mime(formats: dict[str, bytes]) -> QMimeData:
    data = QMimeData()
    for fmt, payload in formats.items():
        data.setData(fmt, QByteArray(payload))
    return data


def drop(widget, data: QMimeData) -> tuple[bool, bool]:
    """A real drag-enter, drag-move and drop on `widget`; says whether enter and drop were taken."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 10), actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(QPoint(22, 10), actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, move)
    dropped = QDropEvent(QPointF(22, 10), actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, dropped)
    assert dropped.dropAction() == Qt.DropAction.CopyAction or not dropped.isAccepted()
    return enter.isAccepted() and move.isAccepted(), dropped.isAccepted()


# --- typing and pasting ----------------------------------------------------------------------


def test_typing_a_link_checks_it_once_after_typing_stops(qtbot, field, fake_probe):
    url = "https://img.example.com/cat.png"
    links: list[str] = []
    field.linkChanged.connect(links.append)
    assert info_of(field).text() == EMPTY_HINT

    with qtbot.waitSignal(field.checked, timeout=3000):
        qtbot.keyClicks(edit_of(field), url)
        assert info_of(field).text() == CHECKING_TEXT
        assert field.isChecking()

    assert fake_probe.calls == [url]  # debounced: one probe for 30 keystrokes
    assert links[-1] == url and len(links) == len(url)
    assert field.link() == url
    assert field.blockingProblem() is None and field.probeWarning() is None
    assert info_of(field).text() == "320 × 180 px · PNG"
    pixmap = thumbnail_of(field).pixmap()
    assert not pixmap.isNull()
    assert pixmap.deviceIndependentSize().toSize() == thumbnail_of(field).contentsRect().size() \
        or (pixmap.deviceIndependentSize().width() <= 120
            and pixmap.deviceIndependentSize().height() <= 68)
    size = pixmap.deviceIndependentSize()
    assert abs(size.width() / size.height() - 320 / 180) < 0.05  # keeps its aspect


def test_link_is_stripped_and_blanks_do_not_recheck(qtbot, field, fake_probe):
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink("  https://img.example.com/a.png ")
    assert field.link() == "https://img.example.com/a.png"
    qtbot.keyClicks(edit_of(field), "  ")
    assert not field.isChecking()
    assert fake_probe.calls == ["https://img.example.com/a.png"]
    assert not thumbnail_of(field).pixmap().isNull()


def test_a_bad_link_is_blocking_and_not_probed(qtbot, field, fake_probe):
    qtbot.keyClicks(edit_of(field), "ftp://example.com/a.png")
    problem = "Only web links (https:// or http://) can be used, not ftp: links."
    assert field.blockingProblem() == problem
    assert info_of(field).text() == problem
    assert not field.isChecking()
    assert edit_of(field).text() == "ftp://example.com/a.png"  # kept so the user can fix it
    qtbot.keyClick(edit_of(field), Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(edit_of(field), Qt.Key.Key_Delete)
    qtbot.keyClicks(edit_of(field), "https")
    assert field.blockingProblem() is None
    with qtbot.waitSignal(field.checked, timeout=3000):
        pass
    assert fake_probe.calls == ["https://example.com/a.png"]


def test_pasting_a_data_url_is_refused(qtbot, field, fake_probe):
    edit = edit_of(field)
    with qtbot.waitSignal(field.checked, timeout=3000):
        qtbot.keyClicks(edit, "https://img.example.com/ok.png")
    QApplication.clipboard().setText(DATA_URL)
    links: list[str] = []
    field.linkChanged.connect(links.append)

    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert edit.text() == "https://img.example.com/ok.png"
    assert field.link() == "https://img.example.com/ok.png"
    assert info_of(field).text() == DATA_URL_PROBLEM
    assert field.blockingProblem() is None
    assert links == []
    assert not field.isChecking()
    # The next real edit clears the notice and checks again.
    with qtbot.waitSignal(field.checked, timeout=3000):
        qtbot.keyClick(edit, Qt.Key.Key_End)
        qtbot.keyClicks(edit, "?v=2")
    assert info_of(field).text() == "320 × 180 px · PNG"


def test_pasting_a_data_url_into_an_empty_field(qtbot, field):
    QApplication.clipboard().setText(DATA_URL)
    qtbot.keyClick(edit_of(field), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit_of(field).text() == ""
    assert info_of(field).text() == DATA_URL_PROBLEM


def test_set_link_refuses_a_data_url_too(field):
    field.setLink(DATA_URL)
    assert field.link() == "" and edit_of(field).text() == ""
    assert info_of(field).text() == DATA_URL_PROBLEM


def test_clear_button(qtbot, field):
    clear = field.findChild(QToolButton, "firstFrameClear")
    assert not clear.isEnabled()
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink("https://img.example.com/a.png")
    assert clear.isEnabled() and clear.toolTip()
    with qtbot.waitSignal(field.linkChanged) as changed:
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert changed.args == [""]
    assert field.link() == "" and edit_of(field).text() == ""
    assert info_of(field).text() == EMPTY_HINT
    assert thumbnail_of(field).pixmap().isNull()
    assert not clear.isEnabled()


# --- drops -------------------------------------------------------------------------------------

IMG = "https://images.example.com/photo.png?w=1280&h=720"
PAGE = "https://www.example.com/gallery/42"

GOOD_DROPS = {
    "chrome image in a link": ({
        "text/uri-list": f"{PAGE}\r\n".encode(),
        "text/html": (b'<meta http-equiv="content-type" content="text/html; charset=utf-8">'
                      b'<img src="https://images.example.com/photo.png?w=1280&amp;h=720" '
                      b'alt="A photo"/>'),
        "_NETSCAPE_URL": f"{PAGE}\nA photo".encode(),
    }, IMG),
    "chrome link with comment lines": ({
        "text/uri-list": b"# from Chromium\r\nhttps://example.com/b.jpg\r\n",
        "text/plain": b"https://example.com/b.jpg",
    }, "https://example.com/b.jpg"),
    "firefox link utf-16le": ({
        "text/x-moz-url": "https://x.example/a.png\nTitle".encode("utf-16-le"),
    }, "https://x.example/a.png"),
    "firefox image with bom and html context": ({
        "text/x-moz-url": f"{PAGE}\nGallery".encode("utf-16"),
        "application/x-moz-file-promise-url": IMG.encode(),
        "text/_moz_htmlcontext": "<html><body>".encode("utf-16-le"),
        "text/html": f'<a href="{PAGE}"><img src="{IMG.replace("&", "&amp;")}"></a>'
                     .encode("utf-16-le"),
        "text/plain": PAGE.encode(),
    }, IMG),
    "plain text": ({"text/plain": b" https://example.com/d.webp\n"}, "https://example.com/d.webp"),
}


@pytest.mark.parametrize("shape", list(GOOD_DROPS))
def test_dropping_a_link_sets_it(qtbot, field, fake_probe, shape):
    formats, expected = GOOD_DROPS[shape]
    field.setLink("https://old.example.com/old.png")
    with qtbot.waitSignal(field.checked, timeout=3000):
        taken = drop(edit_of(field), mime(formats))
    assert taken == (True, True)
    assert edit_of(field).text() == expected
    assert field.link() == expected
    assert fake_probe.calls == [expected]  # the old link never got probed


def test_dropping_qt_urls(qtbot, field):
    data = QMimeData()
    data.setUrls([QUrl("https://example.com/e.png")])
    with qtbot.waitSignal(field.checked, timeout=3000):
        drop(edit_of(field), data)
    assert field.link() == "https://example.com/e.png"


BAD_DROPS = {
    "data url from chrome": ({
        "text/uri-list": f"{DATA_URL}\r\n".encode(),
        "text/html": f'<img src="{DATA_URL}">'.encode(),
    }, DATA_URL_PROBLEM),
    "image bytes only": ({"image/png": b"\x89PNG\r\n\x1a\n0000"}, NOTHING_DROPPED_PROBLEM),
    "a sentence": ({"text/plain": b"a cat on a mat"}, NOTHING_DROPPED_PROBLEM),
}


@pytest.mark.parametrize("shape", list(BAD_DROPS))
def test_dropping_something_unusable_keeps_the_link_and_says_why(qtbot, field, fake_probe,
                                                                  shape):
    formats, problem = BAD_DROPS[shape]
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink("https://img.example.com/kept.png")
    drop(edit_of(field), mime(formats))
    assert edit_of(field).text() == "https://img.example.com/kept.png"
    assert info_of(field).text() == problem
    assert field.blockingProblem() is None
    assert not field.isChecking()
    assert fake_probe.calls == ["https://img.example.com/kept.png"]


def test_an_empty_drag_is_not_accepted(field):
    assert drop(edit_of(field), QMimeData()) == (False, False)


# --- active / inactive ---------------------------------------------------------------------------


def test_inactive_keeps_the_text_and_does_not_block(qtbot, field, fake_probe):
    edit = edit_of(field)
    qtbot.keyClicks(edit, "https://bad..host/a.png")
    assert field.blockingProblem() is not None

    field.setActive(False)
    assert not edit.isEnabled() and not thumbnail_of(field).isEnabled()
    assert edit.text() == "https://bad..host/a.png" and field.link() == edit.text()
    assert edit.toolTip() == INACTIVE_TIP and field.toolTip() == INACTIVE_TIP
    assert field.blockingProblem() is None

    field.setActive(True)
    assert edit.isEnabled() and edit.toolTip() != INACTIVE_TIP
    assert field.blockingProblem() is not None
    assert fake_probe.calls == []


def test_inactive_field_does_not_probe_until_active_again(qtbot, field, fake_probe):
    field.setActive(False)
    field.setLink("https://img.example.com/later.png")
    assert not field.isChecking()
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setActive(True)
    assert fake_probe.calls == ["https://img.example.com/later.png"]


# --- the background check --------------------------------------------------------------------


def test_a_new_link_cancels_the_old_check(qtbot, field, fake_probe):
    first, second = "https://img.example.com/1.png", "https://img.example.com/2.png"
    fake_probe.hold(first)
    fake_probe.results[second] = ProbeResult(picture(64, 64), None, "image/png")
    field.setLink(first)
    qtbot.waitUntil(lambda: fake_probe.calls == [first], timeout=3000)
    assert info_of(field).text() == CHECKING_TEXT

    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink(second)
    assert fake_probe.cancelled == [first]
    assert info_of(field).text() == "64 × 64 px · PNG"


def test_an_answer_for_an_old_link_is_ignored(qtbot, field, fake_probe):
    first, second = "https://img.example.com/1.png", "https://img.example.com/2.png"
    fake_probe.hold(first)
    fake_probe.stubborn.add(first)  # answers despite the cancel: the field must not believe it
    fake_probe.results[first] = ProbeResult(None, "stale answer", "")
    fake_probe.hold(second)
    field.setLink(first)
    qtbot.waitUntil(lambda: fake_probe.calls == [first], timeout=3000)
    checked: list[None] = []
    field.checked.connect(lambda: checked.append(None))
    field.setLink(second)
    qtbot.waitUntil(lambda: fake_probe.cancelled == [first] and len(fake_probe.calls) == 2,
                    timeout=3000)
    assert checked == []
    assert field.probeWarning() is None
    assert info_of(field).text() == CHECKING_TEXT
    with qtbot.waitSignal(field.checked, timeout=3000):
        fake_probe.gates[second].set()
    assert info_of(field).text() == "320 × 180 px · PNG"


def test_probe_warnings_are_plain_text_and_not_blocking(qtbot, field, fake_probe):
    url = "https://img.example.com/x.png"
    warning = "Server said <b>no</b> &amp; <a href='https://evil.example'>click</a>"
    fake_probe.results[url] = ProbeResult(None, warning, "text/html")
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink(url)
    assert info_of(field).textFormat() == Qt.TextFormat.PlainText
    assert info_of(field).text() == warning
    assert field.probeWarning() == warning
    assert field.blockingProblem() is None
    assert thumbnail_of(field).pixmap().isNull()


def test_an_image_qt_cannot_decode_is_a_warning(qtbot, field, fake_probe):
    url = "https://img.example.com/broken.webp"
    fake_probe.results[url] = ProbeResult(b"RIFF\x10\x00\x00\x00WEBPnot really", None,
                                          "image/webp")
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink(url)
    assert field.probeWarning() is not None
    assert field.probeWarning().startswith("This picture can't be shown here")
    assert info_of(field).text() == field.probeWarning()
    assert field.blockingProblem() is None


def test_jpeg_is_named(qtbot, field, fake_probe):
    url = "https://img.example.com/photo.jpg"
    fake_probe.results[url] = ProbeResult(picture(200, 300, "JPEG"), None, "image/jpeg")
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink(url)
    assert info_of(field).text() == "200 × 300 px · JPEG"
    size = thumbnail_of(field).pixmap().deviceIndependentSize()
    assert size.height() <= 68 and abs(size.width() / size.height() - 200 / 300) < 0.05


def test_an_unexpected_probe_error_is_reported_once(qtbot, make_field, event_loop):
    reported: list[dict] = []
    event_loop.set_exception_handler(lambda loop, context: reported.append(context))

    async def broken(url: str) -> ProbeResult:
        raise ZeroDivisionError("bug")

    field = make_field(broken)
    with qtbot.waitSignal(field.checked, timeout=3000):
        field.setLink("https://img.example.com/a.png")
    qtbot.waitUntil(lambda: len(reported) == 1, timeout=3000)
    assert isinstance(reported[0]["exception"], ZeroDivisionError)
    assert field.probeWarning().startswith("Couldn't check the image")
    assert field.blockingProblem() is None


def test_without_a_probe_nothing_is_checked(qtbot, make_field):
    field = make_field(None)
    field.setLink("https://img.example.com/a.png")
    assert not field.isChecking()
    assert info_of(field).text() == UNCHECKED_TEXT
    assert field.probeWarning() is None


@pytest.mark.parametrize("stop", ["shutdown", "close"])
def test_shutting_down_or_closing_cancels_the_running_check(qtbot, field, fake_probe, stop):
    fake_probe.hold("https://img.example.com/slow.png")
    field.setLink("https://img.example.com/slow.png")
    qtbot.waitUntil(lambda: bool(fake_probe.calls), timeout=3000)
    getattr(field, stop)()
    qtbot.waitUntil(lambda: not field.isChecking(), timeout=3000)
    assert fake_probe.cancelled == ["https://img.example.com/slow.png"]


def test_closing_during_the_delay_starts_nothing(qtbot, field, fake_probe):
    field.setLink("https://img.example.com/a.png")
    assert field.isChecking()
    field.close()
    assert not field.isChecking()
    qtbot.wait(700)
    assert fake_probe.calls == []


# --- a real probe over loopback --------------------------------------------------------------


@pytest.fixture
def image_server(qapp) -> Iterator[str]:
    routes = {
        "/frame.png": (200, "image/png", picture(1280, 720)),
        "/page.html": (200, "text/html; charset=utf-8",
                       b"<!doctype html><html><body><img src='/frame.png'></body></html>"),
        "/moved": (302, "", b""),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            status, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            if status == 302:
                self.send_header("Location", "/frame.png")
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="image-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def real_probe(qtbot, event_loop):
    http = httpx.AsyncClient(trust_env=False, timeout=httpx.Timeout(5.0))
    yield ImageProbe(http).probe
    closing = event_loop.create_task(http.aclose())
    qtbot.waitUntil(closing.done, timeout=5000)


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("path", ["/frame.png", "/moved"])
def test_real_probe_shows_size_and_thumbnail(qtbot, make_field, real_probe, image_server, path):
    field = make_field(real_probe)
    with qtbot.waitSignal(field.checked, timeout=10000):
        qtbot.keyClicks(edit_of(field), f"{image_server}{path}")
    assert info_of(field).text() == "1280 × 720 px · PNG"
    assert field.probeWarning() is None and field.blockingProblem() is None
    pixmap = thumbnail_of(field).pixmap()
    assert not pixmap.isNull()
    assert pixmap.deviceIndependentSize().toSize().width() == 120
    assert 66 <= pixmap.deviceIndependentSize().toSize().height() <= 68


def test_real_probe_of_a_web_page_warns(qtbot, make_field, real_probe, image_server):
    field = make_field(real_probe)
    with qtbot.waitSignal(field.checked, timeout=10000):
        field.setLink(f"{image_server}/page.html")
    assert info_of(field).text() == WEB_PAGE_PROBLEM
    assert field.probeWarning() == WEB_PAGE_PROBLEM and field.blockingProblem() is None


def test_real_probe_of_a_missing_image_warns(qtbot, make_field, real_probe, image_server):
    field = make_field(real_probe)
    with qtbot.waitSignal(field.checked, timeout=10000):
        field.setLink(f"{image_server}/gone.png")
    assert field.probeWarning() == "The image link answered 404 (not found). Check the link."


def test_unreachable_link_is_only_a_warning(qtbot, make_field, real_probe, closed_port):
    field = make_field(real_probe)
    with qtbot.waitSignal(field.checked, timeout=10000):
        field.setLink(f"http://127.0.0.1:{closed_port}/a.png")
    assert field.probeWarning() == ("Couldn't reach that link (the connection was refused). "
                                    "Check your connection or the address.")
    assert info_of(field).text() == field.probeWarning()
    assert field.blockingProblem() is None
    assert field.link() == f"http://127.0.0.1:{closed_port}/a.png"

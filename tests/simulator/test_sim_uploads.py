"""POST /api/v1/files/: multipart uploads, their limits, and the links that serve them."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

from hailuo_desktop.simulator import videos

PNG = videos.encode_png(videos.np.full((20, 30, 3), (200, 40, 90), videos.np.uint8))


def upload(platform, files, **kwargs) -> httpx.Response:
    return platform.post("/api/v1/files/", files=files, **kwargs)


def raw_request(sim, head: bytes) -> tuple[int, dict]:
    """Send only a request head (no body) and read the answer's status and JSON body."""
    with socket.create_connection(("127.0.0.1", sim.port), timeout=10) as connection:
        connection.sendall(head)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    status_line, _, rest = received.partition(b"\r\n")
    return int(status_line.split()[1]), json.loads(rest.partition(b"\r\n\r\n")[2])


def test_an_upload_answers_a_file_url_that_serves_the_same_bytes(platform, sim):
    answer = upload(platform, {"file": ("frame.png", PNG, "image/png")})

    assert answer.status_code == 200
    [(key, url)] = answer.json().items()
    assert key == "file_url"
    assert url.startswith(f"{sim.base_url}/files/")
    assert url.endswith(".png")
    served = httpx.get(url)  # public, like a CDN link
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/png"
    assert served.content == PNG
    head = httpx.head(url)
    assert head.content == b""
    assert int(head.headers["content-length"]) == len(PNG)


@pytest.mark.parametrize(
    ("filename", "content_type", "suffix", "served_as"),
    [
        ("photo.JPG", "image/jpeg", ".jpg", "image/jpeg"),
        ("notes.txt", "text/plain", ".txt", "text/plain"),
        ("no-extension", "image/webp", ".webp", "image/webp"),
        ("рисунок.png", "image/png", ".png", "image/png"),
        ("blob", "application/x-unknown", ".bin", "application/octet-stream"),
    ],
)
def test_the_link_keeps_the_kind_of_file(platform, filename, content_type, suffix, served_as):
    url = upload(platform, {"file": (filename, b"some bytes", content_type)}).json()["file_url"]

    assert url.endswith(suffix)
    assert httpx.get(url).headers["content-type"] == served_as


def test_each_upload_gets_its_own_link(platform):
    first = upload(platform, {"file": ("a.png", PNG, "image/png")}).json()["file_url"]
    second = upload(platform, {"file": ("a.png", PNG, "image/png")}).json()["file_url"]

    assert first != second


@pytest.mark.parametrize(
    ("files", "data"),
    [
        ({"image": ("a.png", PNG, "image/png")}, None),  # not the field "file"
        (None, {"file": "just text"}),  # a form field, not a file
        ([("file", ("a.png", PNG)), ("file", ("b.png", PNG))], None),  # one file per request
        ({"file": ("empty.png", b"", "image/png")}, None),
    ],
    ids=["wrong-field", "no-file", "two-files", "empty"],
)
def test_uploads_without_exactly_one_file_are_a_bad_request(platform, files, data):
    answer = platform.post("/api/v1/files/", files=files, data=data)

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad_request"


def test_a_body_that_is_not_multipart_is_a_bad_request(platform):
    answer = platform.post("/api/v1/files/", json={"file": "x"})

    assert answer.status_code == 400


def test_over_100_mb_is_refused_with_413_before_the_body_is_read(sim):
    length = 100 * 1024 * 1024 + 2 * 1024 * 1024
    head = (
        f"POST /api/v1/files/ HTTP/1.1\r\nHost: 127.0.0.1:{sim.port}\r\n"
        f"Authorization: Bearer {sim.platform_token}\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()

    status, body = raw_request(sim, head)  # sends no body at all, yet gets its answer

    assert status == 413
    assert body["error"]["code"] == "file_too_large"


def test_a_client_that_expects_100_continue_hears_413_instead(sim):
    sim.faults.platform_errors = "detail"
    head = (
        f"POST /api/v1/files/ HTTP/1.1\r\nHost: 127.0.0.1:{sim.port}\r\n"
        f"Authorization: Bearer {sim.platform_token}\r\n"
        "Content-Type: multipart/form-data; boundary=xyz\r\nExpect: 100-continue\r\n"
        f"Content-Length: {200 * 1024 * 1024}\r\n\r\n"
    ).encode()

    status, body = raw_request(sim, head)

    assert status == 413
    assert set(body) == {"detail"}


def test_a_file_just_over_100_mb_inside_a_body_within_the_limit_is_413(platform, sim):
    data = bytes(100 * 1024 * 1024 + 1)

    answer = upload(platform, {"file": ("big.bin", data, "application/octet-stream")})

    assert answer.status_code == 413


def test_unknown_files_are_404_and_cannot_be_posted_to(platform, sim):
    url = upload(platform, {"file": ("a.png", PNG, "image/png")}).json()["file_url"]

    assert httpx.get(f"{sim.base_url}/files/0000000000.png").status_code == 404
    assert httpx.get(f"{sim.base_url}/files/../state.json").status_code == 404
    assert httpx.post(url).status_code == 405

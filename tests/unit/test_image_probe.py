"""ImageProbe over httpx.MockTransport: statuses, pages, size cap, network trouble, redirects."""

from __future__ import annotations

import asyncio
import socket
import struct
import zlib
from fractions import Fraction

import av
import httpx
import numpy as np
import pytest

from hailuo_desktop.api.images import (
    BAD_REDIRECT_PROBLEM,
    EMPTY_PROBLEM,
    INVALID_URL_PROBLEM,
    MAX_IMAGE_BYTES,
    TOO_MANY_REDIRECTS_PROBLEM,
    WEB_PAGE_PROBLEM,
    ImageProbe,
    ProbeResult,
    sniff_image_type,
    too_large_problem,
)
from hailuo_desktop.domain.links import check_first_frame_link


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A real, valid RGB PNG written by hand (zlib + CRCs)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    rows = b"".join(  # each row: filter byte 0, then RGB pixels
        b"\x00" + b"".join(bytes((x * 40 % 256, y * 60 % 256, 200)) for x in range(width))
        for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def jpeg_bytes(width: int = 64, height: int = 48) -> bytes:
    """A real baseline JPEG, encoded by FFmpeg's MJPEG encoder."""
    codec = av.CodecContext.create("mjpeg", "w")
    codec.width, codec.height = width, height
    codec.pix_fmt = "yuvj420p"
    codec.time_base = Fraction(1, 25)
    pixels = np.full((height, width, 3), (30, 120, 200), np.uint8)
    frame = av.VideoFrame.from_ndarray(pixels, format="rgb24").reformat(format="yuvj420p")
    return b"".join(bytes(packet) for packet in [*codec.encode(frame), *codec.encode(None)])


def run_probe(handler, url: str = "https://img.example.com/a.png", **kwargs) -> ProbeResult:
    async def main() -> ProbeResult:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            return await ImageProbe(http, **kwargs).probe(url)
    return asyncio.run(main())


def test_the_png_helper_writes_a_real_png():
    data = png_bytes(4, 3)
    assert data.startswith(b"\x89PNG") and struct.unpack(">II", data[16:24]) == (4, 3)


def test_good_png():
    data = png_bytes()
    result = run_probe(lambda request: httpx.Response(
        200, content=data, headers={"content-type": "image/png"}))
    assert result == ProbeResult(data, None, "image/png")


def test_good_jpeg_even_with_a_wrong_content_type():
    data = jpeg_bytes()
    assert data.startswith(b"\xff\xd8\xff") and data.endswith(b"\xff\xd9")
    result = run_probe(lambda request: httpx.Response(
        200, content=data, headers={"content-type": "application/octet-stream"}))
    assert result == ProbeResult(data, None, "image/jpeg")


@pytest.mark.parametrize("head, kind", [
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"GIF89a\x01\x00\x01\x00", "image/gif"),
    (b"GIF87a\x01\x00\x01\x00", "image/gif"),
    (b"BM" + b"\x00" * 30, "image/bmp"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", None),
    (b"BM", None),
    (b"RIFF\x24\x00\x00\x00WAVEfmt ", None),
])
def test_magic_bytes(head, kind):
    assert sniff_image_type(head) == kind


def test_no_credentials_leave_with_the_probe():
    seen: list[httpx.Request] = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, content=png_bytes())

    async def main():
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(handler),
            headers={"authorization": "Bearer secret", "cookie": "a=b"},
        ) as http:
            return await ImageProbe(http).probe("https://img.example.com/a.png")

    assert asyncio.run(main()).problem is None
    assert "authorization" not in seen[0].headers
    assert "cookie" not in seen[0].headers
    assert seen[0].headers["accept"].startswith("image/")


@pytest.mark.parametrize("status, expected", [
    (404, "The image link answered 404 (not found). Check the link."),
    (403, "The image link answered 403 (access denied). Check the link."),
    (401, "The image link answered 401 (login required). Check the link."),
    (410, "The image link answered 410 (gone). Check the link."),
    (418, "The image link answered 418 (i'm a teapot). Check the link."),
    (500, "The image server answered 500 (server error). Try again later."),
    (503, "The image server answered 503 (server error). Try again later."),
])
def test_bad_status(status, expected):
    result = run_probe(lambda request: httpx.Response(
        status, content=b"<html>nope</html>", headers={"content-type": "text/html"}))
    assert result.data is None
    assert result.problem == expected


@pytest.mark.parametrize("content_type, body", [
    ("text/html; charset=utf-8", b"<!DOCTYPE html><html><body><img src='a.png'></body></html>"),
    ("application/octet-stream", b"\xef\xbb\xbf\n  <!doctype HTML>\n<html lang='en'>"),
    ("", b"<html><head><title>Gallery</title></head></html>"),
])
def test_web_page_instead_of_image(content_type, body):
    headers = {"content-type": content_type} if content_type else {}
    result = run_probe(lambda request: httpx.Response(200, content=body, headers=headers))
    assert result == ProbeResult(None, WEB_PAGE_PROBLEM, content_type.split(";")[0])


def test_image_content_type_is_not_believed():
    result = run_probe(lambda request: httpx.Response(
        200, content=b"this is not a picture", headers={"content-type": "image/png"}))
    assert result.data is None
    assert result.problem == ("That link doesn't lead to a picture the service can use (it sent "
                              "image/png). Use a PNG, JPEG or WebP image.")


def test_svg_is_refused_with_its_own_sentence():
    result = run_probe(lambda request: httpx.Response(
        200, content=b"<svg xmlns='http://www.w3.org/2000/svg'></svg>",
        headers={"content-type": "image/svg+xml"}))
    assert result.data is None and "SVG" in result.problem


def test_empty_body():
    assert run_probe(lambda request: httpx.Response(200)).problem == EMPTY_PROBLEM


class Streamed:
    """A response body that counts how much of it was pulled."""

    def __init__(self, chunk: bytes, chunks: int):
        self.chunk, self.chunks, self.pulled = chunk, chunks, 0

    async def __aiter__(self):
        for _ in range(self.chunks):
            self.pulled += len(self.chunk)
            yield self.chunk


def test_too_large_stream_stops_at_the_cap():
    megabyte = b"\x89PNG\r\n\x1a\n" + b"\x00" * (1024 * 1024 - 8)
    body = Streamed(megabyte, 200)  # 200 MB if read to the end, sent without Content-Length
    result = run_probe(lambda request: httpx.Response(200, content=body))
    assert result == ProbeResult(None, too_large_problem(), "")
    assert result.problem.startswith("The image is larger than 20 MB")
    assert MAX_IMAGE_BYTES < body.pulled <= MAX_IMAGE_BYTES + len(megabyte)


def test_exactly_at_the_cap_is_fine():
    data = png_bytes()
    body = Streamed(data, 3)
    result = run_probe(lambda request: httpx.Response(200, content=body),
                       max_bytes=3 * len(data))
    assert result.problem is None and result.data == data * 3


def test_too_large_content_length_is_refused_before_reading():
    body = Streamed(b"\x89PNG\r\n\x1a\n" + b"\x00" * 1000, 5)
    result = run_probe(lambda request: httpx.Response(
        200, content=body, headers={"content-length": str(MAX_IMAGE_BYTES + 1)}))
    assert result.problem == too_large_problem()
    assert body.pulled == 0


def test_a_smaller_cap_names_its_size():
    result = run_probe(lambda request: httpx.Response(200, content=b"\xff\xd8\xff" * 1000),
                       max_bytes=1024 * 1024 // 2)
    assert result.problem is None
    result = run_probe(lambda request: httpx.Response(200, content=b"\xff\xd8\xff" * 400_000),
                       max_bytes=1024 * 1024 // 2)
    assert result.problem.startswith("The image is larger than 0.5 MB")


def raiser(exc_type, message="boom"):
    def handler(request):
        raise exc_type(message, request=request)
    return handler


def raiser_from(exc_type, cause: OSError):
    """As anyio does it: a generic message, the real OSError two levels down."""
    def handler(request):
        try:
            try:
                raise cause
            except OSError as exc:
                raise OSError("All connection attempts failed") from exc
        except OSError as exc:
            raise exc_type("All connection attempts failed", request=request) from exc
    return handler


@pytest.mark.parametrize("handler, reason", [
    (raiser(httpx.ConnectError, "[Errno 111] Connection refused"),
     "the connection was refused"),
    (raiser(httpx.ConnectError, "[Errno -2] Name or service not known"),
     "the website name was not found"),
    (raiser(httpx.ConnectError, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
     "its security certificate was not accepted"),
    (raiser_from(httpx.ConnectError, ConnectionRefusedError(111, "Connect call failed")),
     "the connection was refused"),
    (raiser_from(httpx.ConnectError, socket.gaierror(-2, "Name or service not known")),
     "the website name was not found"),
    (raiser(httpx.ConnectError, "All connection attempts failed"), "could not connect"),
    (raiser(httpx.ConnectTimeout), "it took too long to answer"),
    (raiser(httpx.ReadTimeout), "it took too long to answer"),
    (raiser(httpx.RemoteProtocolError), "the server broke off the answer"),
    (raiser(httpx.ReadError), "network error"),
])
def test_network_failures_do_not_raise(handler, reason):
    result = run_probe(handler)
    assert result == ProbeResult(
        None, f"Couldn't reach that link ({reason}). Check your connection or the address.", "")


@pytest.mark.parametrize("url", ["not a link", "ftp://example.com/a.png", "https://exa mple.com/",
                                 "https://example.com:99999/a.png", "data:image/png;base64,AA",
                                 "/home/ann/cat.png", ""])
def test_refused_links_are_not_fetched(url):
    def handler(request):  # pragma: no cover - must not be reached
        raise AssertionError(f"no request should be sent for {url!r}")
    expected = check_first_frame_link(url).problem or INVALID_URL_PROBLEM
    assert run_probe(handler, url) == ProbeResult(None, expected, "")


def redirecting(hops: dict[str, str], final: bytes):
    visited: list[str] = []

    def handler(request):
        visited.append(str(request.url))
        target = hops.get(str(request.url))
        if target is not None:
            return httpx.Response(302, headers={"location": target})
        return httpx.Response(200, content=final)
    return handler, visited


def test_follows_relative_and_absolute_redirects():
    data = png_bytes()
    handler, visited = redirecting({
        "https://img.example.com/a.png": "/b.png",
        "https://img.example.com/b.png": "http://cdn.example.net/c.png",
    }, data)
    result = run_probe(handler)
    assert result.data == data
    assert visited[-1] == "http://cdn.example.net/c.png"


def test_redirect_to_a_non_web_scheme_is_refused():
    handler, visited = redirecting({"https://img.example.com/a.png": "file:///etc/passwd"}, b"")
    result = run_probe(handler)
    assert result.data is None
    assert result.problem.startswith("The image link forwards to a file: address")
    assert visited == ["https://img.example.com/a.png"]


def test_redirect_to_a_data_url_is_refused():
    handler, _ = redirecting({"https://img.example.com/a.png": "data:image/png;base64,AAAA"}, b"")
    assert run_probe(handler) == ProbeResult(None, BAD_REDIRECT_PROBLEM, "")


def test_at_most_five_redirects():
    data = png_bytes()
    chain = {f"https://img.example.com/{i}.png": f"/{i + 1}.png" for i in range(6)}
    handler, visited = redirecting(chain, data)
    assert run_probe(handler, "https://img.example.com/1.png").data == data  # 1→6: five hops
    handler, visited = redirecting(chain, data)
    result = run_probe(handler, "https://img.example.com/0.png")  # 0→6: six hops
    assert result == ProbeResult(None, TOO_MANY_REDIRECTS_PROBLEM, "")
    assert len(visited) == 6


def test_redirect_without_location():
    result = run_probe(lambda request: httpx.Response(302))
    assert result.problem == "The image link answered 302 (found). Check the link."


def test_unexpected_errors_propagate():
    def handler(request):
        raise ZeroDivisionError
    with pytest.raises(ZeroDivisionError):
        run_probe(handler)

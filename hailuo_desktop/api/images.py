"""Checking a first-frame link before it is sent: does it lead to a picture, and how big is it?

A first-frame link can point anywhere on the web, so the probe uses an `httpx.AsyncClient` that
does not carry the AceData token (the caller passes such a client), and on top of that strips any
`Authorization` or `Cookie` header from its own requests. It follows at most five redirects by
hand, each only to http(s), reads at most 20 MB, and believes the first bytes of the body rather
than the server's Content-Type.

A link `check_first_frame_link` refuses is not fetched: its sentence comes back as the problem.
Expected failures (bad status, not a picture, too large, network trouble, invalid address) come
back as a `ProbeResult` with a plain sentence in `problem`; nothing here raises for them.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import ssl
from dataclasses import dataclass

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, Context
from ..domain.links import check_first_frame_link

log = logging.getLogger(__name__)

Images = Context("Images")

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)

_ACCEPT = "image/png,image/jpeg,image/webp,image/*;q=0.8,*/*;q=0.5"
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*):")
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_STATUS_WORDS = {
    400: QT_TRANSLATE_NOOP("Images", "bad request"),
    401: QT_TRANSLATE_NOOP("Images", "login required"),
    403: QT_TRANSLATE_NOOP("Images", "access denied"),
    404: QT_TRANSLATE_NOOP("Images", "not found"),
    410: QT_TRANSLATE_NOOP("Images", "gone"),
    429: QT_TRANSLATE_NOOP("Images", "too many requests"),
    451: QT_TRANSLATE_NOOP("Images", "blocked for legal reasons"),
}


def too_large_problem(max_bytes: int = MAX_IMAGE_BYTES) -> str:
    return Images.tr("The image is larger than {most} MB. Use a smaller picture (the service "
                     "takes up to {most} MB).").format(most=f"{max_bytes / (1024 * 1024):g}")


# Translated where they are returned (Images.tr).
WEB_PAGE_PROBLEM = QT_TRANSLATE_NOOP(
    "Images", "That link opens a web page, not an image. Right-click the picture and copy the "
              "image address.")
EMPTY_PROBLEM = QT_TRANSLATE_NOOP("Images", "The image link sent back nothing. Check the link.")
INVALID_URL_PROBLEM = QT_TRANSLATE_NOOP("Images",
                                        "That is not a valid web address. Check the link.")
BAD_REDIRECT_PROBLEM = QT_TRANSLATE_NOOP(
    "Images", "The image link forwards to an address that can't be used. Copy the picture's "
              "final address.")
TOO_MANY_REDIRECTS_PROBLEM = QT_TRANSLATE_NOOP(
    "Images", "The image link forwards to other addresses too many times. Copy the picture's "
              "final address.")


@dataclass(frozen=True)
class ProbeResult:
    """What the probe found.

    `data` holds the downloaded bytes when they are a picture (PNG, JPEG, WebP, GIF or BMP) and
    `problem` is None; otherwise `data` is None and `problem` is one sentence for the user.
    `content_type` is the type recognised from the bytes ("image/png") when it is a picture,
    else what the server claimed (without parameters), else "".
    """

    data: bytes | None
    problem: str | None
    content_type: str


def sniff_image_type(head: bytes) -> str | None:
    """The MIME type of a picture from its first bytes, or None if it is not one we take."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(head) >= 26 and head.startswith(b"BM"):
        return "image/bmp"
    return None


def _looks_like_html(head: bytes, declared: str) -> bool:
    if declared in ("text/html", "application/xhtml+xml"):
        return True
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta"))


def _status_problem(response: httpx.Response) -> str:
    code = response.status_code
    if code >= 500:
        return Images.tr("The image server answered {code} (server error). Try again "
                         "later.").format(code=code)
    words = Images.tr(_STATUS_WORDS[code]) if code in _STATUS_WORDS \
        else (response.reason_phrase or Images.tr("error")).lower()
    return Images.tr("The image link answered {code} ({words}). Check the link.").format(
        code=code, words=words)


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and what caused it: anyio wraps the OSError that says what really failed."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _network_reason(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return Images.tr("it took too long to answer")
    if isinstance(exc, httpx.ConnectError):
        chain = _chain(exc)
        text = " ".join(str(item) for item in chain).lower()
        if any(isinstance(item, socket.gaierror) for item in chain) \
                or "name or service not known" in text or "getaddrinfo" in text \
                or "nodename nor servname" in text or "name resolution" in text:
            return Images.tr("the website name was not found")
        if any(isinstance(item, ConnectionRefusedError) for item in chain) or "refused" in text:
            return Images.tr("the connection was refused")
        if any(isinstance(item, ssl.SSLError) for item in chain) or "certificate" in text:
            return Images.tr("its security certificate was not accepted")
        return Images.tr("could not connect")
    if isinstance(exc, httpx.RemoteProtocolError):
        return Images.tr("the server broke off the answer")
    if isinstance(exc, httpx.DecodingError):
        return Images.tr("the server sent a damaged answer")
    if isinstance(exc, httpx.ProxyError):
        return Images.tr("the proxy refused it")
    return Images.tr("network error")


def _unreachable(exc: httpx.HTTPError) -> str:
    return Images.tr("Couldn't reach that link ({reason}). Check your connection or the "
                     "address.").format(reason=_network_reason(exc))


def _scheme_problem(scheme: str) -> str:
    if not scheme:
        return Images.tr("The image link forwards to an address that is not a web link, which "
                         "can't be used. Copy the picture's final address.")
    return Images.tr("The image link forwards to a {scheme}: address, which can't be used. "
                     "Copy the picture's final address.").format(scheme=scheme)


class ImageProbe:
    """Downloads a first-frame link once, with limits, and says whether it is a usable picture."""

    def __init__(self, http: httpx.AsyncClient, *, max_bytes: int = MAX_IMAGE_BYTES,
                 max_redirects: int = MAX_REDIRECTS,
                 timeout: httpx.Timeout | None = DEFAULT_TIMEOUT) -> None:
        self._http = http
        self._max_bytes = max_bytes
        self._max_redirects = max_redirects
        self._timeout = timeout

    async def probe(self, url: str) -> ProbeResult:
        try:
            return await self._probe(url)
        except httpx.InvalidURL:
            return ProbeResult(None, Images.tr(INVALID_URL_PROBLEM), "")
        except httpx.UnsupportedProtocol:
            return ProbeResult(None, Images.tr(INVALID_URL_PROBLEM), "")
        except httpx.HTTPError as exc:
            log.info("first-frame probe of %s failed: %r", url, exc)
            return ProbeResult(None, _unreachable(exc), "")

    async def _probe(self, url: str) -> ProbeResult:
        check = check_first_frame_link(url)
        if check.problem is not None:
            return ProbeResult(None, check.problem, "")
        target = httpx.URL(check.url)
        if target.scheme not in ("http", "https"):
            return ProbeResult(None, Images.tr(INVALID_URL_PROBLEM), "")
        for _ in range(self._max_redirects + 1):
            request = self._http.build_request(
                "GET", target, headers={"accept": _ACCEPT},
                timeout=self._timeout if self._timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
            # Belt and braces: whatever client we were given, no credentials leave with the probe.
            for header in ("authorization", "cookie", "proxy-authorization"):
                request.headers.pop(header, None)
            try:
                response = await self._http.send(request, stream=True, follow_redirects=False)
            except httpx.InvalidURL:
                # Our own URL was already valid: httpx choked on a redirect's Location while
                # preparing `next_request` (it does so even when not following redirects).
                return ProbeResult(None, Images.tr(BAD_REDIRECT_PROBLEM), "")
            try:
                if response.status_code in _REDIRECT_CODES:
                    location = response.headers.get("location")
                    if not location:
                        return ProbeResult(None, _status_problem(response), "")
                    scheme = _SCHEME.match(location)
                    if scheme is not None and scheme.group(1).lower() not in ("http", "https"):
                        return ProbeResult(None, _scheme_problem(scheme.group(1).lower()), "")
                    target = response.url.join(location)
                    if target.scheme not in ("http", "https"):
                        return ProbeResult(None, _scheme_problem(target.scheme), "")
                    continue
                return await self._read(response)
            finally:
                await response.aclose()
        return ProbeResult(None, Images.tr(TOO_MANY_REDIRECTS_PROBLEM), "")

    async def _read(self, response: httpx.Response) -> ProbeResult:
        declared = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if not response.is_success:
            return ProbeResult(None, _status_problem(response), declared)
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self._max_bytes:
            return ProbeResult(None, too_large_problem(self._max_bytes), declared)
        chunks: list[bytes] = []
        size = 0
        async with contextlib.aclosing(response.aiter_bytes()) as pieces:
            async for chunk in pieces:
                size += len(chunk)
                if size > self._max_bytes:
                    return ProbeResult(None, too_large_problem(self._max_bytes), declared)
                chunks.append(chunk)
        data = b"".join(chunks)
        if not data:
            return ProbeResult(None, Images.tr(EMPTY_PROBLEM), declared)
        sniffed = sniff_image_type(data[:32])
        if sniffed is not None:
            return ProbeResult(data, None, sniffed)
        if _looks_like_html(data, declared):
            return ProbeResult(None, Images.tr(WEB_PAGE_PROBLEM), declared)
        if declared == "image/svg+xml" or data.lstrip()[:5] in (b"<svg ", b"<?xml"):
            return ProbeResult(None, Images.tr(
                "That link is a drawing (SVG), not a photo-like picture. Use a PNG, JPEG or "
                "WebP image."), declared)
        return ProbeResult(None, Images.tr(
            "That link doesn't lead to a picture the service can use (it sent {kind}). Use a "
            "PNG, JPEG or WebP image.").format(kind=declared or Images.tr("unknown data")),
            declared)

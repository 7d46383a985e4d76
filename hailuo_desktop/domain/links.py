"""The first-frame link: what the user typed, pasted or dropped, and whether the service can use it.

The service takes a first frame only as a public http(s) link (`first_image_url`); it refuses
images embedded in the link (`data:` URLs) and cannot read files on this computer (a picture
file becomes a link by uploading it, which the first-frame field does; a typed path is not one).
Everything here is pure: the widget and the form ask, and show the sentence they get back.

Drag and drop arrives as MIME payloads whose shape depends on the program the user dragged from:

* Chromium: `text/uri-list` (CRLF lines, `#` comments). Dragging an *image* also sends
  `text/html` holding `<img src="…">`; that src is the picture, while the uri-list may be the
  link the picture sits in.
* Firefox: `text/x-moz-url` in UTF-16 ("url\\ntitle"), plus `application/x-moz-file-promise-url`
  for a dragged image, `text/html` (often UTF-16 too) and `text/_moz_htmlcontext` (ignored).
* File managers: `text/uri-list` with `file://` entries.
* Anything else: `text/plain`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from .i18n import QT_TRANSLATE_NOOP, Context

Links = Context("Links")

# Translated where they are returned (Links.tr).
DATA_URL_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "The service accepts image links only, not images embedded in the link (data: "
             "URLs). Upload the picture somewhere public and paste its link.")
LOCAL_FILE_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "A file's address can't be sent as a link. To use a picture from this "
             "computer, drop the file here, paste the picture, or choose it with Browse….")
SCRIPT_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "That is a piece of script, not a link. Paste a link that starts with https://.")
BLOB_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "That link only exists inside your browser (blob:). Open the picture on its own "
             "and copy its address.")
NO_SCHEME_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "The link must start with https:// or http:// — copy the full image address.")
NO_HOST_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "The link has no website name after the https://. Copy the full image address.")
NOT_A_LINK_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "That is text, not a link. Paste the address of a picture on the web, starting "
             "with https://.")
WHITESPACE_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "The link has a space or line break inside it. Paste just one link.")
MALFORMED_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "That doesn't look like a valid web link. Copy the image address again.")
NOTHING_DROPPED_PROBLEM = QT_TRANSLATE_NOOP(
    "Links", "That can't be used as a first frame: drop a link or an image from a web page.")


def _other_scheme_problem(scheme: str) -> str:
    return Links.tr("Only web links (https:// or http://) can be used, not {scheme}: "
                    "links.").format(scheme=scheme)


def _scheme_typo_problem(scheme: str) -> str:
    return Links.tr("The link starts with “{scheme}:” — did you mean “https:”?").format(
        scheme=scheme)


def _start_typo_problem(start: str) -> str:
    return Links.tr("The link starts with “{start}” — did you mean “https://”?").format(
        start=start)


def _looks_like_http_typo(scheme: str) -> bool:
    """"htps", "htttp", "hhtps", "http;"-style slips: an h, a t, a p, and little else."""
    letters = scheme.rstrip("s")
    return (2 <= len(scheme) <= 7 and scheme[0] == "h" and "p" in scheme
            and set(letters) <= {"h", "t", "p"})


@dataclass(frozen=True)
class LinkCheck:
    """`url` is the text without surrounding blanks; `problem` says what is wrong, or None."""

    url: str
    problem: str | None = None


@dataclass(frozen=True)
class DropResult:
    """The link found in a drop (None when unusable) and, when unusable, why."""

    url: str | None
    problem: str | None = None


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# "htp//…", "http//…", "https:/…": a web link's start with a slip in it (no colon, a slash
# short). Said before anything else about the text: that is what went wrong.
_SLIPPED_START = re.compile(r"^(h[a-z]{1,6})(?::/|/{1,2}|;//?)(?!/)", re.IGNORECASE)
_WINDOWS_PATH = re.compile(r"^[A-Za-z]:([\\/]|$)")
_HOST_LABEL = re.compile(r"^[\w\-]+$")  # \w is Unicode-aware: internationalised names pass


def _is_local_path(text: str) -> bool:
    return (
        text.startswith(("/", "~", "\\\\", "./", "../", ".\\", "..\\"))
        or _WINDOWS_PATH.match(text) is not None
    )


def _valid_host(host: str) -> bool:
    if ":" in host:  # urlsplit hands IPv6 literals over without their brackets
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return False
        return True
    labels = host.removesuffix(".").split(".")
    return all(label and len(label) <= 63 and _HOST_LABEL.match(label) for label in labels)


def is_web_link(url: str | None) -> bool:
    """An absolute http(s) link with a host: the only kind the app opens or downloads."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def check_first_frame_link(text: str) -> LinkCheck:
    """Whether `text` can be sent as `first_image_url`. Empty text is not a problem here."""
    url = text.strip()
    if not url:
        return LinkCheck("", None)
    lowered = url.lower()
    if lowered.startswith("data:"):
        return LinkCheck(url, Links.tr(DATA_URL_PROBLEM))
    if lowered.startswith("file:") or _is_local_path(url):
        return LinkCheck(url, Links.tr(LOCAL_FILE_PROBLEM))
    if lowered.startswith("javascript:"):
        return LinkCheck(url, Links.tr(SCRIPT_PROBLEM))
    if lowered.startswith("blob:"):
        return LinkCheck(url, Links.tr(BLOB_PROBLEM))
    slipped = _SLIPPED_START.match(url)
    if slipped and _looks_like_http_typo(slipped.group(1).lower()):
        return LinkCheck(url, _start_typo_problem(slipped.group(0)))
    if _SCHEME.match(url) is None and any(ch.isspace() for ch in url):
        return LinkCheck(url, Links.tr(NOT_A_LINK_PROBLEM))  # words, not a link with a space in it
    if any(ch.isspace() for ch in url):
        return LinkCheck(url, Links.tr(WHITESPACE_PROBLEM))
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return LinkCheck(url, Links.tr(MALFORMED_PROBLEM))
    scheme_match = _SCHEME.match(url)
    if scheme_match is None:
        return LinkCheck(url, Links.tr(NO_SCHEME_PROBLEM))
    scheme = scheme_match.group(1).lower()
    if scheme not in ("http", "https"):
        # "example.com/a.png" with a port parses as scheme "example.com": https:// is missing.
        if "." in scheme or url[len(scheme) + 1:][:1].isdigit():
            return LinkCheck(url, Links.tr(NO_SCHEME_PROBLEM))
        if _looks_like_http_typo(scheme):
            return LinkCheck(url, _scheme_typo_problem(scheme))
        return LinkCheck(url, _other_scheme_problem(scheme))
    if not url[len(scheme) + 1:].startswith("//"):
        return LinkCheck(url, Links.tr(MALFORMED_PROBLEM))
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError:
        return LinkCheck(url, Links.tr(MALFORMED_PROBLEM))
    if not host:
        return LinkCheck(url, Links.tr(NO_HOST_PROBLEM))
    if not _valid_host(host):
        return LinkCheck(url, Links.tr(MALFORMED_PROBLEM))
    return LinkCheck(url, None)


# --- drag and drop -------------------------------------------------------------------------------


class _ImageSources(HTMLParser):
    """Collects the src of every <img>; HTMLParser already decodes entities such as &amp;."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            for name, value in attrs:
                if name == "src" and value and value.strip():
                    self.sources.append(value.strip())
                    return

    handle_startendtag = handle_starttag


def _decode_text(raw: bytes) -> str:
    """Text from a drag payload: UTF-16 (with or without BOM, as Firefox sends) or UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    elif len(raw) >= 2 and raw[1] == 0 and raw[0] != 0:
        text = raw.decode("utf-16-le", errors="replace")
    elif len(raw) >= 2 and raw[0] == 0 and raw[1] != 0:
        text = raw.decode("utf-16-be", errors="replace")
    else:
        text = raw.decode("utf-8", errors="replace")
    return text.replace("\x00", "").lstrip("\ufeff")


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _from_uri_list(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    return ""


def _from_html(text: str) -> str:
    parser = _ImageSources()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # HTMLParser is lenient; a payload it still chokes on has no usable image
        return ""
    return parser.sources[0] if parser.sources else ""


def _looks_like_a_link(text: str) -> bool:
    """Plain text counts as an attempted link if it is one word, a scheme or a path."""
    text = text.strip()
    if not text:
        return False
    return (
        not any(ch.isspace() for ch in text)
        or _SCHEME.match(text) is not None
        or _is_local_path(text)
    )


def _payloads(formats: Mapping[str, bytes]) -> dict[str, bytes]:
    """Format names lower-cased and without parameters ("text/plain;charset=utf-8")."""
    result: dict[str, bytes] = {}
    for name, raw in formats.items():
        key = name.split(";", 1)[0].strip().lower()
        if key not in result and raw:
            result[key] = bytes(raw)
    return result


def link_from_drop(formats: Mapping[str, bytes]) -> DropResult:
    """The first-frame link in a drop, given its MIME format names and raw payloads."""
    payloads = _payloads(formats)

    def text(fmt: str) -> str:
        raw = payloads.get(fmt)
        return _decode_text(raw) if raw else ""

    # Most specific first: the dragged picture itself, then the link, then any text.
    candidates = [
        _first_line(text("application/x-moz-file-promise-url")),
        _from_html(text("text/html")),
        _first_line(text("text/x-moz-url")),
        _from_uri_list(text("text/uri-list")),
        _first_line(text("_netscape_url")),
    ]
    plain = text("text/plain")
    if _looks_like_a_link(plain):
        candidates.append(plain.strip())
    for candidate in candidates:
        if candidate:
            check = check_first_frame_link(candidate)
            if check.problem is not None:
                return DropResult(None, check.problem)
            return DropResult(check.url, None)
    return DropResult(None, Links.tr(NOTHING_DROPPED_PROBLEM))

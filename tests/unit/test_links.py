"""The first-frame link rules and the drag-and-drop payloads real programs send."""

from __future__ import annotations

import pytest

from hailuo_desktop.domain.links import (
    BLOB_PROBLEM,
    DATA_URL_PROBLEM,
    LOCAL_FILE_PROBLEM,
    MALFORMED_PROBLEM,
    NO_HOST_PROBLEM,
    NO_SCHEME_PROBLEM,
    NOT_A_LINK_PROBLEM,
    NOTHING_DROPPED_PROBLEM,
    SCRIPT_PROBLEM,
    WHITESPACE_PROBLEM,
    DropResult,
    LinkCheck,
    check_first_frame_link,
    link_from_drop,
)

# --- typed or pasted -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "https://cdn.example.com/frames/cat.png",
    "http://example.com/a.jpg?size=large&v=2#top",
    "HTTPS://EXAMPLE.COM/A.PNG",
    "https://example.com:8443/a.webp",
    "https://[2001:db8::1]/a.png",
    "https://bücher.example/bild.png",
    "https://user@example.com/a.png",
])
def test_web_links_pass(text):
    assert check_first_frame_link(text) == LinkCheck(text, None)


def test_blanks_around_the_link_are_dropped():
    assert check_first_frame_link("  \thttps://example.com/a.png \n") == LinkCheck(
        "https://example.com/a.png", None)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_is_not_a_problem_here(text):
    assert check_first_frame_link(text) == LinkCheck("", None)


@pytest.mark.parametrize("text, problem", [
    ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", DATA_URL_PROBLEM),
    ("DATA:image/jpeg;base64,/9j/4AAQ", DATA_URL_PROBLEM),
    ("data:image/png;base64,iVBO\nRw0K GgoA", DATA_URL_PROBLEM),  # wrapped base64 still says so
    ("javascript:alert(document.cookie)", SCRIPT_PROBLEM),
    ("JavaScript:void(0)", SCRIPT_PROBLEM),
    ("file:///home/ann/Pictures/cat.png", LOCAL_FILE_PROBLEM),
    ("file://C:/Users/ann/cat.png", LOCAL_FILE_PROBLEM),
    ("/home/x.png", LOCAL_FILE_PROBLEM),
    ("/home/ann/My Pictures/cat 1.png", LOCAL_FILE_PROBLEM),
    ("~/Pictures/cat.png", LOCAL_FILE_PROBLEM),
    ("./cat.png", LOCAL_FILE_PROBLEM),
    ("C:\\x.png", LOCAL_FILE_PROBLEM),
    ("c:/Users/ann/cat.png", LOCAL_FILE_PROBLEM),
    ("\\\\nas\\photos\\cat.png", LOCAL_FILE_PROBLEM),
    ("blob:https://example.com/6f1c-44", BLOB_PROBLEM),
    ("https://example.com/my cat.png", WHITESPACE_PROBLEM),
    ("https://example.com/a.png https://example.com/b.png", WHITESPACE_PROBLEM),
    ("https://example.com/a.png\nhttps://example.com/b.png", WHITESPACE_PROBLEM),
    ("example.com/cat.png", NO_SCHEME_PROBLEM),
    ("www.example.com:8080/cat.png", NO_SCHEME_PROBLEM),
    ("localhost:8080/cat.png", NO_SCHEME_PROBLEM),
    ("cat.png", NO_SCHEME_PROBLEM),
    ("https://", NO_HOST_PROBLEM),
    ("https:///cat.png", NO_HOST_PROBLEM),
    ("http://:80/cat.png", NO_HOST_PROBLEM),
    ("https:cat.png", MALFORMED_PROBLEM),
    ("https://exa..mple.com/a.png", MALFORMED_PROBLEM),
    ("https://example.com:99999/a.png", MALFORMED_PROBLEM),
    ("https://example.com:port/a.png", MALFORMED_PROBLEM),
    ("https://[not-an-ip]/a.png", MALFORMED_PROBLEM),
    ("https://exa<b>mple.com/", MALFORMED_PROBLEM),
    ("https://example.com/\x00a.png", MALFORMED_PROBLEM),
])
def test_refusals_say_what_is_wrong(text, problem):
    check = check_first_frame_link(text)
    assert check.problem == problem
    assert check.url == text.strip()


@pytest.mark.parametrize("scheme", ["ftp", "mailto", "ws", "chrome", "about", "s3"])
def test_other_schemes_are_named(scheme):
    problem = check_first_frame_link(f"{scheme}://example.com/a.png").problem
    assert problem == f"Only web links (https:// or http://) can be used, not {scheme}: links."


@pytest.mark.parametrize("scheme", ["htps", "htttps", "hhtp", "htp", "htpps"])
def test_http_typos_get_a_hint(scheme):
    assert check_first_frame_link(f"{scheme}://example.com/a.png").problem == (
        f"The link starts with “{scheme}:” — did you mean “https:”?")


@pytest.mark.parametrize(("text", "start"), [
    ("htp//not a link", "htp//"), ("http//example.com/a.png", "http//"),
    ("https:/example.com/a.png", "https:/"), ("http;//example.com/a.png", "http;//")])
def test_a_slipped_start_is_named_before_anything_else(text, start):
    assert check_first_frame_link(text).problem == (
        f"The link starts with “{start}” — did you mean “https://”?")


@pytest.mark.parametrize("text", ["not a link at all", "a cat, sitting", "example.com/my cat.png"])
def test_words_are_not_told_they_have_a_space(text):
    assert check_first_frame_link(text).problem == NOT_A_LINK_PROBLEM


def test_sentences_are_short_and_friendly():
    for problem in (DATA_URL_PROBLEM, LOCAL_FILE_PROBLEM, SCRIPT_PROBLEM, BLOB_PROBLEM,
                    NO_SCHEME_PROBLEM, NOT_A_LINK_PROBLEM, NO_HOST_PROBLEM, WHITESPACE_PROBLEM,
                    MALFORMED_PROBLEM,
                    NOTHING_DROPPED_PROBLEM):
        assert problem.endswith(".")
        assert len(problem) < 160
        assert "<" not in problem


# --- dropped -------------------------------------------------------------------------------------

IMG = "https://images.example.com/photo.png?w=1280&h=720"
PAGE = "https://www.example.com/gallery/42"


def chrome_image_drag(src_html: str = "https://images.example.com/photo.png?w=1280&amp;h=720"):
    """Chromium on Linux dragging an <img> that sits inside a link to a page."""
    return {
        "text/uri-list": f"{PAGE}\r\n".encode(),
        "text/x-moz-url": f"{PAGE}\nA photo".encode("utf-16-le"),
        "_NETSCAPE_URL": f"{PAGE}\nA photo".encode(),
        "text/html": (
            '<meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<img src="{src_html}" alt="A photo"/>'
        ).encode(),
        "image/png": b"\x89PNG\r\n\x1a\n...",
    }


def test_chrome_image_drag_takes_the_img_src_with_entities_decoded():
    assert link_from_drop(chrome_image_drag()) == DropResult(IMG, None)


def test_chrome_link_drag_uses_the_uri_list_past_comments():
    formats = {
        "text/uri-list": b"# dragged from Chromium\r\nhttps://example.com/b.jpg\r\n"
                         b"https://example.com/ignored.jpg\r\n",
        "text/plain": b"https://example.com/b.jpg",
    }
    assert link_from_drop(formats) == DropResult("https://example.com/b.jpg", None)


def test_html_without_an_image_falls_back_to_the_link():
    formats = {
        "text/html": b'<a href="https://example.com/c.webp">a picture</a>',
        "text/uri-list": b"https://example.com/c.webp\r\n",
    }
    assert link_from_drop(formats).url == "https://example.com/c.webp"


def test_firefox_link_drag_utf16le_without_bom():
    formats = {"text/x-moz-url": "https://x/a.png\nTitle".encode("utf-16-le")}
    assert link_from_drop(formats) == DropResult("https://x/a.png", None)


def test_firefox_link_drag_utf16_with_bom():
    formats = {"text/x-moz-url": "https://example.com/ä.png\nÄ title".encode("utf-16")}
    assert link_from_drop(formats) == DropResult("https://example.com/ä.png", None)


def test_firefox_image_drag_prefers_the_image_over_the_surrounding_link():
    formats = {
        "text/x-moz-url": f"{PAGE}\nGallery".encode("utf-16-le"),
        "application/x-moz-file-promise-url": IMG.encode(),
        "text/_moz_htmlcontext": "<html><body><div>".encode("utf-16-le"),
        "text/html": f'<a href="{PAGE}"><img src="{IMG.replace("&", "&amp;")}"></a>'
                     .encode("utf-16-le"),
        "text/uri-list": f"{PAGE}\n".encode(),
        "text/plain": PAGE.encode(),
    }
    assert link_from_drop(formats) == DropResult(IMG, None)


def test_firefox_utf16_html_alone_is_read():
    html = '<img src="https://example.com/only.gif" alt="">'
    assert link_from_drop({"text/html": b"\xff\xfe" + html.encode("utf-16-le")}).url == \
        "https://example.com/only.gif"


def test_plain_text_link_with_charset_parameter():
    formats = {"text/plain;charset=utf-8": b"  https://example.com/d.png \n"}
    assert link_from_drop(formats) == DropResult("https://example.com/d.png", None)


def test_dropped_data_url_says_why():
    data_url = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="
    formats = {
        "text/uri-list": f"{data_url}\r\n".encode(),
        "text/html": f'<img src="{data_url}">'.encode(),
    }
    assert link_from_drop(formats) == DropResult(None, DATA_URL_PROBLEM)


def test_dropped_local_file_says_why():
    formats = {
        "text/uri-list": b"file:///home/ann/Pictures/cat.png\r\n",
        "text/plain": b"/home/ann/Pictures/cat.png",
        "x-special/gnome-copied-files": b"copy\nfile:///home/ann/Pictures/cat.png",
    }
    assert link_from_drop(formats) == DropResult(None, LOCAL_FILE_PROBLEM)


def test_dropped_windows_path_as_text_says_why():
    assert link_from_drop({"text/plain": b"C:\\Users\\ann\\cat.png"}) == DropResult(
        None, LOCAL_FILE_PROBLEM)


@pytest.mark.parametrize("formats", [
    {},
    {"image/png": b"\x89PNG\r\n\x1a\n..."},
    {"text/plain": b"a cat sitting on a mat"},
    {"text/plain": b"   "},
    {"text/uri-list": b"# only a comment\r\n"},
    {"text/html": b"<p>just some <b>text</b></p>"},
    {"application/x-qt-windows-mime;value=\"FileName\"": b"cat.png"},
])
def test_nothing_usable(formats):
    assert link_from_drop(formats) == DropResult(None, NOTHING_DROPPED_PROBLEM)


def test_a_single_word_of_text_is_treated_as_a_link_attempt():
    assert link_from_drop({"text/plain": b"cat.png"}) == DropResult(None, NO_SCHEME_PROBLEM)


def test_broken_html_does_not_raise():
    result = link_from_drop({"text/html": b"<img src='https://example.com/e.png' <<<<",
                             "text/uri-list": b"https://example.com/e.png"})
    assert result.url == "https://example.com/e.png"

"""First-frame checks on this computer: type, size, pixels and shape, from the header only."""

from __future__ import annotations

import io
import os

import pytest
from pictures import encoded, with_big_metadata

from hailuo_desktop.domain.picture_rules import (
    DAMAGED,
    EMPTY,
    MAX_PICTURE_BYTES,
    NOT_A_PICTURE,
    Picture,
    check_picture,
    check_picture_bytes,
    check_picture_file,
    upload_name,
)


class CountingReader(io.BytesIO):
    """Counts the bytes a check reads."""

    def __init__(self, data: bytes):
        super().__init__(data)
        self.taken = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


@pytest.mark.parametrize(("fmt", "kind", "quality"), [
    ("png", "png", -1), ("jpeg", "jpeg", 90), ("webp", "webp", 80), ("webp", "webp", 100)])
def test_real_pictures_are_read(qapp, fmt, kind, quality):
    data = encoded(640, 480, fmt, quality=quality)
    check = check_picture_bytes(data)
    assert check.picture == Picture(kind, 640, 480, len(data))
    assert check.problem is None


def test_a_progressive_jpeg_is_read(qapp):
    data = encoded(800, 600, "jpeg", progressive=True)
    assert check_picture_bytes(data).picture.width == 800


def test_only_the_header_is_read_even_past_big_metadata(qapp):
    jpeg = with_big_metadata(encoded(1200, 900, "jpeg"))
    reader = CountingReader(jpeg)
    assert check_picture(reader, len(jpeg)).picture == Picture("jpeg", 1200, 900, len(jpeg))
    assert reader.taken < 200
    png = encoded(2000, 2000, "png") + bytes(3_000_000)
    reader = CountingReader(png)
    assert check_picture(reader, len(png)).picture.kind == "png"
    assert reader.taken <= 32


def webp_vp8x(width: int, height: int) -> bytes:
    chunk = b"VP8X" + (10).to_bytes(4, "little") + b"\x10\0\0\0"
    chunk += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + (len(chunk) + 4).to_bytes(4, "little") + b"WEBP" + chunk


def test_an_extended_webp_is_read():
    assert check_picture_bytes(webp_vp8x(1920, 1080)).picture == Picture(
        "webp", 1920, 1080, len(webp_vp8x(1920, 1080)))


def test_a_picture_too_small():
    check = check_picture_bytes(png_header(180, 120))
    assert check.problem == ("This picture is 180 × 120 pixels; the service needs at least 300 "
                             "pixels on the short side. Use a larger picture.")
    assert check.picture.width == 180


@pytest.mark.parametrize(("width", "height", "fine"), [
    (750, 300, True), (300, 750, True), (751, 300, False), (300, 751, False),
    (300, 300, True), (299, 1000, False), (1920, 1080, True), (1080, 1920, True)])
def test_shapes_from_2_5_to_5_2(width, height, fine):
    problem = check_picture_bytes(png_header(width, height)).problem
    assert (problem is None) == fine, problem


def test_the_shape_refusals_say_what_would_work():
    assert check_picture_bytes(png_header(2000, 400)).problem == (
        "This picture is 2000 × 400 pixels, wider than the service takes (5:2 at most). Crop it "
        "to a taller shape.")
    assert "taller than the service takes (2:5 at most)" in (
        check_picture_bytes(png_header(400, 2000)).problem)


def test_size_up_to_20_mb():
    header = png_header(1000, 1000)
    assert check_picture(io.BytesIO(header), MAX_PICTURE_BYTES).problem is None
    problem = check_picture(io.BytesIO(header), 23_400_000).problem
    assert problem == ("This picture is 22.3 MB; the service takes up to 20 MB. Save it smaller "
                       "(or as JPEG), or pick another picture.")


def png_header(width: int, height: int) -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + (13).to_bytes(4, "big") + b"IHDR"
            + width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\0\0\0")


@pytest.mark.parametrize(("data", "named"), [
    (b"GIF89a" + bytes(20), "GIF"),
    (b"BM" + bytes(40), "BMP"),
    (b"\0\0\0\x18ftypheic" + bytes(20), "HEIC"),
    (b"\0\0\0\x1cftypavif" + bytes(20), "AVIF"),
    (b"II*\0" + bytes(20), "TIFF"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "SVG drawing"),
])
def test_other_picture_types_are_named(data, named):
    assert check_picture_bytes(data).problem == (
        f"This picture is a {named} file, which the service does not take. Save it as JPEG, PNG "
        "or WebP, or pick another picture.")


@pytest.mark.parametrize(("data", "problem"), [
    (b"", EMPTY),
    (b"hello, world" * 10, NOT_A_PICTURE),
    (b"\x89PNG\r\n\x1a\n\0\0", DAMAGED),
    (b"\xff\xd8\xff\xe0\0\x10JFIF", DAMAGED),
    (b"\xff\xd8\xff\xda\0\x08" + bytes(20), DAMAGED),          # picture data before any frame
    (b"\xff\xd8\xff\xe0\xff\xff", DAMAGED),                    # a segment longer than the file
    (png_header(0, 500), DAMAGED),
    (b"RIFF\0\0\0\0WEBPVP8 " + bytes(20), DAMAGED),
])
def test_what_is_not_a_readable_picture(data, problem):
    check = check_picture_bytes(data)
    assert (check.picture, check.problem) == (None, problem)


def test_files(qapp, tmp_path):
    path = tmp_path / "frame.jpg"
    path.write_bytes(encoded(640, 360, "jpeg"))
    assert check_picture_file(path).picture.kind == "jpeg"
    assert check_picture_file(tmp_path / "gone.png").problem == (
        "This file is not there any more. Pick it again.")
    assert check_picture_file(tmp_path).problem == (
        "This is a folder, not a picture. Pick a picture file.")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_permission(tmp_path):
    path = tmp_path / "secret.png"
    path.write_bytes(png_header(500, 500))
    path.chmod(0)
    assert "permission" in check_picture_file(path).problem


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Screenshot", "png", "Screenshot.png"),
    ("photo.jpeg", "jpeg", "photo.jpg"),
    ("photo.png", "jpeg", "photo.jpg"),
    ("my.holiday", "webp", "my.holiday.webp"),
    ("", "png", "picture.png"),
])
def test_upload_names_carry_the_real_type(name, kind, expected):
    assert upload_name(Picture(kind, 500, 500, 1), name) == expected

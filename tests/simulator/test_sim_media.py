"""Video clips and sample images: real media, byte ranges, HEAD."""

from __future__ import annotations

import io

import av
import httpx
import numpy as np
import pytest

from hailuo_desktop.simulator import Simulator, videos


def first_frame(data: bytes) -> np.ndarray:
    with av.open(io.BytesIO(data)) as container:
        return next(container.decode(video=0)).to_ndarray(format="rgb24")


def test_video_is_a_two_second_h264_mp4(api, sim):
    task_id = api.submit()

    answer = api.http.get(f"/videos/{task_id}.mp4")

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "video/mp4"
    assert answer.headers["accept-ranges"] == "bytes"
    assert int(answer.headers["content-length"]) == len(answer.content)
    assert answer.content == sim.video_bytes(task_id)
    with av.open(io.BytesIO(answer.content)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert container.duration / 1_000_000 == pytest.approx(2.0, abs=0.1)
        assert task_id in container.metadata["comment"]
        frames = list(container.decode(video=0))
    assert len(frames) >= 24
    assert (frames[0].width, frames[0].height) == (videos.WIDTH, videos.HEIGHT) == (640, 360)


def test_each_task_gets_its_own_bytes_and_picture(api, sim):
    first, second = api.submit(prompt="same"), api.submit(prompt="same")

    one = api.http.get(f"/videos/{first}.mp4").content
    two = api.http.get(f"/videos/{second}.mp4").content

    assert one != two
    difference = np.abs(first_frame(one).astype(int) - first_frame(two).astype(int))
    # Colours and waves come from the id's hash and the bottom strip spells 32 of its bits,
    # so at least one 10×16 block differs from black to white.
    assert (difference.max(axis=2) > 60).sum() > 100


def test_the_clip_is_animated(api, sim):
    task_id = api.submit()

    with av.open(io.BytesIO(sim.video_bytes(task_id))) as container:
        frames = [f.to_ndarray(format="rgb24").astype(int) for f in container.decode(video=0)]

    assert np.abs(frames[0] - frames[len(frames) // 2]).mean() > 5


def test_video_of_an_unknown_or_unfinished_task_is_404(connect):
    with Simulator(generation_seconds=3600) as sim:
        api = connect(sim)
        running = api.submit()

        assert api.http.get(f"/videos/{running}.mp4").status_code == 404
        assert api.http.get("/videos/not-a-task.mp4").status_code == 404
        assert api.http.get("/elsewhere").status_code == 404


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-50", -50, None)],
)
def test_range_requests_answer_206_with_the_slice(api, sim, header, first, last):
    task_id = api.submit()
    data = sim.video_bytes(task_id)
    size = len(data)
    expected = data[first : None if last is None else last + 1]
    start = first % size

    answer = api.http.get(f"/videos/{task_id}.mp4", headers={"Range": header})

    assert answer.status_code == 206
    assert answer.content == expected
    assert answer.headers["content-range"] == f"bytes {start}-{start + len(expected) - 1}/{size}"
    assert int(answer.headers["content-length"]) == len(expected)


def test_range_past_the_end_is_clamped(api, sim):
    task_id = api.submit()
    size = len(sim.video_bytes(task_id))

    answer = api.http.get(f"/videos/{task_id}.mp4", headers={"Range": f"bytes=10-{size * 2}"})

    assert answer.status_code == 206
    assert answer.headers["content-range"] == f"bytes 10-{size - 1}/{size}"


@pytest.mark.parametrize("header", ["bytes={size}-", "bytes={size}-{end}", "bytes=-0"])
def test_unsatisfiable_range_answers_416(api, sim, header):
    task_id = api.submit()
    size = len(sim.video_bytes(task_id))

    answer = api.http.get(
        f"/videos/{task_id}.mp4", headers={"Range": header.format(size=size, end=size + 9)}
    )

    assert answer.status_code == 416
    assert answer.headers["content-range"] == f"bytes */{size}"


@pytest.mark.parametrize("header", ["items=0-5", "bytes=5-2", "bytes=0-1,4-5", "bytes=x-y"])
def test_ranges_this_server_ignores_get_the_whole_file(api, sim, header):
    task_id = api.submit()

    answer = api.http.get(f"/videos/{task_id}.mp4", headers={"Range": header})

    assert answer.status_code == 200
    assert answer.content == sim.video_bytes(task_id)


def test_head_gives_the_headers_without_a_body(api, sim):
    task_id = api.submit()

    answer = api.http.head(f"/videos/{task_id}.mp4")

    assert answer.status_code == 200
    assert answer.content == b""
    assert int(answer.headers["content-length"]) == len(sim.video_bytes(task_id))


def test_video_url_follows_the_host_the_client_used(api, sim):
    task_id = api.submit()

    record = httpx.post(
        f"http://localhost:{sim.port}/hailuo/tasks",
        json={"action": "retrieve", "id": task_id},
        headers={"authorization": f"Bearer {sim.token}"},
    ).json()

    expected = f"http://localhost:{sim.port}/videos/{task_id}.mp4"
    assert record["response"]["data"][0]["video_url"] == expected


def test_sample_images_are_distinct_640x360_pngs(sim):
    images = [httpx.get(url) for url in sim.sample_image_urls]

    assert len(images) >= 2
    assert all(i.headers["content-type"] == "image/png" for i in images)
    assert len({i.content for i in images}) == len(images)
    for image in images:
        with av.open(io.BytesIO(image.content)) as container:
            frame = next(container.decode(video=0))
        assert (frame.width, frame.height) == (640, 360)


def test_sample_image_urls_look_like_links(sim):
    assert sim.sample_image_urls[0] == f"{sim.base_url}/images/sample-1.png"
    assert httpx.get(f"{sim.base_url}/images/sample-99.png").status_code == 404


def test_posting_to_a_video_is_not_allowed(api, sim):
    task_id = api.submit()

    assert api.http.post(f"/videos/{task_id}.mp4").status_code == 405


def frames_of(data: bytes) -> list[np.ndarray]:
    with av.open(io.BytesIO(data)) as container:
        return [f.to_ndarray(format="rgb24").astype(int) for f in container.decode(video=0)]


def scaled(picture: bytes) -> np.ndarray:
    """A picture file scaled to the clip's size, as the first frame should show it."""
    with av.open(io.BytesIO(picture)) as container:
        frame = next(container.decode(video=0))
    return frame.reformat(width=videos.WIDTH, height=videos.HEIGHT).to_ndarray(
        format="rgb24").astype(int)


PICTURE_ROWS = slice(0, videos.HEIGHT - videos.STRIP_HEIGHT)


@pytest.mark.parametrize("model", ["minimax-i2v", "minimax-i2v-director"])
def test_an_image_clip_starts_from_a_sample_picture_and_moves_in(api, sim, model):
    image = sim.sample_image_urls[1]
    task_id = api.submit(prompt="[Push in] the sun", model=model, first_image_url=image)

    frames = frames_of(api.http.get(f"/videos/{task_id}.mp4").content)

    expected = scaled(httpx.get(image).content)
    first, last = frames[0][PICTURE_ROWS], frames[-1][PICTURE_ROWS]
    assert np.abs(first - expected[PICTURE_ROWS]).mean() < 8
    assert (
        np.abs(last - expected[PICTURE_ROWS]).mean() > np.abs(first - expected[PICTURE_ROWS]).mean()
    )
    strip = frames[0][-videos.STRIP_HEIGHT + 3 : -3]
    assert ((strip < 60) | (strip > 195)).mean() > 0.9  # the id strip: black and white blocks


def test_an_image_clip_starts_from_an_uploaded_picture(api, sim, platform):
    picture = np.zeros((300, 400, 3), np.uint8)
    picture[:, :200] = (230, 30, 30)  # red left half
    picture[:, 200:] = (30, 30, 230)  # blue right half
    url = platform.post(
        "/api/v1/files/", files={"file": ("halves.png", videos.encode_png(picture), "image/png")}
    ).json()["file_url"]
    task_id = api.submit(prompt="x", model="minimax-i2v", first_image_url=url)

    first = frames_of(sim.video_bytes(task_id))[0]

    rows, half = slice(20, videos.HEIGHT - 40), videos.WIDTH // 2
    left = first[rows, 20 : half - 20].mean(axis=(0, 1))
    right = first[rows, half + 20 : -20].mean(axis=(0, 1))
    assert left[0] > 180 and left[2] < 80
    assert right[2] > 180 and right[0] < 80


@pytest.mark.parametrize(
    "link",
    [
        "https://example.com/landscape.jpg",  # not ours
        "http://127.0.0.1:9/images/sample-1.png",  # another port
        "{base}/images/sample-99.png",  # no such sample
        "{base}/files/0000000000.png",  # no such upload
    ],
)
def test_other_first_frames_fall_back_to_the_pattern(api, sim, link):
    task_id = api.submit(
        prompt="x", model="minimax-i2v", first_image_url=link.format(base=sim.base_url)
    )

    assert sim.video_bytes(task_id) == videos.encode_clip(task_id, "x")


def test_an_uploaded_file_that_is_no_picture_falls_back_to_the_pattern(api, sim, platform):
    url = platform.post(
        "/api/v1/files/", files={"file": ("notes.txt", b"not a picture", "text/plain")}
    ).json()["file_url"]
    task_id = api.submit(prompt="x", model="minimax-i2v", first_image_url=url)

    assert sim.video_bytes(task_id) == videos.encode_clip(task_id, "x")

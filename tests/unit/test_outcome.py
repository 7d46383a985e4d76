"""read_outcome against the contract's finish rules and every example body from the public docs."""

from __future__ import annotations

import json

import pytest
from api_examples import EXAMPLES

from hailuo_desktop.domain.outcome import (
    DONE_WORDS,
    FAILED_WORDS,
    RUNNING_WORDS,
    Outcome,
    error_fields,
    read_outcome,
)
from hailuo_desktop.domain.task import TaskState

VIDEO = "https://cdn.example.com/v/clip.mp4"


def example(name: str):
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def record(response=None, **fields) -> dict:
    rec = {"id": "task-1", "created_at": 1736863231.5, **fields}
    if response is not None:
        rec["response"] = response
    return rec


def succeeded_response(**item) -> dict:
    return {"success": True, "task_id": "task-1", "trace_id": "trace-r",
            "data": [{"id": "v1", "model": "minimax-t2v", "prompt": "p", "video_url": VIDEO,
                      "state": "succeeded", **item}]}


# --- every example body --------------------------------------------------------------------------


def test_every_example_body_is_json_and_reads_without_error():
    files = sorted(EXAMPLES.glob("*.json"))
    assert files, "the example folder holds no JSON bodies"
    for path in files:
        body = json.loads(path.read_text(encoding="utf-8"))
        # As a record and as a record's response: whatever it is, read_outcome must not raise.
        assert isinstance(read_outcome(body), Outcome), path.name
        assert isinstance(read_outcome({"response": body}), Outcome), path.name


def test_task_retrieve_response_is_succeeded_with_its_video():
    body = example("task-retrieve-response.json")
    outcome = read_outcome(body)
    assert outcome.state is TaskState.SUCCEEDED
    assert outcome.video_url == body["response"]["data"][0]["video_url"]
    assert outcome.video_url.startswith("https://platform.cdn.acedata.cloud/")
    assert outcome.trace_id == "0c1f9f13-0aef-4d9a-a9d2-1d27055ff190"
    assert outcome.started_at == pytest.approx(1736863231.648)
    assert outcome.finished_at == pytest.approx(1736863300.748)
    assert outcome.error_code is None and outcome.error_message is None


def test_batch_items_are_each_succeeded():
    body = example("tasks-retrieve-batch-response.json")
    assert body["items"]
    for item in body["items"]:
        outcome = read_outcome(item)
        assert outcome.state is TaskState.SUCCEEDED
        assert outcome.video_url == item["response"]["data"][0]["video_url"]
        assert outcome.finished_at == pytest.approx(item["finished_at"])


@pytest.mark.parametrize("name", ["generate-response-sync.json", "callback-payload.json"])
def test_sync_and_callback_bodies_as_a_records_response(name):
    body = example(name)
    outcome = read_outcome(record(body, started_at=1.0, finished_at=2.0))
    assert outcome.state is TaskState.SUCCEEDED
    assert outcome.video_url == body["data"][0]["video_url"]
    assert outcome.trace_id == body["trace_id"]  # the response's trace id wins
    assert (outcome.started_at, outcome.finished_at) == (1.0, 2.0)


@pytest.mark.parametrize("name", ["error-api-error.json", "error-bad-request-400.json",
                                  "error-used-up-403.json"])
def test_error_bodies_as_a_records_response_fail_with_their_code(name):
    body = example(name)
    outcome = read_outcome(record(body))
    assert outcome.state is TaskState.FAILED
    assert outcome.error_code == body["error"]["code"]
    assert outcome.error_message == body["error"]["message"]
    assert outcome.trace_id == body["trace_id"]


def test_async_answer_as_a_record_is_still_pending():
    # {"task_id": …} has no response: nothing finished yet.
    assert read_outcome(example("generate-response-async.json")).state is TaskState.PENDING


# --- failure -------------------------------------------------------------------------------------


def test_error_wins_over_success_true_and_a_video():
    response = succeeded_response()
    response["error"] = {"code": "api_error", "message": "fetch failed"}
    outcome = read_outcome(record(response, finished_at=9.0))
    assert outcome.state is TaskState.FAILED
    assert (outcome.error_code, outcome.error_message) == ("api_error", "fetch failed")
    assert outcome.video_url is None


def test_error_as_a_bare_string():
    outcome = read_outcome(record({"success": False, "error": "  model is busy  "}))
    assert outcome.state is TaskState.FAILED
    assert outcome.error_message == "model is busy"
    assert outcome.error_code is None


def test_success_false_with_an_error_object():
    outcome = read_outcome(record({"success": False, "trace_id": "t-9",
                                   "error": {"code": "bad_request", "message": "nope"}}))
    assert outcome.state is TaskState.FAILED
    assert (outcome.error_code, outcome.error_message, outcome.trace_id) == (
        "bad_request", "nope", "t-9")


@pytest.mark.parametrize("word", sorted(FAILED_WORDS))
@pytest.mark.parametrize("key", ["state", "status"])
def test_each_failure_word_in_state_or_status_fails(word, key):
    response = {"success": True, "data": [{"id": "v", "video_url": "", key: word}]}
    outcome = read_outcome(record(response))
    assert outcome.state is TaskState.FAILED
    assert outcome.error_code == word  # no error object: the word is what there is to record


@pytest.mark.parametrize("word", ["FAILED", " Cancelled ", "Rejected"])
def test_failure_words_ignore_case_and_blanks(word):
    assert read_outcome(record({"data": [{"state": word}]})).state is TaskState.FAILED


def test_failure_word_on_the_response_itself():
    assert read_outcome(record({"status": "failed", "data": []})).state is TaskState.FAILED


def test_failure_without_finished_at_is_final_at_once():
    response = {"success": False, "error": {"code": "api_error", "message": "x"},
                "data": [{"state": "failed"}]}
    outcome = read_outcome(record(response, started_at=5.0))
    assert outcome.state is TaskState.FAILED
    assert outcome.finished_at is None
    assert outcome.started_at == 5.0


def test_failure_word_with_a_video_still_fails():
    response = succeeded_response(state="error")
    assert read_outcome(record(response)).state is TaskState.FAILED


def test_error_code_taken_from_the_item_when_the_state_failed():
    response = {"data": [{"state": "failed", "error": {"code": "moderation", "message": "m"}}]}
    outcome = read_outcome(record(response))
    assert (outcome.state, outcome.error_code, outcome.error_message) == (
        TaskState.FAILED, "moderation", "m")


# --- success -------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", sorted(DONE_WORDS))
@pytest.mark.parametrize("key", ["state", "status"])
def test_each_success_word_with_a_video_succeeds(word, key):
    item = {"id": "v", "video_url": VIDEO, key: word.upper()}
    outcome = read_outcome(record({"success": True, "data": [item]}))
    assert outcome.state is TaskState.SUCCEEDED
    assert outcome.video_url == VIDEO


def test_missing_state_with_success_and_a_video_succeeds():
    response = {"success": True, "data": [{"id": "v", "video_url": VIDEO}]}
    outcome = read_outcome(record(response))
    assert (outcome.state, outcome.video_url) == (TaskState.SUCCEEDED, VIDEO)


def test_video_url_is_trimmed():
    response = succeeded_response(video_url=f"  {VIDEO}\n")
    assert read_outcome(record(response)).video_url == VIDEO


def test_record_trace_id_used_when_the_response_has_none():
    response = succeeded_response()
    del response["trace_id"]
    assert read_outcome(record(response, trace_id="trace-rec")).trace_id == "trace-rec"


# --- still running -------------------------------------------------------------------------------


def test_empty_data_is_still_running():
    outcome = read_outcome(record({"success": True, "data": []}))
    assert outcome.state is TaskState.PROCESSING


@pytest.mark.parametrize("url", ["", "   ", None])
def test_empty_video_url_is_still_running(url):
    outcome = read_outcome(record(succeeded_response(video_url=url)))
    assert outcome.state is TaskState.PROCESSING
    assert outcome.video_url is None


def test_missing_video_url_is_still_running():
    response = succeeded_response()
    del response["data"][0]["video_url"]
    assert read_outcome(record(response)).state is TaskState.PROCESSING


@pytest.mark.parametrize("word", sorted(RUNNING_WORDS))
@pytest.mark.parametrize("key", ["state", "status"])
def test_waiting_words_are_still_running_even_with_a_video(word, key):
    item = {"id": "v", "video_url": VIDEO, key: word}
    outcome = read_outcome(record({"success": True, "data": [item]}))
    assert outcome.state is TaskState.PROCESSING
    assert outcome.video_url is None


def test_success_not_true_is_still_running():
    for success in (False, None, "true", 1):
        response = succeeded_response()
        response["success"] = success
        assert read_outcome(record(response)).state is TaskState.PROCESSING, success


def test_unknown_state_word_is_still_running():
    assert read_outcome(record(succeeded_response(state="uploading"))).state is (
        TaskState.PROCESSING)


def test_error_null_is_no_error():
    response = succeeded_response()
    response["error"] = None
    assert read_outcome(record(response)).state is TaskState.SUCCEEDED


def test_no_response_is_pending():
    outcome = read_outcome(record(trace_id="tr"))
    assert outcome == Outcome(TaskState.PENDING, trace_id="tr")


def test_no_response_but_started_is_processing():
    outcome = read_outcome(record(started_at=1736863231.648))
    assert outcome.state is TaskState.PROCESSING
    assert outcome.started_at == pytest.approx(1736863231.648)
    assert outcome.finished_at is None


# --- junk ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("junk", [None, [], "succeeded", 42, 3.5, True, ["response"]])
def test_a_record_that_is_not_an_object_is_pending(junk):
    assert read_outcome(junk) == Outcome(TaskState.PENDING)


@pytest.mark.parametrize("response", ["succeeded", [1, 2], 7, True])
def test_a_response_that_is_not_an_object_counts_as_absent(response):
    assert read_outcome({"response": response}).state is TaskState.PENDING
    assert read_outcome({"response": response, "started_at": 3.0}).state is (
        TaskState.PROCESSING)


@pytest.mark.parametrize("data", [{"video_url": VIDEO, "state": "succeeded"},
                                  f"{VIDEO}", 12, None, [VIDEO], [None, {"video_url": VIDEO}]])
def test_data_that_is_not_a_list_of_objects_is_still_running(data):
    response = {"success": True, "data": data}
    outcome = read_outcome(record(response))
    assert outcome.state is TaskState.PROCESSING
    assert outcome.video_url is None


def test_numbers_as_strings_are_ignored():
    outcome = read_outcome({"started_at": "1736863231.6", "finished_at": "1736863300.7"})
    assert outcome.state is TaskState.PENDING
    assert (outcome.started_at, outcome.finished_at) == (None, None)
    outcome = read_outcome(record(succeeded_response(), started_at="1", finished_at="2"))
    assert outcome.state is TaskState.SUCCEEDED
    assert (outcome.started_at, outcome.finished_at) == (None, None)


def test_booleans_are_not_times():
    outcome = read_outcome({"started_at": True, "finished_at": False})
    assert outcome.state is TaskState.PENDING
    assert outcome.started_at is None and outcome.finished_at is None


def test_integer_times_become_floats():
    outcome = read_outcome(record(succeeded_response(), started_at=10, finished_at=20))
    assert outcome.started_at == 10.0 and isinstance(outcome.started_at, float)
    assert outcome.finished_at == 20.0


def test_non_string_words_and_links_are_ignored():
    response = {"success": True, "trace_id": 5,
                "data": [{"state": 3, "status": None, "video_url": 17}]}
    outcome = read_outcome(record(response, trace_id=["x"]))
    assert outcome.state is TaskState.PROCESSING
    assert outcome.trace_id is None


@pytest.mark.parametrize(("error", "expected"), [
    ({"code": "used_up", "message": "top up"}, ("used_up", "top up")),
    ({"code": " ", "message": 12}, (None, None)),
    ({}, (None, None)),
    ("  plain words ", (None, "plain words")),
    ("", (None, None)),
    (404, (None, None)),
    (None, (None, None)),
    (["code"], (None, None)),
])
def test_error_fields(error, expected):
    assert error_fields(error) == expected

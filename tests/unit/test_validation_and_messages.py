"""The form check, the sentences for errors, and the poll back-off."""

from __future__ import annotations

import pytest

from hailuo_desktop.domain.backoff import Backoff
from hailuo_desktop.domain.links import (
    DATA_URL_PROBLEM,
    LOCAL_FILE_PROBLEM,
    SCRIPT_PROBLEM,
    WHITESPACE_PROBLEM,
)
from hailuo_desktop.domain.messages import (
    MALFORMED,
    OFFLINE,
    STALE,
    TASK_FAILED,
    UNCONFIRMED,
    Remedy,
    code_for,
    explain,
)
from hailuo_desktop.domain.models import MODELS, model_by_id
from hailuo_desktop.domain.task import GenerationRequest
from hailuo_desktop.domain.validation import MAX_PROMPT_CHARS, check_form

FRAME = "https://example.com/frame.png"

# --- the form ------------------------------------------------------------------------------------


@pytest.mark.parametrize("prompt", ["", " ", "\n\t  \r\n"])
@pytest.mark.parametrize("model", [m.id for m in MODELS])
def test_empty_prompt_is_refused(prompt, model):
    check = check_form(model, prompt, FRAME)
    assert check.request is None
    assert check.problem == "Write a prompt first: describe the video you want."


def test_prompt_at_the_limit_passes_and_one_more_is_refused():
    assert MAX_PROMPT_CHARS == 7000
    ok = check_form("minimax-t2v", "a" * 7000, "")
    assert ok.problem is None and ok.request.prompt == "a" * 7000
    too_long = check_form("minimax-t2v", "a" * 7001, "")
    assert too_long.request is None
    assert "7,001" in too_long.problem and "7,000" in too_long.problem


def test_very_long_prompt_says_how_long():
    check = check_form("minimax-t2v", "x" * 20_000, "")
    assert check.request is None
    assert check.problem == ("The prompt is 20,000 characters long; the limit is 7,000. "
                             "Shorten it and try again.")


def test_prompt_is_trimmed_and_html_kept_literally():
    prompt = "<script>alert('x')</script> <b>bold</b> &amp; [Pan left]"
    check = check_form("minimax-t2v", f"  {prompt}\n", "")
    assert check.problem is None
    assert check.request == GenerationRequest("minimax-t2v", prompt, None)


@pytest.mark.parametrize("model", ["minimax-i2v", "minimax-i2v-director"])
@pytest.mark.parametrize("frame", ["", "   "])
def test_image_models_need_a_frame(model, frame):
    check = check_form(model, "wind", frame)
    assert check.request is None
    assert check.problem.startswith(model_by_id(model).label)
    assert "needs a first frame" in check.problem


@pytest.mark.parametrize("model", ["minimax-i2v", "minimax-i2v-director"])
@pytest.mark.parametrize(("frame", "problem"), [
    ("data:image/png;base64,iVBORw0KGgo=", DATA_URL_PROBLEM),
    ("javascript:alert(1)", SCRIPT_PROBLEM),
    ("file:///home/me/cat.png", LOCAL_FILE_PROBLEM),
    ("https://example.com/my cat.png", WHITESPACE_PROBLEM),
])
def test_image_models_refuse_bad_links(model, frame, problem):
    check = check_form(model, "wind", frame)
    assert check.request is None
    assert check.problem == problem


@pytest.mark.parametrize("model", ["minimax-i2v", "minimax-i2v-director"])
def test_image_models_send_the_trimmed_link(model):
    check = check_form(model, "wind", f"  {FRAME}\n")
    assert check.problem is None
    assert check.request == GenerationRequest(model, "wind", FRAME)


@pytest.mark.parametrize("frame", [FRAME, "data:image/png;base64,AAAA", "not a link"])
def test_text_model_ignores_a_typed_frame(frame):
    check = check_form("minimax-t2v", "sunset", frame)
    assert check.problem is None
    assert check.request == GenerationRequest("minimax-t2v", "sunset", None)
    assert check.request.first_image_url is None


def test_prompt_problem_comes_before_link_problem():
    check = check_form("minimax-i2v", "", "javascript:alert(1)")
    assert check.problem.startswith("Write a prompt first")


def test_unknown_model_id_is_kept_and_needs_no_frame():
    check = check_form("minimax-future", "p", FRAME)
    assert check.request == GenerationRequest("minimax-future", "p", None)


# --- explanations --------------------------------------------------------------------------------

# The contract's error table: (HTTP status, code).
CONTRACT_ERRORS = [
    (400, "token_mismatched"), (400, "api_not_implemented"), (400, "bad_request"),
    (400, "no_token"), (400, "disabled"), (401, "invalid_token"), (401, "token_expired"),
    (403, "used_up"), (404, "no_api"), (429, "too_many_requests"), (500, "api_error"),
    (503, None),
]


@pytest.mark.parametrize(("status", "code"), CONTRACT_ERRORS)
def test_every_contract_error_has_a_specific_sentence(status, code):
    recorded = code_for(status, code)
    e = explain(recorded, status)
    assert e is not TASK_FAILED  # a refusal on submit is not "could not make this video"
    assert e.sentence.endswith(".") and len(e.sentence) > 30
    assert explain(recorded) == e  # the same words when read back from the ledger


@pytest.mark.parametrize(("code", "remedy", "words"), [
    ("invalid_token", Remedy.UPDATE_TOKEN, "did not accept your API token"),
    ("token_expired", Remedy.UPDATE_TOKEN, "expired"),
    ("no_token", Remedy.UPDATE_TOKEN, "No API token"),
    ("token_mismatched", Remedy.UPDATE_TOKEN, "not Hailuo"),
    ("used_up", Remedy.TOP_UP, "Top up"),
    ("too_many_requests", Remedy.TRY_AGAIN, "turned this request away"),
    ("disabled", None, "disabled"),
    ("no_api", None, "address is wrong"),
    ("api_error", Remedy.TRY_AGAIN, "internal error"),
])
def test_service_codes(code, remedy, words):
    e = explain(code)
    assert e.remedy == remedy
    assert words in e.sentence
    assert code_for(400, code) == code


@pytest.mark.parametrize("code", ["api_not_implemented", "bad_request", None, "weird"])
def test_unknown_or_generic_codes_are_recorded_by_status(code):
    assert code_for(400, code) == "http_400"
    e = explain("http_400")
    assert e.remedy is Remedy.EDIT
    assert "refused the request" in e.sentence


def test_403_without_used_up_speaks_of_content_rules():
    assert code_for(403, None) == "http_403"
    assert "content rules" in explain("http_403").sentence


def test_401_without_a_code_is_a_token_problem():
    assert explain(code_for(401, None)).remedy is Remedy.UPDATE_TOKEN


def test_503_says_nothing_was_charged():
    e = explain("http_503")
    assert "nothing was charged" in e.sentence
    assert e.remedy is Remedy.TRY_AGAIN
    assert explain(None, 503) == e


@pytest.mark.parametrize("code", ["http_502", "http_599"])
def test_other_5xx_read_as_a_service_error(code):
    assert explain(code) == explain("api_error")


@pytest.mark.parametrize(("code", "expected", "words"), [
    ("offline", OFFLINE, "nothing was sent or charged"),
    ("unconfirmed", UNCONFIRMED, "charged"),
    ("malformed", MALFORMED, "cannot read"),
    ("stale", STALE, "Check again"),
])
def test_local_codes(code, expected, words):
    assert explain(code) is expected
    assert words in expected.sentence


def test_unconfirmed_says_the_app_looks_for_it_and_offers_the_console():
    assert UNCONFIRMED.remedy is Remedy.OPEN_CONSOLE
    assert "looking for it" in UNCONFIRMED.sentence and "Nothing is sent again" in (
        UNCONFIRMED.sentence)
    unseen = explain("unconfirmed_unseen")
    assert unseen.remedy is Remedy.OPEN_CONSOLE
    assert "did not find it" in unseen.sentence and "console" in unseen.sentence


@pytest.mark.parametrize("code", [None, "", "failed", "moderation", "http_", "http_abc",
                                  "http_418"])
def test_task_failures_and_unknown_codes_read_as_task_failed(code):
    assert explain(code) is TASK_FAILED


# --- back-off ------------------------------------------------------------------------------------


def test_backoff_grows_and_caps():
    b = Backoff(base=2.0, cap=20.0, rng=lambda: 1.0)  # rng 1.0: the full ceiling
    assert [b.next_delay() for _ in range(6)] == [4.0, 8.0, 16.0, 20.0, 20.0, 20.0]
    assert b.failures == 6


def test_backoff_jitter_stays_within_half_to_full():
    low = Backoff(base=2.0, cap=20.0, rng=lambda: 0.0)
    assert [low.next_delay() for _ in range(5)] == [2.0, 4.0, 8.0, 10.0, 10.0]
    mid = Backoff(base=2.0, cap=20.0, rng=lambda: 0.5)
    assert mid.next_delay() == 3.0


def test_backoff_honours_retry_after():
    b = Backoff(base=2.0, cap=20.0, rng=lambda: 1.0)
    assert b.next_delay(retry_after=60.0) == 60.0  # longer than the cap: the server wins
    assert b.next_delay(retry_after=1.0) == 8.0    # shorter: our own delay wins
    assert b.next_delay(retry_after=0.0) == 16.0
    assert b.next_delay(retry_after=None) == 20.0


def test_backoff_resets():
    b = Backoff(base=3.0, cap=100.0, rng=lambda: 1.0)
    b.next_delay()
    b.next_delay()
    b.reset()
    assert b.failures == 0
    assert b.next_delay() == 6.0


def test_backoff_stays_capped_after_very_many_failures():
    # The poller keeps one Backoff and resets it only after a good poll; offline for a day or
    # two at ~90 s a try is over a thousand failures in a row. The delay must stay capped.
    b = Backoff(base=5.0, cap=120.0, rng=lambda: 1.0)
    delays = [b.next_delay() for _ in range(2000)]
    assert delays[-1] == 120.0
    assert max(delays) == 120.0

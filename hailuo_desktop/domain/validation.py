"""Checking the form before anything is sent: each problem is one sentence, and nothing leaves."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import Context
from .links import check_first_frame_link
from .models import model_by_id
from .task import GenerationRequest

# AceData's own CLI refuses longer prompts; the service documents no limit of its own.
MAX_PROMPT_CHARS = 7000

Validation = Context("Validation")


@dataclass(frozen=True)
class FormCheck:
    request: GenerationRequest | None
    problem: str | None


def prompt_problem(prompt: str) -> str | None:
    if not prompt.strip():
        return Validation.tr("Write a prompt first: describe the video you want.")
    if len(prompt) > MAX_PROMPT_CHARS:
        return Validation.tr("The prompt is {length} characters long; the limit is {limit}. "
                             "Shorten it and try again.").format(length=f"{len(prompt):,}",
                                                                 limit=f"{MAX_PROMPT_CHARS:,}")
    return None


def check_form(model_id: str, prompt: str, first_frame: str) -> FormCheck:
    """The request to send, or the first problem that stops it."""
    problem = prompt_problem(prompt)
    if problem:
        return FormCheck(None, problem)
    model = model_by_id(model_id)
    image_url = None
    if model.needs_first_frame:
        link = check_first_frame_link(first_frame)
        if link.problem:
            return FormCheck(None, link.problem)
        if not link.url:
            return FormCheck(None, Validation.tr(
                "{model} needs a first frame: drop or paste a picture, choose one with Browse…, "
                "or paste a link to one.").format(model=model.label))
        image_url = link.url
    # A link typed for an image model stays in the field but is not sent for text → video.
    return FormCheck(GenerationRequest(model.id, prompt.strip(), image_url), None)

"""The Hailuo models the app offers: one registry that the form, the client and the ledger share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VideoModel:
    id: str
    label: str
    needs_first_frame: bool
    description: str


MODELS: tuple[VideoModel, ...] = (
    VideoModel(
        "minimax-t2v",
        "Text → Video",
        needs_first_frame=False,
        description="Describe a scene and the model films it.",
    ),
    VideoModel(
        "minimax-i2v",
        "Image → Video",
        needs_first_frame=True,
        description="Bring a picture to life: it becomes the first frame of the clip.",
    ),
    VideoModel(
        "minimax-i2v-director",
        "Image → Video, director mode",
        needs_first_frame=True,
        description=(
            "Like Image → Video, with camera moves written in the prompt, "
            "e.g. [Pan left] or [Push in]."
        ),
    ),
)

DEFAULT_MODEL = MODELS[0]


def model_by_id(model_id: str) -> VideoModel:
    """The registry entry for an id; unknown ids (from an old ledger, say) get a plain label."""
    for model in MODELS:
        if model.id == model_id:
            return model
    return VideoModel(model_id, model_id, needs_first_frame=False, description="")

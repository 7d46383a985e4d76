"""The Hailuo models the app offers: one registry that the form, the client and the ledger share."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, Context

Models = Context("Models")


@dataclass(frozen=True)
class VideoModel:
    id: str
    name: str          # as written here; `label` is it in the user's language
    needs_first_frame: bool
    about: str = ""    # likewise `description`

    @property
    def label(self) -> str:
        return Models.tr(self.name)

    @property
    def description(self) -> str:
        return Models.tr(self.about) if self.about else ""


MODELS: tuple[VideoModel, ...] = (
    VideoModel(
        "minimax-t2v",
        QT_TRANSLATE_NOOP("Models", "Text → Video"),
        needs_first_frame=False,
        about=QT_TRANSLATE_NOOP("Models", "Describe a scene and the model films it."),
    ),
    VideoModel(
        "minimax-i2v",
        QT_TRANSLATE_NOOP("Models", "Image → Video"),
        needs_first_frame=True,
        about=QT_TRANSLATE_NOOP(
            "Models", "Bring a picture to life: it becomes the first frame of the clip."),
    ),
    VideoModel(
        "minimax-i2v-director",
        QT_TRANSLATE_NOOP("Models", "Image → Video, director mode"),
        needs_first_frame=True,
        about=QT_TRANSLATE_NOOP(
            "Models", "Like Image → Video, with camera moves written in the prompt, "
                      "e.g. [Pan left] or [Push in]."),
    ),
)

DEFAULT_MODEL = MODELS[0]


def model_by_id(model_id: str) -> VideoModel:
    """The registry entry for an id; unknown ids (from an old ledger, say) get a plain label."""
    for model in MODELS:
        if model.id == model_id:
            return model
    return VideoModel(model_id, model_id, needs_first_frame=False)

"""What the first-frame field says, marked for translation in the field's context: shown with
`FirstFrameField.tr(…)`, and readable by tests in English."""

from __future__ import annotations

from ...domain.i18n import QT_TRANSLATE_NOOP

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "FirstFrameField", "https://… link to a picture, or drop or paste one (for image models)")
EDIT_TIP = QT_TRANSLATE_NOOP(
    "FirstFrameField", "The picture the video starts from.\nPaste or type a link, drag a "
                       "picture here from a web page or a file manager, paste a screenshot "
                       "(Ctrl+V), or choose a file with Browse….")
INACTIVE_TIP = QT_TRANSLATE_NOOP(
    "FirstFrameField", "Only the image models use a first frame. This link is kept but not "
                       "sent.")
CHECKING_TEXT = QT_TRANSLATE_NOOP("FirstFrameField", "Checking the image…")
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "FirstFrameField", "Drop or paste a picture, choose one with Browse…, or paste a link to "
                       "one on the web.")
UNCHECKED_TEXT = QT_TRANSLATE_NOOP("FirstFrameField",
                                   "The link looks right. It is sent as it is.")
UPLOADING_PROBLEM = QT_TRANSLATE_NOOP(
    "FirstFrameField", "The picture is still being uploaded. Press Generate again once it is "
                       "done, or cancel the upload.")
UPLOAD_CANCELLED = QT_TRANSLATE_NOOP(
    "FirstFrameField", "The upload was cancelled: nothing was sent. Choose a picture again.")



"""Sentences in the user's language from the layers that may not import Qt.

The domain, the API and storage layers build many of the sentences people read (why a task
failed, what is wrong with a link or a picture, a download's trouble). They translate them the
way widgets do, through Qt's catalogues, without importing Qt: each module names its
translation context once, ``Links = Context("Links")``, and writes ``Links.tr("…")``, which
``pyside6-lupdate`` reads like a widget's ``self.tr("…")`` (the context is the name before
``.tr``, so the variable and its context are spelled alike; a test checks that). Plurals work
as in widgets: ``Links.tr("%n video(s)", "", n)``. Sentences kept in module constants are
marked with ``QT_TRANSLATE_NOOP(context, text)`` for lupdate and translated where they are
used, with ``Context.tr(constant)``.

The app hands Qt's ``QCoreApplication.translate`` to ``use()`` once, before it builds
anything; until then (the simulator, the self-test, tests of this layer alone) the source text
is the sentence, with ``%n`` filled in as Qt would. Placeholders are named (``{count}``) and
filled after translating, so a translation may put them where its grammar wants them.
"""

from __future__ import annotations

from collections.abc import Callable

from .language import ENGLISH

# (context, source text, disambiguation, n) -> the sentence; QCoreApplication.translate's shape.
Translate = Callable[[str, str, str | None, int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
    if n < 0:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))  # %Ln: with digit grouping


_translate: Translate = _untranslated
_language = ENGLISH


def use(translate: Translate | None, language: str = ENGLISH) -> None:
    """Translate through `translate` into `language` from now on (None: the source text,
    English, again)."""
    global _translate, _language
    _translate = translate or _untranslated
    _language = language if translate else ENGLISH


def language() -> str:
    """The language sentences are made in ("en", "zh_CN"): the service writes English, so a
    sentence may quote it only when the reader reads English too."""
    return _language


class Context:
    """One translation context of code without Qt."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translate(self.name, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks `text` for the catalogue of `context`; translated later with `Context.tr`."""
    return text

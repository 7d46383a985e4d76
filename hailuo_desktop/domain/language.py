"""Which language the app speaks: the one chosen in Settings, else the first of the system's
preferred languages that the app has a translation for, else English."""

from __future__ import annotations

from collections.abc import Iterable

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)   # what Settings offers; "" there means the system's
_TRADITIONAL = {"hant", "tw", "hk", "mo"}


def _offered(tag: str) -> str | None:
    """The app's language for one BCP 47 tag (`zh-Hans-SG`, `en-US`), or None."""
    parts = tag.replace("_", "-").lower().split("-")
    if parts[0] == "zh":
        # Simplified Chinese unless the tag says traditional (Taiwan, Hong Kong, Macao).
        return None if _TRADITIONAL & set(parts[1:]) and "hans" not in parts else CHINESE
    return ENGLISH if parts[0] == "en" else None


def choose_language(setting: str, preferred: Iterable[str]) -> str:
    """`setting` when it names a language the app has; else by `preferred`, the system's
    languages most wanted first (Qt's `QLocale.system().uiLanguages()`). A language decides
    on its first tag: `zh-Hant-TW` followed by a bare `zh` is traditional Chinese."""
    if setting in LANGUAGES:
        return setting
    seen: set[str] = set()
    for tag in preferred:
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary in seen:
            continue
        seen.add(primary)
        language = _offered(tag)
        if language is not None:
            return language
    return ENGLISH

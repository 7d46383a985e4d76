"""The catalogues are whole and faithful: every sentence the code marks has its Chinese, every
placeholder survives translation, English has its plural forms, and what is compiled is what
the app loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from visible_text import english_words

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
CHINESE = FOLDER / "hailuo_desktop_zh_CN.ts"
ENGLISH = FOLDER / "hailuo_desktop_en.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name"), message)
            for context in root.iter("context") for message in context.iter("message")]


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def test_every_chinese_sentence_is_translated_with_its_placeholders_and_no_english():
    problems = []
    for context, message in messages(CHINESE):
        source = message.findtext("source")
        where = f"{context}: {source!r}"
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"not translated: {where}")
            continue
        for text in translations(message):
            if not text.strip() and source.strip():
                problems.append(f"empty: {where}")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {where} -> {text!r}")
            if mnemonics(text) != mnemonics(source):
                problems.append(f"shortcut letter lost: {where} -> {text!r}")
            if english_words(text):
                problems.append(f"English left: {where} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_english_has_both_plural_forms_of_every_counted_sentence():
    counted = {(c, m.findtext("source")) for c, m in messages(CHINESE) if m.get("numerus")}
    english = {(c, m.findtext("source")): m for c, m in messages(ENGLISH)}
    assert counted and counted <= set(english), sorted(counted - set(english))
    for key in counted:
        one, many = translations(english[key])
        assert "(s)" not in one + many, key
        # "one video" may spell its one out; the other form says how many.
        assert ("%n" in key[1].replace("%Ln", "%n")) <= ("%n" in many.replace("%Ln", "%n")), key


def test_the_catalogues_hold_every_sentence_the_code_marks(tmp_path):
    """lupdate rereads the code into a copy: nothing new may come in untranslated."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    copy = tmp_path / CHINESE.name
    shutil.copy(CHINESE, copy)
    sources = sorted(str(p) for p in (ROOT / "hailuo_desktop").rglob("*.py")
                     if "simulator" not in p.parts)
    subprocess.run([str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", str(copy)], check=True, timeout=120)
    new = [f"{c}: {m.findtext('source')!r}" for c, m in messages(copy)
           if m.find("translation").get("type") == "unfinished"]
    assert not new, "marked in the code, not in the catalogue (make translations-update):\n" + \
        "\n".join(new)


def test_each_context_is_named_as_its_variable():
    """lupdate reads `Links.tr(…)` as context "Links": a variable named otherwise would file
    its sentences under a context the app never asks for."""
    pattern = re.compile(r"^(\w+) = Context\(\"(\w+)\"\)", re.MULTILINE)
    found = [match for path in (ROOT / "hailuo_desktop").rglob("*.py")
             for match in pattern.findall(path.read_text(encoding="utf-8"))]
    assert found
    assert [(name, context) for name, context in found if name != context] == []


@pytest.mark.parametrize(("language", "one", "three"), [
    ("en", "%n file", "%n files"),
    ("zh_CN", "%n 个文件", "%n 个文件"),
])
def test_the_compiled_catalogues_choose_the_plural_form(qapp, language, one, three):
    translator = QTranslator()
    assert translator.load(f"hailuo_desktop_{language}", str(FOLDER)), "make translations"
    assert translator.translate("LibraryPanel", "%n file(s)", None, 1) == one
    assert translator.translate("LibraryPanel", "%n file(s)", None, 3) == three


def test_a_failed_row_quotes_the_service_only_to_a_reader_of_its_english():
    from PySide6.QtCore import QCoreApplication

    from hailuo_desktop.domain import i18n
    from hailuo_desktop.domain.messages import short_reason
    from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState

    task = Task(GenerationRequest("minimax-t2v", "a lighthouse"), created_at=0,
                state=TaskState.FAILED, error_message="The request was rejected by review")
    assert short_reason(task) == "The request was rejected…"
    i18n.use(lambda context, text, disambiguation=None, n=-1: f"«{text}»", "zh_CN")
    try:
        assert short_reason(task) == "«not made»"
    finally:
        i18n.use(QCoreApplication.translate)  # as the session's English left it


@pytest.mark.parametrize(("setting", "system", "spoken"), [
    ("zh_CN", ["en-US"], "zh_CN"),             # Settings wins
    ("", ["zh-CN", "en"], "zh_CN"),
    ("", ["zh-Hans-SG"], "zh_CN"),
    ("", ["fr-FR", "zh_CN"], "zh_CN"),         # the first language the app has
    ("", ["zh-Hant-TW", "zh"], "en"),          # traditional Chinese: English, not Simplified
    ("", ["de-DE"], "en"),
    ("klingon", ["zh-CN"], "zh_CN"),           # a setting the app doesn't know: the system's
])
def test_the_language_spoken(setting, system, spoken):
    from hailuo_desktop.domain.language import choose_language

    assert choose_language(setting, system) == spoken

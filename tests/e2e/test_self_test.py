"""`hailuo-desktop --self-test` from source, as a user (or CI, on the bundle) runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

OK_LINE = re.compile(
    r"self-test ok: qt \d+ ms, images \d+ ms \(png jpeg webp svg\), "
    r"languages \d+ ms \(en zh_CN\), simulator \d+ ms, "
    r"session \d+ ms, generate \d+ ms, poll \d+ ms, save \d+ ms \((?P<bytes>\d+) bytes\), "
    r"ledger \d+ ms, play \d+ ms \(first frame 640x360\)")
STEPS = ("qt", "images", "languages", "simulator", "session", "generate", "poll", "save",
         "ledger", "play")


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                            env=env, timeout=90, check=False)
    assert list(scratch.iterdir()) == [], "the self-test left its temporary folders behind"
    return result


def test_self_test_passes_and_reports_every_step(isolated_profile):
    result = _run(isolated_profile, "-m", "hailuo_desktop", "--self-test")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    match = OK_LINE.fullmatch(lines[0])
    assert match, lines[0]
    assert int(match["bytes"]) > 1000  # a real MP4, not an error page
    # It worked in folders of its own, not in the data and library folders it was given.
    assert not (isolated_profile / "data").exists()
    assert not (isolated_profile / "library").exists()


def test_a_missing_part_fails_its_own_step(isolated_profile):
    # As in a bundle that left PyAV behind: the simulator cannot encode clips.
    code = ("import sys; sys.modules['av'] = None; "
            "from hailuo_desktop.__main__ import main; sys.exit(main(['--self-test']))")
    result = _run(isolated_profile, "-c", code)

    assert result.returncode == 1
    assert result.stdout.startswith("self-test FAILED at simulator: "), result.stdout
    assert "av" in result.stdout
    assert len(result.stdout.splitlines()) == 1


def test_a_missing_translation_fails_the_languages_step(isolated_profile):
    # As in a bundle that left the catalogues behind (or a checkout never built).
    code = ("import sys; from hailuo_desktop.ui.common import language; "
            "language.CATALOGUE = 'not_built'; "
            "from hailuo_desktop.__main__ import main; sys.exit(main(['--self-test']))")
    result = _run(isolated_profile, "-c", code)

    assert result.returncode == 1
    assert result.stdout == ("self-test FAILED at languages: translations missing: "
                             "not_built_en.qm, not_built_zh_CN.qm\n"), result.stdout


def test_the_global_timeout_names_the_step_it_stopped(isolated_profile):
    code = ("import sys; from hailuo_desktop import self_test; "
            "self_test.TIMEOUT_SECONDS = 0.2; sys.exit(self_test.main())")
    result = _run(isolated_profile, "-c", code)

    assert result.returncode == 1
    match = re.fullmatch(r"self-test FAILED at (\w+): the self-test took longer than 0\.2 s\n",
                         result.stdout)
    assert match, result.stdout
    assert match[1] in STEPS

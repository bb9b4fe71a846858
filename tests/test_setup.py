"""The README's set-up promise: on a fresh clone, ``make demo`` writes the offline map.

The clone is of the working checkout's ``HEAD`` (committed work only), into a temporary
folder with no ``build/``. To stay fast it reuses the virtual environment running the
tests (``make demo VENV=…``, with the install step marked done by ``make -o``) and puts
the clone first on ``PYTHONPATH``, so the clone's own code draws the map.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(sys.prefix)


def _clone(tmp_path: Path) -> Path:
    if shutil.which("git") is None or shutil.which("make") is None:
        pytest.skip("git and make are needed to test the set-up")
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (e.g. an sdist)")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)],
        check=True,
        capture_output=True,
    )
    return clone


@pytest.mark.slow
def test_make_demo_on_a_fresh_clone_writes_the_offline_map(tmp_path: Path) -> None:
    if not (VENV / "bin" / "geoincidents").exists():
        pytest.skip(f"{VENV} has no geoincidents script to reuse")
    clone = _clone(tmp_path)
    assert not (clone / "build").exists()  # ignored by git: a newcomer starts without it
    env = {**os.environ, "PYTHONPATH": str(clone)}
    env.pop("MAKEFLAGS", None)
    done = subprocess.run(
        ["make", "-C", str(clone), "demo", f"VENV={VENV}", "-o", f"{VENV}/.installed"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    demo = clone / "build" / "seed-map.html"
    html = demo.read_text(encoding="utf-8")
    assert f"incident(s) mapped to {demo}" in done.stdout
    assert "Ain al-Asad" in html
    # offline: no script, stylesheet or font is fetched from anywhere
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=[\"']?(https?:)?//", html)
    assert not re.search(r"@import\s+url\((\"|')?(https?:)?//", html)


def test_ci_runs_both_readme_commands_in_order() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines() if line.startswith("make ")]
    assert commands == ["make demo", "make test"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^make demo\b", readme, re.M) and re.search(r"^make test\b", readme, re.M)


@pytest.mark.parametrize(("ci", "derandomized"), [("true", True), (None, False)])
def test_hypothesis_is_derandomized_under_ci_only(ci: str | None, derandomized: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    if ci is not None:
        env["CI"] = ci
    probe = (
        "import tests.conftest; from hypothesis import settings; "
        "print(settings.default.derandomize)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(derandomized)

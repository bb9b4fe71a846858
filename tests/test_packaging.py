"""The data ships inside the wheel and is found from an installed wheel and from a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("geoincidents-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_the_data(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        shipped = zf.read("geoincidents/data/gazetteer/places.csv")
    assert shipped == (ROOT / "gazetteer" / "places.csv").read_bytes()
    assert "geoincidents/data/gazetteer/README.md" in names
    assert "geoincidents/data/gazetteer/everyday_words.csv" in names
    assert "geoincidents/data/seed_incidents.csv" in names
    assert "geoincidents/py.typed" in names
    assert not any(n.startswith(("tests/", "benchmarks/", "notebooks/")) for n in names)


@pytest.mark.slow
def test_installed_wheel_finds_its_data(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    code = (
        "import geoincidents, sys\n"
        "from geoincidents.places.gazetteer import bundled_gazetteer_path, default_gazetteer\n"
        "from geoincidents import datasets\n"
        "print(geoincidents.__file__)\n"
        "print(bundled_gazetteer_path())\n"
        "print(len(default_gazetteer()))\n"
        "print(len(datasets.load('seed')))\n"
        "from geoincidents.places.everyday_words import everyday_words\n"
        "print(len(everyday_words()))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("GEOINCIDENTS_GAZETTEER", None)
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    module_file, csv_path, n_places, n_incidents, n_everyday = out
    assert Path(module_file).is_relative_to(site)
    assert Path(csv_path).is_relative_to(site)
    assert int(n_places) >= 100
    assert int(n_incidents) >= 15
    assert int(n_everyday) >= 30  # the everyday-words table beside places.csv


def test_checkout_finds_the_top_level_gazetteer() -> None:
    from geoincidents.places.gazetteer import bundled_gazetteer_path

    assert bundled_gazetteer_path().resolve() == (ROOT / "gazetteer" / "places.csv").resolve()

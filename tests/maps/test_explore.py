"""geopandas' own interactive map works on our GeoDataFrames with the installed packages."""

from __future__ import annotations

import pytest

from geoincidents.incidents.frame import to_geodataframe

from .conftest import SAMPLE


@pytest.mark.parametrize("column", [None, "kind", "killed"])
def test_explore_works_on_incident_frames(column: str | None) -> None:
    import folium

    gdf = to_geodataframe(SAMPLE)
    m = gdf.explore(column=column, tiles=None)
    assert isinstance(m, folium.Map)
    html = m.get_root().render()
    assert "Ain al-Asad Air Base" in html

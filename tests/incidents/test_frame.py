"""GeoDataFrames of incidents: geometry types, CRS, columns, links, and the way back."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from shapely.geometry import LineString, Point

from geoincidents.errors import IncidentFileError
from geoincidents.incidents.frame import (
    FRAME_COLUMNS,
    from_geodataframe,
    incident_points,
    origin_target_lines,
    response_links,
    to_geodataframe,
)
from geoincidents.incidents.model import Incident, Location
from tests.incidents.samples import rich_incidents


def test_one_point_row_per_incident_in_wgs84() -> None:
    incidents = rich_incidents()
    gdf = to_geodataframe(incidents)
    assert len(gdf) == len(incidents)
    assert gdf.crs.to_epsg() == 4326
    assert set(gdf.geometry.geom_type) == {"Point"}
    assert list(gdf.columns) == [*FRAME_COLUMNS, "geometry"]
    first = gdf.iloc[0]
    assert (first.geometry.x, first.geometry.y) == (42.4412, 33.7856)
    assert first["id"] == "a-1" and first["count"] == 17
    assert first["origin_lat"] == 33.9 and first["source_outlet"] == "AFP \\| wire|خبرگزاری"
    assert str(gdf["date"].dtype).startswith("datetime64")
    assert str(gdf["count"].dtype) == "Int64" and gdf["count"].isna().tolist() == [
        False,
        True,
        False,
    ]
    assert gdf["origin_lat"].isna().tolist() == [False, True, True]
    assert gdf["responds_to"].tolist() == ["", "a-1", "s-1|a-1"]


def test_empty_input_gives_an_empty_frame_with_all_columns() -> None:
    gdf = to_geodataframe([])
    assert len(gdf) == 0 and gdf.crs.to_epsg() == 4326
    assert list(gdf.columns) == [*FRAME_COLUMNS, "geometry"]
    assert from_geodataframe(gdf) == []


def test_from_geodataframe_round_trips_exactly() -> None:
    incidents = rich_incidents()
    assert from_geodataframe(to_geodataframe(incidents)) == incidents


def test_from_geodataframe_reprojects_other_crs() -> None:
    incidents = rich_incidents()[:2]
    back = from_geodataframe(to_geodataframe(incidents).to_crs("EPSG:3857"))
    for a, b in zip(incidents, back, strict=True):
        assert b.target.lat == pytest.approx(a.target.lat, abs=1e-9)
        assert b.target.lon == pytest.approx(a.target.lon, abs=1e-9)


def test_from_geodataframe_reports_rows_with_problems() -> None:
    gdf = to_geodataframe(rich_incidents())
    gdf.loc[1, "kind"] = "Not A Kind"
    gdf.loc[2, "geometry"] = LineString([(0, 0), (1, 1)])
    with pytest.raises(IncidentFileError) as info:
        from_geodataframe(gdf)
    assert {(p.file, p.line, p.column) for p in info.value.problems} == {
        ("<GeoDataFrame>", 2, "kind"),
        ("<GeoDataFrame>", 3, "geometry"),
    }


def test_origin_target_lines_run_from_origin_to_target_with_geodesic_length() -> None:
    lines = origin_target_lines(rich_incidents())
    assert lines.crs.to_epsg() == 4326
    assert lines["id"].tolist() == ["a-1"]
    (line,) = lines.geometry
    assert line.geom_type == "LineString"
    assert list(line.coords) == [(42.3, 33.9), (42.4412, 33.7856)]
    # independent check: haversine on a sphere agrees with the ellipsoid within 0.5 %
    lat1, lon1, lat2, lon2 = map(math.radians, (33.9, 42.3, 33.7856, 42.4412))
    a = math.sin((lat2 - lat1) / 2) ** 2
    a += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    haversine_m = 2 * 6_371_008.8 * math.asin(math.sqrt(a))
    assert lines["distance_m"].iloc[0] == pytest.approx(haversine_m, rel=0.005)


def test_response_links_join_attack_target_to_response_target() -> None:
    links = response_links(rich_incidents())
    assert links.crs.to_epsg() == 4326
    assert links[["from_id", "to_id"]].values.tolist() == [
        ["a-1", "s-1"],
        ["s-1", "x|odd id"],
        ["a-1", "x|odd id"],
    ]
    assert set(links.geometry.geom_type) == {"LineString"}
    first = links.geometry.iloc[0]
    assert list(first.coords) == [(42.4412, 33.7856), (41.0946, 34.368)]
    assert (
        links["from_kind"].iloc[0] == "attack" and links["to_kind"].iloc[0] == "retaliatory_strike"
    )


def test_response_links_leave_out_links_to_incidents_not_given() -> None:
    _, strike, _ = rich_incidents()
    assert len(response_links([strike])) == 0


def test_incident_points_have_a_role_for_targets_and_origins() -> None:
    points = incident_points(rich_incidents())
    assert points.crs.to_epsg() == 4326
    assert list(zip(points["id"], points["role"], strict=True)) == [
        ("a-1", "target"),
        ("a-1", "origin"),
        ("s-1", "target"),
        ("x|odd id", "target"),
    ]
    origin = points.iloc[1]
    assert origin.geometry == Point(42.3, 33.9)
    assert origin["radius_m"] == 4500.5 and origin["geo_precision"] == 2
    assert origin["relation"].startswith("15 km from Ain al-Asad")


def test_frames_carry_dates_for_time_filters() -> None:
    inc = Incident("d", dt.date(2022, 1, 5), "attack", Location(1.0, 2.0))
    gdf = to_geodataframe([inc])
    assert gdf["date"].iloc[0].date() == dt.date(2022, 1, 5)
    assert gdf["end_date"].isna().all()


def test_from_geodataframe_can_leave_unplaced_rows_out() -> None:
    import pandas as pd

    from tests.incidents.samples import fake_resolve

    gdf = to_geodataframe(rich_incidents()[:1])
    gdf["target"], gdf["target_place_id"] = "Qwzxvb", ""
    gdf = gdf.set_geometry(pd.Series([None], dtype=object).astype("geometry"), crs="EPSG:4326")
    with pytest.raises(IncidentFileError) as info:
        from_geodataframe(gdf, resolver=fake_resolve)
    assert [p.column for p in info.value.problems] == ["target"]
    assert from_geodataframe(gdf, resolver=fake_resolve, strict=False) == []

"""Incidents as GeoDataFrames (EPSG:4326): points, origin → target lines, response links.

geopandas, pandas and shapely are imported inside the functions, so importing this
module stays cheap.

Examples
--------
>>> import datetime as dt
>>> from geoincidents.incidents.model import Incident, Location
>>> attack = Incident("a", dt.date(2024, 1, 20), "attack", Location(33.80, 42.44, "Ain al-Asad"),
...                   origin=Location(33.70, 42.30, "launch site"), weapon="rocket", count=5)
>>> strike = Incident("s", dt.date(2024, 1, 24), "retaliatory_strike",
...                   Location(34.38, 41.09, "al-Qaim"), responds_to=("a",))
>>> gdf = to_geodataframe([attack, strike])
>>> list(gdf.geometry.geom_type), gdf.crs.to_epsg()
(['Point', 'Point'], 4326)
>>> lines = response_links([attack, strike])
>>> lines[["from_id", "to_id"]].values.tolist()
[['a', 's']]
>>> from_geodataframe(gdf) == [attack, strike]
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from geoincidents.errors import IncidentFileError, Problem
from geoincidents.incidents.model import Incident, Location
from geoincidents.incidents.report import report_from_batches
from geoincidents.incidents.rows import RowBatch, check_header, place_lookup
from geoincidents.incidents.schema import (
    INCIDENT_COLUMNS,
    NestedValueError,
    incident_to_record,
    join_multi,
    property_text,
)

if TYPE_CHECKING:
    import geopandas as gpd

    from geoincidents.places.gazetteer import Gazetteer
    from geoincidents.places.model import Resolution

__all__ = [
    "FRAME_COLUMNS",
    "from_geodataframe",
    "geodataframe_report",
    "geodataframe_rows",
    "incident_points",
    "origin_target_lines",
    "response_links",
    "to_geodataframe",
]

#: The columns of :func:`to_geodataframe` besides ``geometry`` (the target point):
#: every column of our CSV but the target's coordinates, then ``doubtful`` (whether an
#: analyst should check the target's placement, :attr:`Location.doubtful`).
FRAME_COLUMNS = (
    *(c for c in INCIDENT_COLUMNS if c not in ("target_lat", "target_lon")),
    "doubtful",
)
_INTEGER_COLUMNS = ("count", "killed", "wounded", "geo_precision", "origin_geo_precision")
_FLOAT_COLUMNS = (
    "target_radius_m",
    "origin_lat",
    "origin_lon",
    "origin_radius_m",
    "target_score",
    "origin_score",
)
_BOOL_COLUMNS = ("target_ambiguous", "origin_ambiguous", "doubtful")
_DATE_COLUMNS = ("date", "end_date")
_CRS = "EPSG:4326"


def _frame(rows: list[dict[str, Any]], columns: Sequence[str], geometry: list[Any]) -> Any:
    import geopandas as gpd
    import pandas as pd

    data: dict[str, Any] = {}
    for column in columns:
        values = [row[column] for row in rows]
        if column in _INTEGER_COLUMNS:
            data[column] = pd.array(values, dtype="Int64")
        elif column in _FLOAT_COLUMNS or column == "distance_m":
            data[column] = pd.array(
                [float("nan") if v is None else float(v) for v in values], dtype="float64"
            )
        elif column in _BOOL_COLUMNS:
            data[column] = pd.array(values, dtype="boolean")
        elif column in _DATE_COLUMNS:
            data[column] = pd.to_datetime(
                pd.Series([v if v is not None else pd.NaT for v in values], dtype="object")
            ).astype("datetime64[ms]")
        else:
            data[column] = pd.Series(values, dtype="object").astype(str)
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geometry, crs=_CRS), crs=_CRS)


def _flat(incident: Incident) -> dict[str, Any]:
    record = incident_to_record(incident)
    flat = {c: join_multi(v) if isinstance(v, list) else v for c, v in record.items()}
    flat["doubtful"] = incident.target.doubtful
    return flat


def to_geodataframe(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """One row per incident: every field as a column, the target point as geometry.

    Columns are :data:`FRAME_COLUMNS`: ``date``/``end_date`` are ``datetime64``,
    ``count``/``killed``/``wounded`` nullable integers, origins as ``origin_lat`` /
    ``origin_lon`` (NaN without an origin), ``responds_to`` and the sources flattened
    into ``|``-separated text (``weapon`` too: ``rocket|drone``), the verdict of the target
    and origin placements as ``target_query``, ``target_method``, ``target_score``
    (float), ``target_country``, ``target_admin1``, ``target_alias``,
    ``target_ambiguous`` (boolean), ``target_alternatives`` (JSON text) and the same for
    the origin, and ``doubtful`` (boolean). See :mod:`geoincidents.incidents.schema`.
    CRS EPSG:4326.
    """
    from shapely.geometry import Point

    items = list(incidents)
    rows = [_flat(i) for i in items]
    points = [Point(i.target.lon, i.target.lat) for i in items]
    return _frame(rows, FRAME_COLUMNS, points)


def geodataframe_rows(
    gdf: Any, *, file: str = "<GeoDataFrame>"
) -> tuple[list[tuple[int | None, dict[str, str]]], list[Problem]]:
    """The rows of a GeoDataFrame as text cells for the row parser (row numbers from 1).

    The Point geometry gives ``target_lat``/``target_lon``; any other geometry type is
    a problem.
    """
    geometry_name = gdf.geometry.name
    columns = [c for c in gdf.columns if c != geometry_name]
    rows: list[tuple[int | None, dict[str, str]]] = []
    problems: list[Problem] = []
    for number, (values, geometry) in enumerate(
        zip(gdf[columns].itertuples(index=False, name=None), gdf.geometry, strict=True), start=1
    ):
        try:
            cells = {str(c): property_text(v) for c, v in zip(columns, values, strict=True)}
        except NestedValueError as exc:
            problems.append(Problem(file, number, None, None, str(exc)))
            continue
        if geometry is not None and not geometry.is_empty:
            if geometry.geom_type != "Point":
                problems.append(
                    Problem(file, number, "geometry", geometry.geom_type, "must be a Point")
                )
                continue
            cells["target_lat"] = property_text(float(geometry.y))
            cells["target_lon"] = property_text(float(geometry.x))
        rows.append((number, cells))
    return rows, problems


def from_geodataframe(
    gdf: gpd.GeoDataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    resolver: Callable[[str], Resolution] | None = None,
    file: str = "<GeoDataFrame>",
    strict: bool = True,
) -> list[Incident]:
    """Incidents from a GeoDataFrame shaped like :func:`to_geodataframe`'s output.

    The geometry is reprojected to EPSG:4326 when it has another CRS. Every problem is
    reported at once in an :class:`~geoincidents.errors.IncidentFileError` whose
    ``line`` is the 1-based row number; a row whose place cannot be found is one of them
    unless ``strict=False`` (then it is left out; use
    :func:`geoincidents.incidents.io.read_incidents_report` on a file for the warnings).
    """
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(_CRS)
    return list(geodataframe_report(gdf, gazetteer, resolver, file, strict).incidents)


def geodataframe_report(
    gdf: Any,
    gazetteer: Gazetteer | None = None,
    resolver: Callable[[str], Resolution] | None = None,
    file: str = "<GeoDataFrame>",
    strict: bool = False,
) -> Any:
    """The :class:`~geoincidents.incidents.report.ReadReport` of a GeoDataFrame."""
    header = [str(c) for c in gdf.columns if c != gdf.geometry.name]
    problems = check_header(header, file=file, line=None, geometry=True)
    if problems:
        raise IncidentFileError(problems)
    rows, problems = geodataframe_rows(gdf, file=file)
    return report_from_batches(
        [RowBatch(file, rows, problems)], places=place_lookup(gazetteer, resolver), strict=strict
    )


_LINE_COLUMNS = ("id", "date", "kind", "weapon", "count", "actor", "claim_status", "wave")


def _geodesic_m(a: Location, b: Location) -> float:
    from pyproj import Geod

    _, _, distance = Geod(ellps="WGS84").inv(a.lon, a.lat, b.lon, b.lat)
    return float(distance)


def origin_target_lines(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """A LineString origin → target for every incident with an origin.

    Columns: ``id, date, kind, weapon, count, actor, claim_status, wave, origin,
    target, distance_m`` (geodesic) and the geometry.
    """
    from shapely.geometry import LineString

    rows, lines = [], []
    for incident in incidents:
        origin = incident.origin
        if origin is None:
            continue
        row = {c: _flat(incident)[c] for c in _LINE_COLUMNS}
        row.update(
            origin=origin.name or origin.relation,
            target=incident.target.name,
            distance_m=_geodesic_m(origin, incident.target),
        )
        rows.append(row)
        lines.append(
            LineString([(origin.lon, origin.lat), (incident.target.lon, incident.target.lat)])
        )
    return _frame(rows, (*_LINE_COLUMNS, "origin", "target", "distance_m"), lines)


def response_links(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """A LineString from each answered incident's target to the target of its response.

    One row per ``responds_to`` link whose both ends are among ``incidents`` (links to
    incidents left out of the collection, e.g. by a date filter, are not drawn).
    Columns: ``from_id, to_id, from_kind, to_kind, from_date, to_date, distance_m``.
    """
    from shapely.geometry import LineString

    items = list(incidents)
    by_id = {i.id: i for i in items}
    rows, lines = [], []
    for response in items:
        for answered_id in response.responds_to:
            answered = by_id.get(answered_id)
            if answered is None:
                continue
            a, b = answered.target, response.target
            rows.append(
                {
                    "from_id": answered.id,
                    "to_id": response.id,
                    "from_kind": answered.kind,
                    "to_kind": response.kind,
                    "date": answered.date,
                    "end_date": response.date,
                    "distance_m": _geodesic_m(a, b),
                }
            )
            lines.append(LineString([(a.lon, a.lat), (b.lon, b.lat)]))
    frame = _frame(
        rows, ("from_id", "to_id", "from_kind", "to_kind", "date", "end_date", "distance_m"), lines
    )
    return frame.rename(columns={"date": "from_date", "end_date": "to_date"})


def incident_points(incidents: Iterable[Incident]) -> gpd.GeoDataFrame:
    """Target and origin points, one row each, with a ``role`` column (target/origin).

    Columns: ``id, role, date, kind, weapon, name, place_id, radius_m, geo_precision,
    relation, polygon_wkt``.
    """
    from shapely.geometry import Point

    rows, points = [], []
    for incident in incidents:
        for role, location in (("target", incident.target), ("origin", incident.origin)):
            if location is None:
                continue
            rows.append(
                {
                    "id": incident.id,
                    "role": role,
                    "date": incident.date,
                    "kind": incident.kind,
                    "weapon": incident.weapon,
                    "name": location.name,
                    "place_id": location.place_id or "",
                    "target_radius_m": location.radius_m,
                    "geo_precision": location.geo_precision,
                    "relation": location.relation,
                    "polygon_wkt": location.polygon_wkt or "",
                }
            )
            points.append(Point(location.lon, location.lat))
    columns = ["id", "role", "date", "kind", "weapon", "name", "place_id", "target_radius_m"]
    columns += ["geo_precision", "relation", "polygon_wkt"]
    return _frame(rows, columns, points).rename(columns={"target_radius_m": "radius_m"})

